package id.bansos.batch;

import java.io.Serializable;
import java.math.BigInteger;

/**
 * A running sum of {@code long} amounts that never overflows: a total of annual amounts over a
 * whole population can pass {@link Long#MAX_VALUE} (95 million households at up to Rp10^12 each).
 * Sums stay in a {@code long} while they fit; what would overflow is carried into a {@link
 * BigInteger}, so the common case allocates nothing. Not thread-safe.
 *
 * <p>Example: adding {@code Long.MAX_VALUE} three times gives {@code 27670116110564327421}.
 */
final class ExactSum implements Serializable {
    private static final long serialVersionUID = 1L;

    private long low;
    private BigInteger high = BigInteger.ZERO;

    /** Adds an amount. */
    void add(long amount) {
        long sum = low + amount;
        // Overflow when both operands have a sign the sum lacks (Math.addExact's test).
        if (((low ^ sum) & (amount ^ sum)) < 0) {
            high = high.add(BigInteger.valueOf(low));
            low = amount;
        } else {
            low = sum;
        }
    }

    /** Adds another sum. */
    void add(ExactSum other) {
        add(other.low);
        if (other.high.signum() != 0) {
            high = high.add(other.high);
        }
    }

    /** The exact sum. */
    BigInteger value() {
        return high.add(BigInteger.valueOf(low));
    }
}
