package id.bansos.io;

import com.google.common.hash.HashCode;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import com.google.common.primitives.Longs;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The household-id index of {@link BatchReader}'s first pass: which ids occur in more than one
 * record, and at which lines.
 *
 * <p>It keeps no id strings: each record adds the 128-bit MurmurHash3 of its id (two {@code long}s)
 * and its line (one {@code long}), 24 bytes per record, in fixed-size chunks of primitive arrays
 * (so the index never copies itself to grow, and 24 bytes is also its peak). {@link #repeated()}
 * sorts the entries, keeps the hashes that occur more than once with their lines, and drops the
 * chunks.
 *
 * <p>Two different ids share a hash with odds of about n²/2¹²⁹ for n records (10⁻²² for 100
 * million), far below any other source of error; but MurmurHash3 is not built to resist collisions
 * crafted on purpose, so a file written to make two ids collide could have both rejected as
 * duplicates. Such a reject is visible and harms no other household.
 */
final class IdIndex {
    private static final HashFunction HASH = Hashing.murmur3_128();
    private static final int CHUNK_SHIFT = 13;
    private static final int CHUNK_ENTRIES = 1 << CHUNK_SHIFT;
    private static final int CHUNK_MASK = CHUNK_ENTRIES - 1;
    private static final int MAX_ENTRIES = Integer.MAX_VALUE - CHUNK_ENTRIES;

    /** Entry i is {@code chunks[i >>> CHUNK_SHIFT][3 * (i & CHUNK_MASK) + k]}, k = 0 high, 1 low, 2 line. */
    private long[][] chunks = new long[16][];

    private int size;
    private boolean released;

    /** A 128-bit id hash. */
    record Key(long high, long low) {}

    /**
     * Hashes a household id.
     *
     * @param id the id, not null
     * @return its key, not null
     */
    static Key keyOf(String id) {
        HashCode hash = HASH.hashString(id, StandardCharsets.UTF_8);
        byte[] b = hash.asBytes();
        return new Key(
                Longs.fromBytes(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]),
                Longs.fromBytes(b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]));
    }

    /**
     * Adds one record's id.
     *
     * @param id the household id, not null
     * @param line the line where the record starts
     * @throws IllegalStateException if the index already holds the most records it can, or was released
     */
    void add(String id, long line) {
        if (released) {
            throw new IllegalStateException("the index was already turned into its repeated ids");
        }
        if (size == MAX_ENTRIES) {
            throw new IllegalStateException("more than " + MAX_ENTRIES + " records with a household id");
        }
        int chunk = size >>> CHUNK_SHIFT;
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        if (chunks[chunk] == null) {
            chunks[chunk] = new long[3 * CHUNK_ENTRIES];
        }
        Key key = keyOf(id);
        long[] c = chunks[chunk];
        int at = 3 * (size & CHUNK_MASK);
        c[at] = key.high();
        c[at + 1] = key.low();
        c[at + 2] = line;
        size++;
    }

    /**
     * Returns how many records were added.
     *
     * @return the count, zero or more
     */
    int size() {
        return size;
    }

    /**
     * Sorts the index and returns the ids that occur in more than one record, with their lines in
     * ascending order; the chunks are released, so nothing may be added afterwards.
     *
     * @return the repeated keys and their lines, not null, possibly empty
     */
    Map<Key, long[]> repeated() {
        heapSort();
        Map<Key, long[]> repeated = new HashMap<>();
        int start = 0;
        for (int i = 1; i <= size; i++) {
            if (i == size || get(i, 0) != get(start, 0) || get(i, 1) != get(start, 1)) {
                if (i - start > 1) {
                    long[] lines = new long[i - start];
                    for (int j = start; j < i; j++) {
                        lines[j - start] = get(j, 2);
                    }
                    repeated.put(new Key(get(start, 0), get(start, 1)), lines);
                }
                start = i;
            }
        }
        chunks = null;
        released = true;
        return repeated;
    }

    private long get(int i, int k) {
        return chunks[i >>> CHUNK_SHIFT][3 * (i & CHUNK_MASK) + k];
    }

    /** An in-place heap sort of the entries: no boxing, no recursion, no extra memory, O(n log n). */
    private void heapSort() {
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(i, size);
        }
        for (int end = size - 1; end > 0; end--) {
            swap(0, end);
            siftDown(0, end);
        }
    }

    private void siftDown(int root, int end) {
        int parent = root;
        while (true) {
            int child = 2 * parent + 1;
            if (child >= end) {
                return;
            }
            if (child + 1 < end && compare(child + 1, child) > 0) {
                child++;
            }
            if (compare(child, parent) <= 0) {
                return;
            }
            swap(parent, child);
            parent = child;
        }
    }

    /** Orders by hash, then by line, so that the lines of a repeated id come out ascending. */
    private int compare(int i, int j) {
        for (int k = 0; k < 3; k++) {
            int c = Long.compare(get(i, k), get(j, k));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private void swap(int i, int j) {
        long[] a = chunks[i >>> CHUNK_SHIFT];
        long[] b = chunks[j >>> CHUNK_SHIFT];
        int x = 3 * (i & CHUNK_MASK);
        int y = 3 * (j & CHUNK_MASK);
        for (int k = 0; k < 3; k++) {
            long t = a[x + k];
            a[x + k] = b[y + k];
            b[y + k] = t;
        }
    }
}
