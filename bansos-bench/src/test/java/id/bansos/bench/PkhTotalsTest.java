package id.bansos.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PkhTotalsTest {
    @Test
    void plus_countsEligibleAndAddsBothAmounts() {
        PkhTotals t = PkhTotals.ZERO
                .plus(new PkhOutcome(true, 900_000, 225_000))
                .plus(PkhOutcome.NOT_ELIGIBLE)
                .plus(new PkhOutcome(true, 2_950_000, 1_150_000));
        assertThat(t).isEqualTo(new PkhTotals(2, 3_850_000, 1_375_000));
    }

    @Test
    void plus_rejectsAnOverflowingSum() {
        PkhTotals big = new PkhTotals(1, Long.MAX_VALUE, 0);
        assertThatThrownBy(() -> big.plus(new PkhOutcome(true, 1, 0))).isInstanceOf(ArithmeticException.class);
    }
}
