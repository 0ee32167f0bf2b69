package id.bansos.rules;

import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.SchoolLevel;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateNikTest {
    private static final Decision ELIGIBLE = Engine.create()
            .evaluate(
                    household(null, male("1980-01-01"), male("2015-01-01").school(SchoolLevel.SD)),
                    Programs.pkh(),
                    NationalPolicy.load(),
                    LocalDate.of(2024, 3, 1));

    @Test
    void apply_makesTheDecisionNotEligibleWithDataGandaLast() {
        Decision d = DuplicateNik.apply(ELIGIBLE, List.of("H7", "H9"), 2);
        assertThat(d.eligible()).isFalse();
        assertThat(d.annualAmount()).isEqualTo(Rupiah.ZERO);
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.ZERO);
        assertThat(d.components()).isEmpty();
        // JUMLAH_BANTUAN of the eligible decision is dropped: only an eligible decision carries it.
        assertThat(ELIGIBLE.reasonCodes())
                .containsExactly(
                        ReasonCode.TIDAK_DIKECUALIKAN, ReasonCode.MEMENUHI_KOMPONEN, ReasonCode.JUMLAH_BANTUAN);
        assertThat(d.reasonCodes())
                .containsExactly(ReasonCode.TIDAK_DIKECUALIKAN, ReasonCode.MEMENUHI_KOMPONEN, ReasonCode.DATA_GANDA);
        assertThat(d.reasons().get(2))
                .isEqualTo(Reason.builder()
                        .code(ReasonCode.DATA_GANDA)
                        .rule("common.data_ganda")
                        .legalBasis(LegalBasis.builder()
                                .instrument("Kemensos")
                                .note("[I] a NIK in two families is not paid twice; the instrument in force before"
                                        + " 2025 was not found, so no number or year is cited")
                                .build())
                        .putArgs("others", "H7, H9")
                        .putArgs("total", "2")
                        .build());
        assertThat(d.householdId()).isEqualTo(ELIGIBLE.householdId());
        assertThat(d.program()).isEqualTo(ELIGIBLE.program());
        assertThat(d.asOf()).isEqualTo(ELIGIBLE.asOf());
        assertThat(d.policyVersion()).isEqualTo(ELIGIBLE.policyVersion());
        assertThat(d.engineVersion()).isEqualTo(ELIGIBLE.engineVersion());
        assertThat(d.primaryReason()).hasValue(ReasonCode.DATA_GANDA);
    }

    @Test
    void apply_namesAtMostTenOthersAndTheTotal() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            ids.add("H" + i);
        }
        Decision d = DuplicateNik.apply(ELIGIBLE, ids, 15);
        assertThat(d.reasons().get(2).args())
                .containsEntry("others", "H1, H2, H3, H4, H5, H6, H7, H8, H9, H10")
                .containsEntry("total", "15");
        assertThat(DuplicateNik.MAX_LISTED).isEqualTo(10);
    }

    @Test
    void legalBasis_isKepmensos79Of2025OnlyFrom2025() {
        assertThat(DuplicateNik.legalBasisOn(LocalDate.of(2024, 12, 31)).year()).isEmpty();
        assertThat(DuplicateNik.legalBasisOn(LocalDate.of(2025, 1, 1)))
                .isEqualTo(DuplicateNik.legalBasis())
                .extracting(b -> b.instrument() + " " + b.number().orElseThrow() + "/"
                        + b.year().orElseThrow())
                .isEqualTo("Kepmensos 79/2025");
    }

    @Test
    void apply_rejectsBadArguments() {
        assertThatThrownBy(() -> DuplicateNik.apply(ELIGIBLE, List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("otherHouseholdIds must not be empty");
        assertThatThrownBy(() -> DuplicateNik.apply(ELIGIBLE, List.of("H1", "H2"), 1))
                .hasMessage("total must be at least the number of other household ids (2), got 1");
        assertThatThrownBy(() -> DuplicateNik.apply(ELIGIBLE, List.of(" "), 1))
                .hasMessage("otherHouseholdIds element must not be blank");
        Decision once = DuplicateNik.apply(ELIGIBLE, List.of("H1"), 1);
        assertThatThrownBy(() -> DuplicateNik.apply(once, List.of("H1"), 1))
                .hasMessage("decision already has DATA_GANDA");
        assertThatThrownBy(() -> DuplicateNik.apply(null, List.of("H1"), 1)).hasMessage("decision must not be null");
        assertThatThrownBy(() -> DuplicateNik.apply(ELIGIBLE, null, 1))
                .hasMessage("otherHouseholdIds must not be null");
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> DuplicateNik.apply(ELIGIBLE, withNull, 1))
                .hasMessage("otherHouseholdIds element must not be null");
    }

    @Test
    void legalBasis_isTheExclusionDecree() {
        assertThat(DuplicateNik.legalBasis().instrument()).isEqualTo("Kepmensos");
        assertThat(DuplicateNik.legalBasis().number()).hasValue("79");
        assertThat(DuplicateNik.RULE_ID).isEqualTo("common.data_ganda");
    }
}
