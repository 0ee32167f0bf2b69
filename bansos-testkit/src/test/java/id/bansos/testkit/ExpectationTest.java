package id.bansos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Component;
import id.bansos.model.program.Program;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class ExpectationTest {
    static final LegalBasis BASIS = LegalBasis.builder().instrument("Permensos").build();

    static ComponentAward award(int index, Component c, long amount, boolean paid) {
        return ComponentAward.builder()
                .memberIndex(index)
                .memberNikMasked("520801******000" + (index + 1))
                .component(c)
                .annualAmount(Rupiah.of(amount))
                .paid(paid)
                .build();
    }

    /** Eligible, 3.900.000 a year, 975.000 a tahap: IBU_HAMIL and SD paid, a second SD cut. */
    static final Decision DECISION = Decision.builder()
            .householdId("H1")
            .program(Program.PKH)
            .asOf(LocalDate.of(2024, 3, 1))
            .eligible(true)
            .annualAmount(Rupiah.of(3_900_000))
            .amountPerPayment(Rupiah.of(975_000))
            .addComponents(award(0, Component.SD, 900_000, true))
            .addComponents(award(1, Component.IBU_HAMIL, 3_000_000, true))
            .addComponents(award(2, Component.SD, 900_000, false))
            .addReasons(Reason.builder()
                    .code(ReasonCode.TIDAK_DIKECUALIKAN)
                    .rule("common.exclusion")
                    .legalBasis(BASIS)
                    .build())
            .addReasons(Reason.builder()
                    .code(ReasonCode.MEMENUHI_KOMPONEN)
                    .rule("pkh.component")
                    .legalBasis(BASIS)
                    .build())
            .policyVersion("p")
            .engineVersion("e")
            .build();

    @Test
    void check_isEmptyWhenEveryExpectationIsMet() {
        Expectation e = Expectation.builder()
                .eligible(true)
                .annualAmount(Rupiah.of(3_900_000))
                .amountPerPayment(Rupiah.of(975_000))
                .components(List.of(Component.IBU_HAMIL, Component.SD))
                .addReasons(ReasonCode.MEMENUHI_KOMPONEN)
                .build();
        assertThat(e.check(DECISION, "H1")).isEmpty();
    }

    @Test
    void check_reportsEachMismatchInKeyOrder() {
        Expectation e = Expectation.builder()
                .addReasons(ReasonCode.BATAS_KOMPONEN, ReasonCode.MEMENUHI_KOMPONEN)
                .components(List.of(Component.SD, Component.SD, Component.IBU_HAMIL))
                .amountPerPayment(Rupiah.of(1))
                .annualAmount(Rupiah.of(2))
                .eligible(false)
                .build();
        assertThat(e.check(DECISION, "H1"))
                .extracting(Mismatch::toString)
                .containsExactly(
                        "eligible: expected false, actual true",
                        "annual_amount: expected 2, actual 3900000",
                        "amount_per_payment: expected 1, actual 975000",
                        "components: expected [SD, SD, IBU_HAMIL], actual [SD, IBU_HAMIL]",
                        "reasons: expected [BATAS_KOMPONEN, MEMENUHI_KOMPONEN] among the reasons, actual"
                                + " [TIDAK_DIKECUALIKAN, MEMENUHI_KOMPONEN]");
    }

    @Test
    void check_comparesComponentsAsAMultisetOfPaidComponents() {
        assertThat(Expectation.builder()
                        .components(List.of(Component.IBU_HAMIL, Component.SD))
                        .build()
                        .check(DECISION, "H1"))
                .isEmpty();
        assertThat(Expectation.builder()
                        .components(List.of(Component.SD))
                        .build()
                        .check(DECISION, "H1"))
                .hasSize(1);
        assertThat(Expectation.builder().components(List.of()).build().check(DECISION, "H1"))
                .containsExactly(Mismatch.of("H1", "components", "[]", "[SD, IBU_HAMIL]"));
    }

    @Test
    void build_requiresAtLeastOneExpectation() {
        assertThatThrownBy(() -> Expectation.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expect must name at least one of eligible, annual_amount, amount_per_payment,"
                        + " components, reasons");
    }

    @Test
    void build_rejectsNegativeAmounts() {
        assertThatThrownBy(
                        () -> Expectation.builder().annualAmount(Rupiah.of(-1)).build())
                .hasMessage("annual_amount must not be negative, got -1");
        assertThatThrownBy(() ->
                        Expectation.builder().amountPerPayment(Rupiah.of(-2)).build())
                .hasMessage("amount_per_payment must not be negative, got -2");
    }

    @Test
    void build_copiesTheComponentList() {
        List<Component> mine = new ArrayList<>(List.of(Component.SD));
        Expectation e = Expectation.builder().components(mine).build();
        mine.add(Component.SMA);
        assertThat(e.components()).contains(List.of(Component.SD));
        assertThatThrownBy(() -> e.components().get().add(Component.SMP))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void check_rejectsNull() {
        Expectation e = Expectation.builder().eligible(true).build();
        assertThatThrownBy(() -> e.check(null, "H1")).hasMessage("decision must not be null");
        assertThatThrownBy(() -> e.check(DECISION, null)).hasMessage("householdId must not be null");
    }

    @Test
    void paidComponents_leavesOutThoseTheCapCut() {
        assertThat(Expectation.paidComponents(DECISION)).containsExactly(Component.SD, Component.IBU_HAMIL);
    }

    @Test
    void equalsAndHashCode() {
        EqualsVerifier.forClass(ImmutableExpectation.class)
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
