package id.bansos.rules.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.decision.ParameterUse;
import id.bansos.model.lifecycle.CommitmentCheck;
import id.bansos.model.lifecycle.CommitmentKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckResultTest {
    private static final CommitmentCheck P2K2 = CommitmentCheck.builder()
            .kind(CommitmentKind.P2K2)
            .scheduled(3)
            .attended(3)
            .build();
    private static final ParameterUse USE =
            ParameterUse.of("pkh.commitment.min_share.P2K2", "1", LocalDate.of(2019, 1, 1));

    @Test
    void theOutcomeMustAgreeWithTheShare() {
        assertThatThrownBy(() -> new CheckResult(P2K2, Optional.empty(), CheckOutcome.MET, USE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("outcome must be NOT_IN_FORCE exactly when the minimum share is none, got MET");
        assertThatThrownBy(() -> new CheckResult(P2K2, Optional.of(BigDecimal.ONE), CheckOutcome.NOT_IN_FORCE, USE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new CheckResult(P2K2, Optional.of(BigDecimal.ONE), CheckOutcome.MET, USE).outcome())
                .isEqualTo(CheckOutcome.MET);
    }

    @Test
    void nullsAreRejectedByName() {
        assertThatThrownBy(() -> new CheckResult(null, Optional.empty(), CheckOutcome.NOT_IN_FORCE, USE))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("check must not be null");
        assertThatThrownBy(() -> new CheckResult(P2K2, Optional.empty(), CheckOutcome.NOT_IN_FORCE, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("parameter must not be null");
    }

    @Test
    void equalResults_areEqual() {
        assertThat(new CheckResult(P2K2, Optional.of(BigDecimal.ONE), CheckOutcome.MET, USE))
                .isEqualTo(new CheckResult(P2K2, Optional.of(BigDecimal.ONE), CheckOutcome.MET, USE))
                .hasSameHashCodeAs(new CheckResult(P2K2, Optional.of(BigDecimal.ONE), CheckOutcome.MET, USE));
    }
}
