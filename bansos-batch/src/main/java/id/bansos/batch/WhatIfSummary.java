package id.bansos.batch;

import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import java.math.BigInteger;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The totals of a {@link WhatIf} run: households compared and changed, eligibility gained and lost,
 * and the total annual amount under each parameter set, in whole Rupiah, exact however many
 * households there are.
 *
 * <p>The counts add up: compared + rejected = records read; eligible after = eligible before +
 * gained − lost. A changed household counts under every parameter that caused its change.
 *
 * <p>Example: three households under lansia 70 → 60 on 2024-03-01 — one of 75 (unchanged,
 * Rp2.400.000), one of 65 alone (gains Rp2.400.000), one of 65 with a child in SD (Rp900.000 →
 * Rp3.300.000) — give changed 2, gained 1, lost 0, total Rp3.300.000 → Rp8.100.000.
 */
@Value.Immutable
@BansosStyle
public abstract class WhatIfSummary {
    WhatIfSummary() {}

    /**
     * The records read: households and rejects.
     *
     * @return the count, zero or more
     */
    public abstract long recordsRead();

    /**
     * The households decided under both sets.
     *
     * @return the count, zero or more
     */
    public abstract long compared();

    /**
     * The records rejected.
     *
     * @return the count, zero or more
     */
    public abstract long rejected();

    /**
     * The households whose eligibility or an amount changed.
     *
     * @return the count, zero to {@link #compared()}
     */
    public abstract long changed();

    /**
     * The households not eligible before and eligible after.
     *
     * @return the count, zero or more
     */
    public abstract long gainedEligibility();

    /**
     * The households eligible before and not eligible after.
     *
     * @return the count, zero or more
     */
    public abstract long lostEligibility();

    /**
     * The households eligible under the base set.
     *
     * @return the count, zero to {@link #compared()}
     */
    public abstract long eligibleBefore();

    /**
     * The households eligible under the alternative set.
     *
     * @return the count, zero to {@link #compared()}
     */
    public abstract long eligibleAfter();

    /**
     * The sum of annual amounts under the base set, in whole Rupiah.
     *
     * @return the total, zero or more, not null
     */
    public abstract BigInteger totalAnnualAmountBefore();

    /**
     * The sum of annual amounts under the alternative set, in whole Rupiah.
     *
     * @return the total, zero or more, not null
     */
    public abstract BigInteger totalAnnualAmountAfter();

    /**
     * For each parameter key, the changed households it caused.
     *
     * @return the counts by key, sorted, each 1 to {@link #changed()}, not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<String, Long> changesByParameter();

    /**
     * The change in the total annual amount, after minus before, in whole Rupiah.
     *
     * @return the difference, negative for a cut, not null
     */
    public BigInteger difference() {
        return totalAnnualAmountAfter().subtract(totalAnnualAmountBefore());
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    final void check() {
        Checks.notNegative(recordsRead(), "recordsRead");
        Checks.notNegative(compared(), "compared");
        Checks.notNegative(rejected(), "rejected");
        Checks.notNegative(changed(), "changed");
        Checks.notNegative(gainedEligibility(), "gainedEligibility");
        Checks.notNegative(lostEligibility(), "lostEligibility");
        Checks.notNegative(eligibleBefore(), "eligibleBefore");
        Checks.notNegative(eligibleAfter(), "eligibleAfter");
        Checks.check(
                totalAnnualAmountBefore().signum() >= 0,
                "totalAnnualAmountBefore",
                "must not be negative",
                totalAnnualAmountBefore());
        Checks.check(
                totalAnnualAmountAfter().signum() >= 0,
                "totalAnnualAmountAfter",
                "must not be negative",
                totalAnnualAmountAfter());
        Checks.check(
                compared() + rejected() == recordsRead(),
                "recordsRead",
                "must be compared + rejected (" + (compared() + rejected()) + ")",
                recordsRead());
        Checks.check(changed() <= compared(), "changed", "must be at most compared (" + compared() + ")", changed());
        Checks.check(
                gainedEligibility() + lostEligibility() <= changed(),
                "gainedEligibility + lostEligibility",
                "must be at most changed (" + changed() + ")",
                gainedEligibility() + lostEligibility());
        Checks.check(
                eligibleBefore() <= compared(),
                "eligibleBefore",
                "must be at most compared (" + compared() + ")",
                eligibleBefore());
        Checks.check(
                eligibleAfter() <= compared(),
                "eligibleAfter",
                "must be at most compared (" + compared() + ")",
                eligibleAfter());
        Checks.check(
                eligibleAfter() == eligibleBefore() + gainedEligibility() - lostEligibility(),
                "eligibleAfter",
                "must be eligibleBefore + gainedEligibility - lostEligibility ("
                        + (eligibleBefore() + gainedEligibility() - lostEligibility()) + ")",
                eligibleAfter());
        for (Map.Entry<String, Long> e : changesByParameter().entrySet()) {
            Checks.check(
                    e.getValue() >= 1 && e.getValue() <= changed(),
                    "changesByParameter of " + e.getKey(),
                    "must be between 1 and changed (" + changed() + ")",
                    e.getValue());
        }
    }

    /** Builds a {@link WhatIfSummary}. */
    public static final class Builder extends ImmutableWhatIfSummary.Builder {}
}
