package id.bansos.rules.batch;

import id.bansos.model.Household;
import id.bansos.model.Person;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * The first-pass index of a batch for the duplicate-NIK rule: every accepted household's id, and
 * every member's NIK with the household's ordinal (its position among the accepted households of the
 * first pass).
 *
 * <p><b>Memory.</b> Per person 12 bytes: the NIK as a {@code long} and the ordinal as an {@code int},
 * in chunks of primitive arrays, so nothing is boxed and growing never copies. Per household the
 * id's UTF-8 bytes plus a one-byte length (two bytes from 128 bytes of id on, three from 16 KiB), in
 * an arena of 1 MiB chunks: 13 bytes for {@code KLU-00000001}. {@link #finish} sorts the entries in
 * place, in their chunks, so the peak stays at 12 bytes per person; it then keeps only what the
 * duplicate households need, and drops the rest. Ten million households of four persons take about 610 MB
 * during the first pass (480 MB of NIKs, 130 MB of ids), beside the 24 bytes per record of {@link
 * id.bansos.io.BatchReader}'s own household-id index.
 *
 * <p>Not thread-safe; used once.
 */
final class NikIndex {
    /** The most persons one batch can index: the entries must fit in one Java array. */
    static final int MAX_PERSONS = Integer.MAX_VALUE - 8;

    private static final int CHUNK_SHIFT = 16;
    private static final int CHUNK_ENTRIES = 1 << CHUNK_SHIFT;
    private static final int CHUNK_MASK = CHUNK_ENTRIES - 1;
    private static final int ARENA_CHUNK_BYTES = 1 << 20;
    /** Above every NIK (16 digits): the entries of a household left out sort last. */
    private static final long LEFT_OUT = Long.MAX_VALUE;

    private long[][] nikChunks = new long[16][];
    private int[][] ordinalChunks = new int[16][];
    private int persons;
    private int households;

    private byte[][] arena = new byte[16][];
    private int[] arenaUsed = new int[16];
    private int arenaChunks;
    private boolean finished;

    /**
     * Adds the next accepted household of the first pass; its ordinal is the number of households
     * added before it.
     *
     * @param household the household, not null
     * @param indexMembers false for a household the second pass will reject anyway (its NIKs must
     *     not make others duplicates), true otherwise
     * @throws IllegalStateException if the index is full or already finished
     */
    void add(Household household, boolean indexMembers) {
        if (finished) {
            throw new IllegalStateException("the NIK index is already finished");
        }
        if (households == Integer.MAX_VALUE) {
            throw new IllegalStateException("a batch holds at most " + Integer.MAX_VALUE + " households");
        }
        int ordinal = households;
        List<Person> members = household.members();
        if (indexMembers && members.size() > MAX_PERSONS - persons) {
            throw new IllegalStateException("a batch holds at most " + MAX_PERSONS + " persons");
        }
        appendId(household.id());
        households++;
        if (indexMembers) {
            for (Person p : members) {
                appendNik(p.nik().asLong(), ordinal);
            }
        }
    }

    /**
     * The number of households added.
     *
     * @return the count, zero or more
     */
    int households() {
        return households;
    }

    /**
     * The number of persons indexed.
     *
     * @return the count, zero or more
     */
    int persons() {
        return persons;
    }

    private void appendNik(long nik, int ordinal) {
        int chunk = persons >>> CHUNK_SHIFT;
        if (chunk == nikChunks.length) {
            nikChunks = Arrays.copyOf(nikChunks, chunk * 2);
            ordinalChunks = Arrays.copyOf(ordinalChunks, chunk * 2);
        }
        if (nikChunks[chunk] == null) {
            nikChunks[chunk] = new long[CHUNK_ENTRIES];
            ordinalChunks[chunk] = new int[CHUNK_ENTRIES];
        }
        nikChunks[chunk][persons & CHUNK_MASK] = nik;
        ordinalChunks[chunk][persons & CHUNK_MASK] = ordinal;
        persons++;
    }

    private void appendId(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        int need = varintLength(bytes.length) + bytes.length;
        // An entry never spans two chunks: a new chunk starts when it does not fit, wasting at most
        // the size of one id (ids are at most a few dozen KiB by the read limits).
        if (arenaChunks == 0 || arenaUsed[arenaChunks - 1] + need > arena[arenaChunks - 1].length) {
            if (arenaChunks == arena.length) {
                arena = Arrays.copyOf(arena, arenaChunks * 2);
                arenaUsed = Arrays.copyOf(arenaUsed, arenaChunks * 2);
            }
            arena[arenaChunks++] = new byte[Math.max(ARENA_CHUNK_BYTES, need)];
        }
        byte[] chunk = arena[arenaChunks - 1];
        int at = arenaUsed[arenaChunks - 1];
        int n = bytes.length;
        while (n >= 0x80) {
            chunk[at++] = (byte) (n | 0x80);
            n >>>= 7;
        }
        chunk[at++] = (byte) n;
        System.arraycopy(bytes, 0, chunk, at, bytes.length);
        arenaUsed[arenaChunks - 1] = at + bytes.length;
    }

    private static int varintLength(int n) {
        int length = 1;
        while (n >= 0x80) {
            n >>>= 7;
            length++;
        }
        return length;
    }

    /** Reads the ids back in ordinal order. */
    private final class IdCursor {
        private int chunk;
        private int at;

        String next() {
            if (at == arenaUsed[chunk]) {
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
            String id = new String(c, at, n, StandardCharsets.UTF_8);
            at += n;
            return id;
        }
    }

    /**
     * Ends the first pass: leaves out the households whose id the second pass rejects as repeated,
     * finds the NIKs in more than one of the remaining households, and keeps, for each household in
     * such a group, the other households sharing a NIK with it. Everything else is released.
     *
     * @param repeatedId tells whether a household id occurs in more than one record, not null
     * @param maxListed the most other household ids to keep per household, 1 or more
     * @return the index of duplicates, not null
     * @throws IllegalStateException if already finished
     */
    DuplicateIndex finish(Predicate<String> repeatedId, int maxListed) {
        if (finished) {
            throw new IllegalStateException("the NIK index is already finished");
        }
        finished = true;
        BitSet repeated = new BitSet();
        IdCursor ids = new IdCursor();
        for (int o = 0; o < households; o++) {
            if (repeatedId.test(ids.next())) {
                repeated.set(o);
            }
        }

        // The entries of households with a repeated id get a NIK above any real one (NIKs have 16
        // digits), so that they sort last and are left out; everything is sorted in the chunks, in
        // place, so the peak stays at 12 bytes per person.
        long[][] niks = nikChunks;
        int[][] ordinals = ordinalChunks;
        int kept = persons;
        if (!repeated.isEmpty()) {
            for (int i = 0; i < persons; i++) {
                if (repeated.get(ordinals[i >>> CHUNK_SHIFT][i & CHUNK_MASK])) {
                    niks[i >>> CHUNK_SHIFT][i & CHUNK_MASK] = LEFT_OUT;
                    kept--;
                }
            }
        }
        nikChunks = null;
        ordinalChunks = null;
        heapSort(niks, ordinals, persons);

        // Groups: the households (ascending ordinals) of each NIK found in more than one of them.
        IntList groupMembers = new IntList();
        IntList groupStarts = new IntList();
        LongList memberships = new LongList();
        int start = 0;
        for (int i = 1; i <= kept; i++) {
            if (i == kept || nik(niks, i) != nik(niks, start)) {
                if (i - start > 1) {
                    int group = groupStarts.size();
                    groupStarts.add(groupMembers.size());
                    for (int j = start; j < i; j++) {
                        // A NIK is at most once per household (Household checks it); skip it anyway.
                        int ordinal = ordinal(ordinals, j);
                        if (j == start || ordinal != ordinal(ordinals, j - 1)) {
                            groupMembers.add(ordinal);
                            memberships.add(((long) ordinal << 32) | group);
                        }
                    }
                }
                start = i;
            }
        }
        groupStarts.add(groupMembers.size());
        niks = null;
        ordinals = null;

        long[] byHousehold = memberships.toArray();
        Arrays.sort(byHousehold);
        IntList dupOrdinals = new IntList();
        IntList totals = new IntList();
        IntList othersStarts = new IntList();
        IntList others = new IntList();
        int[] gathered = new int[16];
        for (int i = 0; i < byHousehold.length; ) {
            int ordinal = (int) (byHousehold[i] >>> 32);
            int j = i + 1;
            while (j < byHousehold.length && (int) (byHousehold[j] >>> 32) == ordinal) {
                j++;
            }
            int size = 0;
            for (int k = i; k < j; k++) {
                int group = (int) byHousehold[k];
                int from = groupStarts.get(group);
                int until = groupStarts.get(group + 1);
                if (size + (until - from) > gathered.length) {
                    gathered = Arrays.copyOf(gathered, Math.max(gathered.length * 2, size + (until - from)));
                }
                for (int m = from; m < until; m++) {
                    gathered[size++] = groupMembers.get(m);
                }
            }
            if (j - i > 1) {
                Arrays.sort(gathered, 0, size);
            }
            dupOrdinals.add(ordinal);
            othersStarts.add(others.size());
            int total = 0;
            for (int m = 0; m < size; m++) {
                int other = gathered[m];
                if (other != ordinal && (m == 0 || other != gathered[m - 1])) {
                    if (total < maxListed) {
                        others.add(other);
                    }
                    total++;
                }
            }
            totals.add(total);
            i = j;
        }
        othersStarts.add(others.size());

        int[] dup = dupOrdinals.toArray();
        String[] dupIds = new String[dup.length];
        IdCursor again = new IdCursor();
        int next = 0;
        for (int o = 0; o < households && next < dup.length; o++) {
            String id = again.next();
            if (o == dup[next]) {
                dupIds[next++] = id;
            }
        }
        arena = null;
        arenaUsed = null;

        List<List<String>> otherIds = new ArrayList<>(dup.length);
        for (int d = 0; d < dup.length; d++) {
            List<String> list = new ArrayList<>(othersStarts.get(d + 1) - othersStarts.get(d));
            for (int k = othersStarts.get(d); k < othersStarts.get(d + 1); k++) {
                list.add(dupIds[Arrays.binarySearch(dup, others.get(k))]);
            }
            otherIds.add(List.copyOf(list));
        }
        return new DuplicateIndex(households, repeated, dup, dupIds, otherIds, totals.toArray());
    }

    /**
     * Sorts two parallel arrays by NIK, then ordinal, in place, as the index sorts its chunks.
     *
     * @param niks the NIKs, not null
     * @param ordinals the ordinals, not null, as long as {@code niks}
     */
    static void sort(long[] niks, int[] ordinals) {
        int chunks = (niks.length + CHUNK_ENTRIES - 1) >>> CHUNK_SHIFT;
        long[][] k = new long[chunks][CHUNK_ENTRIES];
        int[][] v = new int[chunks][CHUNK_ENTRIES];
        for (int i = 0; i < niks.length; i++) {
            k[i >>> CHUNK_SHIFT][i & CHUNK_MASK] = niks[i];
            v[i >>> CHUNK_SHIFT][i & CHUNK_MASK] = ordinals[i];
        }
        heapSort(k, v, niks.length);
        for (int i = 0; i < niks.length; i++) {
            niks[i] = nik(k, i);
            ordinals[i] = ordinal(v, i);
        }
    }

    /**
     * Sorts the first {@code n} entries of the chunks by NIK, then ordinal, in place: a heap sort,
     * so no boxing, no second array, no recursion and O(n log n) at worst. It runs once per batch,
     * between the passes.
     */
    private static void heapSort(long[][] k, int[][] v, int n) {
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(k, v, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(k, v, 0, end);
            siftDown(k, v, 0, end);
        }
    }

    private static void siftDown(long[][] k, int[][] v, int root, int n) {
        int parent = root;
        while (true) {
            int child = 2 * parent + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && less(k, v, child, child + 1)) {
                child++;
            }
            if (!less(k, v, parent, child)) {
                return;
            }
            swap(k, v, parent, child);
            parent = child;
        }
    }

    private static long nik(long[][] k, int i) {
        return k[i >>> CHUNK_SHIFT][i & CHUNK_MASK];
    }

    private static int ordinal(int[][] v, int i) {
        return v[i >>> CHUNK_SHIFT][i & CHUNK_MASK];
    }

    private static boolean less(long[][] k, int[][] v, int i, int j) {
        return compare(nik(k, i), ordinal(v, i), nik(k, j), ordinal(v, j)) < 0;
    }

    private static int compare(long k1, int v1, long k2, int v2) {
        int c = Long.compare(k1, k2);
        return c != 0 ? c : Integer.compare(v1, v2);
    }

    private static void swap(long[][] k, int[][] v, int i, int j) {
        long[] ki = k[i >>> CHUNK_SHIFT];
        long[] kj = k[j >>> CHUNK_SHIFT];
        int[] vi = v[i >>> CHUNK_SHIFT];
        int[] vj = v[j >>> CHUNK_SHIFT];
        int a = i & CHUNK_MASK;
        int b = j & CHUNK_MASK;
        long tk = ki[a];
        ki[a] = kj[b];
        kj[b] = tk;
        int tv = vi[a];
        vi[a] = vj[b];
        vj[b] = tv;
    }

    /** A growable array of ints. */
    static final class IntList {
        private int[] a = new int[16];
        private int size;

        void add(int x) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = x;
        }

        int get(int i) {
            return a[i];
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }

    /** A growable array of longs. */
    static final class LongList {
        private long[] a = new long[16];
        private int size;

        void add(long x) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = x;
        }

        long[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }
}
