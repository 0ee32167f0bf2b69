package id.bansos.batch.internal;

import id.bansos.batch.IndexMemory;
import id.bansos.model.internal.Checks;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * Strings appended in order and read back in the same order, as many times as needed, whose memory
 * is bounded by an {@link IndexMemory} budget.
 *
 * <p>Each string is kept as its UTF-8 bytes after its length (one byte below 128 bytes, two below 16
 * KiB, three below 2 MiB, and so on up to five), in an arena of 256 KiB chunks (half the budget, if that is less); a string never spans two chunks. When the chunks in
 * memory exceed the budget, the oldest full ones are appended to one temporary file and dropped, so
 * memory stays within the budget plus one chunk. A {@link Reader} reads the file first, then the
 * chunks still in memory.
 *
 * <p>Not thread-safe. {@link #close()} deletes the file.
 */
public final class SpillingStrings implements Closeable {
    /** Below half of G1's smallest region (1 MiB), so that no chunk is a humongous object. */
    private static final int CHUNK_BYTES = 256 << 10;

    private static final int BUFFER_BYTES = 1 << 16;

    private final long budget;
    private final int chunkBytes;
    private final TempFiles files;
    private byte[][] arena = new byte[16][];
    private int[] used = new int[16];
    /** Chunks before this one are on disk. */
    private int firstInMemory;

    private int chunks;
    private long bytesInMemory;
    private Path file;
    private OutputStream out;
    private long spilledBytes;
    private long size;
    private boolean read;
    private boolean closed;

    private SpillingStrings(IndexMemory memory) {
        this.budget = memory.bytesPerTable();
        // Half the budget at most, so that a small budget still keeps a chunk or two in memory.
        this.chunkBytes = (int) Math.min(CHUNK_BYTES, Math.max(256, budget / 2));
        this.files = new TempFiles(memory.directory(), "bansos-ids-");
    }

    /**
     * Creates an empty log.
     *
     * @param memory the budget and the directory of the file, not null
     * @return the log, not null
     * @throws NullPointerException if {@code memory} is null
     */
    public static SpillingStrings create(IndexMemory memory) {
        Checks.notNull(memory, "memory");
        return new SpillingStrings(memory);
    }

    /**
     * Appends a string.
     *
     * @param s the string, not null
     * @throws IllegalStateException if the log is closed, or was already read
     * @throws IOException if the file cannot be written
     */
    public void append(String s) throws IOException {
        if (closed) {
            throw new IllegalStateException("the log is closed");
        }
        if (read) {
            throw new IllegalStateException("the log was already read");
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int need = varintLength(bytes.length) + bytes.length;
        if (chunks == 0 || used[chunks - 1] + need > arena[chunks - 1].length) {
            if (chunks == arena.length) {
                arena = Arrays.copyOf(arena, chunks * 2);
                used = Arrays.copyOf(used, chunks * 2);
            }
            arena[chunks++] = new byte[Math.max(chunkBytes, need)];
            bytesInMemory += arena[chunks - 1].length;
            while (bytesInMemory > budget && firstInMemory < chunks - 1) {
                spillOldest();
            }
        }
        byte[] chunk = arena[chunks - 1];
        int at = used[chunks - 1];
        int n = bytes.length;
        while (n >= 0x80) {
            chunk[at++] = (byte) (n | 0x80);
            n >>>= 7;
        }
        chunk[at++] = (byte) n;
        System.arraycopy(bytes, 0, chunk, at, bytes.length);
        used[chunks - 1] = at + bytes.length;
        size++;
    }

    private void spillOldest() throws IOException {
        if (out == null) {
            file = files.create();
            out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES);
        }
        out.write(arena[firstInMemory], 0, used[firstInMemory]);
        spilledBytes += used[firstInMemory];
        bytesInMemory -= arena[firstInMemory].length;
        arena[firstInMemory] = null;
        firstInMemory++;
    }

    private static int varintLength(int n) {
        int length = 1;
        while (n >= 0x80) {
            n >>>= 7;
            length++;
        }
        return length;
    }

    /**
     * Returns the number of strings appended.
     *
     * @return the count, zero or more
     */
    public long size() {
        return size;
    }

    /**
     * Returns whether part of the log is on disk.
     *
     * @return true once a chunk was written to the file
     */
    public boolean spilled() {
        return file != null;
    }

    /**
     * Opens a reader from the first string; the log may take no more strings once read.
     *
     * @return the reader, not null; the caller closes it
     * @throws IllegalStateException if the log is closed
     * @throws IOException if the file cannot be opened
     */
    public Reader reader() throws IOException {
        if (closed) {
            throw new IllegalStateException("the log is closed");
        }
        read = true;
        if (out != null) {
            out.close();
            out = null;
        }
        return new Reader();
    }

    /**
     * Drops the strings and deletes the file.
     *
     * @throws IOException if the file cannot be closed or deleted
     */
    @Override
    public void close() throws IOException {
        closed = true;
        arena = null;
        try {
            if (out != null) {
                out.close();
                out = null;
            }
        } finally {
            files.close();
        }
    }

    /** Reads the strings back in order. */
    public final class Reader implements Closeable {
        private final DataInputStream disk;
        private long diskLeft = spilledBytes;
        private long read;
        private int chunk = firstInMemory;
        private int at;

        private Reader() throws IOException {
            this.disk = file == null
                    ? null
                    : new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES));
        }

        /**
         * Reads the next string.
         *
         * @return the string
         * @throws NoSuchElementException past the last string
         * @throws IOException if the file cannot be read
         */
        public String next() throws IOException {
            if (read == size) {
                throw new NoSuchElementException("all " + size + " strings were read");
            }
            read++;
            if (diskLeft > 0) {
                int n = 0;
                int shift = 0;
                int b;
                do {
                    b = disk.readUnsignedByte();
                    n |= (b & 0x7F) << shift;
                    shift += 7;
                } while (b >= 0x80);
                byte[] bytes = new byte[n];
                disk.readFully(bytes);
                diskLeft -= varintLength(n) + n;
                return new String(bytes, StandardCharsets.UTF_8);
            }
            if (at == used[chunk]) {
                chunk++;
                at = 0;
            }
            byte[] c = arena[chunk];
            int n = 0;
            int shift = 0;
            byte b;
            do {
                b = c[at++];
                n |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            String s = new String(c, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }

        /**
         * Closes the file.
         *
         * @throws IOException if closing fails
         */
        @Override
        public void close() throws IOException {
            if (disk != null) {
                disk.close();
            }
        }
    }
}
