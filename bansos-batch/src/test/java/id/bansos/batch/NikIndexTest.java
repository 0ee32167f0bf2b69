package id.bansos.batch;

import static id.bansos.batch.Rosters.TANJUNG_1;
import static id.bansos.batch.Rosters.child;
import static id.bansos.batch.Rosters.head;
import static id.bansos.batch.Rosters.household;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.bansos.model.Household;
import id.bansos.model.Person;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NikIndexTest {
    private static final Person X = child("2015-03-04", 1);
    private static final Person Y = child("2016-05-06", 2);

    private static Household h(String id, int serial, Person... more) {
        List<Person> members = new ArrayList<>();
        members.add(head("1980-01-0" + (1 + serial % 9), 100 + serial));
        members.addAll(List.of(more));
        return household(id, TANJUNG_1, members.toArray(new Person[0]));
    }

    /** Where the spilling tests' runs go: JUnit deletes it, whatever a test (or a mutant) left. */
    @TempDir
    static Path tmp;

    /** Three persons per sorted run on disk, and id chunks of 256 bytes: every test roster spills. */
    private static IndexMemory spilling() {
        return IndexMemory.builder().bytesPerTable(3 * 16).directory(tmp).build();
    }

    private static DuplicateIndex index(List<Household> households, Set<String> repeated, int maxListed)
            throws IOException {
        return index(households, repeated, maxListed, IndexMemory.defaults());
    }

    private static DuplicateIndex index(
            List<Household> households, Set<String> repeated, int maxListed, IndexMemory memory) throws IOException {
        try (NikIndex index = new NikIndex(memory)) {
            for (Household household : households) {
                index.add(household, true);
            }
            assertThat(index.runs()).isEqualTo(memory.bytesPerTable() == 3 * 16 ? (int) (index.persons() / 3) : 0);
            return index.finish(repeated::contains, maxListed);
        }
    }

    @Test
    void finish_findsTwoHouseholdsSharingANik() throws IOException {
        DuplicateIndex d = index(List.of(h("A", 1, X), h("B", 2), h("C", 3, X)), Set.of(), 10);

        assertThat(d.find(0)).isEqualTo(new DuplicateIndex.Duplicate("A", List.of("C"), 1));
        assertThat(d.find(1)).isNull();
        assertThat(d.find(2)).isEqualTo(new DuplicateIndex.Duplicate("C", List.of("A"), 1));
        assertThat(d.duplicateHouseholds()).isEqualTo(2);
        assertThat(d.households()).isEqualTo(3);
    }

    @Test
    void finish_countsEachOtherHouseholdOnceOverSeveralSharedNiks() throws IOException {
        // A shares X with B and C, and Y with C and D: A's others are B, C, D (C once).
        DuplicateIndex d =
                index(List.of(h("A", 1, X, Y), h("B", 2, X), h("C", 3, X, Y), h("D", 4, Y), h("E", 5)), Set.of(), 10);

        assertThat(d.find(0)).isEqualTo(new DuplicateIndex.Duplicate("A", List.of("B", "C", "D"), 3));
        assertThat(d.find(1)).isEqualTo(new DuplicateIndex.Duplicate("B", List.of("A", "C"), 2));
        assertThat(d.find(2)).isEqualTo(new DuplicateIndex.Duplicate("C", List.of("A", "B", "D"), 3));
        assertThat(d.find(3)).isEqualTo(new DuplicateIndex.Duplicate("D", List.of("A", "C"), 2));
        assertThat(d.find(4)).isNull();
    }

    @Test
    void finish_listsAtMostMaxListedButCountsAll() throws IOException {
        List<Household> households = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            households.add(h(String.format("H%02d", i), i, X));
        }

        DuplicateIndex d = index(households, Set.of(), 10);

        assertThat(d.find(0).others())
                .containsExactly("H02", "H03", "H04", "H05", "H06", "H07", "H08", "H09", "H10", "H11");
        assertThat(d.find(0).total()).isEqualTo(12);
        assertThat(d.find(12).others())
                .containsExactly("H01", "H02", "H03", "H04", "H05", "H06", "H07", "H08", "H09", "H10");
        assertThat(d.find(12).total()).isEqualTo(12);
    }

    @Test
    void finish_leavesOutHouseholdsWithARepeatedId() throws IOException {
        DuplicateIndex d = index(List.of(h("A", 1, X), h("B", 2, X), h("A", 3)), Set.of("A"), 10);

        assertThat(d.find(0)).isNull();
        assertThat(d.find(1)).isNull();
        assertThat(d.nextOrdinal(-1)).isEqualTo(1);
        assertThat(d.nextOrdinal(1)).isEqualTo(3);
    }

    @Test
    void finish_leavesOutHouseholdsWithARepeatedId_whenTheEntriesSpilled() throws IOException {
        // A's two records are set aside; B and C still share X with each other.
        DuplicateIndex d =
                index(List.of(h("A", 1, X), h("B", 2, X), h("C", 4, X), h("A", 3)), Set.of("A"), 10, spilling());

        assertThat(d.find(0)).isNull();
        assertThat(d.find(1)).isEqualTo(new DuplicateIndex.Duplicate("B", List.of("C"), 1));
        assertThat(d.find(2)).isEqualTo(new DuplicateIndex.Duplicate("C", List.of("B"), 1));
        assertThat(d.find(3)).isNull();
        assertThat(d.nextOrdinal(-1)).isEqualTo(1);
        assertThat(d.nextOrdinal(2)).isEqualTo(4);
    }

    @Test
    void add_withoutMembers_keepsTheHouseholdOutOfDuplicates() throws IOException {
        NikIndex index = new NikIndex(IndexMemory.defaults());
        index.add(h("A", 1, X), true);
        index.add(h("B", 2, X), false);
        index.add(h("C", 3, Y), true);

        DuplicateIndex d = index.finish(id -> false, 10);

        assertThat(d.duplicateHouseholds()).isZero();
        assertThat(d.nextOrdinal(0)).isEqualTo(1);
        assertThat(index.persons()).isEqualTo(4);
        assertThat(index.households()).isEqualTo(3);
    }

    @Test
    @Tag("slow")
    void finish_findsDuplicateAtFirstAndLastOf100000HouseholdsAcrossArenaChunks() throws IOException {
        // 100,000 ids of 23 bytes and more fill three arena chunks of 1 MiB.
        NikIndex index = new NikIndex(IndexMemory.defaults());
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            // Serials 1-9000 on successive birth dates keep every other NIK unique.
            String day = LocalDate.of(1950, 1, 1).plusDays(i / 9000).toString();
            String childDay = LocalDate.of(2010, 1, 1).plusDays(i / 9000).toString();
            Person member = i == 0 || i == n - 1 ? X : child(childDay, 1 + i % 9000);
            index.add(
                    household(String.format("KABUPATEN-LOMBOK-%06d", i), TANJUNG_1, head(day, 1 + i % 9000), member),
                    true);
        }

        DuplicateIndex d = index.finish(id -> false, 10);

        assertThat(d.find(0))
                .isEqualTo(
                        new DuplicateIndex.Duplicate("KABUPATEN-LOMBOK-000000", List.of("KABUPATEN-LOMBOK-099999"), 1));
        assertThat(d.find(n - 1))
                .isEqualTo(
                        new DuplicateIndex.Duplicate("KABUPATEN-LOMBOK-099999", List.of("KABUPATEN-LOMBOK-000000"), 1));
    }

    @ParameterizedTest
    @ValueSource(longs = {IndexMemory.DEFAULT_BYTES_PER_TABLE, 16_000})
    void finish_findsDuplicateAcrossNikChunksAndArenaChunks(long budget) throws IOException {
        // 700 households of 100 members: 70,000 persons fill more than one NIK chunk of 65,536; ids
        // of 20,007 bytes fill a 1 MiB arena chunk after 52 households. The first and the last
        // household share X; every other NIK is unique (serials 1-9000 on successive birth dates).
        // With a budget of 16,000 bytes: 70 runs of 1,000 NIKs (merged once, at the 64th), and every id in a chunk
        // of its own, all but the last few on disk.
        NikIndex index =
                new NikIndex(IndexMemory.builder().bytesPerTable(budget).build());
        int households = 700;
        int k = 0;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < households; i++) {
            List<Person> members = new ArrayList<>();
            for (int m = 0; m < 100; m++, k++) {
                String day = LocalDate.of(1990, 1, 1).plusDays(k / 9000).toString();
                if (m == 0) {
                    members.add(head(day, 1 + k % 9000));
                } else if (m == 1 && (i == 0 || i == households - 1)) {
                    members.add(X);
                } else {
                    members.add(child(day, 1 + k % 9000));
                }
            }
            String id = String.format("H-%04d-", i) + "x".repeat(20_000);
            ids.add(id);
            index.add(household(id, TANJUNG_1, members.toArray(new Person[0])), true);
        }

        DuplicateIndex d = index.finish(id -> false, 10);

        assertThat(index.persons()).isEqualTo(70_000);
        assertThat(d.find(0)).isEqualTo(new DuplicateIndex.Duplicate(ids.get(0), List.of(ids.get(699)), 1));
        assertThat(d.find(699)).isEqualTo(new DuplicateIndex.Duplicate(ids.get(699), List.of(ids.get(0)), 1));
        assertThat(d.find(350)).isNull();
        assertThat(d.duplicateHouseholds()).isEqualTo(2);
    }

    @Test
    void finish_readsBackLongAndNonAsciiIds() throws IOException {
        String longId = "K".repeat(200) + "é";
        String ascii = "Keluarga-Ñ-" + "x".repeat(20_000);

        DuplicateIndex d = index(List.of(h(longId, 1, X), h("B", 2), h(ascii, 3, X)), Set.of(), 10);

        assertThat(d.find(0).householdId()).isEqualTo(longId);
        assertThat(d.find(0).others()).containsExactly(ascii);
        assertThat(d.find(2).others()).containsExactly(longId);
    }

    @Test
    void finish_twice_throws() throws IOException {
        NikIndex index = new NikIndex(IndexMemory.defaults());
        index.finish(id -> false, 10);

        assertThatThrownBy(() -> index.finish(id -> false, 10))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the NIK index is already finished");
        assertThatThrownBy(() -> index.add(h("A", 1), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the NIK index is already finished");
    }

    @Test
    void duplicatesAgreeWithPairwiseComparison() throws IOException {
        // Households of 1 to 3 members drawn from a pool of 12 people: compare with brute force.
        List<Person> pool = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            pool.add(child("2012-0" + (1 + p % 9) + "-1" + (p % 10), 500 + p));
        }
        qt().withFixedSeed(11_2024L)
                .forAll(lists().of(lists().of(integers().between(0, 11)).ofSizeBetween(0, 3))
                        .ofSizeBetween(1, 30))
                .checkAssert(draws -> {
                    List<Household> households = new ArrayList<>();
                    List<Set<Integer>> people = new ArrayList<>();
                    for (int i = 0; i < draws.size(); i++) {
                        Set<Integer> distinct = new TreeSet<>(draws.get(i));
                        List<Person> members = new ArrayList<>();
                        for (int p : distinct) {
                            members.add(pool.get(p));
                        }
                        households.add(h("H" + i, i, members.toArray(new Person[0])));
                        people.add(distinct);
                    }

                    for (IndexMemory memory : List.of(IndexMemory.defaults(), spilling())) {
                        DuplicateIndex d;
                        try {
                            d = index(households, Set.of(), 3, memory);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        assertAgreesWithPairwise(d, people);
                    }
                });
    }

    private static void assertAgreesWithPairwise(DuplicateIndex d, List<Set<Integer>> people) {
        for (int i = 0; i < people.size(); i++) {
            List<String> others = new ArrayList<>();
            for (int j = 0; j < people.size(); j++) {
                Set<Integer> shared = new TreeSet<>(people.get(i));
                shared.retainAll(people.get(j));
                if (j != i && !shared.isEmpty()) {
                    others.add("H" + j);
                }
            }
            if (others.isEmpty()) {
                assertThat(d.find(i)).isNull();
            } else {
                assertThat(d.find(i))
                        .isEqualTo(new DuplicateIndex.Duplicate(
                                "H" + i, others.subList(0, Math.min(3, others.size())), others.size()));
            }
        }
    }
}
