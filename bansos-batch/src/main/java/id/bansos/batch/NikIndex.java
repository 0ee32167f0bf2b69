package id.bansos.batch;

import id.bansos.batch.internal.SpillingSorter;
import id.bansos.batch.internal.SpillingStrings;
import id.bansos.model.Household;
import id.bansos.model.Person;
import java.io.Closeable;
import java.io.IOException;
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
 * <p><b>Memory.</b> Per person 16 bytes: the NIK and the ordinal as two {@code long}s in a {@link
 * SpillingSorter}; per household the id's UTF-8 bytes plus a one-byte length (two bytes from 128
 * bytes of id on, three from 16 KiB) in a {@link SpillingStrings}: 13 bytes for {@code
 * KLU-00000001}. Each of the two keeps up to the {@link IndexMemory} budget in memory (32 MiB by
 * default: 2,097,152 persons, and about 2.5 million such ids) and writes the rest to temporary files:
 * the NIKs as sorted runs, the ids in order. {@link #finish} merges the runs, keeps only what the
 * duplicate households need, and deletes the files.
 *
 * <p>Not thread-safe; used once. {@link #close()} deletes the files of an index never finished.
 */
final class NikIndex implements Closeable {
    private final SpillingSorter niks;
    private final SpillingStrings ids;
    private int households;
    private boolean finished;

    /**
     * Creates an empty index.
     *
     * @param memory the budget of each of its two tables and where they spill, not null
     */
    NikIndex(IndexMemory memory) {
        this.niks = SpillingSorter.create(2, memory);
        this.ids = SpillingStrings.create(memory);
    }

    /**
     * Adds the next accepted household of the first pass; its ordinal is the number of households
     * added before it.
     *
     * @param household the household, not null
     * @param indexMembers false for a household the second pass will reject anyway (its NIKs must
     *     not make others duplicates), true otherwise
     * @throws IllegalStateException if the index is full or already finished
     * @throws IOException if a temporary file cannot be written
     */
    void add(Household household, boolean indexMembers) throws IOException {
        int ordinal = next(household.id());
        if (indexMembers) {
            for (Person p : household.members()) {
                niks.add(p.nik().asLong(), ordinal);
            }
        }
    }

    /**
     * Adds the next household by its id and the NIKs of its members, for a caller that holds only
     * the keys (a distributed first pass); its ordinal is the number of households added before it.
     *
     * @param householdId the household's id, not null
     * @param memberNiks the NIKs ({@link id.bansos.model.id.Nik#asLong()}) to index, each once
     * @throws IllegalStateException if the index is full or already finished
     * @throws IOException if a temporary file cannot be written
     */
    void add(String householdId, long[] memberNiks) throws IOException {
        int ordinal = next(householdId);
        for (long nik : memberNiks) {
            niks.add(nik, ordinal);
        }
    }

    private int next(String householdId) throws IOException {
        if (finished) {
            throw new IllegalStateException("the NIK index is already finished");
        }
        if (households == Integer.MAX_VALUE) {
            throw new IllegalStateException("a batch holds at most " + Integer.MAX_VALUE + " households");
        }
        ids.append(householdId);
        return households++;
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
    long persons() {
        return niks.size();
    }

    /**
     * The number of sorted runs of NIKs written to disk so far.
     *
     * @return the count, zero or more
     */
    int runs() {
        return niks.runs();
    }

    /**
     * Ends the first pass: leaves out the households whose id the second pass rejects as repeated,
     * finds the NIKs in more than one of the remaining households, and keeps, for each household in
     * such a group, the other households sharing a NIK with it. Everything else is released, and the
     * temporary files are deleted.
     *
     * @param repeatedId tells whether a household id occurs in more than one record, not null
     * @param maxListed the most other household ids to keep per household, 1 or more
     * @return the index of duplicates, not null
     * @throws IllegalStateException if already finished
     * @throws IOException if a temporary file cannot be read
     */
    DuplicateIndex finish(Predicate<String> repeatedId, int maxListed) throws IOException {
        if (finished) {
            throw new IllegalStateException("the NIK index is already finished");
        }
        finished = true;
        try {
            return duplicates(repeatedId, maxListed);
        } finally {
            close();
        }
    }

    private DuplicateIndex duplicates(Predicate<String> repeatedId, int maxListed) throws IOException {
        BitSet repeated = new BitSet();
        try (SpillingStrings.Reader r = ids.reader()) {
            for (int o = 0; o < households; o++) {
                if (repeatedId.test(r.next())) {
                    repeated.set(o);
                }
            }
        }

        // Groups: the households (ascending ordinals) of each NIK found in more than one of them,
        // leaving out the households with a repeated id. Entries come sorted by NIK, then ordinal.
        IntList groupMembers = new IntList();
        IntList groupStarts = new IntList();
        LongList memberships = new LongList();
        IntList run = new IntList();
        long nik = 0;
        try (SpillingSorter.Cursor c = niks.sorted()) {
            for (boolean more = c.next(); ; more = c.next()) {
                while (more && repeated.get((int) c.get(1))) {
                    more = c.next();
                }
                if (run.size() > 0 && (!more || c.get(0) != nik)) {
                    addGroup(run, groupMembers, groupStarts, memberships);
                    run.clear();
                }
                if (!more) {
                    break;
                }
                nik = c.get(0);
                // A NIK is at most once per household (Household checks it); skip it anyway.
                int ordinal = (int) c.get(1);
                if (run.size() == 0 || run.get(run.size() - 1) != ordinal) {
                    run.add(ordinal);
                }
            }
        }
        groupStarts.add(groupMembers.size());

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
        try (SpillingStrings.Reader r = ids.reader()) {
            int next = 0;
            for (int o = 0; o < households && next < dup.length; o++) {
                String id = r.next();
                if (o == dup[next]) {
                    dupIds[next++] = id;
                }
            }
        }

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

    /** Records the households of one NIK as a group if there are two or more. */
    private static void addGroup(IntList run, IntList groupMembers, IntList groupStarts, LongList memberships) {
        if (run.size() < 2) {
            return;
        }
        int group = groupStarts.size();
        groupStarts.add(groupMembers.size());
        for (int j = 0; j < run.size(); j++) {
            groupMembers.add(run.get(j));
            memberships.add(((long) run.get(j) << 32) | group);
        }
    }

    /**
     * Deletes the temporary files and drops the entries; finishing does it too.
     *
     * @throws IOException if a file cannot be deleted
     */
    @Override
    public void close() throws IOException {
        finished = true;
        try {
            niks.close();
        } finally {
            ids.close();
        }
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

        void clear() {
            size = 0;
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
