package id.bansos.batch.internal;

import com.google.common.util.concurrent.Uninterruptibles;
import id.bansos.batch.IndexMemory;
import id.bansos.model.internal.Checks;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.FutureTask;

/**
 * Rows of a fixed number of {@code long}s, added in any order and read back once in ascending order
 * (compared column by column): an external sort whose memory is bounded by an {@link IndexMemory}
 * budget.
 *
 * <p>Rows are kept in chunks of primitive arrays, {@code 8 × width} bytes each, so growing never
 * copies. When the rows in memory reach the budget they are sorted in place (an introsort: no boxing,
 * no second array, O(n log n) at worst) and written to a temporary file as a run. {@link #sorted()} sorts
 * what is left in memory and merges it with the runs; once {@value #MAX_RUNS} runs are on disk they
 * are first merged into one, so that a merge never holds more than that many files open. The rows come
 * out in the same order whether or not anything spilled.
 *
 * <p>Not thread-safe; used once. {@link #close()} deletes the temporary files.
 */
public final class SpillingSorter implements Closeable {
    /** The most runs merged at once. */
    static final int MAX_RUNS = 64;

    private static final int CHUNK_SHIFT = 13;
    private static final int CHUNK_ROWS = 1 << CHUNK_SHIFT;
    private static final int CHUNK_MASK = CHUNK_ROWS - 1;
    private static final int BUFFER_BYTES = 1 << 16;
    private static final int INSERTION_SORT_ROWS = 16;
    /** Below this many rows the in-memory sort stays on one thread. */
    private static final int PARALLEL_SORT_ROWS = 1 << 16;

    private final int width;
    private final int maxRowsInMemory;
    private final TempFiles files;
    private final boolean parallelSort;
    private long[][] chunks = new long[16][];
    private int rows;
    private long size;
    private final List<Path> runs = new ArrayList<>();
    private boolean read;

    private SpillingSorter(int width, IndexMemory memory) {
        this.width = width;
        long budgetRows = Math.max(1, memory.bytesPerTable() / (8L * width));
        this.maxRowsInMemory = (int) Math.min(budgetRows, Integer.MAX_VALUE - CHUNK_ROWS);
        this.files = new TempFiles(memory.directory(), "bansos-index-");
        this.parallelSort = memory.parallelSort();
    }

    /**
     * Creates an empty sorter.
     *
     * @param width the {@code long}s per row, 1 to 8
     * @param memory the budget and the directory of the runs, not null
     * @return the sorter, not null
     * @throws IllegalArgumentException if {@code width} is out of range
     * @throws NullPointerException if {@code memory} is null
     */
    public static SpillingSorter create(int width, IndexMemory memory) {
        Checks.inRange(width, 1, 8, "width");
        Checks.notNull(memory, "memory");
        return new SpillingSorter(width, memory);
    }

    /**
     * Adds a row of two columns.
     *
     * @param a the first column
     * @param b the second column
     * @throws IllegalStateException if the width is not 2, or the rows were already read
     * @throws IOException if a run cannot be written
     */
    public void add(long a, long b) throws IOException {
        int at = slot(2);
        long[] c = chunks[rows >>> CHUNK_SHIFT];
        c[at] = a;
        c[at + 1] = b;
        added();
    }

    /**
     * Adds a row of three columns.
     *
     * @param a the first column
     * @param b the second column
     * @param c the third column
     * @throws IllegalStateException if the width is not 3, or the rows were already read
     * @throws IOException if a run cannot be written
     */
    public void add(long a, long b, long c) throws IOException {
        int at = slot(3);
        long[] chunk = chunks[rows >>> CHUNK_SHIFT];
        chunk[at] = a;
        chunk[at + 1] = b;
        chunk[at + 2] = c;
        added();
    }

