package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded jar as a user does: {@code java -jar bansos-cli/target/bansos.jar …}. */
class BansosJarIT {
    private static final String JAR = System.getProperty("bansos.jar", "target/bansos.jar");

    private static Process start(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR);
        command.addAll(List.of(args));
        return start(dir, command);
    }

    /** Starts a command in {@code dir}, its output to {@code stdout.txt} and {@code stderr.txt} there. */
    static Process start(Path dir, List<String> command) throws Exception {
        return new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
    }

    private static int run(Path dir, String... args) throws Exception {
        Process p = start(dir, args);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    @Test
    void evaluate_onCheckedInFileWithBadRecords_exitsThreeWithExactCountsAndRejectLines(@TempDir Path dir)
            throws Exception {
        int exit = run(
                dir,
                "evaluate",
                "--program",
                "PKH",
                "--as-of",
                "2025-06-01",
                "--lang",
                "en",
                "--output",
                "decisions.jsonl",
                "--rejects",
                "rejects.jsonl",
                EvaluateCommandTest.roster());

        assertThat(exit).isEqualTo(3);
        assertThat(Files.readAllLines(dir.resolve("decisions.jsonl"))).hasSize(3);
        assertThat(Files.readAllLines(dir.resolve("rejects.jsonl"), StandardCharsets.UTF_8))
                .containsExactly(
                        "{\"line\":2,\"column\":61,\"household_id\":\"KLU-2\",\"error\":\"roster-with-errors.jsonl:2:61:"
                                + " household KLU-2: members[0].nik: does not agree with birth_date and sex\"}",
                        "{\"line\":4,\"column\":40,\"household_id\":\"KLU-4\",\"error\":\"roster-with-errors.jsonl:4:40:"
                                + " household KLU-4: desill: unknown key \\\"desill\\\", did you mean \\\"desil\\\"?\"}");
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertThat(err)
                .containsPattern("Records read +5\n")
                .containsPattern("Decided +3\n")
                .containsPattern("Rejected +2\n")
                .containsPattern("Total annual amount +Rp5,400,000\n");
    }

    @Test
    void version_runsFromTheJar(@TempDir Path dir) throws Exception {
        assertThat(run(dir, "--version")).isZero();
        assertThat(Files.readString(dir.resolve("stdout.txt"))).startsWith("bansos 0.1.0-SNAPSHOT\npolicy ");
    }

    @Test
    void killedRun_leavesNoOutputFile(@TempDir Path dir) throws Exception {
        assertThat(run(dir, "generate", "--households", "400000", "--seed", "3", "--output", "big.jsonl"))
                .isZero();
        for (boolean forcibly : new boolean[] {false, true}) {
            Process p = start(
                    dir,
                    "evaluate",
                    "--program",
                    "PKH",
                    "--as-of",
                    "2025-06-01",
                    "--threads",
                    "1",
                    "--output",
                    "out.jsonl",
                    "big.jsonl");
            // Wait until the run is writing its part file, then kill it mid-way.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (partFiles(dir).isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(p.isAlive()).as("run still going when killed").isTrue();
            if (forcibly) {
                p.destroyForcibly();
            } else {
                p.destroy();
            }
            p.waitFor(30, TimeUnit.SECONDS);
            assertThat(dir.resolve("out.jsonl")).doesNotExist();
            if (!forcibly) {
                // SIGTERM runs the shutdown hook, which removes the part file too.
                assertThat(partFiles(dir)).isEmpty();
            }
        }
    }

    private static List<String> partFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".part"))
                    .toList();
        }
    }

    static {
        // The IT needs the jar the package phase built.
        assertThat(new File(JAR)).as("the shaded jar " + JAR).exists();
    }
}
