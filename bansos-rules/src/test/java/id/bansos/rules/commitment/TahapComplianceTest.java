package id.bansos.rules.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.time.Tahap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TahapComplianceTest {
    @Test
    void theListsAreCopied() {
        List<CheckResult> checks = new ArrayList<>();
        TahapCompliance t = new TahapCompliance(
                Tahap.of(2024, 1), ComplianceStatus.UNVERIFIED, checks, 0, Consequence.NONE, List.of());
        checks.add(null);

        assertThat(t.checks()).isEmpty();
        assertThatThrownBy(() -> t.checks().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNegativeCount_isRejected() {
        assertThatThrownBy(() -> new TahapCompliance(
                        Tahap.of(2024, 1), ComplianceStatus.UNVERIFIED, List.of(), -1, Consequence.NONE, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("consecutiveFailures must not be negative, got -1");
    }
}
