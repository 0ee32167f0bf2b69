package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --regions FILE} on every command that reads households (EXCHANGE-V1, "Region names"): with
 * it, a household whose village code is not in the table is a reject, the command goes on with the
 * others and exits 3, as {@code evaluate} does.
 */
class RegionsOptionTest {
    /** A in Tanjung (listed), Z in 52.08.01.2099 (not listed); both a lone head, desil 2. */
    private static final String ROSTER = """
            {"id":"A","region":"52.08.01.2001","desil":2,"members":[{"nik":"5208010101800002","sex":"MALE","birth_date":"1980-01-01","relationship":"HEAD"}]}
            {"id":"Z","region":"52.08.01.2099","desil":2,"members":[{"nik":"5208010101810004","sex":"MALE","birth_date":"1981-01-01","relationship":"HEAD"}]}
            """;

    private static final String REJECT_Z =
            "roster.jsonl:2: keluarga Z: region: kode wilayah 52.08.01.2099 tidak ada dalam tabel wilayah";
    private static final String REJECT_Z_EN =
            "roster.jsonl:2: household Z: region: region code 52.08.01.2099 is not in the region table";

    @TempDir
    Path dir;

    private Path roster;
    private Path regions;

    @BeforeEach
    void files() throws Exception {
        roster = dir.resolve("roster.jsonl");
        Files.writeString(roster, ROSTER);
        regions = dir.resolve("regions.csv");
        Files.writeString(regions, "code,name\n52.08.01.2001,Tanjung\n");
    }

    @Test
    void evaluate_rejectsAnUnlistedVillage() {
        CliRun r = CliRun.of(
                "evaluate", "--program", "PKH", "--as-of", "2025-06-01", "--regions", regions.toString(), str(roster));

        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains(REJECT_Z);
        assertThat(r.out()).contains("\"household_id\":\"A\"").doesNotContain("\"household_id\":\"Z\"");
    }

    @Test
    void explain_ofAHouseholdInAnUnlistedVillage_givesTheReject() {
        CliRun z = explain("Z");
        CliRun a = explain("A");

        assertThat(z.exit()).as(z.err()).isEqualTo(3);
        assertThat(z.err()).contains(REJECT_Z);
        assertThat(z.out()).isEmpty();
        assertThat(a.exit()).as(a.err()).isZero();
    }

    @Test
    void whatif_leavesOutAnUnlistedVillage() throws Exception {
        Path reform = CliRun.writeCap3(dir);

        CliRun r = CliRun.of(
                "whatif",
                "--program",
                "PKH",
                "--as-of",
                "2025-06-01",
                "--parameters",
                str(reform),
                "--lang",
                "en",
                "--regions",
                str(regions),
                str(roster));

        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains(REJECT_Z_EN).contains("Households compared: 1");
    }

    @Test
    void sample_neverDrawsAnUnlistedVillage() {
        CliRun r = CliRun.of("sample", "--size", "1", "--seed", "1", "--regions", str(regions), str(roster));
        CliRun margin = CliRun.of("sample", "--size-for-margin", "0.05", "--regions", str(regions), str(roster));

        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains(REJECT_Z);
        assertThat(r.out()).contains("\"household_id\":\"A\"").doesNotContain("\"household_id\":\"Z\"");
        assertThat(margin.exit()).as(margin.err()).isEqualTo(3);
        assertThat(margin.err()).contains(REJECT_Z).contains("populasi 1,");
    }

    @Test
    void graduate_rejectsAnUnlistedVillage_intoTheRejectsFile() throws Exception {
        Path rejects = dir.resolve("rejects.jsonl");

        CliRun r = graduate(roster, rejects, "--regions", str(regions));

        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(Files.readString(rejects)).contains(REJECT_Z);
        assertThat(r.out()).contains("\"household_id\":\"A\"").doesNotContain("\"household_id\":\"Z\"");
        assertThat(r.err()).contains("dinilai 1 kepesertaan aktif");
    }

    @Test
    void reconcile_leavesAnUnlistedVillageOutOfTheRosters() throws Exception {
        Path after = dir.resolve("after.jsonl");
        Files.writeString(after, ROSTER.lines().findFirst().orElseThrow() + "\n");

        CliRun r = CliRun.of(
                "reconcile",
                "--program",
                "PKH",
                "--as-of",
                "2025-06-01",
                "--before",
                str(roster),
                "--after",
                str(after),
                "--regions",
                str(regions));

        // Z is rejected from the before roster, so nobody left: A stayed.
        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains(REJECT_Z);
        assertThat(r.out()).isEmpty();
    }

    /**
     * Graduate, issue 13: a bad record of the households INPUT goes to {@code --rejects} with the
     * rejected lines of the extra files, as {@code evaluate}'s rejects do, and counts (exit 3). Line 2
     * has no members; A is still assessed.
     */
    @Test
    void graduate_badHouseholdRecord_goesToTheRejectsFile_andExitsThree() throws Exception {
        Path input = dir.resolve("households.jsonl");
        Files.writeString(input, ROSTER.lines().findFirst().orElseThrow() + "\n{\"id\":\"B\"}\n");
        Path rejects = dir.resolve("rejects.jsonl");

        CliRun r = graduate(input, rejects);

        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(Files.readAllLines(rejects))
                .singleElement()
                .asString()
                .startsWith("{\"line\":2,")
                .contains("\"household_id\":\"B\"")
                .contains("households.jsonl:2");
        assertThat(r.err()).doesNotContain("households.jsonl:2");
        assertThat(r.out()).contains("\"household_id\":\"A\"");
    }

    /** Runs graduate on A's and Z's active PKH enrolments (since 2018) and {@code input}. */
    private CliRun graduate(Path input, Path rejects, String... more) throws Exception {
        Path enrollments = Files.writeString(dir.resolve("e.jsonl"), """
                {"household_id":"A","program":"PKH","since":"2018-02-01","status":"ACTIVE"}
                {"household_id":"Z","program":"PKH","since":"2018-02-01","status":"ACTIVE"}
                """);
        List<String> args = new ArrayList<>(List.of(
                "graduate", "--as-of", "2025-06-01", "--enrollments", str(enrollments), "--rejects", str(rejects)));
        args.addAll(List.of(more));
        args.add(str(input));
        return CliRun.of(args.toArray(String[]::new));
    }

    private CliRun explain(String id) {
        return CliRun.of(
                "explain",
                "--program",
                "PKH",
                "--as-of",
                "2025-06-01",
                "--household",
                id,
                "--regions",
                str(regions),
                str(roster));
    }

    private static String str(Path p) {
        return p.toString();
    }
}
