package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --programs FILE} (PROGRAMS-V1) with {@code docs/programs/lansia-daerah.yaml}: a household
 * in Lombok Utara with members of 74 and 68 on 2024-03-01 gets min(2, 2) × 150.000 = Rp300.000 a
 * month, 12 × 300.000 = Rp3.600.000 a year; one outside it, aged 64 and in PKH fails all three
 * requirements.
 */
class ProgramsOptionTest {
    static final String LANSIA = "../docs/programs/lansia-daerah.yaml";

    @TempDir
    Path dir;

    /** Runs a command on a programme file and a programme, as of 2024-03-01, with more arguments. */
    private static CliRun lansia(String command, String file, String program, String... more) {
        List<String> args =
                new ArrayList<>(List.of(command, "--programs", file, "--program", program, "--as-of", "2024-03-01"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(new String[0]));
    }

    private Path families() throws IOException {
        Path file = dir.resolve("families.jsonl");
        Files.writeString(file, """
                {"id":"LANSIA-01","region":"52.08.01.2001","members":[{"nik":"5208010101500001","sex":"MALE","birth_date":"1950-01-01","relationship":"HEAD"},{"nik":"5208014505550002","sex":"FEMALE","birth_date":"1955-05-05","relationship":"SPOUSE"}]}
                {"id":"LANSIA-02","region":"52.01.01.2001","receives":["PKH"],"members":[{"nik":"5201010106590001","sex":"MALE","birth_date":"1959-06-01","relationship":"HEAD"}]}
                """, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void evaluate_decidesAProgrammeOfTheFile() throws IOException {
        CliRun run = lansia(
                "evaluate", LANSIA, "LANSIA_DAERAH", "--lang", "en", families().toString());

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0))
                .contains("\"program\":\"LANSIA_DAERAH\"")
                .contains("\"annual_amount\":3600000")
                .contains("\"amount_per_payment\":300000")
                .contains("\"code\":\"MEMENUHI_SYARAT\"");
        assertThat(lines.get(1))
                .contains("\"eligible\":false")
                .contains("\"rule\":\"lansia_daerah.requires.1\"")
                .contains("The household does not live in Lombok Utara.")
                .contains("\"key\":\"lansia_daerah.min_age\",\"value\":65")
                .contains("The household already receives PKH.");
    }

    @Test
    void explain_showsEveryFailedRequirementWithItsParametersAndLegalBasis() throws IOException {
        CliRun run = lansia(
                "explain",
                LANSIA,
                "LANSIA_DAERAH",
                "--household",
                "LANSIA-02",
                "--lang",
                "en",
                families().toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("The household does not live in Lombok Utara.")
                .contains("No member is 65 or older.")
                .contains("The household already receives PKH.")
                .contains("lansia_daerah.min_age")
                .contains("Perbup 7/2024");
    }

    @Test
    void explain_namesTheProgrammeAsTheFileDoes_withItsArticleAndRupiahValues() throws IOException {
        CliRun id = lansia(
                "explain",
                LANSIA,
                "LANSIA_DAERAH",
                "--household",
                "LANSIA-01",
                families().toString());
        CliRun en = lansia(
                "explain",
                LANSIA,
                "LANSIA_DAERAH",
                "--household",
                "LANSIA-01",
                "--lang",
                "en",
                families().toString());

        assertThat(id.exit()).as(id.err()).isZero();
        assertThat(id.out())
                .startsWith("KEPUTUSAN Bantuan Lanjut Usia Daerah (LANSIA_DAERAH) per 1 Maret 2024\n")
                .contains("Bantuan setahun: Rp3.600.000")
                .contains("Dasar hukum: Peraturan Bupati Nomor 7 Tahun 2024, Pasal 4 (Perbup 7/2024)")
                .contains("lansia_daerah.per_person: Rp150.000, berlaku sejak 1 Januari 2024")
                .contains("lansia_daerah.min_age: 65, berlaku sejak 1 Januari 2024");
        assertThat(en.out())
                .startsWith("DECISION District elderly allowance (LANSIA_DAERAH) as of 1 March 2024\n")
                .contains(", Article 4 (Perbup 7/2024)")
                .contains("lansia_daerah.per_person: Rp150,000, in force from 1 January 2024");
    }

    @Test
    void parameters_layerOverTheProgrammesOwn() throws IOException {
        Path district = dir.resolve("usia-60.yaml");
        Files.writeString(district, """
                schema_version: 1
                parameters:
                  lansia_daerah.min_age:
                    type: integer
                    values:
                      - {from: 2024-01-01, value: 60, legal_basis: {instrument: Perbup, number: "9", year: 2024}}
                """, StandardCharsets.UTF_8);

        CliRun run = lansia(
                "explain",
                LANSIA,
                "LANSIA_DAERAH",
                "--parameters",
                district.toString(),
                "--household",
                "LANSIA-02",
                "--lang",
                "en",
                families().toString());

        // Aged 64, the member now counts: TIDAK_ADA_LANSIA is gone, the two other reasons stay.
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("No member is 65 or older.").contains("already receives PKH");
    }

    @Test
    void unknownProgramme_listsTheFilesProgrammes() throws IOException {
        CliRun run =
                lansia("evaluate", LANSIA, "LANSIA", "--lang", "en", families().toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--program must be one of PKH, SEMBAKO, LANSIA_DAERAH, got \"LANSIA\"");
    }

    @Test
    void expressionThatDoesNotTypeCheck_exitsWith2_namingFileLineAndColumn() throws IOException {
        Path bad = dir.resolve("salah.yaml");
        Files.writeString(
                bad,
                Files.readString(Path.of(LANSIA), StandardCharsets.UTF_8).replace("m.age >= param", "m.agee >= param"),
                StandardCharsets.UTF_8);

        CliRun run = lansia(
                "evaluate",
                bad.toString(),
                "LANSIA_DAERAH",
                "--lang",
                "en",
                families().toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("salah.yaml:").contains("undefined field 'agee'");
    }

    /** {@code payments} of the elderly allowance for a period, in English. */
    private static CliRun payments(String period, Path enrolments, Path households) {
        return CliRun.of(
                "payments",
                "--programs",
                LANSIA,
                "--program",
                "LANSIA_DAERAH",
                "--period",
                period,
                "--enrollments",
                enrolments.toString(),
                "--lang",
                "en",
                households.toString());
    }

    /**
     * {@code payments} of June 2025 for the elderly allowance, paid MONTHLY: L-2 (born 1950 and
     * 1955: 75 and 70 on 2025-06-01) gets min(2, 2) × 150.000 = Rp300.000, L-1 (one member of 75)
     * 1 × 150.000 = Rp150.000; total Rp450.000.
     */
    @Test
    void payments_paysADistrictProgrammeAsItsFileSays() throws IOException {
        Path households = dir.resolve("lansia.jsonl");
        Files.writeString(households, """
                {"id":"L-1","region":"52.08.01.2001","members":[{"nik":"5208010101500001","sex":"MALE","birth_date":"1950-01-01","relationship":"HEAD"}]}
                {"id":"L-2","region":"52.08.01.2002","members":[{"nik":"5208010101500002","sex":"MALE","birth_date":"1950-01-01","relationship":"HEAD"},{"nik":"5208014505550003","sex":"FEMALE","birth_date":"1955-05-05","relationship":"SPOUSE"}]}
                """, StandardCharsets.UTF_8);
        Path enrolments = dir.resolve("enrolments.jsonl");
        Files.writeString(enrolments, """
                {"household_id":"L-1","program":"LANSIA_DAERAH","since":"2025-01-01","status":"ACTIVE","region":"52.08.01.2001"}
                {"household_id":"L-2","program":"LANSIA_DAERAH","since":"2025-01-01","status":"ACTIVE","region":"52.08.01.2002"}
                """, StandardCharsets.UTF_8);

        CliRun run = payments("2025-06", enrolments, households);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().toList())
                .containsExactly(
                        "{\"household_id\":\"L-1\",\"region\":\"52.08.01.2001\",\"status\":\"PAY\",\"amount\":150000,"
                                + "\"reasons\":[\"TIDAK_DIKECUALIKAN\",\"MEMENUHI_SYARAT\",\"JUMLAH_BANTUAN\"]}",
                        "{\"household_id\":\"L-2\",\"region\":\"52.08.01.2002\",\"status\":\"PAY\",\"amount\":300000,"
                                + "\"reasons\":[\"TIDAK_DIKECUALIKAN\",\"MEMENUHI_SYARAT\",\"JUMLAH_BANTUAN\"]}");
        assertThat(run.err()).contains("total: 2, 2, 0, 0, Rp450,000");
    }

    @Test
    void payments_ofATahap_forAMonthlyDistrictProgramme_isAUsageError() throws IOException {
        CliRun run = payments("2025-II", families(), families());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--period 2025-II does not match the payment schedule MONTHLY");
    }

    /**
     * {@code replace} refills the elderly allowance from its own parameters: X left 52.08.01 on
     * 2024-09-01 (one place); on 2025-03-01 E-2 (aged 35) is not eligible (no member 65 or older)
     * and E-1 (75 and 69) is proposed at rank 1.
     */
    @Test
    void replace_refillsADistrictProgramme() throws IOException {
        Path registry = dir.resolve("registry.jsonl");
        Files.writeString(registry, """
                {"id":"E-1","region":"52.08.01.2001","members":[{"nik":"5208010101500001","sex":"MALE","birth_date":"1950-01-01","relationship":"HEAD"},{"nik":"5208014505550002","sex":"FEMALE","birth_date":"1955-05-05","relationship":"SPOUSE"}]}
                {"id":"E-2","region":"52.08.01.2002","members":[{"nik":"5208010101900003","sex":"MALE","birth_date":"1990-01-01","relationship":"HEAD"}]}
                """, StandardCharsets.UTF_8);
        Path register = dir.resolve("register.jsonl");
        Files.writeString(register, """
                {"household_id":"X","program":"LANSIA_DAERAH","since":"2024-01-01","status":"TERMINATED",\
                "exit_reason":"PINDAH","exit_date":"2024-09-01","region":"52.08.01.2001"}
                """, StandardCharsets.UTF_8);
        Path waitlist = dir.resolve("waitlist.jsonl");
        Files.writeString(waitlist, "{\"household_id\":\"E-2\"}\n{\"household_id\":\"E-1\"}\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of(
                "replace",
                "--programs",
                LANSIA,
                "--program",
                "LANSIA_DAERAH",
                "--as-of",
                "2025-03-01",
                "--enrollments",
                register.toString(),
                "--waitlist",
                waitlist.toString(),
                "--lang",
                "en",
                registry.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0))
                .startsWith("{\"household_id\":\"E-1\",\"region\":\"52.08.01.2001\",\"rank\":1,")
                .contains("\"code\":\"MEMENUHI_SYARAT\"");
        assertThat(run.err()).startsWith("replace LANSIA_DAERAH as of 2025-03-01");
    }
}
