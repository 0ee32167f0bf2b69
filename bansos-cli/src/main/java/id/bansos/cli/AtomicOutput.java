package id.bansos.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An output file that appears under its final name only when complete: the content goes to a
 * temporary file beside it, which {@link #commit()} moves into place atomically. A failed or
 * interrupted run leaves nothing under the final name; temporary files are deleted on close
 * without commit and, for an interrupted JVM, by a shutdown hook.
 *
 * <p>Only a regular file or a new path is replaced that way. A symbolic link is kept and followed: the
 * file it points to is replaced (or created, for a link to nothing). A device ({@code /dev/null}), a
 * FIFO or anything else that is not a regular file is written through, as a shell's {@code >} does,
 * never replaced; such an output is not atomic.
 */
final class AtomicOutput implements AutoCloseable {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static boolean shuttingDown;
    private static final java.util.concurrent.atomic.AtomicLong COUNTER = new java.util.concurrent.atomic.AtomicLong();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicOutput::deletePending, "bansos-cleanup"));
    }

    private final Path target;
    /** The temporary file, or null when writing through a device or FIFO. */
    private final Path temp;

    private final OutputStream stream;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, OutputStream stream) {
        this.target = target;
        this.temp = temp;
        this.stream = stream;
    }

    private static AtomicOutput atomic(Path target) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path part = dir.resolve("." + target.getFileName() + "."
                + ProcessHandle.current().pid() + "." + COUNTER.incrementAndGet() + ".part");
        // Registered and created under one lock with the shutdown hook, so that a part file created
        // just as the JVM is told to stop is still deleted, and none is created after the hook ran.
        synchronized (PENDING) {
            if (shuttingDown) {
                throw new IOException("the run is stopping; " + target.getFileName() + " is not written");
            }
            PENDING.add(part);
            // CREATE_NEW, not createTempFile: the finished file gets the ordinary permissions (umask),
            // not 0600; and a file the hook deleted is never opened, so never created again.
            OutputStream stream = new BufferedOutputStream(
                    Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16);
            return new AtomicOutput(target, part, stream);
        }
    }

    /**
     * Starts writing a file.
     *
     * @param target the final file name
     * @return the open output
     * @throws IOException if the temporary file cannot be created
     */
    static AtomicOutput create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            if (Files.isRegularFile(absolute)) {
                // Through any symbolic links, so that the link stays and its file gets the content.
                return atomic(absolute.toRealPath());
            }
            // A device, FIFO or socket: written through (WRITE alone neither creates nor truncates).
            OutputStream through =
                    new BufferedOutputStream(Files.newOutputStream(absolute, StandardOpenOption.WRITE), 1 << 16);
            return new AtomicOutput(absolute, null, through);
        }
        // A new path, or a symbolic link to nothing: the file is created where the link points.
        return atomic(PathCheck.resolved(absolute));
    }

    /** The stream to write to; {@link #commit()} flushes and closes it. */
    OutputStream stream() {
        return stream;
    }

    /** Moves the complete file into place under its final name. */
    void commit() throws IOException {
        stream.close();
        if (temp != null) {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            PENDING.remove(temp);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                stream.close();
            } finally {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                    PENDING.remove(temp);
                }
            }
        }
    }

    private static void deletePending() {
        synchronized (PENDING) {
            shuttingDown = true;
        }
        for (Path p : PENDING) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // Best effort while the JVM is going down; the part file never has the final name.
            }
        }
    }
}
