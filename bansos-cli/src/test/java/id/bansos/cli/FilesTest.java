package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs, outputs and temporary files of every command (docs/cli.md, "Files"). */
class FilesTest {
    private static final String[] EVALUATE = {"evaluate", "--program", "PKH", "--as-of", "2025-06-01"};

    private static CliRun evaluate(String... more) {
        List<String> args = new ArrayList<>(List.of(EVALUATE));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** {@code COMMAND --program PKH --as-of 2025-06-01 MORE…}. */
    private static CliRun decide(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--program", "PKH", "--as-of", "2025-06-01"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** {@code graduate --as-of 2025-06-01 --enrollments ENROLMENTS MORE…}. */
    private static CliRun graduate(String enrollments, String... more) {
        List<String> args = new ArrayList<>(List.of("graduate", "--as-of", "2025-06-01", "--enrollments", enrollments));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static Path roster(Path dir) throws Exception {
        Path copy = dir.resolve("roster.jsonl");
        Files.copy(Path.of(EvaluateCommandTest.roster()), copy);
        return copy;
    }

    private static boolean isOther(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class).isOther();
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    // ---- an output onto an input or another output: exit 2, nothing read, nothing written ----

    @Test
    void outputEqualToTheInput_isRefusedAndTheRosterIsKept(@TempDir Path dir) throws Exception {
        Path roster = roster(dir);
        byte[] before = Files.readAllBytes(roster);

        CliRun run = evaluate("--output", roster.toString(), roster.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("bansos: --output " + roster + " adalah berkas yang sama dengan masukan " + roster
                        + ": keluaran tidak pernah menimpa masukan\n");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllBytes(roster)).isEqualTo(before);
        assertThat(dir.toFile().list()).containsExactly("roster.jsonl");
    }

    @Test
    void outputOntoTheInputThroughASymlinkOrAHardLinkOrAnotherSpelling_isRefused(@TempDir Path dir) throws Exception {
        Path roster = roster(dir);
        byte[] before = Files.readAllBytes(roster);
        Path symlink = Files.createSymbolicLink(dir.resolve("link.jsonl"), roster);
        Path hardLink = Files.createLink(dir.resolve("hard.jsonl"), roster);
        Path spelled = dir.resolve("sub/../roster.jsonl");
        Files.createDirectory(dir.resolve("sub"));

        for (Path output : List.of(symlink, hardLink, spelled)) {
            CliRun run = evaluate("--rejects", output.toString(), roster.toString());
            assertThat(run.exit()).as(output.toString()).isEqualTo(2);
            assertThat(run.err())
                    .isEqualTo("bansos: --rejects " + output + " adalah berkas yang sama dengan masukan " + roster
                            + ": keluaran tidak pernah menimpa masukan\n");
        }
        // The --summary of a run whose INPUT is the link and the file itself.
        CliRun run = evaluate("--summary", roster.toString(), symlink.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--summary " + roster + " adalah berkas yang sama dengan masukan " + symlink);
        assertThat(Files.readAllBytes(roster)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(symlink)).isTrue();
    }

    @Test
    void twoOutputsOnOneFile_areRefused_whetherTheFileExistsOrNot(@TempDir Path dir) throws Exception {
        Path roster = roster(dir);
        Path out = dir.resolve("out.jsonl");
        CliRun fresh = evaluate("--output", out.toString(), "--rejects", dir + "/./out.jsonl", roster.toString());
        assertThat(fresh.exit()).isEqualTo(2);
        assertThat(fresh.err())
                .isEqualTo("bansos: --rejects " + dir + "/./out.jsonl adalah berkas yang sama dengan --output " + out
                        + ": beri setiap keluaran berkasnya sendiri\n");
        assertThat(out).doesNotExist();

        Files.writeString(out, "kept\n");
        CliRun existing = evaluate("--output", out.toString(), "--summary", out.toString(), roster.toString());
        assertThat(existing.exit()).isEqualTo(2);
        assertThat(existing.err())
                .isEqualTo("bansos: --summary " + out + " adalah berkas yang sama dengan --output " + out
                        + ": beri setiap keluaran berkasnya sendiri\n");
        assertThat(out).hasContent("kept");

        // A symbolic link to nothing names the file it would create.
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.jsonl"), dir.resolve("new.jsonl"));
        CliRun viaLink = evaluate(
                "--output",
                dangling.toString(),
                "--rejects",
                dir.resolve("new.jsonl").toString(),
                roster.toString());
        assertThat(viaLink.exit()).isEqualTo(2);
        assertThat(viaLink.err()).contains("adalah berkas yang sama dengan --output " + dangling);
    }

    @Test
    void everyCommandChecksItsOutputs(@TempDir Path dir) throws Exception {
        Path roster = roster(dir);
        String r = roster.toString();
        byte[] before = Files.readAllBytes(roster);
        Path enrollments = Files.writeString(dir.resolve("e.jsonl"), "");
        Path district = Files.writeString(dir.resolve("d.yaml"), "");
        List<CliRun> runs = List.of(
                CliRun.of("generate", "--households", "1", "--seed", "1", "--output", dir.toString()),
                decide("whatif", "--parameters", district.toString(), "--output", district.toString(), r),
                CliRun.of("sample", "--size", "1", "--seed", "1", "--output", r, r),
                graduate(enrollments.toString(), "--output", enrollments.toString(), r),
                decide("reconcile", "--before", r, "--after", r, "--output", r));
        assertThat(runs).allSatisfy(run -> assertThat(run.exit()).isEqualTo(2));
        assertThat(runs.get(0).err()).isEqualTo("bansos: --output " + dir + " berupa folder, bukan berkas\n");
        assertThat(runs.get(1).err())
                .isEqualTo("bansos: --output " + district + " adalah berkas yang sama dengan --parameters " + district
                        + ": keluaran tidak pernah menimpa masukan\n");
        assertThat(runs.get(2).err()).contains("--output " + r + " adalah berkas yang sama dengan masukan " + r);
        assertThat(runs.get(3).err())
                .contains("--output " + enrollments + " adalah berkas yang sama dengan --enrollments " + enrollments);
        assertThat(runs.get(4).err()).contains("--output " + r + " adalah berkas yang sama dengan --before " + r);
        assertThat(Files.readAllBytes(roster)).isEqualTo(before);
    }

    // ---- write-through: symlinks, FIFOs and devices are not replaced ----

    @Test
    void outputOntoASymlink_keepsTheLinkAndReplacesTheFileItPointsTo(@TempDir Path dir) throws Exception {
        Path roster = roster(dir);
        Path target = Files.writeString(dir.resolve("target.jsonl"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), target);
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.jsonl"), dir.resolve("created.jsonl"));

        CliRun run = evaluate(
                "--output", link.toString(), "--rejects", dangling.toString(), "--lang", "en", roster.toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(target);
        assertThat(Files.readAllLines(target)).hasSize(3).allMatch(l -> l.startsWith("{\"household_id\":\"KLU-"));
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(Files.readAllLines(dir.resolve("created.jsonl"))).hasSize(2);
    }

    @Test
    void outputOntoAFifo_isWrittenThroughIt(@TempDir Path dir) throws Exception {
        Path roster = roster(dir);
        Path fifo = dir.resolve("decisions.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0)
                .as("mkfifo")
                .isTrue();
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        CliRun run = evaluate("--output", fifo.toString(), roster.toString());

        assertThat(run.exit()).isEqualTo(3);
        String decisions = new String(read.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        assertThat(decisions.lines()).hasSize(3);
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(isOther(fifo)).as("still a FIFO").isTrue();
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("roster.jsonl", "decisions.fifo");
    }

    @Test
    void outputOntoDevNull_isWrittenThroughAndTheDeviceStays(@TempDir Path dir) throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeThat(isOther(devNull)).isTrue();
        Path roster = roster(dir);

        CliRun run = evaluate(
                "--output", "/dev/null", "--rejects", "/dev/null", "--summary", "/dev/null", roster.toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        int mode = (Integer) Files.getAttribute(devNull, "unix:mode");
        assertThat(mode & 0170000).as("a character device").isEqualTo(0020000);
        assertThat(Files.readAllBytes(devNull)).isEmpty();
    }

    // ---- inputs: missing, a directory, unreadable -> exit 2 naming the path ----

    @Test
    void missingParametersOrADirectoryAsInput_exitTwoNamingThePath(@TempDir Path dir) throws Exception {
        Path roster = roster(dir);
        Path missing = dir.resolve("district.yaml");

        CliRun parameters = evaluate("--parameters", missing.toString(), roster.toString());
        assertThat(parameters.exit()).isEqualTo(2);
        assertThat(parameters.err())
                .isEqualTo("bansos: tidak dapat membaca berkas --parameters " + missing + ": berkas tidak ada\n");

        CliRun directory = evaluate(dir.toString());
        assertThat(directory.exit()).isEqualTo(2);
        assertThat(directory.err())
                .isEqualTo("bansos: tidak dapat membaca berkas masukan " + dir + ": berupa folder\n");

        CliRun test = CliRun.of("test", "--parameters", missing.toString(), dir.toString());
        assertThat(test.exit()).isEqualTo(2);
        assertThat(test.err())
                .isEqualTo("bansos: tidak dapat membaca berkas --parameters " + missing + ": berkas tidak ada\n");

        CliRun explain = decide("explain", "--household", "KLU-1", dir.toString());
        assertThat(explain.exit()).isEqualTo(2);
        assertThat(explain.err()).isEqualTo("bansos: tidak dapat membaca berkas masukan " + dir + ": berupa folder\n");

        CliRun graduate = graduate(dir.toString(), roster.toString());
        assertThat(graduate.exit()).isEqualTo(2);
        assertThat(graduate.err())
                .isEqualTo("bansos: tidak dapat membaca berkas --enrollments " + dir + ": berupa folder\n");

        CliRun reconcile = decide("reconcile", "--before", roster.toString(), "--after", missing.toString());
        assertThat(reconcile.exit()).isEqualTo(2);
        assertThat(reconcile.err())
                .isEqualTo("bansos: tidak dapat membaca berkas --after " + missing + ": berkas tidak ada\n");

        CliRun regions = evaluate("--regions", dir.toString(), roster.toString());
        assertThat(regions.exit()).isEqualTo(2);
        assertThat(regions.err())
                .isEqualTo("bansos: tidak dapat membaca berkas --regions " + dir + ": berupa folder\n");
    }

    @Test
    void unreadableInput_exitsTwo(@TempDir Path dir) throws Exception {
        Path roster = roster(dir);
        assumeThat(posix()).isTrue();
        Files.setPosixFilePermissions(roster, PosixFilePermissions.fromString("-w-------"));
        // The superuser reads any file: then there is nothing to test.
        assumeThat(Files.isReadable(roster)).as("not running as root").isFalse();

        CliRun run = evaluate(roster.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("bansos: tidak dapat membaca berkas masukan " + roster + ": izin ditolak\n");
    }

    // ---- the spool of standard input ----

    /** Standard input that, when read to its end, notes the run's spool and its permissions. */
    private static final class Watched extends InputStream {
        private final InputStream data;
        private final boolean fail;
        Path directory;
        String directoryPermissions;
        List<String> filePermissions = new ArrayList<>();

        Watched(byte[] data, boolean fail) {
            this.data = new ByteArrayInputStream(data);
            this.fail = fail;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = data.read(b, off, len);
            if (n < 0 && directory == null) {
                directory = RunDirectory.current().directory();
                if (posix()) {
                    directoryPermissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(directory));
                    try (var files = Files.list(directory)) {
                        for (Path f : files.toList()) {
                            filePermissions.add(f.getFileName() + " "
                                    + PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
                        }
                    }
                }
                if (fail) {
                    throw new IOException("Input/output error");
                }
            }
            return n;
        }
    }

    private static CliRun withStdin(InputStream in, String... args) {
        InputStream saved = System.in;
        System.setIn(in);
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void standardInput_isSpooledOwnerOnly_andTheSpoolIsDeletedOnEveryExit() throws Exception {
        byte[] roster = Files.readAllBytes(Path.of(EvaluateCommandTest.roster()));
        byte[] good = new String(roster, StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElseThrow()
                .concat("\n")
                .getBytes(StandardCharsets.UTF_8);
        int[] expected = {0, 3, 2, 2};
        List<Watched> stdins = List.of(
                new Watched(good, false),
                new Watched(roster, false),
                new Watched(roster, true),
                new Watched(good, false));
        for (int i = 0; i < stdins.size(); i++) {
            Watched stdin = stdins.get(i);
            // The last run fails after the spool: a household missing from the input.
            CliRun run = i == 3
                    ? withStdin(stdin, "explain", "--program", "PKH", "--as-of", "2025-06-01", "--household", "X", "-")
                    : withStdin(stdin, "evaluate", "--program", "PKH", "--as-of", "2025-06-01", "-");
            assertThat(run.exit()).as("run %d", i).isEqualTo(expected[i]);
            assertThat(stdin.directory).as("run %d", i).isNotNull();
            if (posix()) {
                assertThat(stdin.directoryPermissions).isEqualTo("rwx------");
                assertThat(stdin.filePermissions).containsExactly("stdin.spool rw-------");
            }
            assertThat(stdin.directory).as("deleted after run %d", i).doesNotExist();
        }
        assertThat(withStdin(
                                new Watched(roster, true),
                                EVALUATE[0],
                                EVALUATE[1],
                                EVALUATE[2],
                                EVALUATE[3],
                                EVALUATE[4],
                                "-")
                        .err())
                .isEqualTo("bansos: tidak dapat membaca masukan standar: input/output error\n");
    }
}
