package id.bansos.model.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.bansos.model.decision.LegalBasis;
import id.bansos.model.money.Rupiah;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParameterTest {
    private static final LegalBasis NATIONAL =
            LegalBasis.builder().instrument("Permensos").number("1").year(2018).build();
    private static final LegalBasis DISTRICT =
            LegalBasis.builder().instrument("Perbup").note("[P] district layer").build();
    private static final LocalDate Y2019 = LocalDate.of(2019, 1, 1);
    private static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate EPOCH = LocalDate.of(2019, 1, 1);

    private static Parameter<Integer> minAge() {
        return Parameter.of(
                "pkh.lanjut_usia.min_age",
                Integer.class,
                List.of(DatedValue.of(Y2019, 60, NATIONAL), DatedValue.of(Y2020, 70, NATIONAL)));
    }

    private static Parameter<Integer> targetDesil() {
        return Parameter.of(
                "pkh.target_desil_max",
                Integer.class,
                List.of(DatedValue.none(Y2019, NATIONAL), DatedValue.of(LocalDate.of(2025, 4, 1), 4, NATIONAL)));
    }

    private static Parameter<Rupiah> sembako() {
        return Parameter.of(
                "sembako.monthly_amount",
                Rupiah.class,
                List.of(
                        DatedValue.of(Y2019, Rupiah.of(110_000), NATIONAL),
                        DatedValue.of(Y2020, Rupiah.of(150_000), NATIONAL),
                        DatedValue.of(LocalDate.of(2020, 3, 1), Rupiah.of(200_000), NATIONAL)));
    }

    @Test
    void of_keepsKeyTypeAndTimeline() {
        Parameter<Integer> p = minAge();
        assertThat(p.key()).isEqualTo("pkh.lanjut_usia.min_age");
        assertThat(p.type()).isEqualTo(Integer.class);
        assertThat(p.values()).containsExactly(DatedValue.of(Y2019, 60, NATIONAL), DatedValue.of(Y2020, 70, NATIONAL));
    }

    @Test
    void builder_buildsTheSameAsOf() {
        Parameter<Integer> built = Parameter.<Integer>builder()
                .key("pkh.lanjut_usia.min_age")
                .type(Integer.class)
                .addValues(DatedValue.of(Y2019, 60, NATIONAL))
                .addValues(DatedValue.of(Y2020, 70, NATIONAL))
                .build();
        assertThat(built).isEqualTo(minAge());
    }

    @ParameterizedTest
    @MethodSource("wellFormedKeys")
    void of_acceptsWellFormedKeys(String key) {
        assertThat(Parameter.of(key, Integer.class, List.of(DatedValue.of(Y2019, 1, NATIONAL)))
                        .key())
                .isEqualTo(key);
    }

    static Stream<String> wellFormedKeys() {
        return Stream.of(
                "a", "pkh", "pkh.index.IBU_HAMIL", "pkh.max_component_persons", "sembako.monthly_amount", "a1_b.C.9");
    }

    @ParameterizedTest
    @MethodSource("malformedKeys")
    void of_rejectsMalformedKeys(String key) {
        assertThatThrownBy(() -> Parameter.of(key, Integer.class, List.of(DatedValue.of(Y2019, 1, NATIONAL))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key must match [a-z][a-z0-9_]*(\\.[A-Za-z0-9_]+)*, got \"" + key + "\"");
    }

    static Stream<String> malformedKeys() {
        return Stream.of(
                "",
                "Pkh.index",
                "PKH",
                "1pkh",
                "_pkh",
                ".pkh",
                "pkh.",
                "pkh..index",
                "pkh.index-x",
                "pkh index",
                "pkh.ındex",
                "pkh/index",
                "pKh");
    }

    @Test
    void of_rejectsPrimitiveType() {
        assertThatThrownBy(() -> Parameter.of("a", int.class, List.of(DatedValue.of(Y2019, 1, NATIONAL))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("type must not be primitive, got int");
    }

    @Test
    void of_rejectsEmptyTimeline() {
        assertThatThrownBy(() -> Parameter.of("pkh.fixed_benefit", Rupiah.class, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter pkh.fixed_benefit must have at least one value");
    }

    @Test
    void of_rejectsTwoValuesFromTheSameDate() {
        assertThatThrownBy(() -> Parameter.of(
                        "pkh.max_component_persons",
                        Integer.class,
                        List.of(DatedValue.of(Y2019, 4, NATIONAL), DatedValue.of(Y2019, 5, NATIONAL))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter pkh.max_component_persons has two values from 2019-01-01");
    }

    @Test
    void of_rejectsNoneAndValueFromTheSameDate() {
        assertThatThrownBy(() -> Parameter.of(
                        "pkh.target_desil_max",
                        Integer.class,
                        List.of(DatedValue.of(Y2019, 4, NATIONAL), DatedValue.none(Y2019, NATIONAL))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter pkh.target_desil_max has two values from 2019-01-01");
    }

    @Test
    void of_rejectsDatesOutOfOrder() {
        assertThatThrownBy(() -> Parameter.of(
                        "pkh.lanjut_usia.min_age",
                        Integer.class,
                        List.of(
                                DatedValue.of(Y2019, 60, NATIONAL),
                                DatedValue.of(LocalDate.of(2021, 1, 1), 75, NATIONAL),
                                DatedValue.of(Y2020, 70, NATIONAL))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter pkh.lanjut_usia.min_age has a value from 2020-01-01 after one from 2021-01-01");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void of_rejectsAValueOfAnotherType() {
        List raw = List.of(DatedValue.of(Y2019, 60, NATIONAL), DatedValue.of(Y2020, "70", NATIONAL));
        assertThatThrownBy(() -> Parameter.of("pkh.lanjut_usia.min_age", Integer.class, raw))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter pkh.lanjut_usia.min_age has a value from 2020-01-01 of type java.lang.String,"
                        + " not java.lang.Integer");
    }

    @Test
    void of_rejectsNull() {
        List<DatedValue<Integer>> values = List.of(DatedValue.of(Y2019, 1, NATIONAL));
        assertThatThrownBy(() -> Parameter.of(null, Integer.class, values))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("key must not be null");
        assertThatThrownBy(() -> Parameter.of("a", null, values))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("type must not be null");
        assertThatThrownBy(() -> Parameter.of("a", Integer.class, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("values must not be null");
        assertThatThrownBy(() -> Parameter.of("a", Integer.class, Arrays.asList(values.get(0), null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("values element must not be null");
    }

    @Test
    void values_cannotBeModified() {
        List<DatedValue<Integer>> source = new ArrayList<>(List.of(DatedValue.of(Y2019, 60, NATIONAL)));
        Parameter<Integer> p = Parameter.of("a", Integer.class, source);
        source.add(DatedValue.of(Y2020, 70, NATIONAL));
        assertThat(p.values()).hasSize(1);
        assertThatThrownBy(() -> p.values().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    static Stream<Arguments> sembakoAmounts() {
        return Stream.of(
                Arguments.of(LocalDate.of(2019, 1, 1), 110_000L),
                Arguments.of(LocalDate.of(2019, 12, 31), 110_000L),
                Arguments.of(LocalDate.of(2020, 1, 1), 150_000L),
                Arguments.of(LocalDate.of(2020, 2, 29), 150_000L),
                Arguments.of(LocalDate.of(2020, 3, 1), 200_000L),
                Arguments.of(LocalDate.of(2024, 7, 15), 200_000L));
    }

    @ParameterizedTest
    @MethodSource("sembakoAmounts")
    void valueOn_holdsFromItsDateUntilTheNext(LocalDate date, long amount) {
        assertThat(sembako().valueOn(date)).isEqualTo(Rupiah.of(amount));
        assertThat(sembako().findValueOn(date)).contains(Rupiah.of(amount));
        assertThat(sembako().entryOn(date).value()).contains(Rupiah.of(amount));
    }

    @Test
    void entryOn_returnsTheWholeEntryInForce() {
        assertThat(sembako().entryOn(LocalDate.of(2020, 2, 29)))
                .isEqualTo(DatedValue.of(Y2020, Rupiah.of(150_000), NATIONAL));
        assertThat(targetDesil().entryOn(LocalDate.of(2024, 5, 1))).isEqualTo(DatedValue.none(Y2019, NATIONAL));
    }

    @Test
    void valueOn_beforeTheFirstDateThrowsMissingParameter() {
        assertThatThrownBy(() -> targetDesil().valueOn(LocalDate.of(2018, 12, 31)))
                .isInstanceOfSatisfying(MissingParameterException.class, e -> {
                    assertThat(e.key()).isEqualTo("pkh.target_desil_max");
                    assertThat(e.date()).isEqualTo(LocalDate.of(2018, 12, 31));
                    assertThat(e.reason()).isEqualTo(MissingParameterException.Reason.BEFORE_FIRST_VALUE);
                    assertThat(e.firstValueFrom()).contains(Y2019);
                })
                .hasMessage(
                        "parameter pkh.target_desil_max has no value on 2018-12-31 (its first value is from 2019-01-01)");
    }

    @Test
    void findValueOnAndEntryOn_beforeTheFirstDateThrowMissingParameter() {
        LocalDate before = LocalDate.of(2018, 12, 31);
        String message =
                "parameter pkh.target_desil_max has no value on 2018-12-31 (its first value is from 2019-01-01)";
        assertThatThrownBy(() -> targetDesil().findValueOn(before))
                .isInstanceOf(MissingParameterException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> targetDesil().entryOn(before))
                .isInstanceOf(MissingParameterException.class)
                .hasMessage(message);
    }

    @Test
    void valueOn_whereNoneThrowsMissingParameterNotInForce() {
        assertThatThrownBy(() -> targetDesil().valueOn(LocalDate.of(2024, 5, 1)))
                .isInstanceOfSatisfying(MissingParameterException.class, e -> {
                    assertThat(e.key()).isEqualTo("pkh.target_desil_max");
                    assertThat(e.date()).isEqualTo(LocalDate.of(2024, 5, 1));
                    assertThat(e.reason()).isEqualTo(MissingParameterException.Reason.NOT_IN_FORCE);
                })
                .hasMessage("parameter pkh.target_desil_max is not in force (none) on 2024-05-01");
    }

    @Test
    void findValueOn_isEmptyWhereNone() {
        assertThat(targetDesil().findValueOn(Y2019)).isEmpty();
        assertThat(targetDesil().findValueOn(LocalDate.of(2025, 3, 31))).isEmpty();
        assertThat(targetDesil().findValueOn(LocalDate.of(2025, 4, 1))).contains(4);
        assertThat(targetDesil().valueOn(LocalDate.of(2025, 4, 1))).isEqualTo(4);
    }

    @Test
    void lookups_rejectNullDate() {
        assertThatThrownBy(() -> minAge().entryOn(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("date must not be null");
        assertThatThrownBy(() -> minAge().findValueOn(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("date must not be null");
        assertThatThrownBy(() -> minAge().valueOn(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("date must not be null");
    }

    private static Parameter<Integer> districtMinAge(LocalDate from, int value) {
        return Parameter.of("pkh.lanjut_usia.min_age", Integer.class, List.of(DatedValue.of(from, value, DISTRICT)));
    }

    @Test
    void layeredOver_laterLayerKeepsTheEarlierTimelineBelow() {
        Parameter<Integer> layered =
                districtMinAge(LocalDate.of(2021, 1, 1), 65).layeredOver(minAge());
        assertThat(layered.valueOn(LocalDate.of(2019, 7, 1))).isEqualTo(60);
        assertThat(layered.valueOn(LocalDate.of(2020, 6, 1))).isEqualTo(70);
        assertThat(layered.valueOn(LocalDate.of(2020, 12, 31))).isEqualTo(70);
        assertThat(layered.valueOn(LocalDate.of(2021, 1, 1))).isEqualTo(65);
        assertThat(layered.valueOn(LocalDate.of(2022, 1, 1))).isEqualTo(65);
        assertThat(layered.values())
                .containsExactly(
                        DatedValue.of(Y2019, 60, NATIONAL),
                        DatedValue.of(Y2020, 70, NATIONAL),
                        DatedValue.of(LocalDate.of(2021, 1, 1), 65, DISTRICT));
    }

    @Test
    void layeredOver_earlierLayerReplacesEverythingBelowFromItsDate() {
        Parameter<Integer> layered =
                districtMinAge(LocalDate.of(2019, 6, 1), 65).layeredOver(minAge());
        assertThat(layered.valueOn(LocalDate.of(2019, 3, 1))).isEqualTo(60);
        assertThat(layered.valueOn(LocalDate.of(2019, 6, 1))).isEqualTo(65);
        assertThat(layered.valueOn(LocalDate.of(2020, 1, 1))).isEqualTo(65);
        assertThat(layered.valueOn(LocalDate.of(2022, 1, 1))).isEqualTo(65);
        assertThat(layered.values())
                .containsExactly(
                        DatedValue.of(Y2019, 60, NATIONAL), DatedValue.of(LocalDate.of(2019, 6, 1), 65, DISTRICT));
    }

    @Test
    void layeredOver_layerFromTheSameOrAnEarlierFirstDateReplacesAll() {
        assertThat(districtMinAge(Y2019, 65).layeredOver(minAge()).values())
                .containsExactly(DatedValue.of(Y2019, 65, DISTRICT));
        Parameter<Integer> earlier =
                districtMinAge(LocalDate.of(2018, 1, 1), 65).layeredOver(minAge());
        assertThat(earlier.values()).containsExactly(DatedValue.of(LocalDate.of(2018, 1, 1), 65, DISTRICT));
        assertThat(earlier.valueOn(LocalDate.of(2018, 6, 1))).isEqualTo(65);
    }

    @Test
    void layeredOver_layerCanSwitchARuleOff() {
        Parameter<Integer> off = Parameter.of(
                        "pkh.lanjut_usia.min_age",
                        Integer.class,
                        List.of(DatedValue.none(LocalDate.of(2023, 1, 1), DISTRICT)))
                .layeredOver(minAge());
        assertThat(off.findValueOn(LocalDate.of(2022, 12, 31))).contains(70);
        assertThat(off.findValueOn(LocalDate.of(2023, 1, 1))).isEmpty();
    }

    @Test
    void layeredOver_rejectsAnotherKey() {
        Parameter<Integer> other =
                Parameter.of("pkh.max_component_persons", Integer.class, List.of(DatedValue.of(Y2019, 4, NATIONAL)));
        assertThatThrownBy(() -> other.layeredOver(minAge()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot layer parameter pkh.max_component_persons over a different parameter"
                        + " pkh.lanjut_usia.min_age");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void layeredOver_rejectsAnotherType() {
        Parameter below =
                Parameter.of("pkh.lanjut_usia.min_age", Long.class, List.of(DatedValue.of(Y2019, 60L, NATIONAL)));
        assertThatThrownBy(() -> districtMinAge(Y2020, 65).layeredOver(below))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "parameter pkh.lanjut_usia.min_age has type java.lang.Integer in the layer but java.lang.Long"
                                + " below");
    }

    @Test
    void layeredOver_rejectsNull() {
        assertThatThrownBy(() -> minAge().layeredOver(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("below must not be null");
    }

    @Test
    void equalsAndHashCode_coverKeyTypeAndTimeline() {
        // The check method and factories never let a field be null.
        EqualsVerifier.forClass(ImmutableParameter.class)
                .withPrefabValues(
                        DatedValue.class, DatedValue.of(Y2019, 1, NATIONAL), DatedValue.of(Y2020, 2, DISTRICT))
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }

    @Test
    void valueOnReturnsLatestValueNotAfterDate() {
        qt().withFixedSeed(42L)
                .forAll(
                        lists().of(integers().between(0, 3650)).ofSizeBetween(1, 8),
                        lists().of(integers().all()).ofSize(8),
                        integers().between(-100, 4000))
                .checkAssert((offsets, values, query) -> {
                    Map<Integer, Integer> timeline = new TreeMap<>();
                    for (int i = 0; i < offsets.size(); i++) {
                        timeline.putIfAbsent(offsets.get(i), values.get(i));
                    }
                    List<DatedValue<Integer>> entries = new ArrayList<>();
                    timeline.forEach((day, value) -> entries.add(DatedValue.of(EPOCH.plusDays(day), value, NATIONAL)));
                    Parameter<Integer> p = Parameter.of("p", Integer.class, entries);
                    LocalDate date = EPOCH.plusDays(query);

                    Optional<Map.Entry<Integer, Integer>> expected = timeline.entrySet().stream()
                            .filter(e -> e.getKey() <= query)
                            .reduce((earlier, later) -> later);
                    if (expected.isPresent()) {
                        assertThat(p.valueOn(date)).isEqualTo(expected.get().getValue());
                        assertThat(p.entryOn(date).effectiveFrom())
                                .isEqualTo(EPOCH.plusDays(expected.get().getKey()));
                    } else {
                        assertThatThrownBy(() -> p.valueOn(date)).isInstanceOf(MissingParameterException.class);
                    }
                });
    }

    @Test
    void layeredFollowsTheLayerFromItsFirstDateAndTheBaseBefore() {
        qt().withFixedSeed(43L)
                .forAll(integers().between(-400, 1500), integers().between(-500, 1500))
                .checkAssert((layerStart, query) -> {
                    Parameter<Integer> base = minAge();
                    Parameter<Integer> layer = districtMinAge(EPOCH.plusDays(layerStart), 65);
                    Parameter<Integer> layered = layer.layeredOver(base);
                    LocalDate date = EPOCH.plusDays(query);
                    if (query >= layerStart) {
                        assertThat(layered.valueOn(date)).isEqualTo(65);
                    } else if (query >= 0) {
                        assertThat(layered.valueOn(date)).isEqualTo(base.valueOn(date));
                    } else {
                        assertThatThrownBy(() -> layered.valueOn(date)).isInstanceOf(MissingParameterException.class);
                    }
                });
    }
}