    private int slot(int columns) {
        if (columns != width) {
            throw new IllegalStateException("rows have " + width + " columns, got " + columns);
        }
        if (read) {
            throw new IllegalStateException("the rows were already read");
        }
        int chunk = rows >>> CHUNK_SHIFT;
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        if (chunks[chunk] == null) {
            chunks[chunk] = new long[width * CHUNK_ROWS];
        }
        return width * (rows & CHUNK_MASK);
    }

    private void added() throws IOException {
        rows++;
        size++;
        if (rows == maxRowsInMemory) {
            spill();
        }
    }

    /**
     * Returns the number of rows added.
     *
     * @return the count, zero or more
     */
    public long size() {
        return size;
    }

    /**
     * Returns the number of sorted runs now on disk.
     *
     * @return the count, zero or more
     */
    public int runs() {
        return runs.size();
    }

    private void spill() throws IOException {
        Path run = files.create();
        runs.add(run);
        try (Cursor sortedRows = merge(List.of(), sortInMemory());
                DataOutputStream out = output(run)) {
            while (sortedRows.next()) {
                for (int k = 0; k < width; k++) {
                    out.writeLong(sortedRows.get(k));
                }
            }
        }
        rows = 0;
        if (runs.size() == MAX_RUNS) {
            Path merged = files.create();
            try (Cursor all = merge(openRuns(), List.of());
                    DataOutputStream out = output(merged)) {
                while (all.next()) {
                    for (int k = 0; k < width; k++) {
                        out.writeLong(all.get(k));
                    }
                }
            }
            for (Path p : runs) {
                files.delete(p);
            }
            runs.clear();
            runs.add(merged);
        }
    }

