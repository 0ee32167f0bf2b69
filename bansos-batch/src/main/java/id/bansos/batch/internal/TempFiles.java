package id.bansos.batch.internal;

import java.io.Closeable;
import java.io.IOException;
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
 * The temporary files of one index table: created readable by their owner only where the file
 * system knows POSIX permissions (they hold NIKs), and all deleted by {@link #close()}.
 *
 * <p>A JVM stopped before that (Ctrl-C, {@code SIGTERM}, {@code System.exit}) still deletes them: every
 * file not yet deleted is also in a process-wide set that a shutdown hook empties. Only a JVM killed
 * outright ({@code SIGKILL}, a crash) leaves them, in the directory of {@code IndexMemory}.
 */
final class TempFiles implements Closeable {
    /** Every index file of this JVM not yet deleted. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteLive, "bansos-index-cleanup"));
    }

    private final Optional<Path> directory;
    private final String prefix;
    private final List<Path> created = new ArrayList<>();

    TempFiles(Optional<Path> directory, String prefix) {
        this.directory = directory;
        this.prefix = prefix;
    }

    /** Creates an empty file, deleted at the latest by {@link #close()} or when the JVM stops. */
    Path create() throws IOException {
        boolean posix = directory
                .map(d -> d.getFileSystem())
                .orElse(FileSystems.getDefault())
                .supportedFileAttributeViews()
                .contains("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
        Path file = directory.isPresent()
                ? Files.createTempFile(directory.get(), prefix, ".tmp", attributes)
                : Files.createTempFile(prefix, ".tmp", attributes);
        LIVE.add(file);
        created.add(file);
        return file;
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

    /** Whether the shutdown hook would delete a file; for tests. */
    static boolean isLive(Path file) {
        return LIVE.contains(file);
    }

    /** Deletes every file not yet deleted, trying all of them before reporting the first failure. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Path file : created) {
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
        if (failure != null) {
            throw failure;
        }
    }

    private static void deleteLive() {
        for (Path file : LIVE) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException | RuntimeException e) {
                // The JVM is stopping: nothing to report to, and the other files still go.
            }
        }
    }
}
