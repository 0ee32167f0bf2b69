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
 */
final class AtomicOutput implements AutoCloseable {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static boolean shuttingDown;
    private static final java.util.concurrent.atomic.AtomicLong COUNTER = new java.util.concurrent.atomic.AtomicLong();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicOutput::deletePending, "bansos-cleanup"));
    }

    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private boolean committed;

    private AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        Path part = dir.resolve("." + this.target.getFileName() + "."
                + ProcessHandle.current().pid() + "." + COUNTER.incrementAndGet() + ".part");
        // Registered and created under one lock with the shutdown hook, so that a part file created
        // just as the JVM is told to stop is still deleted, and none is created after the hook ran.
        synchronized (PENDING) {
            if (shuttingDown) {
                throw new IOException("the run is stopping; " + this.target.getFileName() + " is not written");
            }
            PENDING.add(part);
            // CREATE_NEW, not createTempFile: the finished file gets the ordinary permissions (umask),
            // not 0600; and a file the hook deleted is never opened, so never created again.
            this.temp = part;
            this.stream = new BufferedOutputStream(
                    Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16);
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
        return new AtomicOutput(target);
    }

    /** The stream to write to; {@link #commit()} flushes and closes it. */
    OutputStream stream() {
        return stream;
    }

    /** Moves the complete file into place under its final name. */
    void commit() throws IOException {
        stream.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        PENDING.remove(temp);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                stream.close();
            } finally {
                Files.deleteIfExists(temp);
                PENDING.remove(temp);
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