    private static DataOutputStream output(Path file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES));
    }

    /**
     * Returns the rows in ascending order; call once, after the last {@link #add}. The memory of the
     * rows is released as the cursor passes the end.
     *
     * @return a cursor over the rows, not null; closing it does not delete the runs ({@link #close()} does)
     * @throws IllegalStateException if called twice
     * @throws IOException if a run cannot be read
     */
    public Cursor sorted() throws IOException {
        if (read) {
            throw new IllegalStateException("the rows were already read");
        }
        read = true;
        List<Cursor> memory = sortInMemory();
        chunks = null;
        return merge(openRuns(), memory);
    }

    /** Opens a cursor on every run; on a failure, closes those already open. */
    private List<Cursor> openRuns() throws IOException {
        List<Cursor> open = new ArrayList<>(runs.size());
        try {
            for (Path p : runs) {
                open.add(new RunCursor(p));
            }
        } catch (IOException | RuntimeException e) {
            closeAll(open, e);
            throw e;
        }
        return open;
    }

    /** Merges the runs' cursors and the memory's; on a failure, closes them all. */
    private Cursor merge(List<Cursor> fromRuns, List<Cursor> fromMemory) throws IOException {
        List<Cursor> sources = new ArrayList<>(fromRuns);
        sources.addAll(fromMemory);
        if (sources.size() == 1) {
            return sources.get(0);
        }
        try {
            return new MergeCursor(sources, width);
        } catch (IOException | RuntimeException e) {
            closeAll(sources, e);
            throw e;
        }
    }

    /**
     * Closes every cursor, whatever fails; returns the first failure with the others suppressed in it,
     * or, when {@code earlier} is given, adds them all to that one.
     */
    private static IOException closeAll(List<Cursor> cursors, Exception earlier) {
        IOException first = null;
        for (Cursor c : cursors) {
            try {
                c.close();
            } catch (IOException e) {
                if (earlier != null) {
                    earlier.addSuppressed(e);
                } else if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        return first;
    }

    /**
     * Deletes the runs.
     *
     * @throws IOException if a run cannot be deleted
     */
    @Override
    public void close() throws IOException {
        chunks = null;
        runs.clear();
        files.close();
    }

    /** Rows in ascending order, read once. */
    public interface Cursor extends Closeable {
        /**
         * Moves to the next row.
         *
         * @return false past the last row
         * @throws IOException if a run cannot be read
         */
        boolean next() throws IOException;

        /**
         * Returns a column of the current row.
         *
         * @param column 0 to the width − 1
         * @return its value
         */
        long get(int column);

        /**
         * Releases the cursor's files and memory.
         *
         * @throws IOException if a file cannot be closed
         */
        @Override
        void close() throws IOException;
    }

    /** Rows {@code [from, to)} of the chunks, sorted. */
    private static final class MemoryCursor implements Cursor {
        private long[][] chunks;
        private final int rows;
        private final int width;
        private int i;
        private long[] chunk;
        private int at;

        MemoryCursor(long[][] chunks, int from, int to, int width) {
            this.chunks = chunks;
            this.rows = to;
            this.width = width;
            this.i = from - 1;
        }

        @Override
        public boolean next() {
            if (i + 1 >= rows) {
                i = rows;
                chunks = null;
                return false;
            }
            i++;
            chunk = chunks[i >>> CHUNK_SHIFT];
            at = width * (i & CHUNK_MASK);
            return true;
        }

        @Override
        public long get(int column) {
            return chunk[at + column];
        }

        @Override
        public void close() {
            chunks = null;
        }
    }

    private final class RunCursor implements Cursor {
        private final DataInputStream in;
        private final long[] row = new long[width];

        RunCursor(Path file) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES));
        }

        @Override
        public boolean next() throws IOException {
            try {
                row[0] = in.readLong();
            } catch (EOFException end) {
                return false;
            }
            for (int k = 1; k < row.length; k++) {
                row[k] = in.readLong();
            }
            return true;
        }

        @Override
        public long get(int column) {
            return row[column];
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Merges sorted cursors; of equal rows, the one of the earlier cursor comes first. */
    private static final class MergeCursor implements Cursor {
        private final List<Cursor> sources;
        private final PriorityQueue<Integer> heads;
        private final int width;
        private int current = -1;

        MergeCursor(List<Cursor> sources, int width) throws IOException {
            this.sources = sources;
            this.width = width;
            this.heads = new PriorityQueue<>(Math.max(1, sources.size()), this::compare);
            for (int s = 0; s < sources.size(); s++) {
                if (sources.get(s).next()) {
                    heads.add(s);
                }
            }
        }

        private int compare(int s, int t) {
            Cursor a = sources.get(s);
            Cursor b = sources.get(t);
            for (int k = 0; k < width; k++) {
                int c = Long.compare(a.get(k), b.get(k));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(s, t);
        }

        @Override
        public boolean next() throws IOException {
            if (current >= 0) {
                heads.poll();
                if (sources.get(current).next()) {
                    heads.add(current);
                }
            }
            Integer head = heads.peek();
            current = head == null ? -1 : head;
            return current >= 0;
        }

        @Override
        public long get(int column) {
            return sources.get(current).get(column);
        }

        @Override
        public void close() throws IOException {
            IOException failure = closeAll(sources, null);
            if (failure != null) {
                throw failure;
            }
        }
    }

    /**
     * Sorts the rows in memory, in place: an introsort (quicksort on the median of three, insertion
     * sort below 16 rows, heap sort where the quicksort goes deeper than 2 log₂ n), so O(n log n) at
     * worst, with no second array and recursion only into the smaller part.
     */
    /**
     * Sorts the rows in memory, the two halves at once on two threads when there are enough of them
     * and more than one processor (the pass waits for this sort, so a second core shortens the wait),
     * and returns cursors over the sorted parts, for a {@link MergeCursor} to merge.
     */
    private List<Cursor> sortInMemory() throws IOException {
        int depth = 2 * (32 - Integer.numberOfLeadingZeros(Math.max(rows, 1)));
        if (!parallelSort || rows < PARALLEL_SORT_ROWS || Runtime.getRuntime().availableProcessors() < 2) {
            introsort(0, rows, depth);
            return List.of(new MemoryCursor(chunks, 0, rows, width));
        }
        int mid = rows >>> 1;
        FutureTask<Void> lowerHalf = new FutureTask<>(() -> {
            introsort(0, mid, depth);
            return null;
        });
        Thread other = new Thread(lowerHalf, "bansos-index-sort");
        other.setDaemon(true);
        other.start();
        try {
            introsort(mid, rows, depth);
            Await.result(lowerHalf, "sorting the index");
        } finally {
            // Also when this thread is interrupted: the other one must be done with the rows before
            // anything else touches them.
            Uninterruptibles.joinUninterruptibly(other);
        }
        return List.of(new MemoryCursor(chunks, 0, mid, width), new MemoryCursor(chunks, mid, rows, width));
    }

    /** Sorts the rows in memory with a given depth of quicksort before heap sort takes over; for tests. */
    void sortInMemory(int depth) {
        introsort(0, rows, depth);
    }

    /** A column of a row in memory, in its current place; for tests. */
    long inMemory(int row, int column) {
        return chunks[row >>> CHUNK_SHIFT][width * (row & CHUNK_MASK) + column];
    }

    private void introsort(int from, int to, int depth) {
        int lo = from;
        int hi = to;
        int budget = depth;
        while (hi - lo > INSERTION_SORT_ROWS) {
            if (budget-- == 0) {
                heapSort(lo, hi);
                return;
            }
            int p = partition(lo, hi);
            if (p - lo < hi - p - 1) {
                introsort(lo, p, budget);
                lo = p + 1;
            } else {
                introsort(p + 1, hi, budget);
                hi = p;
            }
        }
        insertionSort(lo, hi);
    }

    /** Partitions [lo, hi) around the median of its first, middle and last rows; returns the pivot's place. */
    private int partition(int lo, int hi) {
        int mid = (lo + hi) >>> 1;
        int last = hi - 1;
        if (compare(mid, lo) < 0) {
            swap(mid, lo);
        }
        if (compare(last, lo) < 0) {
            swap(last, lo);
        }
        if (compare(last, mid) < 0) {
            swap(last, mid);
        }
        // The median goes to lo; rows[lo + 1 .. last] are partitioned around it (Hoare), rows[last]
        // being at least the pivot stops the left scan.
        swap(lo, mid);
        int i = lo;
        int j = hi;
        while (true) {
            do {
                i++;
            } while (i < last && compare(i, lo) < 0);
            do {
                j--;
            } while (compare(j, lo) > 0);
            if (i >= j) {
                break;
            }
            swap(i, j);
        }
        swap(lo, j);
        return j;
    }

    private void insertionSort(int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            for (int j = i; j > lo && compare(j, j - 1) < 0; j--) {
                swap(j, j - 1);
            }
        }
    }

    private void heapSort(int lo, int hi) {
        int n = hi - lo;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(lo, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(lo, lo + end);
            siftDown(lo, 0, end);
        }
    }

    private void siftDown(int lo, int root, int end) {
        int parent = root;
        while (true) {
            int child = 2 * parent + 1;
            if (child >= end) {
                return;
            }
            if (child + 1 < end && compare(lo + child + 1, lo + child) > 0) {
                child++;
            }
            if (compare(lo + child, lo + parent) <= 0) {
                return;
            }
            swap(lo + parent, lo + child);
            parent = child;
        }
    }

    private int compare(int i, int j) {
        long[] a = chunks[i >>> CHUNK_SHIFT];
        long[] b = chunks[j >>> CHUNK_SHIFT];
        int x = width * (i & CHUNK_MASK);
        int y = width * (j & CHUNK_MASK);
        for (int k = 0; k < width; k++) {
            int c = Long.compare(a[x + k], b[y + k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private void swap(int i, int j) {
        long[] a = chunks[i >>> CHUNK_SHIFT];
        long[] b = chunks[j >>> CHUNK_SHIFT];
        int x = width * (i & CHUNK_MASK);
        int y = width * (j & CHUNK_MASK);
        for (int k = 0; k < width; k++) {
            long t = a[x + k];
            a[x + k] = b[y + k];
            b[y + k] = t;
        }
    }
}
