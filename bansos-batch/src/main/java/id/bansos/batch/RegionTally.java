package id.bansos.batch;

import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import java.math.BigInteger;
import org.immutables.value.Value;

/**
 * The decided households of one region in a batch: how many are eligible, how many not, and the
 * sum of their annual amounts.
 *
 * <p>Example: a district with 3 eligible households at Rp3.900.000, Rp900.000 and Rp2.400.000 a
 * year and 5 not eligible is {@code RegionTally.of(3, 5, BigInteger.valueOf(7_200_000))}. The sum is
 * a {@link BigInteger} of whole Rupiah: over many households it can pass a {@code long}.
 */
@Value.Immutable
@BansosStyle
public abstract class RegionTally {
    RegionTally() {}

    /**
     * The eligible households.
     *
     * @return the count, zero or more
     */
    @Value.Parameter
    public abstract long eligible();

    /**
     * The households not eligible.
     *
     * @return the count, zero or more
     */
    @Value.Parameter
    public abstract long notEligible();

    /**
     * The sum of the annual amounts in whole Rupiah (not eligible households count 0), exact however
     * large.
     *
     * @return the sum, zero or more, not null
     */
    @Value.Parameter
    public abstract BigInteger annualAmount();

    /**
     * The decided households, eligible or not.
     *
     * @return the sum of the two counts
     */
    public long decided() {
        return eligible() + notEligible();
    }

    /**
     * Obtains a tally.
     *
     * @param eligible the eligible households, zero or more
     * @param notEligible the households not eligible, zero or more
     * @param annualAmount the sum of annual amounts in whole Rupiah, not null, zero or more
     * @return the tally, not null
     * @throws NullPointerException if {@code annualAmount} is null
     * @throws IllegalArgumentException if a count or the amount is negative
     */
    public static RegionTally of(long eligible, long notEligible, BigInteger annualAmount) {
        return ImmutableRegionTally.of(eligible, notEligible, annualAmount);
    }

    @Value.Check
    final void check() {
        Checks.notNegative(eligible(), "eligible");
        Checks.notNegative(notEligible(), "notEligible");
        Checks.check(annualAmount().signum() >= 0, "annualAmount", "must not be negative", annualAmount());
    }
}
