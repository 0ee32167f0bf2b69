package id.bansos.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The temporary directory of one run of the command line, for the spool of standard input: created
 * on first use in the JVM's temporary directory ({@code java.io.tmpdir}), entered by its owner only
 * ({@code 0700}), its files readable by the owner only ({@code 0600}) where the file system knows
 * POSIX permissions. {@link #close()}, at the end of {@link Main#run}, deletes it whatever the exit
 * code; a shutdown hook deletes it when the JVM is stopped first (Ctrl-C, {@code SIGTERM}).
 */
final class RunDirectory implements AutoCloseable {
    /** Every run directory of this JVM not yet deleted. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    private static final ThreadLocal<RunDirectory> CURRENT = new ThreadLocal<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(RunDirectory::deleteLive, "bansos-spool-cleanup"));
    }

    private final boolean posix =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private Path directory;

    private RunDirectory() {}

    /** Starts the run of this thread; {@link #close()} ends it. */
    static RunDirectory open() {
        RunDirectory run = new RunDirectory();
        CURRENT.set(run);
        return run;
    }

    /**
     * The run of this thread; outside {@link Main#run} (a command called directly), a run whose
     * directory only the shutdown hook deletes.
     */
    static RunDirectory current() {
        RunDirectory run = CURRENT.get();
        if (run == null) {
            run = open();
        }
        return run;
    }

    /**
     * Creates an empty file, owner-only, in the run's directory.
     *
     * @param name the file name
     * @return the file
     * @throws IOException if the directory or the file cannot be created
     */
    Path newFile(String name) throws IOException {
        if (directory == null) {
            directory = posix
                    ? Files.createTempDirectory("bansos-", owner("rwx------"))
                    : Files.createTempDirectory("bansos-");
            LIVE.add(directory);
        }
        Path file = directory.resolve(name);
        // Created with its permissions, never re-created: written later with WRITE only, so the umask
        // never applies to it.
        Files.newByteChannel(
                        file,
                        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        posix ? owner("rw-------") : new FileAttribute<?>[0])
                .close();
        return file;
    }

    /** The directory, once a file was created in it; for tests. */
    Path directory() {
        return directory;
    }

    private static FileAttribute<?>[] owner(String permissions) {
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        };
    }

    /** Deletes the directory and its files; a failure leaves them to the shutdown hook. */
    @Override
    public void close() {
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
        if (directory != null && delete(directory)) {
            LIVE.remove(directory);
        }
    }

    private static boolean delete(Path directory) {
        try {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> list = Files.list(directory)) {
                list.forEach(files::add);
            }
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(directory);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteLive() {
        for (Path d : LIVE) {
            delete(d);
        }
    }
}
