package id.bansos.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdIndexTest {
    /** What repeated() must give, computed the naive way: every id string kept with its lines. */
    private static Map<IdIndex.Key, List<Long>> naive(List<String> ids, List<Long> lines) {
        Map<String, List<Long>> byId = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byId.computeIfAbsent(ids.get(i), k -> new ArrayList<>()).add(lines.get(i));
        }
        Map<IdIndex.Key, List<Long>> expected = new HashMap<>();
        byId.forEach((id, l) -> {
            if (l.size() > 1) {
                expected.put(IdIndex.keyOf(id), l);
            }
        });
        return expected;
    }

    @TempDir
    static Path tmp;

    /** Five entries of 24 bytes per run: small enough that every test file spills. */
    private static IndexMemory fivePerRun() {
        return IndexMemory.builder().bytesPerTable(5 * 24).directory(tmp).build();
    }

    private static Map<IdIndex.Key, List<Long>> actual(List<String> ids, List<Long> lines) throws IOException {
        return actual(ids, lines, IndexMemory.defaults());
    }

    private static Map<IdIndex.Key, List<Long>> actual(List<String> ids, List<Long> lines, IndexMemory memory)
            throws IOException {
        Map<IdIndex.Key, long[]> repeated;
        try (IdIndex index = new IdIndex(memory)) {
            for (int i = 0; i < ids.size(); i++) {
                index.add(ids.get(i), lines.get(i));
            }
            assertThat(index.size()).isEqualTo(ids.size());
            assertThat(index.runs()).isEqualTo(expectedRuns(ids.size(), memory.bytesPerTable() / 24));
            repeated = index.repeated();
        }
        Map<IdIndex.Key, List<Long>> result = new HashMap<>();
        repeated.forEach((k, v) -> {
            List<Long> l = new ArrayList<>();
            for (long line : v) {
                l.add(line);
            }
            result.put(k, l);
        });
        return result;
    }

    /** Runs of five on disk, the 64th merged with the 63 before it into one. */
    private static int expectedRuns(int entries) {
        return expectedRuns(entries, 5);
    }

    private static int expectedRuns(int entries, long perRun) {
        int runs = 0;
        for (long i = 0; i < entries / perRun; i++) {
            runs = runs + 1 == 64 ? 1 : runs + 1;
        }
        return runs;
    }

    @Test
    void expectedRuns_countsRunsOfFiveAndTheMergeAtSixtyFour() {
        assertThat(expectedRuns(4)).isZero();
        assertThat(expectedRuns(5)).isEqualTo(1);
        assertThat(expectedRuns(63 * 5 + 4)).isEqualTo(63);
        assertThat(expectedRuns(64 * 5)).isEqualTo(1);
        assertThat(expectedRuns(65 * 5)).isEqualTo(2);
    }

    @Test
    void repeatedHoldsExactlyTheIdsOfSeveralRecordsWithTheirLinesAscending_inMemoryOrSpilledInRunsOfFive() {
        qt().withFixedSeed(20260103L)
                .withExamples(150)
                .forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 400))
                .checkAssert(values -> {
                    List<String> ids = new ArrayList<>();
                    List<Long> lines = new ArrayList<>();
                    long line = 1;
                    for (int v : values) {
                        ids.add("H" + v);
                        lines.add(line);
                        line += 1 + v % 3;
                    }
                    try {
                        assertThat(actual(ids, lines)).isEqualTo(naive(ids, lines));
                        assertThat(actual(ids, lines, fivePerRun())).isEqualTo(naive(ids, lines));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Test
    void repeated_acrossManyChunks_findsEveryRepeat() throws IOException {
        Random random = new Random(7);
        List<String> ids = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            // Mostly unique ids, with one in about fifty drawn again from those before.
            ids.add(i > 0 && random.nextInt(50) == 0 ? ids.get(random.nextInt(i)) : "KK-" + i);
            lines.add(2L + 3L * i);
        }

        Map<IdIndex.Key, List<Long>> expected = naive(ids, lines);

        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(actual(ids, lines)).isEqualTo(expected);
        // 400 runs of 100, merged into one at every 64th: the same answer from disk.
        assertThat(actual(
                        ids,
                        lines,
                        IndexMemory.builder().bytesPerTable(100 * 24).build()))
                .isEqualTo(expected);
    }

    @Test
    void repeated_ofAnEmptyIndex_isEmpty() throws IOException {
        try (IdIndex index = new IdIndex(IndexMemory.defaults())) {
            assertThat(index.repeated()).isEmpty();
        }
    }

    @Test
    void add_afterRepeated_fails() throws IOException {
        try (IdIndex index = new IdIndex(IndexMemory.defaults())) {
            index.add("H1", 2);
            index.repeated();

            assertThatThrownBy(() -> index.add("H2", 3))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the rows were already read");
        }
    }

    @Test
    void close_deletesTheRunsFromTheDirectory(@TempDir Path dir) throws IOException {
        IndexMemory memory =
                IndexMemory.builder().bytesPerTable(2 * 24).directory(dir).build();
        IdIndex index = new IdIndex(memory);
        for (int i = 0; i < 7; i++) {
            index.add("H" + (i % 4), i + 1);
        }
        assertThat(index.runs()).isEqualTo(3);
        // In a directory of their own (see TempFiles).
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(3);
        }

        Map<IdIndex.Key, long[]> repeated = index.repeated();
        index.close();

        assertThat(repeated).containsOnlyKeys(IdIndex.keyOf("H0"), IdIndex.keyOf("H1"), IdIndex.keyOf("H2"));
        assertThat(repeated.get(IdIndex.keyOf("H0"))).containsExactly(1, 5);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void keyOf_isTheSameForEqualIdsAndDiffersForOthers() {
        assertThat(IdIndex.keyOf(new String("H1"))).isEqualTo(IdIndex.keyOf("H1"));
        assertThat(IdIndex.keyOf("H1")).isNotEqualTo(IdIndex.keyOf("H2"));
        assertThat(IdIndex.keyOf("H1")).isNotEqualTo(IdIndex.keyOf("h1"));
        assertThat(IdIndex.keyOf("Desa Sukamaju 01")).isNotEqualTo(IdIndex.keyOf("Desa Sukamaju 01 "));
    }
}
