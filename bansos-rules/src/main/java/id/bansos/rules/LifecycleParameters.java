package id.bansos.rules;

import id.bansos.model.internal.Checks;
import id.bansos.model.lifecycle.CommitmentKind;
import id.bansos.model.money.Rupiah;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of the KPM lifecycle: PKH commitment thresholds and consequences, and the
 * graduation thresholds. The national values are in {@code id/bansos/rules/policy/lifecycle.yaml},
 * loaded by {@link NationalPolicy#load()} beside the programmes' own.
 *
 * <p>Keys (POLICY-V1, lifecycle defaults; provenance in the YAML):
 *
 * <ul>
 *   <li>{@code pkh.commitment.min_share.<KIND>} (decimal): the share of scheduled units a {@link
 *       CommitmentKind} must reach, e.g. {@code 0.85} of effective school days; {@code none}
 *       switches that commitment off.
 *   <li>{@code pkh.commitment.warning_after}, {@code pkh.commitment.suspension_after}, {@code
 *       pkh.commitment.termination_after} (integer): the consecutive non-compliant tahap that
 *       bring a warning, a suspension, a termination (graduasi paksa); {@code none} switches a step
 *       off.
 *   <li>{@code graduation.sejahtera.income_per_capita} (rupiah): income per capita per month above
 *       which a family is a {@code GRAD_SEJAHTERA} candidate; {@code none} switches the income test
 *       off.
 *   <li>{@code graduation.priority_years} (integer): families enrolled more than this many years
 *       get priority in graduation.
 *   <li>{@code replacement.reentry_lockout_months} (integer): a family that exited a programme is
 *       not proposed to refill a place until this many months after its exit date ({@code
 *       replace}, LIFECYCLE-V2); {@code none} switches the lockout off.
 * </ul>
 */
public final class LifecycleParameters {
    /** Consecutive non-compliant tahap that bring a warning. */
    public static final ParameterSpec<Integer> WARNING_AFTER =
            ParameterSpec.of("pkh.commitment.warning_after", Integer.class);

    /** Consecutive non-compliant tahap that bring a suspension of the failing components. */
    public static final ParameterSpec<Integer> SUSPENSION_AFTER =
            ParameterSpec.of("pkh.commitment.suspension_after", Integer.class);

    /** Consecutive non-compliant tahap that bring termination (graduasi paksa). */
    public static final ParameterSpec<Integer> TERMINATION_AFTER =
            ParameterSpec.of("pkh.commitment.termination_after", Integer.class);

    /** Income per capita per month above which a family is a {@code GRAD_SEJAHTERA} candidate. */
    public static final ParameterSpec<Rupiah> SEJAHTERA_INCOME_PER_CAPITA =
            ParameterSpec.of("graduation.sejahtera.income_per_capita", Rupiah.class);

    /** Families enrolled more than this many years get priority in graduation. */
    public static final ParameterSpec<Integer> PRIORITY_YEARS =
            ParameterSpec.of("graduation.priority_years", Integer.class);

    /**
     * Months after its exit date before a family that exited a programme may be proposed to refill
     * a place in it.
     */
    public static final ParameterSpec<Integer> REENTRY_LOCKOUT_MONTHS =
            ParameterSpec.of("replacement.reentry_lockout_months", Integer.class);

    private static final Map<CommitmentKind, ParameterSpec<BigDecimal>> MIN_SHARES = minShares();

    private static final List<ParameterSpec<?>> ALL = all0();

    private LifecycleParameters() {}

    private static Map<CommitmentKind, ParameterSpec<BigDecimal>> minShares() {
        Map<CommitmentKind, ParameterSpec<BigDecimal>> m = new EnumMap<>(CommitmentKind.class);
        for (CommitmentKind kind : CommitmentKind.values()) {
            m.put(kind, ParameterSpec.of("pkh.commitment.min_share." + kind.name(), BigDecimal.class));
        }
        return Collections.unmodifiableMap(m);
    }

    private static List<ParameterSpec<?>> all0() {
        List<ParameterSpec<?>> all = new ArrayList<>(MIN_SHARES.values());
        all.add(WARNING_AFTER);
        all.add(SUSPENSION_AFTER);
        all.add(TERMINATION_AFTER);
        all.add(SEJAHTERA_INCOME_PER_CAPITA);
        all.add(PRIORITY_YEARS);
        all.add(REENTRY_LOCKOUT_MONTHS);
        return List.copyOf(all);
    }

    /**
     * Returns the parameter of the share a commitment must reach, {@code
     * pkh.commitment.min_share.<KIND>}.
     *
     * @param kind the commitment, not null
     * @return the parameter, not null
     * @throws NullPointerException if {@code kind} is null
     */
    public static ParameterSpec<BigDecimal> minShare(CommitmentKind kind) {
        return MIN_SHARES.get(Checks.notNull(kind, "kind"));
    }

    /**
     * Returns every lifecycle parameter: the five minimum shares in {@link CommitmentKind} order,
     * then the three consequence counts, the sejahtera income threshold, the priority years and the
     * re-entry lockout.
     *
     * @return an unmodifiable list of 11 parameters, not null
     */
    public static List<ParameterSpec<?>> all() {
        return ALL;
    }
}
