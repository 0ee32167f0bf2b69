package id.bansos.rules.batch;

import static id.bansos.rules.batch.Rosters.TANJUNG_1;
import static id.bansos.rules.batch.Rosters.child;
import static id.bansos.rules.batch.Rosters.head;
import static id.bansos.rules.batch.Rosters.household;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.bansos.model.Household;
import id.bansos.model.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class NikIndexTest {
    private static final Person X = child("2015-03-04", 1);
    private static final Person Y = child("2016-05-06", 2);

    private static Household h(String id, int serial, Person... more) {
        List<Person> members = new ArrayList<>();
        members.add(head("1980-01-0" + (1 + serial % 9), 100 + serial));
        members.addAll(List.of(more));
        return household(id, TANJUNG_1, members.toArray(new Person[0]));
    }

    private static DuplicateIndex index(List<Household> households, Set<String> repeated, int maxListed) {
        NikIndex index = new NikIndex();
        for (Household household : households) {
            index.add(household, true);
        }
        return index.finish(repeated::contains, maxListed);
    }

    @Test
    void finish_findsTwoHouseholdsSharingANik() {
        DuplicateIndex d = index(List.of(h("A", 1, X), h("B", 2), h("C", 3, X)), Set.of(), 10);

        assertThat(d.find(0)).isEqualTo(new DuplicateIndex.Duplicate("A", List.of("C"), 1));
        assertThat(d.find(1)).isNull();
        assertThat(d.find(2)).isEqualTo(new DuplicateIndex.Duplicate("C", List.of("A"), 1));
        assertThat(d.duplicateHouseholds()).isEqualTo(2);
        assertThat(d.households()).isEqualTo(3);
    }

    @Test
    void finish_countsEachOtherHouseholdOnceOverSeveralSharedNiks() {
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
    void finish_listsAtMostMaxListedButCountsAll() {
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
    void finish_leavesOutHouseholdsWithARepeatedId() {
        DuplicateIndex d = index(List.of(h("A", 1, X), h("B", 2, X), h("A", 3)), Set.of("A"), 10);

        assertThat(d.find(0)).isNull();
        assertThat(d.find(1)).isNull();
        assertThat(d.nextOrdinal(-1)).isEqualTo(1);
        assertThat(d.nextOrdinal(1)).isEqualTo(3);
    }

    @Test
    void add_withoutMembers_keepsTheHouseholdOutOfDuplicates() {
        NikIndex index = new NikIndex();
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
    void finish_findsDuplicateAtFirstAndLastOf100000HouseholdsAcrossArenaChunks() {
        // 100,000 ids of 23 bytes and more fill three arena chunks of 1 MiB.
        NikIndex index = new NikIndex();
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

    @Test
    void finish_findsDuplicateAcrossNikChunksAndArenaChunks() {
        // 700 households of 100 members: 70,000 persons fill more than one NIK chunk of 65,536; ids
        // of 20,007 bytes fill a 1 MiB arena chunk after 52 households. The first and the last
        // household share X; every other NIK is unique (serials 1-9000 on successive birth dates).
        NikIndex index = new NikIndex();
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
    void finish_readsBackLongAndNonAsciiIds() {
        String longId = "K".repeat(200) + "é";
        String ascii = "Keluarga-Ñ-" + "x".repeat(20_000);

        DuplicateIndex d = index(List.of(h(longId, 1, X), h("B", 2), h(ascii, 3, X)), Set.of(), 10);

        assertThat(d.find(0).householdId()).isEqualTo(longId);
        assertThat(d.find(0).others()).containsExactly(ascii);
        assertThat(d.find(2).others()).containsExactly(longId);
    }

    @Test
    void finish_twice_throws() {
        NikIndex index = new NikIndex();
        index.finish(id -> false, 10);

        assertThatThrownBy(() -> index.finish(id -> false, 10))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the NIK index is already finished");
        assertThatThrownBy(() -> index.add(h("A", 1), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the NIK index is already finished");
    }

    @Test
    void sortOrdersByNikThenOrdinal() {
        qt().withFixedSeed(7_2024L)
                .forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 400))
                .checkAssert(keys -> {
                    int n = keys.size();
                    long[] niks = new long[n];
                    int[] ordinals = new int[n];
                    List<long[]> expected = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        niks[i] = 1_101_010_101_000_001L + keys.get(i);
                        ordinals[i] = n - i;
                        expected.add(new long[] {niks[i], ordinals[i]});
                    }
                    expected.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));

                    NikIndex.sort(niks, ordinals);

                    for (int i = 0; i < n; i++) {
                        assertThat(new long[] {niks[i], ordinals[i]}).containsExactly(expected.get(i));
                    }
                });
    }

    @Test
    void duplicatesAgreeWithPairwiseComparison() {
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

                    DuplicateIndex d = index(households, Set.of(), 3);

                    for (int i = 0; i < households.size(); i++) {
                        List<String> others = new ArrayList<>();
                        for (int j = 0; j < households.size(); j++) {
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
                });
    }
}
