package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.Provenance;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Program;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NationalPolicyTest {
    private static final ParameterSet NATIONAL = NationalPolicy.load();

    /** POLICY-V2's table of dated parameters, entry by entry. */
    static Stream<Arguments> policyTable() {
        return Stream.of(
                Arguments.of(
                        "pkh.index.IBU_HAMIL",
                        List.of(
                                "2019-01-01=2400000",
                                "2020-01-01=3000000",
                                "2020-04-01=3750000",
                                "2021-01-01=3000000")),
                Arguments.of(
                        "pkh.index.ANAK_USIA_DINI",
                        List.of(
                                "2019-01-01=2400000",
                                "2020-01-01=3000000",
                                "2020-04-01=3750000",
                                "2021-01-01=3000000")),
                Arguments.of("pkh.index.SD", List.of("2019-01-01=900000", "2020-04-01=1125000", "2021-01-01=900000")),
                Arguments.of(
                        "pkh.index.SMP", List.of("2019-01-01=1500000", "2020-04-01=1875000", "2021-01-01=1500000")),
                Arguments.of(
                        "pkh.index.SMA", List.of("2019-01-01=2000000", "2020-04-01=2500000", "2021-01-01=2000000")),
                Arguments.of(
                        "pkh.index.DISABILITAS_BERAT",
                        List.of("2019-01-01=2400000", "2020-04-01=3000000", "2021-01-01=2400000")),
                Arguments.of(
                        "pkh.index.LANJUT_USIA",
                        List.of("2019-01-01=2400000", "2020-04-01=3000000", "2021-01-01=2400000")),
                Arguments.of(
                        "pkh.payment_schedule", List.of("2019-01-01=TAHAP", "2020-04-01=MONTHLY", "2021-01-01=TAHAP")),
                Arguments.of("pkh.fixed_benefit", List.of("2019-01-01=550000", "2020-01-01=0")),
                Arguments.of("pkh.max_component_persons", List.of("2019-01-01=4")),
                Arguments.of("pkh.max_persons.ANAK_USIA_DINI", List.of("2019-01-01=2")),
                Arguments.of("pkh.max_persons.LANJUT_USIA", List.of("2019-01-01=1")),
                Arguments.of("pkh.max_persons.DISABILITAS_BERAT", List.of("2019-01-01=1")),
                Arguments.of("pkh.ibu_hamil.max_pregnancy_order", List.of("2019-01-01=2")),
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
                Arguments.of("graduation.priority_years", List.of("2019-01-01=5")),
                Arguments.of("replacement.reentry_lockout_months", List.of("2019-01-01=12")));
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
        assertThat(NATIONAL.keys()).hasSize(31);
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
    void everyValue_hasALegalBasisWithItsProvenanceAsData_andNoMarkerLeftInANote() {
        for (Parameter<?> p : NATIONAL.parameters()) {
            for (DatedValue<?> v : p.values()) {
                assertThat(v.legalBasis().provenance())
                        .as(p.key() + " from " + v.effectiveFrom())
                        .isNotEmpty()
                        .allSatisfy(e -> assertThat(e.text()).isNotBlank().doesNotContain("[S", "[I]", "[P]"));
                assertThat(v.legalBasis().note()).as(p.key() + " note").isEmpty();
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
        assertThat(v.legalBasis().provenance())
                .containsExactly(Provenance.of(
                        Provenance.Grade.I,
                        true,
                        "DTSEN replaced DTKS for PKH from triwulan II 2025 (Kompas, May 2025); target desil 1-4"));
    }

    @Test
    void load_isReadOnceAndHasAStableVersion() {
        assertThat(NationalPolicy.load()).isSameAs(NATIONAL);
        assertThat(NATIONAL.version()).matches("[0-9a-f]{64}");
    }

    @Test
    void parameterTypes_acceptsTheProgrammesKeysWithTheirTypes_andTheLifecycleKeys() {
        Map<String, Class<?>> keys = NationalPolicy.parameterTypes(List.of(Programs.sembako()));
        assertThat(keys)
                .hasSize(2 + 11)
                .contains(
                        Map.entry("sembako.monthly_amount", Rupiah.class),
                        Map.entry("sembako.target_desil_max", Integer.class),
                        Map.entry("pkh.commitment.min_share.P2K2", BigDecimal.class),
                        Map.entry("graduation.sejahtera.income_per_capita", Rupiah.class),
                        Map.entry("graduation.priority_years", Integer.class),
                        Map.entry("replacement.reentry_lockout_months", Integer.class));
    }

    @Test
    void parameterTypes_rejectsOneKeyWithTwoTypesAcrossProgrammes() {
        ProgramDefinition other = ProgramDefinition.of(
                Program.of("OTHER"),
                List.of(ProgramDefinitionTest.rule("other.rule", ParameterSpec.of("pkh.index.SD", Integer.class))));
        assertThatThrownBy(() -> NationalPolicy.parameterTypes(List.of(Programs.pkh(), other)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("programmes declare parameter pkh.index.SD with different types, Rupiah and Integer");
        assertThatThrownBy(() -> NationalPolicy.parameterTypes(null)).hasMessage("programs must not be null");
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
