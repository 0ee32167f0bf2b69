package id.bansos.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.bansos.batch.IndexMemory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillingSorterTest {
    @TempDir
    static Path tmp;

    private static IndexMemory rowsOfTwo(int rowsPerRun) {
        return IndexMemory.builder()
                .bytesPerTable(16L * rowsPerRun)
                .directory(tmp)
                .build();
    }

    /** Sorts the rows with the sorter and reads them back. */
    private static List<List<Long>> sorted(List<long[]> rows, IndexMemory memory) throws IOException {
        List<List<Long>> out = new ArrayList<>();
        try (SpillingSorter sorter = SpillingSorter.create(2, memory)) {
            for (long[] r : rows) {
                sorter.add(r[0], r[1]);
            }
            assertThat(sorter.size()).isEqualTo(rows.size());
            try (SpillingSorter.Cursor c = sorter.sorted()) {
                while (c.next()) {
                    out.add(List.of(c.get(0), c.get(1)));
                }
                assertThat(c.next()).as("a cursor past its end stays there").isFalse();
            }
        }
        return out;
    }

    /** The expected order, by the JDK's sort. */
    private static List<List<Long>> expected(List<long[]> rows) {
        List<List<Long>> out = new ArrayList<>();
        for (long[] r : rows) {
            out.add(List.of(r[0], r[1]));
        }
        out.sort((a, b) ->
                a.get(0).equals(b.get(0)) ? Long.compare(a.get(1), b.get(1)) : Long.compare(a.get(0), b.get(0)));
        return out;
    }

    @Test
    void sortedGivesTheRowsInAscendingOrder_inMemoryAndSpilledInRunsOfTwoAndSeven() {
        qt().withFixedSeed(20261122L)
                .withExamples(80)
                .forAll(lists().of(integers().between(-6, 6)).ofSizeBetween(0, 300))
                .checkAssert(values -> {
                    List<long[]> rows = new ArrayList<>();
                    for (int i = 0; i < values.size(); i++) {
                        // Few distinct first columns, so that ties on it are common; negatives too.
                        rows.add(new long[] {values.get(i), (long) (i * 7919 % 13) - 6});
                    }
                    try {
                        List<List<Long>> want = expected(rows);
                        assertThat(sorted(rows, IndexMemory.inMemory())).isEqualTo(want);
                        assertThat(sorted(rows, rowsOfTwo(2))).isEqualTo(want);
                        assertThat(sorted(rows, rowsOfTwo(7))).isEqualTo(want);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Test
    void inMemorySort_isRightWhicheverPartDoesTheWork_heapSortInsertionSortOrQuicksort() throws IOException {
        // Depth 0: heap sort alone; 1 and 3: quicksort hands over to heap sort part way; 64: quicksort
        // down to insertion sort. Rows: 500, with runs of equal first columns, in a shuffled order.
        java.util.Random random = new java.util.Random(3);
        List<long[]> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(new long[] {random.nextInt(40), random.nextInt(5)});
        }
        List<List<Long>> want = expected(rows);
        for (int depth : new int[] {0, 1, 3, 64}) {
            try (SpillingSorter sorter = SpillingSorter.create(2, IndexMemory.inMemory())) {
                for (long[] r : rows) {
                    sorter.add(r[0], r[1]);
                }
                sorter.sortInMemory(depth);
                List<List<Long>> got = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    got.add(List.of(sorter.inMemory(i, 0), sorter.inMemory(i, 1)));
                }
                assertThat(got).as("depth %d", depth).isEqualTo(want);
            }
        }
    }

    @Test
    void largeRuns_sortedInTwoHalvesAtOnce_comeOutInOrder() throws IOException {
        // 300,000 rows, runs of 131,072: two runs and the rest in memory are each sorted in two halves
        // on two threads (from 65,536 rows on), then merged.
        java.util.Random random = new java.util.Random(5);
        List<long[]> rows = new ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            rows.add(new long[] {random.nextInt(50_000), random.nextLong()});
        }
        List<List<Long>> want = expected(rows);
        assertThat(sorted(rows, rowsOfTwo(131_072))).isEqualTo(want);
        assertThat(sorted(rows, IndexMemory.inMemory())).isEqualTo(want);
        // And on one thread, as batch evaluation with threads(1) sorts.
        assertThat(sorted(
                        rows,
                        IndexMemory.builder()
                                .from(rowsOfTwo(131_072))
                                .parallelSort(false)
                                .build()))
                .isEqualTo(want);
    }

    @Test
    void sorted_ordersByTheFullLongRange() throws IOException {
        List<long[]> rows = List.of(
                new long[] {Long.MAX_VALUE, 0},
                new long[] {Long.MIN_VALUE, 5},
                new long[] {0, Long.MIN_VALUE},
                new long[] {0, Long.MAX_VALUE},
                new long[] {-1, 0});

        List<List<Long>> want = List.of(
                List.of(Long.MIN_VALUE, 5L),
                List.of(-1L, 0L),
                List.of(0L, Long.MIN_VALUE),
                List.of(0L, Long.MAX_VALUE),
                List.of(Long.MAX_VALUE, 0L));
        assertThat(sorted(rows, IndexMemory.inMemory())).isEqualTo(want);
        assertThat(sorted(rows, rowsOfTwo(2))).isEqualTo(want);
    }

    @Test
    void runs_areMergedIntoOneAtTheSixtyFourth() throws IOException {
        try (SpillingSorter sorter = SpillingSorter.create(2, rowsOfTwo(1))) {
            for (int i = 0; i < 63; i++) {
                sorter.add(i, i);
            }
            assertThat(sorter.runs()).isEqualTo(63);
            sorter.add(63, 63);
            assertThat(sorter.runs()).isEqualTo(1);
            for (int i = 64; i < 130; i++) {
                sorter.add(200 - i, i);
            }
            // Rows 65 to 127 make 63 more runs and a second merge; 128, 129 and 130 make three.
            assertThat(sorter.runs()).isEqualTo(4);
            try (SpillingSorter.Cursor c = sorter.sorted()) {
                long previous = Long.MIN_VALUE;
                int n = 0;
                while (c.next()) {
                    assertThat(c.get(0)).isGreaterThanOrEqualTo(previous);
                    previous = c.get(0);
                    n++;
                }
                assertThat(n).isEqualTo(130);
            }
        }
    }

    @Test
    void rowsOfThreeColumns_sortByAllThree() throws IOException {
        try (SpillingSorter sorter =
                SpillingSorter.create(3, IndexMemory.builder().bytesPerTable(24).build())) {
            sorter.add(2, 1, 1);
            sorter.add(1, 9, 9);
            sorter.add(2, 0, 5);
            sorter.add(2, 1, 0);
            List<List<Long>> out = new ArrayList<>();
            try (SpillingSorter.Cursor c = sorter.sorted()) {
                while (c.next()) {
                    out.add(List.of(c.get(0), c.get(1), c.get(2)));
                }
            }
            assertThat(out)
                    .containsExactly(
                            List.of(1L, 9L, 9L), List.of(2L, 0L, 5L), List.of(2L, 1L, 0L), List.of(2L, 1L, 1L));
        }
    }

    @Test
    void close_deletesTheRuns_whichOnlyTheirOwnerMayRead_inADirectoryOnlyTheOwnerMayEnter(@TempDir Path dir)
            throws IOException {
        SpillingSorter sorter = SpillingSorter.create(
                2, IndexMemory.builder().bytesPerTable(32).directory(dir).build());
        for (int i = 0; i < 5; i++) {
            sorter.add(i, i);
        }
        List<Path> made;
        try (Stream<Path> files = Files.list(dir)) {
            made = files.toList();
        }
        assertThat(made).hasSize(1);
        Path runDirectory = made.get(0);
        assertThat(runDirectory).isDirectory();
        assertThat(runDirectory.getFileName().toString()).startsWith("bansos-index-");
        List<Path> runs;
        try (Stream<Path> files = Files.list(runDirectory)) {
            runs = files.toList();
        }
        assertThat(runs).hasSize(2);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(runDirectory)))
                    .isEqualTo("rwx------");
            for (Path run : runs) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run)))
                        .isEqualTo("rw-------");
            }
        }
        assertThat(runs).allMatch(TempFiles::isLive, "left for the shutdown hook until closed");
        assertThat(TempFiles.isLive(runDirectory)).isTrue();

        sorter.close();

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThat(runs).noneMatch(TempFiles::isLive);
        assertThat(TempFiles.isLive(runDirectory)).isFalse();
    }

    @Test
    void misuse_isRefusedWithAClearMessage() throws IOException {
        assertThatThrownBy(() -> SpillingSorter.create(0, IndexMemory.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("width must be between 1 and 8, got 0");
        assertThatThrownBy(() -> SpillingSorter.create(9, IndexMemory.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("width must be between 1 and 8, got 9");
        assertThatThrownBy(() -> SpillingSorter.create(2, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("memory must not be null");
        try (SpillingSorter sorter = SpillingSorter.create(3, IndexMemory.defaults())) {
            assertThatThrownBy(() -> sorter.add(1, 2))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("rows have 3 columns, got 2");
            sorter.sorted().close();
            assertThatThrownBy(() -> sorter.add(1, 2, 3))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the rows were already read");
            assertThatThrownBy(sorter::sorted)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the rows were already read");
        }
    }
}
