package id.bansos.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class HouseholdChangeTest {
    private static HouseholdChange.Builder cut() {
        return HouseholdChange.builder()
                .householdId("LIMA")
                .region(Rosters.TANJUNG_1)
                .eligibleBefore(true)
                .eligibleAfter(true)
                .annualAmountBefore(Rupiah.of(9_500_000))
                .annualAmountAfter(Rupiah.of(8_000_000))
                .amountPerPaymentBefore(Rupiah.of(2_375_000))
                .amountPerPaymentAfter(Rupiah.of(2_000_000))
                .addCauses("pkh.max_component_persons");
    }

    @Test
    void derived_differenceAndEligibilityChanges() {
        HouseholdChange c = cut().build();

        assertThat(c.difference()).isEqualTo(Rupiah.of(-1_500_000));
        assertThat(c.gainedEligibility()).isFalse();
        assertThat(c.lostEligibility()).isFalse();
        HouseholdChange lost = cut().eligibleAfter(false)
                .annualAmountAfter(Rupiah.ZERO)
                .amountPerPaymentAfter(Rupiah.ZERO)
                .primaryReasonAfter(ReasonCode.DESIL_DI_LUAR_SASARAN)
                .build();
        assertThat(lost.lostEligibility()).isTrue();
        assertThat(lost.gainedEligibility()).isFalse();
        assertThat(lost.difference()).isEqualTo(Rupiah.of(-9_500_000));
    }

    @Test
    void build_rejectsWhatIsNotAChange() {
        assertThatThrownBy(() -> cut().annualAmountAfter(Rupiah.of(9_500_000))
                        .amountPerPaymentAfter(Rupiah.of(2_375_000))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("householdChange must differ in eligibility or an amount");
    }

    @Test
    void build_rejectsInconsistentValues() {
        assertThatThrownBy(() -> HouseholdChange.builder()
                        .from(cut().build())
                        .causes(java.util.List.of())
                        .build())
                .hasMessage("causes must not be empty");
        assertThatThrownBy(() ->
                        cut().addCauses("pkh.index.SD", "pkh.fixed_benefit").build())
                .hasMessage("causes must be sorted, no key twice, got [pkh.max_component_persons, pkh.index.SD,"
                        + " pkh.fixed_benefit]");
        assertThatThrownBy(() -> cut().householdId(" ").build()).hasMessage("householdId must not be blank");
        assertThatThrownBy(() -> cut().eligibleAfter(false).build())
                .hasMessage("annualAmountAfter must be 0 when not eligible, got IDR 8000000");
        assertThatThrownBy(
                        () -> cut().primaryReasonBefore(ReasonCode.DATA_GANDA).build())
                .hasMessage("primaryReasonBefore must be empty when eligible, got Optional[DATA_GANDA]");
        assertThatThrownBy(() -> cut().amountPerPaymentBefore(Rupiah.of(-1)).build())
                .hasMessage("amountPerPaymentBefore must not be negative, got -1");
    }

    @Test
    void equalsContract() {
        EqualsVerifier.forClass(ImmutableHouseholdChange.class)
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
