package id.bansos.rules.graduation;

import id.bansos.model.Household;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.internal.Checks;
import id.bansos.model.lifecycle.CommitmentRecord;
import id.bansos.model.lifecycle.Observation;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.MissingParameterException;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.Program;
import id.bansos.model.time.Tahap;
import id.bansos.rules.Engine;
import id.bansos.rules.Evaluator;
import id.bansos.rules.LifecycleParameters;
import id.bansos.rules.ProgramDefinition;
import id.bansos.rules.Programs;
import id.bansos.rules.commitment.CommitmentHistory;
import id.bansos.rules.commitment.CommitmentRule;
import id.bansos.rules.commitment.Consequence;
import id.bansos.rules.commitment.TahapCompliance;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Assesses enrolled families for graduation (graduasi) as of a date, from the household's registry
 * record, its enrolment, its commitment history and monitoring observations.
 *
 * <p>The family is first decided by the programme's eligibility rules on the date, on its registry
 * record with the occupations the observations on or before the date found ({@link
 * Observation#applyTo}; of two visits, the later one's finding for a member wins): a head found to
 * be a village official is excluded with {@code EXCL_PERANGKAT_DESA}, as in the registry. Then, each with a
 * reason, rule id and legal basis:
 *
 * <ul>
 *   <li>{@code GRAD_ALAMIAH} (rule {@code graduation.alamiah}): the decision says {@code
 *       TIDAK_ADA_KOMPONEN} (no component left) or {@code MENINGGAL} (nobody left alive).
 *   <li>{@code GRAD_MANDIRI} ({@code graduation.mandiri}): an observation on or before the date
 *       records a signed, stamped statement to leave.
 *   <li>{@code GRAD_SEJAHTERA} ({@code graduation.sejahtera}): the decision says {@code
 *       DESIL_DI_LUAR_SASARAN} (desil above the programme's target, where a desil test is in force),
 *       or the income per capita is above {@code graduation.sejahtera.income_per_capita}. Income per
 *       capita is the household's monthly income ÷ its living members, rounded down to the Rupiah;
 *       the latest observation's income wins over the registry's {@code monthly_income} when both
 *       exist.
 *   <li>{@code GRAD_PAKSA} ({@code graduation.paksa}): the commitment history holds a {@link
 *       Consequence#TERMINATION}, which is final; {@code tahap} names the tahap that terminated.
 * </ul>
 *
 * <p>The decision's other negative reasons are reported as {@linkplain
 * GraduationAssessment#exclusions() exclusions}. A family enrolled more than {@code
 * graduation.priority_years} years (5: the day after the fifth anniversary of {@code since} and
 * later) is flagged as a priority.
 *
 * <p>Worked example, on 2024-03-01 with the national policy: a PKH family enrolled since
 * 2018-02-01, four living members, whose only child finished SMA (no component left), with an
 * observation of 2024-02-10 recording Rp3.600.000 a month: income per capita 3.600.000 ÷ 4 =
 * Rp900.000, above the Rp825.687 in force since 2023-07-17; candidates {@code GRAD_ALAMIAH} then
 * {@code GRAD_SEJAHTERA}, type {@code GRAD_ALAMIAH}; enrolled 6 years, a priority.
 *
 * <p>Immutable and thread-safe: bind once per programme, parameter set and date with {@link
 * #of(ProgramDefinition, ParameterSet, LocalDate)}, then assess any number of families.
 */
public final class GraduationAssessor {
    /** The rule id of {@code GRAD_ALAMIAH}. */
    public static final String ALAMIAH = "graduation.alamiah";

    /** The rule id of {@code GRAD_MANDIRI}. */
    public static final String MANDIRI = "graduation.mandiri";

    /** The rule id of {@code GRAD_SEJAHTERA}. */
    public static final String SEJAHTERA = "graduation.sejahtera";

    /** The rule id of {@code GRAD_PAKSA}. */
    public static final String PAKSA = "graduation.paksa";

    private static final LegalBasis GRADUATION = LegalBasis.builder()
            .instrument("Kemensos")
            .provenance("[S] graduation types alamiah, mandiri and sejahtera (Dirjen Linjamsos; Kota Pekalongan"
                    + " reports)")
            .build();

    private static final LegalBasis ALAMIAH_BASIS = LegalBasis.builder()
            .from(GRADUATION)
            .provenance("[S] graduasi alamiah: no component left or the conditions of membership no longer met"
                    + " (Dirjen Linjamsos); [P] read from the eligibility decision: TIDAK_ADA_KOMPONEN or"
                    + " MENINGGAL")
            .build();

    private static final LegalBasis MANDIRI_BASIS = LegalBasis.builder()
            .from(GRADUATION)
            .provenance("[S] graduasi mandiri: the family chooses to leave and signs a statement on duty stamp (surat"
                    + " pernyataan bermeterai)")
            .build();

    private static final LegalBasis SEJAHTERA_BASIS = LegalBasis.builder()
            .from(GRADUATION)
            .provenance("[S] graduasi sejahtera: the family is assessed as prosperous (income, business, assets; Kota"
                    + " Pekalongan 2020); [P] a candidate when the desil is above the programme's target or the"
                    + " income per capita is above graduation.sejahtera.income_per_capita")
            .build();

    private static final Set<ReasonCode> GRADUATION_GROUNDS =
            Set.of(ReasonCode.TIDAK_ADA_KOMPONEN, ReasonCode.MENINGGAL, ReasonCode.DESIL_DI_LUAR_SASARAN);

    private static final Engine ENGINE = Engine.create();

    private final ProgramDefinition program;
    private final LocalDate asOf;
    private final Evaluator evaluator;
    private final CommitmentRule commitments;
    private final DatedValue<Rupiah> threshold;
    private final DatedValue<Integer> priorityYears;

    private GraduationAssessor(
            ProgramDefinition program,
            LocalDate asOf,
            Evaluator evaluator,
            CommitmentRule commitments,
            DatedValue<Rupiah> threshold,
            DatedValue<Integer> priorityYears) {
        this.program = program;
        this.asOf = asOf;
        this.evaluator = evaluator;
        this.commitments = commitments;
        this.threshold = threshold;
        this.priorityYears = priorityYears;
    }

    /**
     * Binds the assessment of one programme to a parameter set on a date.
     *
     * @param program the programme the families are enrolled in, not null
     * @param parameters the parameter set, not null, holding the programme's keys and those of
     *     {@link LifecycleParameters} (the national policy and sets layered over it do)
     * @param asOf the date of the assessment, not null
     * @return the assessor, not null
     * @throws NullPointerException if an argument is null
     * @throws MissingParameterException if a parameter has no value on {@code asOf}
     * @throws IllegalArgumentException if the set lacks a key or holds one with another type, or
     *     {@code graduation.priority_years} is negative
     */
    public static GraduationAssessor of(ProgramDefinition program, ParameterSet parameters, LocalDate asOf) {
        Checks.notNull(program, "program");
        Checks.notNull(parameters, "parameters");
        Checks.notNull(asOf, "asOf");
        Evaluator evaluator = ENGINE.prepare(program, parameters, asOf);
        CommitmentRule commitments = CommitmentRule.of(parameters);
        DatedValue<Rupiah> threshold =
                entry(parameters, LifecycleParameters.SEJAHTERA_INCOME_PER_CAPITA.key(), Rupiah.class, asOf);
        DatedValue<Integer> years = entry(parameters, LifecycleParameters.PRIORITY_YEARS.key(), Integer.class, asOf);
        years.value()
                .ifPresent(
                        y -> Checks.check(y >= 0, LifecycleParameters.PRIORITY_YEARS.key(), "must not be negative", y));
        return new GraduationAssessor(program, asOf, evaluator, commitments, threshold, years);
    }

    private static <T> DatedValue<T> entry(ParameterSet parameters, String key, Class<T> type, LocalDate date) {
        if (parameters.find(key).isEmpty()) {
            throw new IllegalArgumentException(
                    "graduation reads parameter " + key + ", which the parameter set does not hold");
        }
        return parameters.get(key, type).entryOn(date);
    }

    /**
     * Assesses a family enrolled in a national programme ({@code PKH} or {@code SEMBAKO}, from the
     * enrolment) with a parameter set on a date. For many families, bind once with {@link #of}.
     *
     * @param household the family's registry record, not null, no member born after {@code asOf}
     * @param enrollment its enrolment in {@code PKH} or {@code SEMBAKO}, not null, not ended
     * @param commitments its commitment records, not null, possibly empty; all of this household
     * @param observations its monitoring observations, not null, possibly empty; all of this
     *     household; those after {@code asOf} are ignored
     * @param parameters the parameter set, not null
     * @param asOf the date of the assessment, not null, not before the enrolment's start
     * @return the assessment, not null
     * @throws NullPointerException if an argument or an element is null
     * @throws IllegalArgumentException if the programme is not a national one, or as for {@link
     *     #assess(Household, Enrollment, List, List)}
     * @throws MissingParameterException if a parameter has no value on a date it is needed
     */
    public static GraduationAssessment assess(
            Household household,
            Enrollment enrollment,
            List<CommitmentRecord> commitments,
            List<Observation> observations,
            ParameterSet parameters,
            LocalDate asOf) {
        Checks.notNull(enrollment, "enrollment");
        Program code = enrollment.program();
        ProgramDefinition definition = Programs.national().stream()
                .filter(p -> p.program().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("enrollment must be in a national programme"
                        + " (PKH, SEMBAKO) here, got " + code + "; bind a district's programme with of(..)"));
        return of(definition, parameters, asOf).assess(household, enrollment, commitments, observations);
    }

    /**
     * The date of the assessment.
     *
     * @return the date, not null
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Assesses one enrolled family.
     *
     * @param household the family's registry record, not null, no member born after the date
     * @param enrollment its enrolment, not null, in this assessor's programme, active or suspended,
     *     starting on or before the date
     * @param commitments its commitment records, not null, possibly empty; all of this household,
     *     at most one per tahap; those outside the enrolment's tahap up to the date's are ignored
     * @param observations its monitoring observations, not null, possibly empty; all of this
     *     household; those after the date are ignored
     * @return the assessment, not null
     * @throws NullPointerException if an argument or an element is null
     * @throws IllegalArgumentException if the ids or programmes disagree, the enrolment has ended or
     *     starts after the date, two commitment records share a tahap, a member is born after the
     *     date, or an observation names an occupation for a member the record does not have
     * @throws MissingParameterException if a commitment parameter has no value in a tahap
     */
    public GraduationAssessment assess(
            Household household,
            Enrollment enrollment,
            List<CommitmentRecord> commitments,
            List<Observation> observations) {
        Checks.notNull(household, "household");
        Checks.notNull(enrollment, "enrollment");
        Checks.notNull(commitments, "commitments");
        Checks.notNull(observations, "observations");
        String id = household.id();
        Checks.check(
                enrollment.householdId().equals(id),
                "enrollment",
                "must be of household " + id,
                enrollment.householdId());
        Checks.check(
                enrollment.program().equals(program.program()),
                "enrollment",
                "must be in programme " + program.program(),
                enrollment.program());
        if (enrollment.status().isExit()) {
            throw new IllegalArgumentException("enrollment must not have ended, got " + enrollment.status() + " on "
                    + enrollment.exitDate().orElseThrow());
        }
        Checks.check(
                !asOf.isBefore(enrollment.since()),
                "enrollment",
                "must start on or before " + asOf,
                enrollment.since());
        List<Observation> seen = new ArrayList<>();
        for (Observation o : observations) {
            Checks.notNull(o, "observations element");
            Checks.check(o.householdId().equals(id), "observations", "must be of household " + id, o.householdId());
            if (!o.observedOn().isAfter(asOf)) {
                seen.add(o);
            }
        }
        // Stable: observations of one day keep their order, so the later one in the list wins.
        seen.sort(Comparator.comparing(Observation::observedOn));

        // An occupation found on a visit counts as it would in the registry; a later visit wins.
        Household found = household;
        for (Observation o : seen) {
            found = o.applyTo(found);
        }
        Decision decision = evaluator.evaluate(found);
        CommitmentHistory history = history(id, enrollment, commitments);

        Optional<Rupiah> income = Optional.empty();
        Optional<IncomeSource> source = Optional.empty();
        for (Observation o : seen) {
            if (o.monthlyIncome().isPresent()) {
                income = o.monthlyIncome();
                source = Optional.of(IncomeSource.OBSERVATION);
            }
        }
        if (income.isEmpty() && household.monthlyIncome().isPresent()) {
            income = household.monthlyIncome();
            source = Optional.of(IncomeSource.REGISTRY);
        }
        int living = household.livingMembers().size();
        Optional<Rupiah> perCapita = Optional.empty();
        if (income.isPresent() && living > 0) {
            perCapita = Optional.of(income.get().divide(living, RoundingMode.DOWN));
        } else {
            source = Optional.empty();
        }

        List<Reason> candidates = new ArrayList<>(4);
        alamiah(decision).ifPresent(candidates::add);
        mandiri(seen).ifPresent(candidates::add);
        sejahtera(decision, perCapita, source, income, living, seen).ifPresent(candidates::add);
        paksa(history).ifPresent(candidates::add);

        List<Reason> exclusions = new ArrayList<>();
        for (Reason r : decision.reasons()) {
            if (!r.code().isPositive() && !GRADUATION_GROUNDS.contains(r.code())) {
                exclusions.add(r);
            }
        }
        boolean priority = priorityYears
                .value()
                .map(y -> asOf.isAfter(enrollment.since().plusYears(y)))
                .orElse(false);
        return new GraduationAssessment(
                id,
                program.program(),
                asOf,
                candidates,
                exclusions,
                perCapita,
                source,
                enrollment.fullYearsEnrolledOn(asOf),
                priority,
                decision,
                history);
    }

    private CommitmentHistory history(String id, Enrollment enrollment, List<CommitmentRecord> records) {
        Tahap from = Tahap.containing(enrollment.since());
        Tahap to = Tahap.containing(asOf);
        // Start at the first verified tahap: unverified tahap before it change nothing, and an old
        // enrolment may start before the parameters' first date.
        Tahap first = null;
        for (CommitmentRecord r : records) {
            Checks.notNull(r, "commitments element");
            Checks.check(r.householdId().equals(id), "commitments", "must be of household " + id, r.householdId());
            Tahap t = r.tahap();
            if (t.compareTo(from) >= 0 && t.compareTo(to) <= 0 && (first == null || t.compareTo(first) < 0)) {
                first = t;
            }
        }
        if (first == null) {
            return new CommitmentHistory(id, List.of());
        }
        return commitments.assess(id, records, first, to);
    }

    private static Optional<Reason> alamiah(Decision decision) {
        for (Reason r : decision.reasons()) {
            if (r.code().equals(ReasonCode.TIDAK_ADA_KOMPONEN) || r.code().equals(ReasonCode.MENINGGAL)) {
                return Optional.of(Reason.builder()
                        .code(ReasonCode.GRAD_ALAMIAH)
                        .rule(ALAMIAH)
                        .legalBasis(ALAMIAH_BASIS)
                        .putArgs("found", r.code().code())
                        .addAllParameters(r.parameters())
                        .build());
            }
        }
        return Optional.empty();
    }

    private static Optional<Reason> mandiri(List<Observation> seen) {
        LocalDate statement = null;
        for (Observation o : seen) {
            if (o.signedStatement()) {
                statement = o.observedOn();
            }
        }
        if (statement == null) {
            return Optional.empty();
        }
        return Optional.of(Reason.builder()
                .code(ReasonCode.GRAD_MANDIRI)
                .rule(MANDIRI)
                .legalBasis(MANDIRI_BASIS)
                .putArgs("statement_on", statement.toString())
                .build());
    }

    private Optional<Reason> sejahtera(
            Decision decision,
            Optional<Rupiah> perCapita,
            Optional<IncomeSource> source,
            Optional<Rupiah> income,
            int living,
            List<Observation> seen) {
        Reason.Builder b =
                Reason.builder().code(ReasonCode.GRAD_SEJAHTERA).rule(SEJAHTERA).legalBasis(SEJAHTERA_BASIS);
        boolean found = false;
        for (Reason r : decision.reasons()) {
            if (r.code().equals(ReasonCode.DESIL_DI_LUAR_SASARAN)) {
                b.putArgs("desil", r.args().get("desil"))
                        .putArgs("max", r.args().get("max"))
                        .addAllParameters(r.parameters());
                found = true;
            }
        }
        if (perCapita.isPresent()
                && threshold.value().isPresent()
                && perCapita.get().compareTo(threshold.value().get()) > 0) {
            b.putArgs("income_per_capita", Long.toString(perCapita.get().amount()))
                    .putArgs("threshold", Long.toString(threshold.value().get().amount()))
                    .putArgs(
                            "monthly_income", Long.toString(income.orElseThrow().amount()))
                    .putArgs("living_members", Integer.toString(living))
                    .putArgs("income_source", source.orElseThrow().name())
                    .addParameters(ParameterUse.of(
                            LifecycleParameters.SEJAHTERA_INCOME_PER_CAPITA.key(),
                            Long.toString(threshold.value().get().amount()),
                            threshold.effectiveFrom()));
            found = true;
        }
        if (!found) {
            return Optional.empty();
        }
        // What the visit saw beside the income, for the officer who decides.
        Optional<Boolean> business = Optional.empty();
        Optional<Rupiah> assets = Optional.empty();
        for (Observation o : seen) {
            if (o.business().isPresent()) {
                business = o.business();
            }
            if (o.assetValue().isPresent()) {
                assets = o.assetValue();
            }
        }
        business.ifPresent(x -> b.putArgs("business", x.toString()));
        assets.ifPresent(x -> b.putArgs("asset_value", Long.toString(x.amount())));
        return Optional.of(b.build());
    }

    private static Optional<Reason> paksa(CommitmentHistory history) {
        // A termination is final: the tahap that terminated, even if compliant tahap followed.
        Optional<TahapCompliance> terminated = history.terminatedIn();
        if (terminated.isEmpty()) {
            return Optional.empty();
        }
        TahapCompliance last = terminated.get();
        ParameterUse termination = last.parameters().stream()
                .filter(u -> u.key().equals(LifecycleParameters.TERMINATION_AFTER.key()))
                .findFirst()
                .orElseThrow();
        return Optional.of(Reason.builder()
                .code(ReasonCode.GRAD_PAKSA)
                .rule(PAKSA)
                .legalBasis(CommitmentRule.legalBasis())
                .putArgs("consecutive_failures", Integer.toString(last.consecutiveFailures()))
                .putArgs("termination_after", termination.value())
                .putArgs("tahap", last.tahap().toString())
                .addParameters(termination)
                .build());
    }
}
