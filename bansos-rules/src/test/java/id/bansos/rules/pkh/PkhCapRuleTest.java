package id.bansos.rules.pkh;

import static id.bansos.rules.Households.female;
import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.Household;
import id.bansos.model.Occupation;
import id.bansos.model.SchoolLevel;
import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.Engine;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.ParameterSpec;
import id.bansos.rules.Policies;
import id.bansos.rules.Programs;
import id.bansos.rules.Rules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PkhCapRuleTest {
    private static final LocalDate DATE = LocalDate.of(2024, 3, 1);

    /** Head, IBU_HAMIL 3.000.000, SMA 2.000.000, SMP 1.500.000, SD 900.000, SD 900.000. */
    private static Household five(Occupation headOccupation) {
        return household(
                null,
                male("1980-01-01").works(headOccupation),
                female("1990-01-01").pregnant(),
                male("2007-01-01").school(SchoolLevel.SMA),
                female("2011-01-01").school(SchoolLevel.SMP),
                male("2015-01-01").school(SchoolLevel.SD),
                female("2017-01-01").school(SchoolLevel.SD));
    }

    private static Decision pkh(Household h, ParameterSet set) {
        return Engine.create().evaluate(h, Programs.pkh(), set, DATE);
    }

    static final LegalBasis KEMENSOS_CAP = LegalBasis.builder()
            .instrument("Kemensos")
            .note("[S, secondary] at most four component persons per family; at most 2 young children, 1 elderly"
                    + " person and 1 person with a severe disability (Antara, Jul 2021); [P] the assignment that"
                    + " pays the most is chosen, then the one paying more members, then member order (POLICY-V2"
                    + " rule 6)")
            .build();

    static final List<ParameterUse> LIMIT_USES = List.of(
            ParameterUse.of("pkh.max_component_persons", "4", LocalDate.of(2019, 1, 1)),
            ParameterUse.of("pkh.max_persons.ANAK_USIA_DINI", "2", LocalDate.of(2019, 1, 1)),
            ParameterUse.of("pkh.max_persons.LANJUT_USIA", "1", LocalDate.of(2019, 1, 1)),
            ParameterUse.of("pkh.max_persons.DISABILITAS_BERAT", "1", LocalDate.of(2019, 1, 1)));

    @Test
    void overTheCap_givesBatasKomponenWithTheCountsTheLimitAndTheParameters() {
        Decision d = pkh(five(Occupation.LAINNYA), NationalPolicy.load());
        assertThat(Policies.reason(d, ReasonCode.BATAS_KOMPONEN))
                .isEqualTo(Reason.builder()
                        .code(ReasonCode.BATAS_KOMPONEN)
                        .rule("pkh.cap")
                        .legalBasis(KEMENSOS_CAP)
                        .putArgs("count", "5")
                        .putArgs("paid", "4")
                        .putArgs("cut", "1")
                        .putArgs("max", "4")
                        .putArgs("limit", "CAP")
                        .putArgs("components", "")
                        .addAllParameters(LIMIT_USES)
                        .build());
        assertThat(Policies.reason(d, ReasonCode.BATAS_KOMPONEN).args().keySet())
                .containsExactly("count", "paid", "cut", "max", "limit", "components");
    }

    @Test
    void aDistrictCapOfThree_cutsTwo() {
        ParameterSet set = Policies.nationalWith("pkh.max_component_persons", Integer.class, "2024-01-01", 3);
        Decision d = pkh(five(Occupation.LAINNYA), set);
        // IBU_HAMIL 3.000.000 + SMA 2.000.000 + SMP 1.500.000 = 6.500.000; per tahap 1.625.000.
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(6_500_000));
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.of(1_625_000));
        assertThat(d.components()).extracting(ComponentAward::paid).containsExactly(true, true, true, false, false);
        assertThat(Policies.reason(d, ReasonCode.BATAS_KOMPONEN).args())
                .containsEntry("cut", "2")
                .containsEntry("max", "3")
                .containsEntry("count", "5")
                .containsEntry("limit", "CAP");
    }

    @Test
    void exactlyAtTheCap_cutsNothingAndGivesNoReason() {
        ParameterSet set = Policies.nationalWith("pkh.max_component_persons", Integer.class, "2024-01-01", 5);
        Decision d = pkh(five(Occupation.LAINNYA), set);
        assertThat(d.reasonCodes()).doesNotContain(ReasonCode.BATAS_KOMPONEN);
        assertThat(d.components()).allMatch(ComponentAward::paid);
        // 3.000.000 + 2.000.000 + 1.500.000 + 900.000 + 900.000
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(8_300_000));
    }

    @Test
    void aCapOfNone_cutsNothing() {
        ParameterSet set = Policies.nationalWith("pkh.max_component_persons", Integer.class, "2024-01-01", null);
        Decision d = pkh(five(Occupation.LAINNYA), set);
        assertThat(d.reasonCodes()).doesNotContain(ReasonCode.BATAS_KOMPONEN);
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(8_300_000));
    }

    @Test
    void aCapOfZero_cutsEverything() {
        ParameterSet set = Policies.nationalWith("pkh.max_component_persons", Integer.class, "2024-01-01", 0);
        Decision d = pkh(five(Occupation.LAINNYA), set);
        assertThat(d.eligible()).isTrue();
        assertThat(d.components()).noneMatch(ComponentAward::paid);
        assertThat(d.annualAmount()).isEqualTo(Rupiah.ZERO);
        assertThat(Policies.reason(d, ReasonCode.BATAS_KOMPONEN).args()).containsEntry("cut", "5");
    }

    @Test
    void aNegativeCap_isRejectedWhenBound() {
        ParameterSet set = Policies.nationalWith("pkh.max_component_persons", Integer.class, "2024-01-01", -1);
        assertThatThrownBy(() -> Engine.create().prepare(Programs.pkh(), set, DATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pkh.max_component_persons must not be negative, got -1 on 2024-03-01");
    }

    @Test
    void aNotEligibleHousehold_isNotCapped() {
        Decision d = pkh(five(Occupation.ASN), NationalPolicy.load());
        assertThat(d.reasonCodes()).containsExactly(ReasonCode.EXCL_ASN_TNI_POLRI, ReasonCode.MEMENUHI_KOMPONEN);
        assertThat(d.components()).isEmpty();
    }

    @Test
    void rule_declaresTheCap() {
        assertThat(Rules.pkhCap().id()).isEqualTo("pkh.cap");
        assertThat(Rules.pkhCap().parameters())
                .containsExactly(
                        ParameterSpec.of("pkh.max_component_persons", Integer.class),
                        ParameterSpec.of("pkh.max_persons.ANAK_USIA_DINI", Integer.class),
                        ParameterSpec.of("pkh.max_persons.LANJUT_USIA", Integer.class),
                        ParameterSpec.of("pkh.max_persons.DISABILITAS_BERAT", Integer.class));
    }
}
