package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
                .containsExactly("{\"line\":3,\"household_id\":\"KEL-3\",\"error\":\"exits.jsonl:3: household KEL-3:"
                        + " program: the household is not enrolled in SEMBAKO\"}");
        assertThat(run.err())
                .isEqualTo("register: 3 enrolments written; exits applied: 1 graduated, 1 terminated; rejected: 1\n");
        assertThat(run.out()).isEmpty();
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
        assertThat(run.err()).contains("--output " + register + " is the same file as --enrollments " + register);
        assertThat(Files.readString(register)).isEqualTo(REGISTER);
        assertThat(List.of(dir.toFile().list())).containsExactlyInAnyOrder("register.jsonl", "exits.jsonl");
    }
}
