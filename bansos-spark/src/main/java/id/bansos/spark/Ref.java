package id.bansos.spark;

import java.io.Serializable;

/**
 * Where the first pass saw a key: the partition, the line in it (counted from 1 in the partition),
 * and for a NIK the household's index among the partition's accepted records and its id. For a
 * partition's statistics key, {@code line} is the partition's line ends and {@code index} is unused.
 */
final class Ref implements Serializable {
    private static final long serialVersionUID = 1L;

    final int partition;
    final long line;
    final int index;
    final String householdId;

    Ref(int partition, long line, int index, String householdId) {
        this.partition = partition;
        this.line = line;
        this.index = index;
        this.householdId = householdId;
    }

    /** The household's ordinal in the whole file: partitions in order, then records in order. */
    long ordinal() {
        return ((long) partition << 32) | index;
    }

    @Override
    public String toString() {
        // No household id: keys and refs may end up in Spark's logs.
        return "Ref[partition=" + partition + ", line=" + line + "]";
    }
}
