package id.bansos.rules.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.Relationship;
import id.bansos.model.Sex;
import id.bansos.model.id.Nik;
import id.bansos.model.id.RegionCode;
import id.bansos.model.id.RegionLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MonitoringSampleTest {
    private static final Person HEAD = Person.builder()
            .nik(Nik.parse("5208011503800001"))
            .sex(Sex.MALE)
            .birthDate(LocalDate.of(1980, 3, 15))
            .relationship(Relationship.HEAD)
            .build();

    /** {@code n} households spread over districts 01..districts, village 2001. */
    static List<Household> roster(int n, int districts) {
        List<Household> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String region = String.format(Locale.ROOT, "52.08.%02d.2001", i % districts + 1);
            list.add(Household.builder()
                    .id("H" + i)
                    .region(RegionCode.parse(region))
                    .addMembers(HEAD)
                    .build());
        }
        return list;
    }

    static List<String> draw(
            List<Household> roster, long size, long seed, Optional<RegionLevel> by, Allocation allocation) {
        MonitoringSample s = MonitoringSample.of(size, seed, by, allocation);
        roster.forEach(s::count);
        s.allocate();
        roster.forEach(s::offer);
        return s.result().stream().map(MonitoringSample.Ranked::householdId).toList();
    }

    @Test
    void proportionalAllocation_usesLargestRemainder() {
        // Strata of 50, 30, 20 households and a sample of 7: exact shares 3.5, 2.1, 1.4 → whole parts 3, 2, 1
        // (6 seats); the one left goes to the largest remainder, 0.5 (the first stratum): 4, 2, 1.
        TreeMap<String, Long> counts = new TreeMap<>(Map.of("A", 50L, "B", 30L, "C", 20L));
        assertThat(Allocations.proportional(7, counts))
                .containsExactly(Map.entry("A", 4L), Map.entry("B", 2L), Map.entry("C", 1L));
    }

    @Test
    void proportionalAllocation_breaksEqualRemaindersByStratumOrder() {
        // Three strata of 10 and a sample of 4: 1.333 each → 1, 1, 1 and the seat left goes to "A".
        TreeMap<String, Long> counts = new TreeMap<>(Map.of("A", 10L, "B", 10L, "C", 10L));
        assertThat(Allocations.proportional(4, counts))
                .containsExactly(Map.entry("A", 2L), Map.entry("B", 1L), Map.entry("C", 1L));
    }

    @Test
    void equalAllocation_givesSmallStrataAllTheyHaveAndSharesTheRest() {
        // 10 over A(2), B(50), C(50): equal share 3,3,4 → A can give only 2; the 1 left goes to B: 2, 4, 4.
        TreeMap<String, Long> counts = new TreeMap<>(Map.of("A", 2L, "B", 50L, "C", 50L));
        assertThat(Allocations.equal(10, counts))
                .containsExactly(Map.entry("A", 2L), Map.entry("B", 4L), Map.entry("C", 4L));
    }

    @Test
    void stratifiedSample_fillsEachDistrictQuota() {
        List<Household> roster = roster(1000, 5);
        MonitoringSample s = MonitoringSample.of(50, 7, Optional.of(RegionLevel.DISTRICT), Allocation.PROPORTIONAL);
        roster.forEach(s::count);
        assertThat(s.allocate())
                .containsOnly(
                        Map.entry("52.08.01", 10L),
                        Map.entry("52.08.02", 10L),
                        Map.entry("52.08.03", 10L),
                        Map.entry("52.08.04", 10L),
                        Map.entry("52.08.05", 10L));
        roster.forEach(s::offer);
        Map<String, Long> perStratum = s.result().stream()
                .collect(Collectors.groupingBy(MonitoringSample.Ranked::stratum, Collectors.counting()));
        assertThat(perStratum.values()).containsOnly(10L);
    }

    @Test
    void allocate_rejectsSampleLargerThanPopulation() {
        MonitoringSample s = MonitoringSample.of(11, 1, Optional.empty(), Allocation.PROPORTIONAL);
        roster(10, 1).forEach(s::count);
        assertThatThrownBy(s::allocate)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("size must not exceed the 10 households of the input, got 11");
    }

    @Test
    void offer_beforeAllocateIsAnError() {
        MonitoringSample s = MonitoringSample.of(1, 1, Optional.empty(), Allocation.PROPORTIONAL);
        assertThatThrownBy(() -> s.offer(roster(1, 1).get(0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("allocate() must be called before offer()");
    }

    @Test
    void sampleHasRequestedSizeNeverRepeatsAndIgnoresInputOrder() {
        List<Household> roster = roster(500, 4);
        qt().withFixedSeed(11L)
                .forAll(integers().between(1, 500), longs().all(), integers().between(0, 2))
                .checkAssert((size, seed, mode) -> {
                    Optional<RegionLevel> by = mode == 0 ? Optional.empty() : Optional.of(RegionLevel.DISTRICT);
                    Allocation allocation = mode == 2 ? Allocation.EQUAL : Allocation.PROPORTIONAL;
                    List<String> sample = draw(roster, size, seed, by, allocation);
                    assertThat(sample).hasSize(size).doesNotHaveDuplicates();
                    List<Household> shuffled = new ArrayList<>(roster);
                    Collections.shuffle(shuffled, new Random(seed));
                    assertThat(draw(shuffled, size, seed, by, allocation)).isEqualTo(sample);
                });
    }

    @Test
    void sameSeedGivesSameSampleAndAnotherSeedAnother() {
        List<Household> roster = roster(2000, 5);
        List<String> a = draw(roster, 100, 42, Optional.empty(), Allocation.PROPORTIONAL);
        assertThat(draw(roster, 100, 42, Optional.empty(), Allocation.PROPORTIONAL))
                .isEqualTo(a);
        assertThat(draw(roster, 100, 43, Optional.empty(), Allocation.PROPORTIONAL))
                .isNotEqualTo(a);
    }
}
