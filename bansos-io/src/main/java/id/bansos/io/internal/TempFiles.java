package id.bansos.io.internal;

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

/**
 * The temporary files of one index table: created readable by their owner only where the file
 * system knows POSIX permissions (they hold NIKs), and all deleted by {@link #close()}.
 */
final class TempFiles implements Closeable {
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Optional<Path> directory;
    private final String prefix;
    private final List<Path> created = new ArrayList<>();

    TempFiles(Optional<Path> directory, String prefix) {
        this.directory = directory;
        this.prefix = prefix;
    }

    /** Creates an empty file, deleted at the latest by {@link #close()}. */
    Path create() throws IOException {
        FileAttribute<?>[] attributes = POSIX
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
        Path file = directory.isPresent()
                ? Files.createTempFile(directory.get(), prefix, ".tmp", attributes)
                : Files.createTempFile(prefix, ".tmp", attributes);
        created.add(file);
        return file;
    }

    /** Deletes a file early. */
    void delete(Path file) throws IOException {
        created.remove(file);
        Files.deleteIfExists(file);
    }

    /** The files not yet deleted. */
    List<Path> files() {
        return List.copyOf(created);
    }

    /** Deletes every file not yet deleted, trying all of them before reporting the first failure. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Path file : created) {
            try {
                Files.deleteIfExists(file);
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
}
