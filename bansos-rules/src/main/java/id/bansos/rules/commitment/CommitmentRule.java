package id.bansos.rules.commitment;

import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.internal.Checks;
import id.bansos.model.lifecycle.CommitmentCheck;
import id.bansos.model.lifecycle.CommitmentKind;
import id.bansos.model.lifecycle.CommitmentRecord;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.MissingParameterException;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.EnrollmentStatus;
import id.bansos.model.time.Tahap;
import id.bansos.rules.LifecycleParameters;
import id.bansos.rules.ParameterSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PKH commitment rule {@code pkh.commitment}: per tahap, whether each verified commitment was
 * met, and the consequence of consecutive non-compliant tahap.
 *
 * <p>A commitment is met when {@code attended ≥ min_share × scheduled}, exactly (no rounding), with
 * the share {@code pkh.commitment.min_share.<KIND>} in force on the tahap's first day [P: the rules
 * known when the period began]. A tahap is {@link ComplianceStatus#NOT_COMPLIANT} if a commitment in
 * force was not met, {@link ComplianceStatus#COMPLIANT} if at least one was met and none failed, and
 * {@link ComplianceStatus#UNVERIFIED} if it has no record or only commitments not in force
 * (POLICY-V1: a tahap with no record counts as unverified, not as a failure). Walking the tahap in
 * order, a non-compliant tahap adds one to the count of consecutive failures, a compliant tahap
 * resets it to 0, and an unverified tahap leaves it as it is. The count brings {@link
 * Consequence#TERMINATION} from {@code pkh.commitment.termination_after}, else {@link
 * Consequence#SUSPENSION} from {@code suspension_after}, else {@link Consequence#WARNING} from
 * {@code warning_after}; a count that is {@code none} switches its step off. A termination is final
 * (POLICY-V2, lifecycle defaults): every later tahap is still judged, but keeps the count, the
 * consequence {@link Consequence#TERMINATION} and the parameters of the tahap that terminated.
 *
 * <p>Worked example with the national values (school 0.85; warning 1, suspension 2, termination 3):
 * a child attends 50 of 60 school days in 2024-I (50 &lt; 51: not compliant, count 1, warning), no
 * record in 2024-II (unverified, count stays 1, warning), 40 of 60 in 2024-III (count 2,
 * suspension), 51 of 60 in 2024-IV (51 ≥ 51: compliant, count 0, none). Had 2024-IV failed too
 * (count 3, termination), a compliant 2025-I would still be terminated, with count 3.
 *
 * <p>Thread-safe; the values of each tahap are looked up once per rule instance.
 */
public final class CommitmentRule {
    /** The rule id. */
    public static final String ID = "pkh.commitment";

    private static final LegalBasis LEGAL_BASIS = LegalBasis.builder()
            .instrument("Permensos")
            .number("1")
            .year(2018)
            .provenance("[S] PKH families commit to school attendance, health checks and P2K2; non-compliance leads to"
                    + " suspension and, after repeated warnings, termination (penasultra.id, secondary); [P] the"
                    + " shares and counts are dated parameters, a tahap without a record is unverified")
            .build();

    private final ParameterSet parameters;
    private final Map<Tahap, Bound> bound = new ConcurrentHashMap<>();

    private CommitmentRule(ParameterSet parameters) {
        this.parameters = parameters;
    }

    /**
     * Obtains the rule over a parameter set.
     *
     * @param parameters the set, not null, holding every commitment key of {@link
     *     LifecycleParameters} (the national policy does)
     * @return the rule, not null
     * @throws NullPointerException if {@code parameters} is null
     * @throws IllegalArgumentException if the set lacks a commitment key or holds one with another
     *     type
     */
    public static CommitmentRule of(ParameterSet parameters) {
        Checks.notNull(parameters, "parameters");
        for (CommitmentKind kind : CommitmentKind.values()) {
            typed(parameters, LifecycleParameters.minShare(kind));
        }
        typed(parameters, LifecycleParameters.WARNING_AFTER);
        typed(parameters, LifecycleParameters.SUSPENSION_AFTER);
        typed(parameters, LifecycleParameters.TERMINATION_AFTER);
        return new CommitmentRule(parameters);
    }

    private static void typed(ParameterSet parameters, ParameterSpec<?> spec) {
        if (parameters.find(spec.key()).isEmpty()) {
            throw new IllegalArgumentException(
                    "rule " + ID + " reads parameter " + spec.key() + ", which the parameter set does not hold");
        }
        parameters.get(spec.key(), spec.type());
    }

    /**
     * The law the rule rests on.
     *
     * @return the legal basis, not null
     */
    public static LegalBasis legalBasis() {
        return LEGAL_BASIS;
    }

    /**
     * Judges a family's commitments over the tahap from {@code from} to {@code to}.
     *
     * @param householdId the family, not null, not blank
     * @param records the family's commitment records in any order, not null; records outside the
     *     span are ignored, at most one record per tahap
     * @param from the first tahap, not null, on or after the parameters' first date (2019-I for the
     *     national policy)
     * @param to the last tahap, not null, not before {@code from}
     * @return one entry per tahap from {@code from} to {@code to}, not null
     * @throws NullPointerException if an argument or a record is null
     * @throws IllegalArgumentException if a record is of another household, two records share a
     *     tahap, {@code to} is before {@code from}, or a parameter value is out of range (a share
     *     outside 0 to 1, a count below 1, or counts out of order)
     * @throws MissingParameterException if a tahap starts before a parameter's first value
     */
    public CommitmentHistory assess(String householdId, List<CommitmentRecord> records, Tahap from, Tahap to) {
        Checks.notNull(householdId, "householdId");
        Checks.check(!householdId.isBlank(), "householdId", "must not be blank");
        Checks.notNull(records, "records");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.check(to.compareTo(from) >= 0, "to", "must not be before from " + from, to);
        Map<Tahap, CommitmentRecord> byTahap = new TreeMap<>();
        for (CommitmentRecord r : records) {
            Checks.notNull(r, "records element");
            if (!r.householdId().equals(householdId)) {
                throw new IllegalArgumentException(
                        "records must be of household " + householdId + ", got one of " + r.householdId());
            }
            if (byTahap.put(r.tahap(), r) != null) {
                throw new IllegalArgumentException(
                        "records must hold at most one record per tahap, got two for " + r.tahap());
            }
        }
        List<TahapCompliance> tahaps = new ArrayList<>();
        int failures = 0;
        TahapCompliance terminated = null;
        for (Tahap t = from; t.compareTo(to) <= 0; t = t.next()) {
            Bound b = bound.computeIfAbsent(t, this::bind);
            CommitmentRecord r = byTahap.get(t);
            List<CheckResult> results = new ArrayList<>();
            ComplianceStatus status = ComplianceStatus.UNVERIFIED;
            if (r != null) {
                for (CommitmentCheck c : r.checks()) {
                    CheckResult result = b.judge(c);
                    results.add(result);
                    if (result.outcome() == CheckOutcome.NOT_MET) {
                        status = ComplianceStatus.NOT_COMPLIANT;
                    } else if (result.outcome() == CheckOutcome.MET && status == ComplianceStatus.UNVERIFIED) {
                        status = ComplianceStatus.COMPLIANT;
                    }
                }
            }
            Consequence consequence;
            if (terminated != null) {
                // A termination is final: later tahap are judged but change neither count nor consequence.
                failures = terminated.consecutiveFailures();
                consequence = Consequence.TERMINATION;
            } else {
                if (status == ComplianceStatus.NOT_COMPLIANT) {
                    failures++;
                } else if (status == ComplianceStatus.COMPLIANT) {
                    failures = 0;
                }
                consequence = b.consequence(failures);
            }
            TahapCompliance entry = new TahapCompliance(
                    t,
                    status,
                    results,
                    failures,
                    consequence,
                    terminated != null ? terminated.parameters() : b.countUses);
            if (terminated == null && consequence == Consequence.TERMINATION) {
                terminated = entry;
            }
            tahaps.add(entry);
            if (t.year() == Tahap.MAX_YEAR && t.stage() == 4) {
                break;
            }
        }
        return new CommitmentHistory(householdId, tahaps);
    }

    /**
     * Judges a PKH enrolment's commitments from the tahap containing its {@code since} up to and
     * including the tahap containing {@code asOf}, and gives its status on {@code asOf} (see {@link
     * EnrollmentCommitments#status()}).
     *
     * <p>Tahap before the first record in the span are unverified with a count of 0 and no parameters
     * (an enrolment may start before the parameters' first date); from the first record on, the tahap
     * are those of {@link #assess(String, List, Tahap, Tahap)}, where a termination is final.
     *
     * <p>Example with the national values: enrolled since 2024-02-10, as of 2024-10-01, records of
     * 2024-I and 2024-III with a school child at 50 of 60 days: 2024-I WARNING, 2024-II UNVERIFIED,
     * 2024-III SUSPENDED, 2024-IV UNVERIFIED; the enrolment is {@code SUSPENDED} on 2024-10-01.
     *
     * @param enrollment the enrolment, not null, starting on or before {@code asOf}
     * @param records the household's commitment records in any order, not null; those outside the
     *     span are ignored, at most one per tahap
     * @param asOf the date, not null
     * @return the enrolment's commitments, not null
     * @throws NullPointerException if an argument or a record is null
     * @throws IllegalArgumentException if the enrolment starts after {@code asOf}, a record is of
     *     another household, two records share a tahap, or a parameter value is out of range
     * @throws MissingParameterException if a record's tahap starts before a parameter's first value
     */
    public EnrollmentCommitments assess(Enrollment enrollment, List<CommitmentRecord> records, LocalDate asOf) {
        Checks.notNull(enrollment, "enrollment");
        Checks.notNull(records, "records");
        Checks.notNull(asOf, "asOf");
        Checks.check(!enrollment.since().isAfter(asOf), "asOf", "must not be before the enrolment's since", asOf);
        String id = enrollment.householdId();
        Tahap from = Tahap.containing(enrollment.since());
        Tahap to = Tahap.containing(asOf);
        Tahap first = null;
        for (CommitmentRecord r : records) {
            Checks.notNull(r, "records element");
            Tahap t = r.tahap();
            if (t.compareTo(from) >= 0 && t.compareTo(to) <= 0 && (first == null || t.compareTo(first) < 0)) {
                first = t;
            }
        }
        List<TahapCompliance> tahaps = new ArrayList<>();
        for (Tahap t = from; first == null ? t.compareTo(to) <= 0 : t.compareTo(first) < 0; t = t.next()) {
            tahaps.add(new TahapCompliance(t, ComplianceStatus.UNVERIFIED, List.of(), 0, Consequence.NONE, List.of()));
            if (t.equals(to)) {
                break;
            }
        }
        if (first != null) {
            tahaps.addAll(assess(id, records, first, to).tahaps());
        }
        CommitmentHistory history = new CommitmentHistory(id, tahaps);
        EnrollmentStatus status;
        if (enrollment.status().isExit() && !enrollment.exitDate().orElseThrow().isAfter(asOf)) {
            status = enrollment.status();
        } else if (history.terminatedIn().isPresent()) {
            status = EnrollmentStatus.TERMINATED;
        } else if (enrollment.status() == EnrollmentStatus.SUSPENDED
                || history.consequence() == Consequence.SUSPENSION) {
            status = EnrollmentStatus.SUSPENDED;
        } else {
            status = EnrollmentStatus.ACTIVE;
        }
        return new EnrollmentCommitments(enrollment, asOf, history, status);
    }

    private Bound bind(Tahap tahap) {
        LocalDate day = tahap.firstDay();
        Map<CommitmentKind, DatedValue<BigDecimal>> shares = new EnumMap<>(CommitmentKind.class);
        for (CommitmentKind kind : CommitmentKind.values()) {
            ParameterSpec<BigDecimal> spec = LifecycleParameters.minShare(kind);
            DatedValue<BigDecimal> entry =
                    parameters.get(spec.key(), BigDecimal.class).entryOn(day);
            entry.value().ifPresent(share -> {
                if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                    throw new IllegalArgumentException(
                            spec.key() + " must be between 0 and 1, got " + share.toPlainString());
                }
            });
            shares.put(kind, entry);
        }
        DatedValue<Integer> warning = count(LifecycleParameters.WARNING_AFTER, tahap);
        DatedValue<Integer> suspension = count(LifecycleParameters.SUSPENSION_AFTER, tahap);
        DatedValue<Integer> termination = count(LifecycleParameters.TERMINATION_AFTER, tahap);
        inOrder(LifecycleParameters.WARNING_AFTER, warning, LifecycleParameters.SUSPENSION_AFTER, suspension);
        inOrder(LifecycleParameters.SUSPENSION_AFTER, suspension, LifecycleParameters.TERMINATION_AFTER, termination);
        inOrder(LifecycleParameters.WARNING_AFTER, warning, LifecycleParameters.TERMINATION_AFTER, termination);
        return new Bound(
                shares,
                warning.value(),
                suspension.value(),
                termination.value(),
                List.of(
                        use(LifecycleParameters.WARNING_AFTER, warning),
                        use(LifecycleParameters.SUSPENSION_AFTER, suspension),
                        use(LifecycleParameters.TERMINATION_AFTER, termination)));
    }

    private DatedValue<Integer> count(ParameterSpec<Integer> spec, Tahap tahap) {
        DatedValue<Integer> entry = parameters.get(spec.key(), Integer.class).entryOn(tahap.firstDay());
        entry.value().ifPresent(n -> Checks.check(n >= 1, spec.key(), "must be at least 1", n));
        return entry;
    }

    private static void inOrder(
            ParameterSpec<Integer> lowerSpec,
            DatedValue<Integer> lower,
            ParameterSpec<Integer> higherSpec,
            DatedValue<Integer> higher) {
        if (lower.value().isPresent() && higher.value().isPresent()) {
            int l = lower.value().get();
            int h = higher.value().get();
            if (h < l) {
                throw new IllegalArgumentException(
                        higherSpec.key() + " must not be below " + lowerSpec.key() + " (" + l + "), got " + h);
            }
        }
    }

    static ParameterUse use(ParameterSpec<?> spec, DatedValue<?> entry) {
        String text = entry.value()
                .map(v -> v instanceof BigDecimal bigDecimal ? bigDecimal.toPlainString() : String.valueOf(v))
                .orElse("none");
        return ParameterUse.of(spec.key(), text, entry.effectiveFrom());
    }

    /** The parameter values of one tahap. */
    private static final class Bound {
        private final Map<CommitmentKind, DatedValue<BigDecimal>> shares;
        private final Map<CommitmentKind, ParameterUse> shareUses = new EnumMap<>(CommitmentKind.class);
        private final Optional<Integer> warning;
        private final Optional<Integer> suspension;
        private final Optional<Integer> termination;
        final List<ParameterUse> countUses;

        Bound(
                Map<CommitmentKind, DatedValue<BigDecimal>> shares,
                Optional<Integer> warning,
                Optional<Integer> suspension,
                Optional<Integer> termination,
                List<ParameterUse> countUses) {
            this.shares = shares;
            shares.forEach((kind, entry) -> shareUses.put(kind, use(LifecycleParameters.minShare(kind), entry)));
            this.warning = warning;
            this.suspension = suspension;
            this.termination = termination;
            this.countUses = countUses;
        }

        CheckResult judge(CommitmentCheck c) {
            Optional<BigDecimal> share = shares.get(c.kind()).value();
            CheckOutcome outcome;
            if (share.isEmpty()) {
                outcome = CheckOutcome.NOT_IN_FORCE;
            } else {
                BigDecimal needed = share.get().multiply(BigDecimal.valueOf(c.scheduled()));
                outcome = BigDecimal.valueOf(c.attended()).compareTo(needed) >= 0
                        ? CheckOutcome.MET
                        : CheckOutcome.NOT_MET;
            }
            return new CheckResult(c, share, outcome, shareUses.get(c.kind()));
        }

        Consequence consequence(int failures) {
            if (termination.isPresent() && failures >= termination.get()) {
                return Consequence.TERMINATION;
            }
            if (suspension.isPresent() && failures >= suspension.get()) {
                return Consequence.SUSPENSION;
            }
            if (warning.isPresent() && failures >= warning.get()) {
                return Consequence.WARNING;
            }
            return Consequence.NONE;
        }
    }
}
