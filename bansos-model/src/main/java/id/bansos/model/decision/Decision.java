package id.bansos.model.decision;

import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Program;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of one programme's rules for one household on one date: eligible or not, how much,
 * for which component persons, and every reason, each with its legal basis and the parameter
 * values read.
 *
 * <p>"Not eligible" is a decision, never an exception. A decision that is not eligible has
 * annual amount 0, amount per payment 0 and no components. Reasons appear in rule order, at most
 * one per code.
 *
 * <p>Example: PKH on 2024-03-01 for a household with a pregnant woman and a child in SD: eligible,
 * annual amount Rp3.900.000, amount per payment Rp975.000, components {@code IBU_HAMIL} and
 * {@code SD}, reasons {@code TIDAK_DIKECUALIKAN} and {@code MEMENUHI_KOMPONEN}.
 */
@Value.Immutable
@BansosStyle
public abstract class Decision {
    Decision() {}

    /**
     * The household's id, as in the input.
     *
     * @return the id, not blank
     */
    public abstract String householdId();

    /**
     * The programme decided.
     *
     * @return the programme, not null
     */
    public abstract Program program();

    /**
     * The date the decision is as of: the rules and parameter values in force on it apply.
     *
     * @return the date, not null
     */
    public abstract LocalDate asOf();

    /**
     * Whether the household is eligible for the programme on {@link #asOf()}.
     *
     * @return true if eligible
     */
    public abstract boolean eligible();

    /**
     * The yearly rate of the entitlement in force on {@link #asOf()}.
     *
     * @return the amount, zero or more; zero when not eligible
     */
    public abstract Rupiah annualAmount();

    /**
     * The payment for the period containing {@link #asOf()}: for PKH the tahap, for Sembako the
     * month.
     *
     * @return the amount, zero or more; zero when not eligible
     */
    public abstract Rupiah amountPerPayment();

    /**
     * The component persons (PKH only), paid or cut by the cap, in member order.
     *
     * @return an unmodifiable list, not null; empty when not eligible, no two for one member
     */
    public abstract List<ComponentAward> components();

    /**
     * The reasons, in rule order.
     *
     * @return an unmodifiable list, not null, at most one reason per code
     */
    public abstract List<Reason> reasons();

    /**
     * The SHA-256 (hex) of the canonical form of the parameter set used.
     *
     * @return the policy version, not blank
     */
    public abstract String policyVersion();

    /**
     * The version of the library that made the decision.
     *
     * @return the engine version, not blank
     */
    public abstract String engineVersion();

    /**
     * Returns the codes of {@link #reasons()}, in the same order.
     *
     * @return an unmodifiable list, not null, no two alike
     */
    public List<ReasonCode> reasonCodes() {
        List<ReasonCode> codes = new ArrayList<>(reasons().size());
        for (Reason reason : reasons()) {
            codes.add(reason.code());
        }
        return List.copyOf(codes);
    }

    /**
     * Returns the primary reason: the code of the first reason that is not
     * {@linkplain ReasonCode#isPositive() positive}. Counting households by primary reason adds up
     * to the households counted, whereas counting by every code does not.
     *
     * <p>Example: reasons {@code TIDAK_DIKECUALIKAN, DESIL_DI_LUAR_SASARAN, TIDAK_ADA_KOMPONEN}
     * give {@code DESIL_DI_LUAR_SASARAN}.
     *
     * @return the first negative reason code, or empty if every reason is positive (or there is none)
     */
    public Optional<ReasonCode> primaryReason() {
        for (Reason reason : reasons()) {
            if (!reason.code().isPositive()) {
                return Optional.of(reason.code());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns a new builder. Every attribute except {@code components} and {@code reasons} is
     * required.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.check(!householdId().isBlank(), "household_id", "must not be blank");
        Checks.notNegative(annualAmount().amount(), "annual_amount");
        Checks.notNegative(amountPerPayment().amount(), "amount_per_payment");
        if (!eligible()) {
            mustBeZeroWhenNotEligible(annualAmount().amount(), "annual_amount 0");
            mustBeZeroWhenNotEligible(amountPerPayment().amount(), "amount_per_payment 0");
            mustBeZeroWhenNotEligible(components().size(), "no components");
        }
        // Pairwise, without a set: a decision has a handful of components and reasons, and every
        // decision of a batch is checked.
        List<ComponentAward> awards = components();
        for (int i = 1; i < awards.size(); i++) {
            int member = awards.get(i).memberIndex();
            for (int j = 0; j < i; j++) {
                Checks.check(
                        awards.get(j).memberIndex() != member, "components", "must not repeat a member_index", member);
            }
        }
        List<Reason> all = reasons();
        for (int i = 1; i < all.size(); i++) {
            ReasonCode code = all.get(i).code();
            for (int j = 0; j < i; j++) {
                Checks.check(!all.get(j).code().equals(code), "reasons", "must hold at most one reason per code", code);
            }
        }
        Checks.check(!policyVersion().isBlank(), "policy_version", "must not be blank");
        Checks.check(!engineVersion().isBlank(), "engine_version", "must not be blank");
    }

    private static void mustBeZeroWhenNotEligible(long got, String rule) {
        if (got != 0) {
            throw new IllegalArgumentException("a decision that is not eligible must have " + rule + ", got " + got);
        }
    }

    /**
     * Builds a {@link Decision}; {@code build()} throws {@link IllegalStateException} if a required
     * attribute is missing and {@link IllegalArgumentException} if the decision is inconsistent.
     */
    public static final class Builder extends ImmutableDecision.Builder {}
}
