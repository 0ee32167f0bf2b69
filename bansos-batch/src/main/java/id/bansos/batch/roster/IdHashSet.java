package id.bansos.batch.roster;

import com.google.common.hash.HashCode;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import com.google.common.primitives.Longs;
import java.nio.charset.StandardCharsets;

/**
 * A set of household ids kept as 128-bit MurmurHash3 values with one mark bit each, about 34 bytes
 * per id: open addressing, linear probing, load at most one half.
 *
 * <p>No id string is kept, so a roster of millions fits in memory. Two different ids share a hash
 * with odds of about n²/2¹²⁹ for n ids, far below any other source of error (the same bound as the
 * batch reader's id index). Not thread-safe.
 */
final class IdHashSet {
    private static final HashFunction HASH = Hashing.murmur3_128();

    private long[] high;
    private long[] low;
    private byte[] state;
    private int size;

    IdHashSet() {
        allocate(1 << 10);
    }

    private void allocate(int capacity) {
        high = new long[capacity];
        low = new long[capacity];
        state = new byte[capacity];
    }

    /** Adds an id; false if it was there already. */
    boolean add(String id) {
        if (2 * (size + 1) > state.length) {
            grow();
        }
        byte[] b = HASH.hashString(id, StandardCharsets.UTF_8).asBytes();
        long h = Longs.fromBytes(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]);
        long l = Longs.fromBytes(b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
        int slot = find(h, l);
        if (state[slot] != 0) {
            return false;
        }
        put(slot, h, l, (byte) 1);
        size++;
        return true;
    }

    /** Marks an id; false if it is not in the set. */
    boolean mark(String id) {
        int slot = slotOf(id);
        if (state[slot] == 0) {
            return false;
        }
        state[slot] = 2;
        return true;
    }

    /** Tells whether an id is in the set and marked. */
    boolean isMarked(String id) {
        return state[slotOf(id)] == 2;
    }

    int size() {
        return size;
    }

    private int slotOf(String id) {
        HashCode hash = HASH.hashString(id, StandardCharsets.UTF_8);
        byte[] b = hash.asBytes();
        return find(
                Longs.fromBytes(b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]),
                Longs.fromBytes(b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]));
    }

    /** The slot holding the hash, or the empty slot where it would go. */
    private int find(long h, long l) {
        int mask = state.length - 1;
        int slot = (int) (l ^ (l >>> 32)) & mask;
        // At most one probe per slot: the load is at most one half, so an empty slot always comes
        // first; the bound turns a broken table into an error instead of an endless loop.
        for (int probes = 0; probes < state.length; probes++) {
            if (state[slot] == 0 || (high[slot] == h && low[slot] == l)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        throw new IllegalStateException("the id set has no free slot");
    }

    private void put(int slot, long h, long l, byte s) {
        high[slot] = h;
        low[slot] = l;
        state[slot] = s;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        byte[] oldState = state;
        if (oldState.length >= 1 << 30) {
            throw new IllegalStateException("more than " + (1 << 29) + " household ids in one roster");
        }
        allocate(oldState.length * 2);
        for (int i = 0; i < oldState.length; i++) {
            if (oldState[i] != 0) {
                put(find(oldHigh[i], oldLow[i]), oldHigh[i], oldLow[i], oldState[i]);
            }
        }
    }
}
