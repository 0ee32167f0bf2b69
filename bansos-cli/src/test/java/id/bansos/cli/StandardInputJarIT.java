package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard input of the shaded jar as a shell gives it: closed, a directory, a FIFO fed slowly. The
 * JVM's temporary directory is one of the test's, so what the run leaves there is visible.
 */
class StandardInputJarIT {
    private static final String JAR = System.getProperty("bansos.jar", "target/bansos.jar");

    /** Runs {@code java -jar bansos.jar ARGS… STDIN} through {@code sh}, for redirections Java cannot make. */
    private static Process start(Path dir, Path tmp, String redirection, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "sh",
                "-c",
                "exec \"$@\" " + redirection,
                "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData",
                "-Djava.io.tmpdir=" + tmp,
                "-jar",
                new File(JAR).getAbsolutePath()));
        command.addAll(List.of(args));
        return BansosJarIT.start(dir, command);
    }

    private static final String[] EVALUATE = {"evaluate", "--program", "PKH", "--as-of", "2025-06-01", "-"};

    private static Path tmp(Path dir) throws Exception {
        return Files.createDirectory(dir.resolve("tmp"));
    }

    private static List<Path> left(Path tmp) throws Exception {
        try (Stream<Path> all = Files.walk(tmp)) {
            return all.filter(p -> !p.equals(tmp)).toList();
        }
    }

    @Test
    void closedStandardInput_isExitTwo_notACrash(@TempDir Path dir) throws Exception {
        Path tmp = tmp(dir);
        Process p = start(dir, tmp, "<&-", EVALUATE);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("stderr.txt")))
                .isEqualTo("bansos: tidak dapat membaca masukan standar: masukan standar tertutup\n");
        assertThat(dir.resolve("stdout.txt")).isEmptyFile();
        assertThat(left(tmp)).isEmpty();
    }

    @Test
    void aDirectoryAsStandardInput_isExitTwo(@TempDir Path dir) throws Exception {
        Path tmp = tmp(dir);
        Process p = start(dir, tmp, "< '" + dir + "'", EVALUATE);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("stderr.txt")))
                .isEqualTo("bansos: tidak dapat membaca masukan standar: berupa folder\n");
        assertThat(left(tmp)).isEmpty();
    }

    @Test
    void theSpoolIsOwnerOnly_andGoneAfterTheRun_andAfterSigterm(@TempDir Path dir) throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        byte[] roster = Files.readAllBytes(Path.of(EvaluateCommandTest.roster()));
        for (boolean terminate : new boolean[] {false, true}) {
            Path run = Files.createDirectory(dir.resolve(terminate ? "terminated" : "finished"));
            Path tmp = tmp(run);
            Path fifo = run.resolve("stdin.fifo");
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
            assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0)
                    .isTrue();
            Process p = start(run, tmp, "< '" + fifo + "'", EVALUATE);
            try (OutputStream stdin = Files.newOutputStream(fifo)) {
                stdin.write(roster, 0, roster.length / 2);
                stdin.flush();
                // The run is now spooling, waiting for the rest.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                List<Path> spool = left(tmp);
                while (spool.size() < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                    spool = left(tmp);
                }
                assertThat(spool).hasSize(2);
                Path directory = spool.get(0);
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)))
                        .isEqualTo("rwx------");
                assertThat(spool.get(1)).isEqualTo(directory.resolve("stdin.spool"));
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(spool.get(1))))
                        .isEqualTo("rw-------");
                if (terminate) {
                    p.destroy();
                    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
                } else {
                    stdin.write(roster, roster.length / 2, roster.length - roster.length / 2);
                }
            } catch (java.io.IOException e) {
                // The terminated run closed its end of the FIFO.
                assertThat(terminate).isTrue();
            }
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            if (!terminate) {
                assertThat(p.exitValue()).isEqualTo(3);
                assertThat(Files.readAllLines(run.resolve("stdout.txt"))).hasSize(3);
            }
            assertThat(left(tmp))
                    .as(terminate ? "after SIGTERM" : "after the run")
                    .isEmpty();
        }
    }

    static {
        assertThat(new File(JAR)).as("the shaded jar " + JAR).exists();
    }
}
