package id.bansos.batch;

import id.bansos.io.HouseholdSource;
import id.bansos.io.Reject;
import id.bansos.model.Household;
import id.bansos.model.decision.Decision;
import id.bansos.model.internal.Checks;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.MissingParameterException;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.Engine;
import id.bansos.rules.Evaluator;
import id.bansos.rules.ParameterSpec;
import id.bansos.rules.ProgramDefinition;
import id.bansos.rules.UndecidableHouseholdException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Compares the same households under two parameter sets for one programme on one date — the
 * national policy and a district's proposal, a cap of 4 against 3, a lansia age of 70 against 60 —
 * and says, per household, what changed and which parameter caused it.
 *
 * <p>A household <em>changed</em> when its eligibility, annual amount or amount per payment differs.
 * A parameter <em>caused</em> the change when it is one of the keys the programme reads whose value
 * on the date differs between the sets, and either its alternative value alone (all other keys as
 * in the base set) changes the base decision, or its base value alone changes the alternative
 * decision. With one differing key, that key is the cause; when no single key explains a change
 * (three or more keys acting only together) every differing key is named. This counts the keys
 * that no reason names too — the amount rules give no reason, so a new {@code pkh.fixed_benefit}
 * shows — and leaves out keys that differ but made no difference to this household. It costs two
 * more evaluations per differing key, for changed households only.
 *
 * <p>{@link #run} reads a file as batch evaluation does ({@link BatchHouseholds}) and applies {@code
 * DATA_GANDA} on both sides, so its totals before are {@code evaluate}'s with the base set; since the
 * rule does not depend on parameters, a household it makes not eligible never changes. {@link
 * #compare} sees one household alone, without batch rules.
 *
 * <p>Example: with the national policy as base and the same with {@code pkh.max_component_persons}
 * 3 as alternative, on 2024-03-01 a family with IBU_HAMIL, ANAK_USIA_DINI, SMA, SMP and SD goes
 * from Rp9.500.000 to Rp8.000.000 a year, caused by {@code pkh.max_component_persons}. Immutable and
 * thread-safe; {@link #run} streams, keeping nothing per household.
 */
public final class WhatIf {
    private final Evaluator base;
    private final Evaluator alternative;
    private final List<String> changedParameters;
    private final List<String> candidates;
    private final Map<String, Evaluator> alternativeAlone;
    private final Map<String, Evaluator> baseAlone;

    private WhatIf(
            Evaluator base,
            Evaluator alternative,
            List<String> changedParameters,
            List<String> candidates,
            Map<String, Evaluator> alternativeAlone,
            Map<String, Evaluator> baseAlone) {
        this.base = base;
        this.alternative = alternative;
        this.changedParameters = changedParameters;
        this.candidates = candidates;
        this.alternativeAlone = alternativeAlone;
        this.baseAlone = baseAlone;
    }

    /**
     * Prepares a comparison.
     *
     * @param program the programme, not null
     * @param base the parameter set before, not null, holding every key the programme reads
     * @param alternative the parameter set after, not null, holding every key the programme reads
     * @param asOf the date of evaluation, not null
     * @return the comparison, not null
     * @throws NullPointerException if an argument is null
     * @throws MissingParameterException if a parameter has no value on {@code asOf} in either set
     * @throws IllegalArgumentException if a set lacks a key the rules read or holds it with another
     *     type
     */
    public static WhatIf of(ProgramDefinition program, ParameterSet base, ParameterSet alternative, LocalDate asOf) {
        Checks.notNull(program, "program");
        Checks.notNull(base, "base");
        Checks.notNull(alternative, "alternative");
        Checks.notNull(asOf, "asOf");
        Engine engine = Engine.create();
        Evaluator before = engine.prepare(program, base, asOf);
        Evaluator after = engine.prepare(program, alternative, asOf);
        List<String> changed = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (ParameterSpec<?> spec : program.parameters()) {
            DatedValue<?> b = base.find(spec.key()).orElseThrow().entryOn(asOf);
            DatedValue<?> a = alternative.find(spec.key()).orElseThrow().entryOn(asOf);
            boolean value = !b.value().equals(a.value());
            if (value || !b.effectiveFrom().equals(a.effectiveFrom())) {
                changed.add(spec.key());
            }
            if (value) {
                candidates.add(spec.key());
            }
        }
        changed.sort(null);
        candidates.sort(null);
        Map<String, Evaluator> alternativeAlone = new HashMap<>();
        Map<String, Evaluator> baseAlone = new HashMap<>();
        if (candidates.size() > 1) {
            for (String key : candidates) {
                alternativeAlone.put(key, engine.prepare(program, swap(base, alternative, key), asOf));
                baseAlone.put(key, engine.prepare(program, swap(alternative, base, key), asOf));
            }
        }
        return new WhatIf(before, after, List.copyOf(changed), List.copyOf(candidates), alternativeAlone, baseAlone);
    }

    /** The set {@code into} with the timeline of {@code key} taken from {@code from}. */
    private static ParameterSet swap(ParameterSet into, ParameterSet from, String key) {
        Map<String, Parameter<?>> byKey = new LinkedHashMap<>();
        for (Parameter<?> p : into.parameters()) {
            byKey.put(p.key(), p);
        }
        byKey.put(key, from.find(key).orElseThrow());
        return ParameterSet.of(byKey.values());
    }

    /**
     * The keys the programme reads whose value or effective date on the date differs between the
     * two sets.
     *
     * @return the keys, sorted, not null
     */
    public List<String> changedParameters() {
        return changedParameters;
    }

    /**
     * Compares one household.
     *
     * @param household the household, not null, no member born after the date
     * @return the change, or empty if eligibility and amounts are the same under both sets
     * @throws NullPointerException if {@code household} is null
     * @throws IllegalArgumentException if a member is born after the date
     */
    public Optional<HouseholdChange> compare(Household household) {
        Checks.notNull(household, "household");
        Decision before = base.evaluate(household);
        Decision after = alternative.evaluate(household);
        return change(household, before, after);
    }

    private Optional<HouseholdChange> change(Household household, Decision before, Decision after) {
        if (sameOutcome(before, after)) {
            return Optional.empty();
        }
        List<String> causes = new ArrayList<>(1);
        if (candidates.size() == 1) {
            causes.add(candidates.get(0));
        } else {
            for (String key : candidates) {
                if (!sameOutcome(before, alternativeAlone.get(key).evaluate(household))
                        || !sameOutcome(after, baseAlone.get(key).evaluate(household))) {
                    causes.add(key);
                }
            }
            if (causes.isEmpty()) {
                causes.addAll(candidates);
            }
        }
        return Optional.of(HouseholdChange.builder()
                .householdId(household.id())
                .region(household.region())
                .eligibleBefore(before.eligible())
                .eligibleAfter(after.eligible())
                .annualAmountBefore(before.annualAmount())
                .annualAmountAfter(after.annualAmount())
                .amountPerPaymentBefore(before.amountPerPayment())
                .amountPerPaymentAfter(after.amountPerPayment())
                .primaryReasonBefore(before.primaryReason())
                .primaryReasonAfter(after.primaryReason())
                .causes(causes)
                .build());
    }

    private static boolean sameOutcome(Decision a, Decision b) {
        return a.eligible() == b.eligible()
                && a.annualAmount().equals(b.annualAmount())
                && a.amountPerPayment().equals(b.amountPerPayment());
    }

    /**
     * Compares every household of a file, in file order, read as batch evaluation reads it ({@link
     * BatchHouseholds}): the records {@code evaluate} rejects are rejected, and {@code DATA_GANDA}
     * applies on both sides, so the totals before are those of {@code evaluate} with the base set.
     *
     * @param source the file, read twice, not null
     * @param changes receives each changed household, in file order, not null
     * @param rejects receives each rejected record, in file order, not null
     * @return the totals, not null
     * @throws NullPointerException if an argument is null
     * @throws IOException if the file cannot be read or changed between the passes
     * @throws id.bansos.io.InputException if the file is ill-formed as a whole (such as a bad CSV
     *     header)
     */
    public WhatIfSummary run(
            HouseholdSource source, Consumer<? super HouseholdChange> changes, Consumer<? super Reject> rejects)
            throws IOException {
        return run(BatchHouseholds.builder().asOf(base.asOf()).build(), source, changes, rejects);
    }

    /**
     * Compares every household of a file as {@link #run(HouseholdSource, Consumer, Consumer)} does,
     * with a reading of one's own (other readers or read limits).
     *
     * @param households the reading, not null, with the date of this comparison
     * @param source the file, read twice, not null
     * @param changes receives each changed household, in file order, not null
     * @param rejects receives each rejected record, in file order, not null
     * @return the totals, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the reading has another date or none
     * @throws IOException if the file cannot be read or changed between the passes
     * @throws id.bansos.io.InputException if the file is ill-formed as a whole
     */
    public WhatIfSummary run(
            BatchHouseholds households,
            HouseholdSource source,
            Consumer<? super HouseholdChange> changes,
            Consumer<? super Reject> rejects)
            throws IOException {
        Checks.notNull(households, "households");
        Checks.notNull(source, "source");
        Checks.notNull(changes, "changes");
        Checks.notNull(rejects, "rejects");
        Checks.check(
                households.asOf().filter(base.asOf()::equals).isPresent(),
                "households",
                "must read as of " + base.asOf(),
                households.asOf().map(LocalDate::toString).orElse("no date"));
        Totals t = new Totals();
        BatchHouseholds.Counts counts = households.forEach(
                source,
                batchHousehold -> {
                    Household household = batchHousehold.household();
                    Decision before;
                    Decision after;
                    Optional<HouseholdChange> change;
                    try {
                        before = batchHousehold.applyBatchRules(base.evaluate(household));
                        after = batchHousehold.applyBatchRules(alternative.evaluate(household));
                        change = change(household, before, after);
                    } catch (UndecidableHouseholdException e) {
                        // A programme file's amount below 0 under either set: a reject, as in evaluate.
                        t.undecided++;
                        rejects.accept(Undecidable.reject(source.name(), batchHousehold.line(), household.id(), e));
                        return;
                    }
                    t.add(before, after, change, changes);
                },
                rejects);
        return t.summary(counts);
    }

    /** The running totals of one {@link #run}. */
    private static final class Totals {
        private long compared;
        private long changed;
        private long gained;
        private long lost;
        private long eligibleBefore;
        private long eligibleAfter;
        private final ExactSum totalBefore = new ExactSum();
        private final ExactSum totalAfter = new ExactSum();
        private final Map<String, Long> byParameter = new HashMap<>();
        /** Households a rule could not decide under one of the sets: rejects. */
        private long undecided;

        void add(
                Decision before,
                Decision after,
                Optional<HouseholdChange> change,
                Consumer<? super HouseholdChange> changes) {
            compared++;
            eligibleBefore += before.eligible() ? 1 : 0;
            eligibleAfter += after.eligible() ? 1 : 0;
            totalBefore.add(before.annualAmount().amount());
            totalAfter.add(after.annualAmount().amount());
            if (change.isPresent()) {
                HouseholdChange c = change.get();
                changed++;
                gained += c.gainedEligibility() ? 1 : 0;
                lost += c.lostEligibility() ? 1 : 0;
                for (String key : c.causes()) {
                    byParameter.merge(key, 1L, Long::sum);
                }
                changes.accept(c);
            }
        }

        WhatIfSummary summary(BatchHouseholds.Counts counts) {
            return WhatIfSummary.builder()
                    .recordsRead(counts.records())
                    .compared(compared)
                    .rejected(counts.rejected() + undecided)
                    .changed(changed)
                    .gainedEligibility(gained)
                    .lostEligibility(lost)
                    .eligibleBefore(eligibleBefore)
                    .eligibleAfter(eligibleAfter)
                    .totalAnnualAmountBefore(totalBefore.value())
                    .totalAnnualAmountAfter(totalAfter.value())
                    .putAllChangesByParameter(byParameter)
                    .build();
        }
    }
}
