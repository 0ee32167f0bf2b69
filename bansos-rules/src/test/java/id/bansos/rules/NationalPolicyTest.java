package id.bansos.rules;

import static id.bansos.rules.Households.female;
import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.io.InputException;
import id.bansos.model.Household;
import id.bansos.model.SchoolLevel;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Program;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NationalPolicyTest {
    private static final ParameterSet NATIONAL = NationalPolicy.load();

    /** POLICY-V1's table of dated parameters, entry by entry. */
    static Stream<Arguments> policyTable() {
        return Stream.of(
                Arguments.of("pkh.index.IBU_HAMIL", List.of("2019-01-01=2400000", "2020-01-01=3000000")),
                Arguments.of("pkh.index.ANAK_USIA_DINI", List.of("2019-01-01=2400000", "2020-01-01=3000000")),
                Arguments.of("pkh.index.SD", List.of("2019-01-01=900000")),
                Arguments.of("pkh.index.SMP", List.of("2019-01-01=1500000")),
                Arguments.of("pkh.index.SMA", List.of("2019-01-01=2000000")),
                Arguments.of("pkh.index.DISABILITAS_BERAT", List.of("2019-01-01=2400000")),
                Arguments.of("pkh.index.LANJUT_USIA", List.of("2019-01-01=2400000")),
                Arguments.of("pkh.fixed_benefit", List.of("2019-01-01=550000", "2020-01-01=0")),
                Arguments.of("pkh.max_component_persons", List.of("2019-01-01=4")),
                Arguments.of("pkh.lanjut_usia.min_age", List.of("2019-01-01=60", "2020-01-01=70")),
                Arguments.of("pkh.anak_usia_dini.max_age", List.of("2019-01-01=6")),
                Arguments.of("pkh.school.max_age", List.of("2019-01-01=21")),
                Arguments.of("pkh.target_desil_max", List.of("2019-01-01=none", "2025-04-01=4")),
                Arguments.of(
                        "sembako.monthly_amount",
                        List.of("2019-01-01=110000", "2020-01-01=150000", "2020-03-01=200000")),
                Arguments.of("sembako.target_desil_max", List.of("2019-01-01=none", "2025-04-01=4")),
                Arguments.of("pkh.commitment.min_share.SCHOOL_ATTENDANCE", List.of("2019-01-01=0.85")),
                Arguments.of("pkh.commitment.min_share.ANTENATAL_CHECK", List.of("2019-01-01=1")),
                Arguments.of("pkh.commitment.min_share.IMMUNISATION", List.of("2019-01-01=1")),
                Arguments.of("pkh.commitment.min_share.WEIGHING", List.of("2019-01-01=1")),
                Arguments.of("pkh.commitment.min_share.P2K2", List.of("2019-01-01=1")),
                Arguments.of("pkh.commitment.warning_after", List.of("2019-01-01=1")),
                Arguments.of("pkh.commitment.suspension_after", List.of("2019-01-01=2")),
                Arguments.of("pkh.commitment.termination_after", List.of("2019-01-01=3")),
                // 1.5 x the BPS national poverty line of each release, rounded down to the Rupiah:
                // 410.670 x 1.5 = 616.005; 458.947 x 1.5 = 688.420,5 -> 688.420; 582.932 x 1.5 = 874.398.
                Arguments.of(
                        "graduation.sejahtera.income_per_capita",
                        List.of(
                                "2019-01-01=616005",
                                "2019-07-15=637875",
                                "2020-01-15=660807",
                                "2020-07-15=681978",
                                "2021-02-15=688420",
                                "2021-07-15=708787",
                                "2022-01-17=729252",
                                "2022-07-15=758203",
                                "2023-01-16=803320",
                                "2023-07-17=825687",
                                "2024-07-01=874398")),
                Arguments.of("graduation.priority_years", List.of("2019-01-01=5")));
    }

    @ParameterizedTest
    @MethodSource("policyTable")
    void load_holdsEveryValueOfThePolicyTable(String key, List<String> entries) {
        List<String> actual = new ArrayList<>();
        for (DatedValue<?> v : NATIONAL.find(key).orElseThrow().values()) {
            actual.add(v.effectiveFrom() + "="
                    + v.value().map(ParameterValues::canonicalText).orElse("none"));
        }
        assertThat(actual).isEqualTo(entries);
    }

    @Test
    void load_holdsExactlyTheKeysOfTheTwoProgrammesAndTheLifecycle() {
        assertThat(NATIONAL.keys()).hasSize(25);
        List<String> declared = new ArrayList<>();
        for (ProgramDefinition p : Programs.national()) {
            p.parameters().forEach(s -> declared.add(s.key()));
        }
        LifecycleParameters.all().forEach(s -> declared.add(s.key()));
        assertThat(NATIONAL.keys()).containsExactlyInAnyOrderElementsOf(declared);
        for (ProgramDefinition p : Programs.national()) {
            p.parameters()
                    .forEach(
                            s -> assertThat(NATIONAL.find(s.key()).orElseThrow().type())
                                    .isEqualTo(s.type()));
        }
    }

    @Test
    void everyValue_hasALegalBasisWithAnHonestProvenanceMarker() {
        Pattern marker = Pattern.compile("\\[(S|I|P)[],]");
        for (Parameter<?> p : NATIONAL.parameters()) {
            for (DatedValue<?> v : p.values()) {
                assertThat(v.legalBasis().note())
                        .as(p.key() + " from " + v.effectiveFrom())
                        .hasValueSatisfying(
                                note -> assertThat(marker.matcher(note).find()).isTrue());
            }
        }
    }

    @Test
    void desilTarget_citesInpres4of2025() {
        DatedValue<?> v =
                NATIONAL.find("pkh.target_desil_max").orElseThrow().values().get(1);
        assertThat(v.legalBasis().instrument()).isEqualTo("Inpres");
        assertThat(v.legalBasis().number()).hasValue("4");
        assertThat(v.legalBasis().year()).hasValue(2025);
        assertThat(v.legalBasis().note().orElseThrow()).startsWith("[I, secondary]");
    }

    @Test
    void load_isReadOnceAndHasAStableVersion() {
        assertThat(NationalPolicy.load()).isSameAs(NATIONAL);
        assertThat(NATIONAL.version()).matches("[0-9a-f]{64}");
        assertThat(NationalPolicy.read("policy/pkh.yaml", Programs.pkh())
                        .layeredOver(NationalPolicy.read("policy/sembako.yaml", Programs.sembako()))
                        .layeredOver(NationalPolicy.readLifecycle()))
                .isEqualTo(NATIONAL);
    }

    @Test
    void read_failsLoudlyForAMissingResource() {
        assertThatThrownBy(() -> NationalPolicy.read("policy/missing.yaml", Programs.pkh()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("id/bansos/rules/policy/missing.yaml is missing from the jar");
    }

    /** Head, pregnant wife, SMA, SMP and SD children: four component persons. */
    private static Household fourComponents() {
        return household(
                null,
                male("1980-01-01"),
                female("1990-01-01").pregnant(),
                male("2007-01-01").school(SchoolLevel.SMA),
                female("2011-01-01").school(SchoolLevel.SMP),
                male("2015-01-01").school(SchoolLevel.SD));
    }

    @Test
    void aDistrictCapOfThree_changesAFourComponentFamilysAmountFromItsDate() throws URISyntaxException {
        ParameterSet district = NationalPolicy.layered(
                List.of(Programs.pkh()), List.of(DistrictProgrammeExampleTest.resource("district/cap3.yaml")));
        Engine engine = Engine.create();
        LocalDate march = LocalDate.of(2024, 3, 1);

        Decision national = engine.evaluate(fourComponents(), Programs.pkh(), NATIONAL, march);
        // 3.000.000 + 2.000.000 + 1.500.000 + 900.000 = 7.400.000; per tahap 1.850.000.
        assertThat(national.annualAmount()).isEqualTo(Rupiah.of(7_400_000));
        assertThat(national.amountPerPayment()).isEqualTo(Rupiah.of(1_850_000));

        Decision capped = engine.evaluate(fourComponents(), Programs.pkh(), district, march);
        // The SD 900.000 is cut: 6.500.000 a year, 1.625.000 per tahap.
        assertThat(capped.annualAmount()).isEqualTo(Rupiah.of(6_500_000));
        assertThat(capped.amountPerPayment()).isEqualTo(Rupiah.of(1_625_000));
        assertThat(Policies.reason(capped, ReasonCode.BATAS_KOMPONEN).parameters())
                .containsExactly(ParameterUse.of("pkh.max_component_persons", "3", LocalDate.of(2024, 1, 1)));
        assertThat(capped.policyVersion()).isEqualTo(district.version()).isNotEqualTo(national.policyVersion());

        Decision before = engine.evaluate(fourComponents(), Programs.pkh(), district, LocalDate.of(2023, 12, 31));
        assertThat(before.annualAmount()).isEqualTo(Rupiah.of(7_400_000));
    }

    @Test
    void aMisspeltKeyInADistrictFile_failsWithDidYouMean() throws URISyntaxException {
        Path typo = DistrictProgrammeExampleTest.resource("district/typo.yaml");
        assertThatThrownBy(() -> NationalPolicy.layered(List.of(Programs.pkh()), List.of(typo)))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.field()).hasValue("pkh.max_component_person");
                    assertThat(e.line()).hasValue(3);
                })
                .hasMessageEndingWith(
                        "pkh.max_component_person: unknown parameter (did you mean pkh.max_component_persons?)");
    }

    @Test
    void aDistrictKey_isUnknownUnlessItsProgrammeIsGiven() throws URISyntaxException {
        Path file = DistrictProgrammeExampleTest.resource("district/lansia-daerah.yaml");
        assertThatThrownBy(() -> NationalPolicy.layered(List.of(Programs.pkh()), List.of(file)))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("lansia_daerah.min_age: unknown parameter");
        ParameterSet set = NationalPolicy.layered(
                List.of(Programs.pkh(), DistrictProgrammeExampleTest.LANSIA_DAERAH), List.of(file));
        assertThat(set.get("lansia_daerah.min_age", Integer.class).valueOn(LocalDate.of(2024, 1, 1)))
                .isEqualTo(65);
        assertThat(set.get("lansia_daerah.annual_amount", Rupiah.class).valueOn(LocalDate.of(2024, 1, 1)))
                .isEqualTo(Rupiah.of(1_200_000));
        assertThat(set.keys()).containsAll(NATIONAL.keys());
    }

    @Test
    void layered_withNoFiles_isTheNationalPolicy() {
        assertThat(NationalPolicy.layered(Programs.national(), List.of())).isSameAs(NATIONAL);
    }

    @Test
    void layered_appliesLaterFilesOverEarlierOnes() throws URISyntaxException {
        Path cap3 = DistrictProgrammeExampleTest.resource("district/cap3.yaml");
        ParameterSet twice = NationalPolicy.layered(List.of(Programs.pkh()), List.of(cap3, cap3));
        assertThat(twice.get("pkh.max_component_persons", Integer.class).values())
                .extracting(DatedValue::effectiveFrom)
                .containsExactly(LocalDate.of(2019, 1, 1), LocalDate.of(2024, 1, 1));
    }

    @Test
    void readerFor_acceptsTheProgrammesKeysWithTheirTypes_andTheLifecycleKeys() {
        Map<String, Class<?>> keys =
                NationalPolicy.readerFor(List.of(Programs.sembako())).declaredKeys();
        assertThat(keys)
                .hasSize(2 + 10)
                .contains(
                        Map.entry("sembako.monthly_amount", Rupiah.class),
                        Map.entry("sembako.target_desil_max", Integer.class),
                        Map.entry("pkh.commitment.min_share.P2K2", BigDecimal.class),
                        Map.entry("graduation.sejahtera.income_per_capita", Rupiah.class),
                        Map.entry("graduation.priority_years", Integer.class));
    }

    @Test
    void readerFor_rejectsOneKeyWithTwoTypesAcrossProgrammes() {
        ProgramDefinition other = ProgramDefinition.of(
                Program.of("OTHER"),
                List.of(ProgramDefinitionTest.rule("other.rule", ParameterSpec.of("pkh.index.SD", Integer.class))));
        assertThatThrownBy(() -> NationalPolicy.readerFor(List.of(Programs.pkh(), other)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("programmes declare parameter pkh.index.SD with different types, Rupiah and Integer");
        assertThatThrownBy(() -> NationalPolicy.readerFor(null)).hasMessage("programs must not be null");
        assertThatThrownBy(() -> NationalPolicy.layered(Programs.national(), null))
                .hasMessage("files must not be null");
    }

    @Test
    void aLegalBasisFromTheFile_isKeptWhole() {
        DatedValue<?> sd =
                NATIONAL.find("pkh.school.max_age").orElseThrow().values().get(0);
        assertThat(sd.legalBasis())
                .isEqualTo(LegalBasis.builder()
                        .instrument("Permensos")
                        .number("1")
                        .year(2018)
                        .note("[I] school components for ages 6-21 who have not finished 12 years of school")
                        .build());
    }
}
