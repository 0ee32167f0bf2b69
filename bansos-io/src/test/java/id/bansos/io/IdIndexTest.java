package id.bansos.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

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

    private static Map<IdIndex.Key, List<Long>> actual(List<String> ids, List<Long> lines) {
        IdIndex index = new IdIndex();
        for (int i = 0; i < ids.size(); i++) {
            index.add(ids.get(i), lines.get(i));
        }
        assertThat(index.size()).isEqualTo(ids.size());
        Map<IdIndex.Key, List<Long>> result = new HashMap<>();
        index.repeated().forEach((k, v) -> {
            List<Long> l = new ArrayList<>();
            for (long line : v) {
                l.add(line);
            }
            result.put(k, l);
        });
        return result;
    }

    @Test
    void repeatedHoldsExactlyTheIdsOfSeveralRecordsWithTheirLinesAscending() {
        qt().withFixedSeed(20260103L)
                .withExamples(500)
                .forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 120))
                .checkAssert(values -> {
                    List<String> ids = new ArrayList<>();
                    List<Long> lines = new ArrayList<>();
                    long line = 1;
                    for (int v : values) {
                        ids.add("H" + v);
                        lines.add(line);
                        line += 1 + v % 3;
                    }
                    assertThat(actual(ids, lines)).isEqualTo(naive(ids, lines));
                });
    }

    @Test
    void repeated_acrossManyChunks_findsEveryRepeat() {
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
    }

    @Test
    void repeated_ofAnEmptyIndex_isEmpty() {
        assertThat(new IdIndex().repeated()).isEmpty();
    }

    @Test
    void add_afterRepeated_fails() {
        IdIndex index = new IdIndex();
        index.add("H1", 2);
        index.repeated();

        assertThatThrownBy(() -> index.add("H2", 3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the index was already turned into its repeated ids");
    }

    @Test
    void keyOf_isTheSameForEqualIdsAndDiffersForOthers() {
        assertThat(IdIndex.keyOf(new String("H1"))).isEqualTo(IdIndex.keyOf("H1"));
        assertThat(IdIndex.keyOf("H1")).isNotEqualTo(IdIndex.keyOf("H2"));
        assertThat(IdIndex.keyOf("H1")).isNotEqualTo(IdIndex.keyOf("h1"));
        assertThat(IdIndex.keyOf("Desa Sukamaju 01")).isNotEqualTo(IdIndex.keyOf("Desa Sukamaju 01 "));
    }
}
