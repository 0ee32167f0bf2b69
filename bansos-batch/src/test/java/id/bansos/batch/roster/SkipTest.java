package id.bansos.batch.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkipTest {
    @Test
    void reasonsGoWithNotEligibleOnly() {
        assertThatThrownBy(() -> new Skip("A", 0, SkipReason.NOT_ELIGIBLE, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reasons must be given exactly for NOT_ELIGIBLE, got NOT_ELIGIBLE");
        assertThat(new Skip("A", 3, SkipReason.QUOTA_FILLED, List.of()).waitlistPosition())
                .isEqualTo(3);
        assertThatThrownBy(() -> new Skip("A", -1, SkipReason.QUOTA_FILLED, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("waitlistPosition must not be negative, got -1");
    }
}
