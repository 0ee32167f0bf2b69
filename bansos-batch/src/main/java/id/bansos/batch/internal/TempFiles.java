package id.bansos.batch.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files of one index table. They hold NIKs, so where the file system knows POSIX
 * permissions they are created readable by their owner only ({@code 0600}) inside a directory of
 * their own that only the owner may enter ({@code 0700}), created on the first file; {@link
 * #close()} deletes the files and the directory.
 *
 * <p>A JVM stopped before that (Ctrl-C, {@code SIGTERM}, {@code System.exit}) still deletes them: every
 * file and directory not yet deleted is also in a process-wide set that a shutdown hook empties. Only
 * a JVM killed outright ({@code SIGKILL}, a crash) leaves them, in the directory of {@code
 * IndexMemory}.
 */
final class TempFiles implements Closeable {
    /** Every index file and directory of this JVM not yet deleted. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteLive, "bansos-index-cleanup"));
    }

    private final Optional<Path> parent;
    private final String prefix;
    private final List<Path> created = new ArrayList<>();
    private Path directory;

    TempFiles(Optional<Path> parent, String prefix) {
        this.parent = parent;
        this.prefix = prefix;
    }

    /** Creates an empty file, deleted at the latest by {@link #close()} or when the JVM stops. */
    Path create() throws IOException {
        FileSystem fs = parent.map(Path::getFileSystem).orElse(FileSystems.getDefault());
        boolean posix = fs.supportedFileAttributeViews().contains("posix");
        if (directory == null) {
            FileAttribute<?>[] owner = posix ? permissions("rwx------") : new FileAttribute<?>[0];
            directory = parent.isPresent()
                    ? Files.createTempDirectory(parent.get(), prefix, owner)
                    : Files.createTempDirectory(prefix, owner);
            LIVE.add(directory);
        }
        Path file = Files.createTempFile(
                directory, "run-", ".tmp", posix ? permissions("rw-------") : new FileAttribute<?>[0]);
        LIVE.add(file);
        created.add(file);
        return file;
    }

    private static FileAttribute<?>[] permissions(String text) {
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(text))};
    }

    /** Deletes a file early. */
    void delete(Path file) throws IOException {
        created.remove(file);
        Files.deleteIfExists(file);
        LIVE.remove(file);
    }

    /** The files of this table not yet deleted. */
    List<Path> files() {
        return List.copyOf(created);
    }

    /** The directory of the files, once the first is created; for tests. */
    Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** Whether the shutdown hook would delete a file or directory; for tests. */
    static boolean isLive(Path file) {
        return LIVE.contains(file);
    }

    /**
     * Deletes every file not yet deleted, then their directory, trying all of them before reporting
     * the first failure.
     */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        List<Path> all = new ArrayList<>(created);
        if (directory != null) {
            all.add(directory);
        }
        for (Path file : all) {
            try {
                Files.deleteIfExists(file);
                LIVE.remove(file);
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        created.clear();
        if (directory != null && !LIVE.contains(directory)) {
            directory = null;
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void deleteLive() {
        // Files first, then the directories they are in: the longer path of the two is the file.
        List<Path> all = new ArrayList<>(LIVE);
        all.sort((a, b) -> Integer.compare(b.getNameCount(), a.getNameCount()));
        for (Path file : all) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException | RuntimeException e) {
                // The JVM is stopping: nothing to report to, and the other files still go.
            }
        }
    }
}
