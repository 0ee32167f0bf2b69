package id.bansos.rules.pkh;

import static id.bansos.rules.Households.female;
import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.model.Household;
import id.bansos.model.SchoolLevel;
import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Provenance;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Component;
import id.bansos.rules.Engine;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.ParameterSpec;
import id.bansos.rules.Policies;
import id.bansos.rules.Programs;
import id.bansos.rules.Rules;
import id.bansos.rules.internal.LegalBases;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PkhComponentRuleTest {
    private static final LocalDate DATE = LocalDate.of(2024, 3, 1);
    private static final LocalDate Y2019 = LocalDate.of(2019, 1, 1);
    private static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
    // The 2021 lists brought every index back after the COVID months of 2020 (POLICY-V2).
    private static final LocalDate Y2021 = LocalDate.of(2021, 1, 1);

    /** Every parameter the rule reads, on 2024-03-01, in declaration order. */
    private static final List<ParameterUse> USES_2024 = List.of(
            ParameterUse.of("pkh.index.IBU_HAMIL", "3000000", Y2021),
            ParameterUse.of("pkh.index.ANAK_USIA_DINI", "3000000", Y2021),
            ParameterUse.of("pkh.index.SD", "900000", Y2021),
            ParameterUse.of("pkh.index.SMP", "1500000", Y2021),
            ParameterUse.of("pkh.index.SMA", "2000000", Y2021),
            ParameterUse.of("pkh.index.DISABILITAS_BERAT", "2400000", Y2021),
            ParameterUse.of("pkh.index.LANJUT_USIA", "2400000", Y2021),
            ParameterUse.of("pkh.anak_usia_dini.max_age", "6", Y2019),
            ParameterUse.of("pkh.school.max_age", "21", Y2019),
            ParameterUse.of("pkh.lanjut_usia.min_age", "70", Y2020),
            ParameterUse.of("pkh.ibu_hamil.max_pregnancy_order", "2", Y2019));

    private static Decision pkh(Household h, ParameterSet set) {
        return Engine.create().evaluate(h, Programs.pkh(), set, DATE);
    }

    @Test
    void componentPersons_giveMemenuhiKomponenWithTheCountAndEveryParameterRead() {
        Decision d = pkh(
                household(
                        null,
                        male("1980-01-01"),
                        female("1990-01-01").pregnant(),
                        male("2015-01-01").school(SchoolLevel.SD)),
                NationalPolicy.load());
        assertThat(Policies.reason(d, ReasonCode.MEMENUHI_KOMPONEN))
                .isEqualTo(Reason.builder()
                        .code(ReasonCode.MEMENUHI_KOMPONEN)
                        .rule("pkh.component")
                        .legalBasis(LegalBases.PKH_COMPONENT)
                        .putArgs("count", "2")
                        .addAllParameters(USES_2024)
                        .build());
        assertThat(LegalBases.PKH_COMPONENT.instrument()).isEqualTo("Permensos");
        assertThat(LegalBases.PKH_COMPONENT.number()).hasValue("1");
        assertThat(LegalBases.PKH_COMPONENT.year()).hasValue(2018);
        assertThat(LegalBases.PKH_COMPONENT.provenance())
                .extracting(Provenance::grade)
                .containsExactly(Provenance.Grade.S, Provenance.Grade.P);
    }

    @Test
    void componentAwards_carryTheMaskedNikAndTheIndexValue() {
        Household h = household(
                null,
                male("1980-01-01"),
                female("1990-01-01").pregnant(),
                male("2015-01-01").school(SchoolLevel.SD));
        Decision d = pkh(h, NationalPolicy.load());
        assertThat(d.components())
                .containsExactly(
                        ComponentAward.builder()
                                .memberIndex(1)
                                .memberNikMasked("327301******0002")
                                .component(Component.IBU_HAMIL)
                                .annualAmount(Rupiah.of(3_000_000))
                                .paid(true)
                                .build(),
                        ComponentAward.builder()
                                .memberIndex(2)
                                .memberNikMasked("327301******0003")
                                .component(Component.SD)
                                .annualAmount(Rupiah.of(900_000))
                                .paid(true)
                                .build());
        assertThat(d.components().get(0).memberNikMasked())
                .isEqualTo(h.members().get(1).nik().masked());
    }

    @Test
    void noComponentPerson_givesTidakAdaKomponenWithoutArgs() {
        Decision d = pkh(household(null, male("1980-01-01")), NationalPolicy.load());
        assertThat(Policies.reason(d, ReasonCode.TIDAK_ADA_KOMPONEN))
                .isEqualTo(Reason.builder()
                        .code(ReasonCode.TIDAK_ADA_KOMPONEN)
                        .rule("pkh.component")
                        .legalBasis(LegalBases.PKH_COMPONENT)
                        .addAllParameters(USES_2024)
                        .build());
    }

    @Test
    void eachSchoolLevel_givesItsComponent() {
        Decision d = pkh(
                household(
                        null,
                        male("1980-01-01"),
                        male("2008-01-01").school(SchoolLevel.SMA),
                        male("2011-01-01").school(SchoolLevel.SMP),
                        male("2016-01-01").school(SchoolLevel.SD)),
                NationalPolicy.load());
        assertThat(d.components())
                .extracting(ComponentAward::component)
                .containsExactly(Component.SMA, Component.SMP, Component.SD);
        assertThat(d.components())
                .extracting(ComponentAward::annualAmount)
                .containsExactly(Rupiah.of(2_000_000), Rupiah.of(1_500_000), Rupiah.of(900_000));
    }

    @Test
    void aHigherSchoolIndexBeatsDisability() {
        // A district raises SMA above DISABILITAS_BERAT: the disabled SMA pupil counts as SMA.
        ParameterSet set = Policies.nationalWith("pkh.index.SMA", Rupiah.class, "2024-01-01", Rupiah.of(2_500_000));
        Decision d = pkh(
                household(
                        null,
                        male("1980-01-01"),
                        male("2008-01-01").school(SchoolLevel.SMA).disabled()),
                set);
        assertThat(d.components()).extracting(ComponentAward::component).containsExactly(Component.SMA);
    }

    @Test
    void anIndexOfNone_switchesThatComponentOff() {
        ParameterSet set = Policies.nationalWith("pkh.index.SD", Rupiah.class, "2024-01-01", null);
        Decision sdOnly =
                pkh(household(null, male("1980-01-01"), male("2016-01-01").school(SchoolLevel.SD)), set);
        assertThat(sdOnly.reasonCodes()).contains(ReasonCode.TIDAK_ADA_KOMPONEN);
        assertThat(Policies.reason(sdOnly, ReasonCode.TIDAK_ADA_KOMPONEN).parameters())
                .contains(ParameterUse.of("pkh.index.SD", "none", LocalDate.of(2024, 1, 1)));
        Decision disabled = pkh(
                household(
                        null,
                        male("1980-01-01"),
                        male("2016-01-01").school(SchoolLevel.SD).disabled()),
                set);
        assertThat(disabled.components())
                .extracting(ComponentAward::component)
                .containsExactly(Component.DISABILITAS_BERAT);
    }

    @Test
    void anIndexOfZero_stillCountsAsAComponent() {
        ParameterSet set = Policies.nationalWith("pkh.index.SD", Rupiah.class, "2024-01-01", Rupiah.ZERO);
        Decision d = pkh(household(null, male("1980-01-01"), male("2016-01-01").school(SchoolLevel.SD)), set);
        assertThat(d.eligible()).isTrue();
        assertThat(d.components()).extracting(ComponentAward::annualAmount).containsExactly(Rupiah.ZERO);
    }

    @Test
    void anAgeLimitOfNone_switchesItsComponentsOff() {
        Household young = household(null, male("1980-01-01"), female("2022-01-01"));
        assertThat(pkh(young, Policies.nationalWith("pkh.anak_usia_dini.max_age", Integer.class, "2024-01-01", null))
                        .components())
                .isEmpty();
        Household pupil =
                household(null, male("1980-01-01"), female("2016-01-01").school(SchoolLevel.SD));
        assertThat(pkh(pupil, Policies.nationalWith("pkh.school.max_age", Integer.class, "2024-01-01", null))
                        .components())
                .isEmpty();
        Household elder = household(null, male("1930-01-01"));
        assertThat(pkh(elder, Policies.nationalWith("pkh.lanjut_usia.min_age", Integer.class, "2024-01-01", null))
                        .components())
                .isEmpty();
        assertThat(pkh(elder, NationalPolicy.load()).components())
                .extracting(ComponentAward::component)
                .containsExactly(Component.LANJUT_USIA);
    }

    @Test
    void anAgeLimitOfZero_letsOnlyNewbornsBeAnakUsiaDini() {
        ParameterSet set = Policies.nationalWith("pkh.anak_usia_dini.max_age", Integer.class, "2024-01-01", 0);
        assertThat(pkh(household(null, male("1980-01-01"), female("2023-06-01")), set)
                        .components())
                .extracting(ComponentAward::component)
                .containsExactly(Component.ANAK_USIA_DINI);
        assertThat(pkh(household(null, male("1980-01-01"), female("2023-03-01")), set)
                        .components())
                .isEmpty();
    }

    @Test
    void aPregnantWomanInSchool_qualifiesForBothAndIsPaidIbuHamil() {
        Decision d = pkh(
                household(
                        null,
                        male("1980-01-01"),
                        female("2006-01-01").school(SchoolLevel.SMA).pregnant()),
                NationalPolicy.load());
        assertThat(d.components()).extracting(ComponentAward::component).containsExactly(Component.IBU_HAMIL);
    }

    @Test
    void rule_declaresElevenParametersInOrder() {
        assertThat(Rules.pkhComponent().id()).isEqualTo("pkh.component");
        assertThat(Rules.pkhComponent().parameters())
                .extracting(ParameterSpec::toString)
                .containsExactly(
                        "pkh.index.IBU_HAMIL: Rupiah",
                        "pkh.index.ANAK_USIA_DINI: Rupiah",
                        "pkh.index.SD: Rupiah",
                        "pkh.index.SMP: Rupiah",
                        "pkh.index.SMA: Rupiah",
                        "pkh.index.DISABILITAS_BERAT: Rupiah",
                        "pkh.index.LANJUT_USIA: Rupiah",
                        "pkh.anak_usia_dini.max_age: Integer",
                        "pkh.school.max_age: Integer",
                        "pkh.lanjut_usia.min_age: Integer",
                        "pkh.ibu_hamil.max_pregnancy_order: Integer");
    }
}
