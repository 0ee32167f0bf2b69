package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bansos exits}, run in-process. */
class ExitsCommandTest {
    private static final String REGISTER = """
            {"household_id":"KEL-1","program":"PKH","since":"2018-02-01","status":"ACTIVE","region":"52.08.01.2001"}
            {"household_id":"KEL-2","program":"PKH","since":"2019-01-01","status":"SUSPENDED"}
            {"household_id":"KEL-3","program":"PKH","since":"2020-01-01","status":"ACTIVE"}
            """;

    @Test
    void exits_endsTheMatchingEnrolments_writesTheWholeRegister_andRejectsTheRestWithExitThree(@TempDir Path dir)
            throws Exception {
        Path register = dir.resolve("register.jsonl");
        Files.writeString(register, REGISTER);
        Path exits = dir.resolve("exits.jsonl");
        Files.writeString(exits, """
                {"household_id":"KEL-1","program":"PKH","exit_reason":"GRAD_SEJAHTERA","exit_date":"2024-07-15"}
                {"household_id":"KEL-2","program":"PKH","exit_reason":"PENYALAHGUNAAN","exit_date":"2024-08-01"}
                {"household_id":"KEL-3","program":"SEMBAKO","exit_reason":"PINDAH","exit_date":"2024-08-01"}
                """);
        Path output = dir.resolve("register-2024.jsonl");
        Path rejects = dir.resolve("rejects.jsonl");

        CliRun run = CliRun.of(
                "exits",
                "--enrollments",
                register.toString(),
                "--exits",
                exits.toString(),
                "--output",
                output.toString(),
                "--rejects",
                rejects.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        assertThat(Files.readAllLines(output))
                .containsExactly(
                        "{\"household_id\":\"KEL-1\",\"program\":\"PKH\",\"since\":\"2018-02-01\",\"status\":\"GRADUATED\","
                                + "\"exit_reason\":\"GRAD_SEJAHTERA\",\"exit_date\":\"2024-07-15\","
                                + "\"region\":\"52.08.01.2001\"}",
                        "{\"household_id\":\"KEL-2\",\"program\":\"PKH\",\"since\":\"2019-01-01\",\"status\":\"TERMINATED\","
                                + "\"exit_reason\":\"PENYALAHGUNAAN\",\"exit_date\":\"2024-08-01\"}",
                        "{\"household_id\":\"KEL-3\",\"program\":\"PKH\",\"since\":\"2020-01-01\",\"status\":\"ACTIVE\"}");
        assertThat(Files.readAllLines(rejects))
                .containsExactly("{\"line\":3,\"household_id\":\"KEL-3\",\"error\":\"exits.jsonl:3: keluarga KEL-3:"
                        + " program: keluarga tidak terdaftar dalam SEMBAKO\"}");
        assertThat(run.err())
                .isEqualTo("register: 3 kepesertaan ditulis; keluar diterapkan: 1 graduasi, 1 diakhiri; ditolak: 1\n");
        assertThat(run.out()).isEmpty();
    }

    /**
     * Runs {@code exits} with a rejects file on the register and KEL-4, which left in 2023: KEL-1's
     * second exit names the line of the first, KEL-3's is dated before its since, KEL-4 has exited.
     */
    private static CliRun exitsWithRejects(Path dir, String... language) throws IOException {
        Path register = dir.resolve("register.jsonl");
        Files.writeString(register, REGISTER + """
                {"household_id":"KEL-4","program":"PKH","since":"2016-01-01","status":"GRADUATED",\
                "exit_reason":"GRAD_MANDIRI","exit_date":"2023-05-02"}
                """);
        Path exits = dir.resolve("exits.jsonl");
        Files.writeString(exits, """
                {"household_id":"KEL-1","program":"PKH","exit_reason":"MENOLAK","exit_date":"2024-03-01"}
                {"household_id":"KEL-1","program":"PKH","exit_reason":"PINDAH","exit_date":"2024-04-01"}
                {"household_id":"KEL-3","program":"PKH","exit_reason":"PINDAH","exit_date":"2019-12-31"}
                {"household_id":"KEL-4","program":"PKH","exit_reason":"PINDAH","exit_date":"2024-01-01"}
                """);
        List<String> args = new ArrayList<>(List.of(
                "exits",
                "--enrollments",
                register.toString(),
                "--exits",
                exits.toString(),
                "--rejects",
                dir.resolve("rejects.jsonl").toString()));
        args.addAll(List.of(language));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void exits_writesEveryKindOfReject_andTheCounts_inIndonesianByDefault(@TempDir Path dir) throws Exception {
        CliRun run = exitsWithRejects(dir);

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        assertThat(Files.readAllLines(dir.resolve("rejects.jsonl")))
                .containsExactly(
                        "{\"line\":2,\"household_id\":\"KEL-1\",\"error\":\"exits.jsonl:2: keluarga KEL-1:"
                                + " program: keluarga sudah memiliki catatan keluar dari PKH, di baris 1\"}",
                        "{\"line\":3,\"household_id\":\"KEL-3\",\"error\":\"exits.jsonl:3: keluarga KEL-3:"
                                + " exit_date: tanggal keluar 2019-12-31 lebih awal dari awal kepesertaan dalam PKH pada"
                                + " 2020-01-01\"}",
                        "{\"line\":4,\"household_id\":\"KEL-4\",\"error\":\"exits.jsonl:4: keluarga KEL-4:"
                                + " program: keluarga sudah keluar dari PKH pada 2023-05-02 (GRAD_MANDIRI)\"}");
        assertThat(run.err())
                .isEqualTo("register: 4 kepesertaan ditulis; keluar diterapkan: 0 graduasi, 1 diakhiri; ditolak: 3\n");
    }

    @Test
    void exits_writesEveryKindOfReject_andTheCounts_inEnglishWithLangEn(@TempDir Path dir) throws Exception {
        CliRun run = exitsWithRejects(dir, "--lang", "en");

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        assertThat(Files.readAllLines(dir.resolve("rejects.jsonl")))
                .containsExactly(
                        "{\"line\":2,\"household_id\":\"KEL-1\",\"error\":\"exits.jsonl:2: household KEL-1:"
                                + " program: the household already has an exit from PKH on line 1\"}",
                        "{\"line\":3,\"household_id\":\"KEL-3\",\"error\":\"exits.jsonl:3: household KEL-3:"
                                + " exit_date: the exit date 2019-12-31 is before the enrolment in PKH began on"
                                + " 2020-01-01\"}",
                        "{\"line\":4,\"household_id\":\"KEL-4\",\"error\":\"exits.jsonl:4: household KEL-4:"
                                + " program: the household already exited PKH on 2023-05-02 (GRAD_MANDIRI)\"}");
        assertThat(run.err())
                .isEqualTo("register: 4 enrolments written; exits applied: 0 graduated, 1 terminated; rejected: 3\n");
    }

    @Test
    void exits_withEveryExitApplied_exitsZero_andWritesToStandardOutput(@TempDir Path dir) throws Exception {
        Path register = dir.resolve("register.jsonl");
        Files.writeString(register, REGISTER);
        Path exits = dir.resolve("exits.jsonl");
        Files.writeString(exits, """
                {"household_id":"KEL-3","program":"PKH","exit_reason":"GRAD_ALAMIAH","exit_date":"2024-01-31"}
                """);

        CliRun run = CliRun.of("exits", "--enrollments", register.toString(), "--exits", exits.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().toList())
                .element(2)
                .isEqualTo("{\"household_id\":\"KEL-3\",\"program\":\"PKH\",\"since\":\"2020-01-01\",\"status\":"
                        + "\"GRADUATED\",\"exit_reason\":\"GRAD_ALAMIAH\",\"exit_date\":\"2024-01-31\"}");
    }

    @Test
    void exits_refusesAnOutputOntoTheRegister_beforeReadingAnything(@TempDir Path dir) throws Exception {
        Path register = dir.resolve("register.jsonl");
        Files.writeString(register, REGISTER);
        Path exits = dir.resolve("exits.jsonl");
        Files.writeString(exits, "");

        CliRun run = CliRun.of(
                "exits",
                "--enrollments",
                register.toString(),
                "--exits",
                exits.toString(),
                "--output",
                register.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("--output " + register + " adalah berkas yang sama dengan --enrollments " + register);
        assertThat(Files.readString(register)).isEqualTo(REGISTER);
        assertThat(List.of(dir.toFile().list())).containsExactlyInAnyOrder("register.jsonl", "exits.jsonl");
    }
}
