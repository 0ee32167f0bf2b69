package id.bansos.batch;

import id.bansos.model.decision.ReasonCode;
import id.bansos.model.id.RegionCode;
import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import id.bansos.model.money.Rupiah;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one household's decision changes from the base parameter set to the alternative in a {@link
 * WhatIf}: eligibility and amounts before and after, and the parameters that caused the change.
 *
 * <p>Example: a family with five component persons under a cap lowered from 4 to 3 on 2024-03-01 is
 * eligible before and after, Rp9.500.000 a year before and Rp8.000.000 after (difference
 * -Rp1.500.000), caused by {@code pkh.max_component_persons}.
 */
@Value.Immutable
@BansosStyle
public abstract class HouseholdChange {
    HouseholdChange() {}

    /**
     * The household's id.
     *
     * @return the id, not blank
     */
    public abstract String householdId();

    /**
     * The household's village.
     *
     * @return the village code, not null
     */
    public abstract RegionCode region();

    /**
     * Whether the household is eligible under the base set.
     *
     * @return true if eligible before
     */
    public abstract boolean eligibleBefore();

    /**
     * Whether the household is eligible under the alternative set.
     *
     * @return true if eligible after
     */
    public abstract boolean eligibleAfter();

    /**
     * The annual amount under the base set.
     *
     * @return the amount, zero or more, not null
     */
    public abstract Rupiah annualAmountBefore();

    /**
     * The annual amount under the alternative set.
     *
     * @return the amount, zero or more, not null
     */
    public abstract Rupiah annualAmountAfter();

    /**
     * The amount per payment under the base set.
     *
     * @return the amount, zero or more, not null
     */
    public abstract Rupiah amountPerPaymentBefore();

    /**
     * The amount per payment under the alternative set.
     *
     * @return the amount, zero or more, not null
     */
    public abstract Rupiah amountPerPaymentAfter();

    /**
     * The first negative reason under the base set.
     *
     * @return the code, or empty if eligible before
     */
    public abstract Optional<ReasonCode> primaryReasonBefore();

    /**
     * The first negative reason under the alternative set.
     *
     * @return the code, or empty if eligible after
     */
    public abstract Optional<ReasonCode> primaryReasonAfter();

    /**
     * The parameter keys that caused the change, sorted: those whose alternative value alone
     * changes the base decision, or whose base value alone changes the alternative decision (see
     * {@link WhatIf}).
     *
     * @return the keys, not empty, sorted, no key twice
     */
    public abstract List<String> causes();

    /**
     * The change in annual amount, after minus before.
     *
     * @return the difference, negative for a cut, not null
     */
    public Rupiah difference() {
        return annualAmountAfter().minus(annualAmountBefore());
    }

    /**
     * Tells whether the household becomes eligible.
     *
     * @return true if not eligible before and eligible after
     */
    public boolean gainedEligibility() {
        return !eligibleBefore() && eligibleAfter();
    }

    /**
     * Tells whether the household stops being eligible.
     *
     * @return true if eligible before and not eligible after
     */
    public boolean lostEligibility() {
        return eligibleBefore() && !eligibleAfter();
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
        Checks.check(!householdId().isBlank(), "householdId", "must not be blank");
        Checks.check(
                eligibleBefore() != eligibleAfter()
                        || !annualAmountBefore().equals(annualAmountAfter())
                        || !amountPerPaymentBefore().equals(amountPerPaymentAfter()),
                "householdChange",
                "must differ in eligibility or an amount");
        Checks.check(!causes().isEmpty(), "causes", "must not be empty");
        for (int i = 1; i < causes().size(); i++) {
            Checks.check(
                    causes().get(i - 1).compareTo(causes().get(i)) < 0,
                    "causes",
                    "must be sorted, no key twice",
                    causes());
        }
        checkSide(eligibleBefore(), annualAmountBefore(), amountPerPaymentBefore(), primaryReasonBefore(), "before");
        checkSide(eligibleAfter(), annualAmountAfter(), amountPerPaymentAfter(), primaryReasonAfter(), "after");
    }

    private static void checkSide(
            boolean eligible, Rupiah annual, Rupiah perPayment, Optional<ReasonCode> primary, String side) {
        Checks.notNegative(annual.amount(), "annualAmount" + capitalized(side));
        Checks.notNegative(perPayment.amount(), "amountPerPayment" + capitalized(side));
        if (eligible) {
            Checks.check(
                    primary.isEmpty(), "primaryReason" + capitalized(side), "must be empty when eligible", primary);
        } else {
            Checks.check(annual.isZero(), "annualAmount" + capitalized(side), "must be 0 when not eligible", annual);
        }
    }

    private static String capitalized(String side) {
        return side.equals("before") ? "Before" : "After";
    }

    /** Builds a {@link HouseholdChange}. */
    public static final class Builder extends ImmutableHouseholdChange.Builder {}
}
