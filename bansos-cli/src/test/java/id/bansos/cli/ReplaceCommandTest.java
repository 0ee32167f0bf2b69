package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bansos replace}, run in-process on a hand-worked register, waitlist and registry. */
class ReplaceCommandTest {
    // Sembako as of 2025-03-01: X and Y exited district 52.08.01 in the year before (two places), Z
    // in 2023 (none). A is enrolled; B (desil 3) and C (desil 1) fill the two places, C first; D
    // lives in 52.08.02, which has no place; NONE is not in the registry; line 6 is not an object.
    private static final String REGISTRY = """
            {"id":"A","region":"52.08.01.2001","desil":2,"members":[{"nik":"5208010101800002","sex":"MALE","birth_date":"1980-01-01","relationship":"HEAD"}]}
            {"id":"B","region":"52.08.01.2002","desil":3,"members":[{"nik":"5208010101810004","sex":"MALE","birth_date":"1981-01-01","relationship":"HEAD"}]}
            {"id":"C","region":"52.08.01.2001","desil":1,"members":[{"nik":"5208010101820006","sex":"MALE","birth_date":"1982-01-01","relationship":"HEAD"}]}
            {"id":"D","region":"52.08.02.2001","desil":1,"members":[{"nik":"5208010101830008","sex":"MALE","birth_date":"1983-01-01","relationship":"HEAD"}]}
            """;
    private static final String REGISTER = """
            {"household_id":"A","program":"SEMBAKO","since":"2020-01-01","status":"ACTIVE"}
            {"household_id":"X","program":"SEMBAKO","since":"2020-01-01","status":"GRADUATED",\
            "exit_reason":"GRAD_MANDIRI","exit_date":"2024-09-01","region":"52.08.01.2001"}
            {"household_id":"Y","program":"SEMBAKO","since":"2020-01-01","status":"TERMINATED",\
            "exit_reason":"PINDAH","exit_date":"2024-10-01","region":"52.08.01.2002"}
            {"household_id":"Z","program":"SEMBAKO","since":"2020-01-01","status":"TERMINATED",\
            "exit_reason":"PINDAH","exit_date":"2023-10-01","region":"52.08.01.2002"}
            """;
    private static final String WAITLIST = """
            {"household_id":"B"}
            {"household_id":"A"}
            {"household_id":"C"}
            {"household_id":"D"}
            {"household_id":"NONE"}
            []
            """;

    private static CliRun replace(Path dir, String... more) throws Exception {
        Files.writeString(dir.resolve("registry.jsonl"), REGISTRY);
        Files.writeString(dir.resolve("register.jsonl"), REGISTER);
        Files.writeString(dir.resolve("waitlist.jsonl"), WAITLIST);
        String[] args = {
            "replace",
            "--program",
            "SEMBAKO",
            "--as-of",
            "2025-03-01",
            "--enrollments",
            dir.resolve("register.jsonl").toString(),
            "--waitlist",
            dir.resolve("waitlist.jsonl").toString(),
            "--rejects",
            dir.resolve("rejects.jsonl").toString()
        };
        String[] all = new String[args.length + more.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        all[all.length - 1] = dir.resolve("registry.jsonl").toString();
        return CliRun.of(all);
    }

    @Test
    void proposesByRankWithinTheDistrict_printsTheTable_andABadWaitlistLineIsExit3(@TempDir Path dir) throws Exception {
        CliRun run = replace(dir, "--lang", "en");

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0])
                .startsWith("{\"household_id\":\"C\",\"region\":\"52.08.01.2001\",\"rank\":1,\"desil\":1,"
                        + "\"reasons\":[{\"code\":");
        assertThat(lines[1]).startsWith("{\"household_id\":\"B\",\"region\":\"52.08.01.2002\",\"rank\":2,\"desil\":3,");
        assertThat(run.err())
                .isEqualTo("replace SEMBAKO as of 2025-03-01: places per district from the exits since 2024-03-01\n"
                        + "region    places  proposed  unfilled  not in registry  not eligible  enrolled"
                        + "  re-entry lockout  shares a NIK  above desil  waiting\n"
                        + "52.08.01       2         2         0                0             0         1"
                        + "                 0             0            0        0\n"
                        + "52.08.02       0         0         0                0             0         0"
                        + "                 0             0            0        1\n"
                        + "-              0         0         0                1             0         0"
                        + "                 0             0            0        0\n"
                        + "total          2         2         0                1             0         1"
                        + "                 0             0            0        1\n");
        assertThat(Files.readString(dir.resolve("rejects.jsonl")))
                .startsWith("{\"line\":6,")
                .contains("waitlist.jsonl:6");
    }

    @Test
    void byRegency_andExitsSince_widenThePlaces_inIndonesian(@TempDir Path dir) throws Exception {
        CliRun run = replace(dir, "--by", "regency", "--exits-since", "2023-10-01");

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        // Three places in 52.08 (X, Y and Z): C, D (desil 1, waitlist order) and B (desil 3).
        assertThat(run.out().lines().map(l -> l.substring(0, l.indexOf(",\"desil\""))))
                .containsExactly(
                        "{\"household_id\":\"C\",\"region\":\"52.08.01.2001\",\"rank\":1",
                        "{\"household_id\":\"D\",\"region\":\"52.08.02.2001\",\"rank\":2",
                        "{\"household_id\":\"B\",\"region\":\"52.08.01.2002\",\"rank\":3");
        assertThat(run.err())
                .startsWith(
                        "penggantian SEMBAKO per 2025-03-01: tempat per kabupaten/kota dari keluar sejak 2023-10-01\n")
                .contains("\n52.08         3          3             0");
    }

    @Test
    void badOptions_areUsageErrors(@TempDir Path dir) throws Exception {
        assertThat(replace(dir, "--by", "province").exit()).isEqualTo(2);
        CliRun late = replace(dir, "--exits-since", "2025-03-02", "--lang", "en");
        assertThat(late.exit()).isEqualTo(2);
        assertThat(late.err()).contains("--exits-since must not be after --as-of 2025-03-01, got 2025-03-02");
        CliRun onto = replace(dir, "--output", dir.resolve("waitlist.jsonl").toString());
        assertThat(onto.exit()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("waitlist.jsonl"))).isEqualTo(WAITLIST);
    }
}
