package id.bansos.rules.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.time.Tahap;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitmentHistoryTest {
    @Test
    void anEmptyHistory_hasNoFailuresAndNoConsequence() {
        CommitmentHistory h = new CommitmentHistory("KEL-0001", List.of());

        assertThat(h.consecutiveFailures()).isZero();
        assertThat(h.consequence()).isEqualTo(Consequence.NONE);
    }

    @Test
    void theLastTahap_givesTheCountAndConsequence() {
        CommitmentHistory h = new CommitmentHistory(
                "KEL-0001",
                List.of(
                        new TahapCompliance(
                                Tahap.of(2024, 1),
                                ComplianceStatus.NOT_COMPLIANT,
                                List.of(),
                                2,
                                Consequence.SUSPENSION,
                                List.of()),
                        new TahapCompliance(
                                Tahap.of(2024, 2),
                                ComplianceStatus.COMPLIANT,
                                List.of(),
                                0,
                                Consequence.NONE,
                                List.of())));

        assertThat(h.consecutiveFailures()).isZero();
        assertThat(h.consequence()).isEqualTo(Consequence.NONE);
    }

    @Test
    void aBlankId_isRejected() {
        assertThatThrownBy(() -> new CommitmentHistory(" ", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("householdId must not be blank");
    }
}
