package id.bansos.rules;

import static id.bansos.rules.Households.female;
import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.Household;
import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Component;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    private static final LocalDate DATE = LocalDate.of(2024, 3, 1);
    private static final Household FAMILY = household(null, male("1980-03-01"), female("2016-02-29"));
    private static final Rule RULE = Rules.desil("district.test", "district.max", Policies.PERBUP);

    private static Evaluation fresh() {
        return Evaluation.of(FAMILY, DATE, RULE);
    }

    @Test
    void of_startsEligibleAndEmpty() {
        Evaluation e = fresh();
        assertThat(e.household()).isSameAs(FAMILY);
        assertThat(e.asOf()).isEqualTo(DATE);
        assertThat(e.isEligible()).isTrue();
        assertThat(e.reasons()).isEmpty();
        assertThat(e.components()).isEmpty();
        assertThat(e.annualAmount()).isEqualTo(Rupiah.ZERO);
        assertThat(e.amountPerPayment()).isEqualTo(Rupiah.ZERO);
        assertThat(e.isStopped()).isFalse();
    }

    @Test
    void ageOf_countsWholeYearsOnTheDate() {
        Evaluation e = fresh();
        assertThat(e.ageOf(0)).isEqualTo(44); // 1980-03-01 to 2024-03-01
        assertThat(e.ageOf(0)).isEqualTo(44);
        assertThat(e.ageOf(1)).isEqualTo(8); // 2016-02-29 to 2024-03-01 (2024-02-29 is the 8th birthday)
        assertThat(Evaluation.of(FAMILY, LocalDate.of(2024, 2, 28), RULE).ageOf(1))
                .isEqualTo(7);
        assertThatThrownBy(() -> e.ageOf(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void addReason_namesTheCurrentRuleAndItsBasis() {
        Evaluation e = fresh();
        ParameterUse use = ParameterUse.of("district.max", "4", DATE);
        e.addReason(ReasonCode.DESIL_DALAM_SASARAN, Map.of("desil", "2"), List.of(use));
        assertThat(e.reasons())
                .containsExactly(Reason.builder()
                        .code(ReasonCode.DESIL_DALAM_SASARAN)
                        .rule("district.test")
                        .legalBasis(Policies.PERBUP)
                        .putArgs("desil", "2")
                        .addParameters(use)
                        .build());
        assertThat(e.isEligible()).isTrue();
    }

    @Test
    void addReason_withANegativeOrDistrictCode_makesTheHouseholdNotEligible() {
        Evaluation e = fresh();
        e.addReason(ReasonCode.of("TIDAK_HADIR_P2K2"), Map.of(), List.of());
        assertThat(e.isEligible()).isFalse();
        e.addReason(ReasonCode.TIDAK_DIKECUALIKAN, Map.of(), List.of());
        assertThat(e.isEligible()).isFalse();
    }

    @Test
    void addReason_rejectsASecondReasonWithTheSameCode() {
        Evaluation e = fresh();
        e.addReason(ReasonCode.MENINGGAL, Map.of(), List.of());
        assertThatThrownBy(() -> e.addReason(ReasonCode.MENINGGAL, Map.of(), List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rule district.test adds reason MENINGGAL, which rule district.test already gave");
        assertThat(e.reasons()).hasSize(1);
    }

    @Test
    void addReason_rejectsAReasonOfAnotherRule() {
        Reason other = Reason.builder()
                .code(ReasonCode.MENINGGAL)
                .rule("pkh.meninggal")
                .legalBasis(Policies.PERBUP)
                .build();
        assertThatThrownBy(() -> fresh().addReason(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule district.test must not add a reason of rule pkh.meninggal");
    }

    @Test
    void addReason_rejectsNulls() {
        Evaluation e = fresh();
        assertThatThrownBy(() -> e.addReason(null, Map.of(), List.of())).hasMessage("code must not be null");
        assertThatThrownBy(() -> e.addReason(ReasonCode.MENINGGAL, null, List.of()))
                .hasMessage("args must not be null");
        assertThatThrownBy(() -> e.addReason(ReasonCode.MENINGGAL, Map.of(), null))
                .hasMessage("parameters must not be null");
        assertThatThrownBy(() -> e.addReason(null)).hasMessage("reason must not be null");
    }

    @Test
    void addComponent_addsAPaidAwardWithTheMaskedNik() {
        Evaluation e = fresh();
        e.addComponent(1, Component.ANAK_USIA_DINI, Rupiah.of(3_000_000));
        assertThat(e.components())
                .containsExactly(ComponentAward.builder()
                        .memberIndex(1)
                        .memberNikMasked("327301******0002")
                        .component(Component.ANAK_USIA_DINI)
                        .annualAmount(Rupiah.of(3_000_000))
                        .paid(true)
                        .build());
        assertThatThrownBy(() -> e.components().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void addComponent_rejectsASecondComponentForAMemberAndBadArguments() {
        Evaluation e = fresh();
        e.addComponent(1, Component.SD, Rupiah.of(900_000));
        assertThatThrownBy(() -> e.addComponent(1, Component.SMP, Rupiah.of(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("member 1 already has a component");
        assertThatThrownBy(() -> e.addComponent(5, Component.SD, Rupiah.of(1)))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> e.addComponent(0, null, Rupiah.of(1))).hasMessage("component must not be null");
        assertThatThrownBy(() -> e.addComponent(0, Component.SD, null)).hasMessage("annualAmount must not be null");
        assertThatThrownBy(() -> e.addComponent(0, Component.SD, Rupiah.of(-1)))
                .hasMessage("annual_amount must not be negative, got -1");
    }

    @Test
    void cutComponent_marksItNotPaidAndKeepsTheRest() {
        Evaluation e = fresh();
        e.addComponent(0, Component.DISABILITAS_BERAT, Rupiah.of(2_400_000));
        e.addComponent(1, Component.ANAK_USIA_DINI, Rupiah.of(3_000_000));
        e.cutComponent(0);
        assertThat(e.components()).extracting(ComponentAward::paid).containsExactly(false, true);
        assertThat(e.components().get(0).component()).isEqualTo(Component.DISABILITAS_BERAT);
        assertThat(e.components().get(0).annualAmount()).isEqualTo(Rupiah.of(2_400_000));
        assertThat(e.components().get(0).memberIndex()).isZero();
        assertThat(e.components().get(0).memberNikMasked()).isEqualTo("327301******0001");
    }

    @Test
    void setAmounts_keepsThemAndRejectsNegatives() {
        Evaluation e = fresh();
        e.setAmounts(Rupiah.of(1_200_000), Rupiah.of(100_000));
        assertThat(e.annualAmount()).isEqualTo(Rupiah.of(1_200_000));
        assertThat(e.amountPerPayment()).isEqualTo(Rupiah.of(100_000));
        assertThatThrownBy(() -> e.setAmounts(Rupiah.of(-1), Rupiah.ZERO))
                .hasMessage("annual must not be negative, got -1");
        assertThatThrownBy(() -> e.setAmounts(Rupiah.ZERO, Rupiah.of(-2)))
                .hasMessage("perPayment must not be negative, got -2");
        assertThatThrownBy(() -> e.setAmounts(null, Rupiah.ZERO)).hasMessage("annual must not be null");
        assertThatThrownBy(() -> e.setAmounts(Rupiah.ZERO, null)).hasMessage("perPayment must not be null");
    }

    @Test
    void stop_isRemembered() {
        Evaluation e = fresh();
        e.stop();
        assertThat(e.isStopped()).isTrue();
    }

    @Test
    void of_rejectsNulls() {
        assertThatThrownBy(() -> Evaluation.of(null, DATE, RULE)).hasMessage("household must not be null");
        assertThatThrownBy(() -> Evaluation.of(FAMILY, null, RULE)).hasMessage("asOf must not be null");
        assertThatThrownBy(() -> Evaluation.of(FAMILY, DATE, null)).hasMessage("rule must not be null");
    }
}
