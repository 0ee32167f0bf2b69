package id.bansos.batch;

import com.google.common.hash.HashCode;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import com.google.common.primitives.Longs;
import id.bansos.batch.internal.SpillingSorter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The household-id index of {@link BatchReader}'s first pass: which ids occur in more than one
 * record, and at which lines.
 *
 * <p>It keeps no id strings: each record adds the 128-bit MurmurHash3 of its id (two {@code long}s)
 * and its line (one {@code long}), 24 bytes per record, to a {@link SpillingSorter}, which keeps them
 * in memory up to the {@link IndexMemory} budget and spills sorted runs to disk beyond it. {@link
 * #repeated()} reads the entries back sorted and keeps the hashes that occur more than once with
 * their lines.
 *
 * <p>Two different ids share a hash with odds of about n²/2¹²⁹ for n records (10⁻²² for 100
 * million), far below any other source of error; but MurmurHash3 is not built to resist collisions
 * crafted on purpose, so a file written to make two ids collide could have both rejected as
 * duplicates. Such a reject is visible and harms no other household.
 */
final class IdIndex implements Closeable {
    private static final HashFunction HASH = Hashing.murmur3_128();

    private final SpillingSorter entries;

    /** A 128-bit id hash. */
    record Key(long high, long low) {}

    IdIndex(IndexMemory memory) {
        this.entries = SpillingSorter.create(3, memory);
    }

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
     * @throws IllegalStateException if the index was already turned into its repeated ids
     * @throws IOException if a run cannot be written
     */
    void add(String id, long line) throws IOException {
        Key key = keyOf(id);
        entries.add(key.high(), key.low(), line);
    }

    /**
     * Returns how many records were added.
     *
     * @return the count, zero or more
     */
    long size() {
        return entries.size();
    }

    /**
     * Returns the number of sorted runs written to disk so far.
     *
     * @return the count, zero or more
     */
    int runs() {
        return entries.runs();
    }

    /**
     * Sorts the index and returns the ids that occur in more than one record, with their lines in
     * ascending order; nothing may be added afterwards.
     *
     * @return the repeated keys and their lines, not null, possibly empty
     * @throws IllegalStateException if called twice
     * @throws IOException if a run cannot be read
     */
    Map<Key, long[]> repeated() throws IOException {
        Map<Key, long[]> repeated = new HashMap<>();
        // Entries sort by hash, then line, so the lines of a repeated id come out ascending.
        try (SpillingSorter.Cursor c = entries.sorted()) {
            long high = 0;
            long low = 0;
            long[] lines = new long[4];
            int count = 0;
            for (boolean more = c.next(); ; more = c.next()) {
                if (count > 0 && (!more || c.get(0) != high || c.get(1) != low)) {
                    if (count > 1) {
                        repeated.put(new Key(high, low), Arrays.copyOf(lines, count));
                    }
                    count = 0;
                }
                if (!more) {
                    break;
                }
                if (count == 0) {
                    high = c.get(0);
                    low = c.get(1);
                }
                if (count == lines.length) {
                    lines = Arrays.copyOf(lines, count * 2);
                }
                lines[count++] = c.get(2);
            }
        }
        return repeated;
    }

    /**
     * Deletes the runs on disk.
     *
     * @throws IOException if a run cannot be deleted
     */
    @Override
    public void close() throws IOException {
        entries.close();
    }
}
