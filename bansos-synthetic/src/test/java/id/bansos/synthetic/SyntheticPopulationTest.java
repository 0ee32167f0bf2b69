package id.bansos.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.id.RegionCode;
import id.bansos.model.id.RegionLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SyntheticPopulationTest {
    private static final SyntheticPopulation POPULATION =
            SyntheticPopulation.builder().seed(7).build();

    @Test
    void builder_appliesDefaults() {
        assertThat(POPULATION.seed()).isEqualTo(7);
        assertThat(POPULATION.reference()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(POPULATION.regency()).isEqualTo(RegionCode.parse("52.08"));
        assertThat(POPULATION.duplicateNikShare()).isEqualTo(0.001);
        assertThat(POPULATION.excludedOccupationShare()).isEqualTo(0.03);
    }

    @Test
    void build_requiresSeed() {
        assertThatThrownBy(() -> SyntheticPopulation.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[seed]");
    }

    @Test
    void builder_rejectsNulls() {
        assertThatThrownBy(() -> SyntheticPopulation.builder().regency(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("regency");
        assertThatThrownBy(() -> SyntheticPopulation.builder().reference(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("reference");
    }

    static Stream<Arguments> invalidSettings() {
        return Stream.of(
                Arguments.of(
                        (UnaryOperator<SyntheticPopulation.Builder>) b -> b.regency(RegionCode.parse("52.08.01")),
                        "regency must be a regency code PP.KK, got 52.08.01"),
                Arguments.of(
                        (UnaryOperator<SyntheticPopulation.Builder>) b -> b.regency(RegionCode.parse("52")),
                        "regency must be a regency code PP.KK, got 52"),
                Arguments.of(
                        (UnaryOperator<SyntheticPopulation.Builder>) b -> b.regency(RegionCode.parse("10.01")),
                        "regency must be in a province numbered 11 or more, as NIKs require, got 10.01"),
                Arguments.of(
                        (UnaryOperator<SyntheticPopulation.Builder>) b -> b.duplicateNikShare(-0.25),
                        "duplicateNikShare must be between 0 and 1, got -0.25"),
                Arguments.of(
                        (UnaryOperator<SyntheticPopulation.Builder>) b -> b.duplicateNikShare(1.5),
                        "duplicateNikShare must be between 0 and 1, got 1.5"),
                Arguments.of(
                        (UnaryOperator<SyntheticPopulation.Builder>) b -> b.duplicateNikShare(Double.NaN),
                        "duplicateNikShare must be between 0 and 1, got NaN"),
                Arguments.of(
                        (UnaryOperator<SyntheticPopulation.Builder>) b -> b.excludedOccupationShare(2),
                        "excludedOccupationShare must be between 0 and 1, got 2.0"),
                Arguments.of(
                        (UnaryOperator<SyntheticPopulation.Builder>) b -> b.reference(LocalDate.of(1899, 12, 31)),
                        "reference must be between 1900-01-01 and 9999-12-31, got 1899-12-31"),
                Arguments.of(
                        (UnaryOperator<SyntheticPopulation.Builder>) b -> b.district(RegionCode.parse("52.01.03")),
                        "district must be a district of the regency 52.08, got 52.01.03"),
                Arguments.of(
                        (UnaryOperator<SyntheticPopulation.Builder>) b -> b.district(RegionCode.parse("52.08.03.2001")),
                        "district must be a district code PP.KK.CC, got 52.08.03.2001"));
    }

    @ParameterizedTest
    @MethodSource("invalidSettings")
    void build_rejectsInvalidSettings(UnaryOperator<SyntheticPopulation.Builder> setting, String message) {
        SyntheticPopulation.Builder builder = SyntheticPopulation.builder().seed(1);
        assertThatThrownBy(() -> setting.apply(builder).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void build_acceptsBoundarySettings() {
        SyntheticPopulation p = SyntheticPopulation.builder()
                .seed(1)
                .reference(LocalDate.of(1900, 1, 1))
                .regency(RegionCode.parse("11.01"))
                .duplicateNikShare(1)
                .excludedOccupationShare(0)
                .build();
        assertThat(p.household(3).region().digits()).startsWith("1101");
        assertThat(SyntheticPopulation.builder()
                        .seed(1)
                        .reference(LocalDate.of(9999, 12, 31))
                        .build()
                        .household(0)
                        .members())
                .isNotEmpty();
    }

    @Test
    void equalsContract() {
        EqualsVerifier.forClass(ImmutableSyntheticPopulation.class)
                .withNonnullFields("reference", "regency")
                .withPrefabValues(
                        HouseholdGenerator.class,
                        new HouseholdGenerator(POPULATION),
                        new HouseholdGenerator(
                                SyntheticPopulation.builder().seed(8).build()))
                .verify();
    }

    @Test
    void toString_listsTheSettings() {
        assertThat(POPULATION)
                .hasToString("SyntheticPopulation{seed=7, reference=2025-01-01, regency=52.08,"
                        + " duplicateNikShare=0.001, excludedOccupationShare=0.03}");
    }

    @Test
    void household_isAPureFunctionOfSettingsAndIndex() {
        SyntheticPopulation again = SyntheticPopulation.builder().seed(7).build();
        for (long index : new long[] {0, 1, 999, 1_000, 123_456_789, SyntheticPopulation.MAX_INDEX}) {
            assertThat(again.household(index)).isEqualTo(POPULATION.household(index));
        }
    }

    @Test
    void household_differsWithTheSeed() {
        SyntheticPopulation other = SyntheticPopulation.builder().seed(8).build();
        long equal = LongStream.range(0, 200)
                .filter(i -> other.household(i).equals(POPULATION.household(i)))
                .count();
        assertThat(equal).isZero();
    }

    @Test
    void household_keepsAgesWhenTheReferenceMoves() {
        LocalDate later = LocalDate.of(2030, 6, 30);
        SyntheticPopulation moved =
                SyntheticPopulation.builder().seed(7).reference(later).build();
        for (long i = 0; i < 100; i++) {
            List<Person> before = POPULATION.household(i).members();
            List<Person> after = moved.household(i).members();
            assertThat(after).hasSameSizeAs(before);
            for (int m = 0; m < before.size(); m++) {
                assertThat(after.get(m).ageOn(later)).isEqualTo(before.get(m).ageOn(POPULATION.reference()));
            }
        }
    }

    @Test
    void sameSettingsAndIndexGiveEqualHouseholds() {
        qt().withFixedSeed(20250101L)
                .withExamples(200)
                .forAll(longs().all(), longs().between(0, SyntheticPopulation.MAX_INDEX))
                .checkAssert((seed, index) -> assertThat(
                                SyntheticPopulation.builder().seed(seed).build().household(index))
                        .isEqualTo(
                                SyntheticPopulation.builder().seed(seed).build().household(index)));
    }

    @Test
    void everyHouseholdAtAnyIndexLivesInAVillageOfTheRegency() {
        RegionCode regency = RegionCode.parse("52.08");
        Set<RegionCode> villages = Set.copyOf(POPULATION.villages());
        qt().withFixedSeed(20250102L)
                .withExamples(500)
                .forAll(longs().all(), longs().between(0, SyntheticPopulation.MAX_INDEX))
                .checkAssert((seed, index) -> {
                    Household h =
                            SyntheticPopulation.builder().seed(seed).build().household(index);
                    assertThat(villages).contains(h.region());
                    assertThat(h.members())
                            .allSatisfy(p -> assertThat(regency.contains(
                                            RegionCode.parse(p.nik().regionPrefix())))
                                    .isTrue());
                });
    }

    /**
     * LIFECYCLE-V2 {@code generate --as-of}: a roster of 2019 or 2023 has nobody born after its
     * date, and nobody older than the oldest age generated (97 whole years on the date).
     */
    @ParameterizedTest
    @MethodSource("pastDates")
    void aPastReference_hasNobodyBornAfterIt_norOlderThan97(LocalDate date) {
        SyntheticPopulation past =
                SyntheticPopulation.builder().seed(11).reference(date).build();
        List<Person> people =
                past.stream(3_000).flatMap(h -> h.members().stream()).toList();

        assertThat(people).hasSizeGreaterThan(3_000);
        assertThat(people).allSatisfy(p -> assertThat(p.birthDate()).isBeforeOrEqualTo(date));
        // 97 whole years on the date: born after the same day 98 years before.
        assertThat(people).allSatisfy(p -> assertThat(p.birthDate()).isAfter(date.minusYears(98)));
    }

    static Stream<LocalDate> pastDates() {
        return Stream.of(LocalDate.of(2019, 1, 1), LocalDate.of(2023, 6, 30));
    }

    @Test
    void theDefaultReferenceAndRegency_giveTheSameHouseholdsAsWhenGiven() {
        SyntheticPopulation given = SyntheticPopulation.builder()
                .seed(7)
                .reference(LocalDate.of(2025, 1, 1))
                .regency(RegionCode.parse("52.08"))
                .build();

        assertThat(given.stream(200).toList()).isEqualTo(POPULATION.stream(200).toList());
    }

    @Test
    void aDistrict_holdsEveryHousehold_inItsTenVillages_withNiksOfTheDistrict() {
        RegionCode district = RegionCode.parse("52.08.03");
        SyntheticPopulation kayangan =
                SyntheticPopulation.builder().seed(7).district(district).build();

        assertThat(kayangan.villages()).hasSize(10).first().isEqualTo(RegionCode.parse("52.08.03.2001"));
        assertThat(kayangan.villages()).last().isEqualTo(RegionCode.parse("52.08.03.2010"));
        List<Household> households = kayangan.stream(2_000).toList();
        assertThat(households).allSatisfy(h -> {
            assertThat(district.contains(h.region())).isTrue();
            assertThat(h.id()).startsWith("520803-");
            assertThat(h.members())
                    .allSatisfy(p -> assertThat(p.nik().regionPrefix()).isEqualTo("520803"));
        });
        assertThat(households.get(0).id()).isEqualTo("520803-00000001");
        // NIKs stay unique within the district: no household lists one twice, and the only NIKs seen
        // before are the copied members of data ganda (0.1 % of households: about 2 of 2,000).
        assertThat(households)
                .allSatisfy(
                        h -> assertThat(h.members().stream().map(Person::nik).distinct())
                                .hasSameSizeAs(h.members()));
        assertThat(countCopies(households)).isLessThanOrEqualTo(20);
    }

    /** Members whose NIK an earlier household already listed (the data ganda the settings ask for). */
    private static long countCopies(List<Household> households) {
        Set<Object> seen = new HashSet<>();
        long copies = 0;
        for (Household h : households) {
            for (Person p : h.members()) {
                if (!seen.add(p.nik())) {
                    copies++;
                }
            }
        }
        return copies;
    }

    @Test
    void aRegencyElsewhere_placesEveryHouseholdInIt() {
        RegionCode regency = RegionCode.parse("52.01");
        SyntheticPopulation lombokBarat =
                SyntheticPopulation.builder().seed(3).regency(regency).build();

        assertThat(lombokBarat.stream(1_000)).allSatisfy(h -> {
            assertThat(regency.contains(h.region())).isTrue();
            assertThat(h.id()).startsWith("5201-");
        });
    }

    @Test
    void stream_equalsRandomAccess() {
        List<Household> streamed = POPULATION.stream(3_000).toList();
        assertThat(streamed).hasSize(3_000);
        for (int i = 0; i < streamed.size(); i++) {
            assertThat(streamed.get(i)).isEqualTo(POPULATION.household(i));
        }
    }

    @Test
    void stream_inParallelGivesTheSameHouseholds() {
        assertThat(POPULATION.stream(3_000).parallel().toList())
                .isEqualTo(POPULATION.stream(3_000).toList());
    }

    @Test
    void iterator_equalsStreamThenEnds() {
        Iterator<Household> it = POPULATION.iterator(3);
        List<Household> iterated = new ArrayList<>();
        while (it.hasNext()) {
            iterated.add(it.next());
        }
        assertThat(iterated).isEqualTo(POPULATION.stream(3).toList());
        assertThatThrownBy(it::next)
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("no household after index 2");
    }

    @Test
    void countZero_givesNothing() {
        assertThat(POPULATION.stream(0)).isEmpty();
        assertThat(POPULATION.iterator(0).hasNext()).isFalse();
    }

    @Test
    void negativeCount_isRejected() {
        assertThatThrownBy(() -> POPULATION.stream(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must not be negative, got -1");
        assertThatThrownBy(() -> POPULATION.iterator(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must not be negative, got -1");
    }

    @Test
    void household_rejectsIndexOutOfRange() {
        assertThatThrownBy(() -> POPULATION.household(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("index must be between 0 and 9223372036854775806, got -1");
        assertThatThrownBy(() -> POPULATION.household(Long.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("index must be between 0 and 9223372036854775806, got 9223372036854775807");
    }

    @Test
    void householdId_isTheIndexPlusOneInAtLeastEightDigits() {
        assertThat(POPULATION.household(0).id()).isEqualTo("KLU-00000001");
        assertThat(POPULATION.household(41).id()).isEqualTo("KLU-00000042");
        assertThat(POPULATION.household(99_999_998).id()).isEqualTo("KLU-99999999");
        assertThat(POPULATION.household(99_999_999).id()).isEqualTo("KLU-100000000");
        assertThat(POPULATION.household(SyntheticPopulation.MAX_INDEX).id()).isEqualTo("KLU-9223372036854775807");
    }

    @Test
    void householdId_namesAnotherRegencyByItsDigits() {
        SyntheticPopulation lombokBarat = SyntheticPopulation.builder()
                .seed(7)
                .regency(RegionCode.parse("52.01"))
                .build();
        assertThat(lombokBarat.household(0).id()).isEqualTo("5201-00000001");
        assertThat(lombokBarat.household(0).region().digits()).startsWith("5201");
    }

    @Test
    void villages_areTenGeneratedVillagesInEachRealDistrict() {
        List<RegionCode> villages = POPULATION.villages();
        assertThat(villages).hasSize(50).doesNotHaveDuplicates().isSorted();
        assertThat(villages).allSatisfy(v -> assertThat(v.level()).isEqualTo(RegionLevel.VILLAGE));
        assertThat(villages.get(0)).isEqualTo(RegionCode.parse("52.08.01.2001"));
        assertThat(villages.get(9)).isEqualTo(RegionCode.parse("52.08.01.2010"));
        assertThat(villages.get(49)).isEqualTo(RegionCode.parse("52.08.05.2010"));
        assertThat(villages.stream()
                        .map(v -> v.parent().orElseThrow().toString())
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("52.08.01", "52.08.02", "52.08.03", "52.08.04", "52.08.05");
    }

    @Test
    void householdToString_hidesNiksKkNumbersAndNames() {
        POPULATION.stream(500).forEach(h -> {
            String text = h.toString();
            assertThat(text).doesNotContain(h.kkNumber().orElseThrow().value());
            for (Person p : h.members()) {
                assertThat(text).doesNotContain(p.nik().value());
                p.name().ifPresent(name -> assertThat(text).doesNotContain(name));
            }
        });
    }

    @Test
    void duplicateShareZero_givesNoRepeatedNik() {
        SyntheticPopulation none =
                SyntheticPopulation.builder().seed(7).duplicateNikShare(0).build();
        Set<String> niks = new HashSet<>();
        none.stream(20_000)
                .forEach(h -> h.members()
                        .forEach(p -> assertThat(niks.add(p.nik().value())).isTrue()));
    }

    @Test
    void duplicateShareOne_makesEveryLaterHouseholdRepeatAnEarlierNik() {
        SyntheticPopulation all =
                SyntheticPopulation.builder().seed(7).duplicateNikShare(1).build();
        Set<String> earlier = new HashSet<>();
        List<Household> households = all.stream(1_000).toList();
        households.get(0).members().forEach(p -> earlier.add(p.nik().value()));
        for (Household h : households.subList(1, households.size())) {
            assertThat(h.members())
                    .anySatisfy(p -> assertThat(earlier).contains(p.nik().value()));
            h.members().forEach(p -> earlier.add(p.nik().value()));
        }
    }

    @Test
    void excludedShareZeroAndOne_giveNoneAndAll() {
        SyntheticPopulation none =
                SyntheticPopulation.builder().seed(7).excludedOccupationShare(0).build();
        SyntheticPopulation all =
                SyntheticPopulation.builder().seed(7).excludedOccupationShare(1).build();
        assertThat(none.stream(2_000).filter(HouseholdGeneratorTest::hasExcludedOccupation))
                .isEmpty();
        assertThat(all.stream(2_000)).allMatch(HouseholdGeneratorTest::hasExcludedOccupation);
    }
}
