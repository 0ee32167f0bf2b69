package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bansos commitments}, run in-process on hand-worked records with the national values
 * (school 0.85: 51 of 60 passes, 50 fails; P2K2 every session; warning 1, suspension 2, termination 3).
 */
class CommitmentsCommandTest {
    // A: fail 2024-I, nothing in II, fail III -> WARNING, UNVERIFIED, SUSPENDED, UNVERIFIED; SUSPENDED.
    // T: fail 2020-I, II, III, pass IV -> terminated in III for good.
    // S: SEMBAKO, skipped.
    private static final String ENROLMENTS = """
            {"household_id":"A","program":"PKH","since":"2024-01-15","status":"ACTIVE","region":"52.08.01.2001"}
            {"household_id":"T","program":"PKH","since":"2020-01-01","status":"ACTIVE","region":"52.08.02.2001"}
            {"household_id":"S","program":"SEMBAKO","since":"2020-01-01","status":"ACTIVE"}
            """;
    private static final String RECORDS = """
            {"household_id":"A","tahap":"2024-I","checks":[{"kind":"SCHOOL_ATTENDANCE","member_index":2,\
            "scheduled":60,"attended":50},{"kind":"P2K2","scheduled":1,"attended":1,"module":"EKONOMI",\
            "session_date":"2024-02-14"}]}
            {"household_id":"A","tahap":"2024-III","checks":[{"kind":"SCHOOL_ATTENDANCE","member_index":2,\
            "scheduled":60,"attended":51},{"kind":"P2K2","scheduled":1,"attended":0,"module":"EKONOMI"}]}
            {"household_id":"T","tahap":"2020-I","checks":[{"kind":"SCHOOL_ATTENDANCE","member_index":1,\
            "scheduled":60,"attended":0}]}
            {"household_id":"T","tahap":"2020-II","checks":[{"kind":"SCHOOL_ATTENDANCE","member_index":1,\
            "scheduled":60,"attended":50}]}
            {"household_id":"T","tahap":"2020-III","checks":[{"kind":"SCHOOL_ATTENDANCE","member_index":1,\
            "scheduled":60,"attended":50}]}
            {"household_id":"T","tahap":"2020-IV","checks":[{"kind":"SCHOOL_ATTENDANCE","member_index":1,\
            "scheduled":60,"attended":60}]}
            """;

    private static CliRun run(Path dir, String records, String asOf, String... more) throws Exception {
        Path enrolments = dir.resolve("enrolments.jsonl");
        Path commitments = dir.resolve("commitments.jsonl");
        Files.writeString(enrolments, ENROLMENTS);
        Files.writeString(commitments, records);
        String[] args = {
            "commitments",
            "--as-of",
            asOf,
            "--enrollments",
            enrolments.toString(),
            "--commitments",
            commitments.toString()
        };
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void eachTahapHasItsStatusAndFailedChecks_theEnrolmentItsStatusOnTheDate(@TempDir Path dir) throws Exception {
        CliRun run = run(dir, RECORDS, "2024-10-01", "--lang", "en");

        assertThat(run.exit()).as(run.err()).isZero();
        String a = run.out()
                .lines()
                .filter(l -> l.contains("\"household_id\":\"A\""))
                .findFirst()
                .orElseThrow();
        // 2024-III: the school check passes (51), the P2K2 session was missed (0 of 1 < 1): failure 2.
        assertThat(a)
                .isEqualTo("{\"household_id\":\"A\",\"program\":\"PKH\",\"region\":\"52.08.01.2001\",\"tahap\":["
                        + "{\"tahap\":\"2024-I\",\"status\":\"WARNING\",\"consecutive_failures\":1,\"failed_checks\":[{\"kind\":"
                        + "\"SCHOOL_ATTENDANCE\",\"member_index\":2,\"scheduled\":60,\"attended\":50,\"share\":\"0.8333\","
                        + "\"min_share\":\"0.85\"}]},"
                        + "{\"tahap\":\"2024-II\",\"status\":\"UNVERIFIED\",\"consecutive_failures\":1,\"failed_checks\":[]},"
                        + "{\"tahap\":\"2024-III\",\"status\":\"SUSPENDED\",\"consecutive_failures\":2,\"failed_checks\":[{\"kind\":"
                        + "\"P2K2\",\"module\":\"EKONOMI\",\"scheduled\":1,\"attended\":0,\"share\":\"0.0000\",\"min_share\":\"1\"}]},"
                        + "{\"tahap\":\"2024-IV\",\"status\":\"UNVERIFIED\",\"consecutive_failures\":2,\"failed_checks\":[]}],"
                        + "\"status\":\"SUSPENDED\"}");
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.err())
                .contains("assessed the commitments of 2 PKH enrolments as of 2024-10-01")
                .contains("skipped 1 enrolments in programmes other than PKH");
    }

    @Test
    void aTerminationIsFinal_aCompliantTahapAfterItStaysTerminated(@TempDir Path dir) throws Exception {
        CliRun run = run(dir, RECORDS, "2020-12-31");

        String t = run.out()
                .lines()
                .filter(l -> l.contains("\"household_id\":\"T\""))
                .findFirst()
                .orElseThrow();
        assertThat(t)
                .contains("{\"tahap\":\"2020-III\",\"status\":\"TERMINATED\",\"consecutive_failures\":3")
                .contains(
                        "{\"tahap\":\"2020-IV\",\"status\":\"TERMINATED\",\"consecutive_failures\":3,\"failed_checks\":[]}")
                .endsWith("\"status\":\"TERMINATED\"}");
    }

    @Test
    void p2k2Summary_byDistrictAndModule_addsUp(@TempDir Path dir) throws Exception {
        Path summary = dir.resolve("p2k2.json");

        CliRun run = run(dir, RECORDS, "2024-10-01", "--summary", summary.toString(), "--by", "district");

        assertThat(run.exit()).as(run.err()).isZero();
        // A's two EKONOMI sessions (1 of 1, 0 of 1): one family, 2 scheduled, 1 attended; T has no P2K2.
        assertThat(Files.readString(summary))
                .isEqualTo("{\"as_of\":\"2024-10-01\",\"p2k2\":[{\"region\":\"52.08.01\",\"module\":\"EKONOMI\","
                        + "\"families\":1,\"scheduled\":2,\"attended\":1}],\"modules\":{\"EKONOMI\":{\"families\":1,"
                        + "\"scheduled\":2,\"attended\":1}},\"scheduled\":2,\"attended\":1}\n");
    }

    @Test
    void aSecondRecordForATahap_isARejectNamingFileLineAndField_exit3(@TempDir Path dir) throws Exception {
        String twice = RECORDS + "{\"household_id\":\"A\",\"tahap\":\"2024-I\",\"checks\":[{\"kind\":\"P2K2\","
                + "\"scheduled\":1,\"attended\":1}]}\n";

        CliRun run = run(dir, twice, "2024-10-01", "--lang", "en");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err())
                .contains("\"line\":7")
                .contains("commitments.jsonl:7: household A: tahap: the household already has a commitment record"
                        + " for 2024-I, on line 1");
    }
}
