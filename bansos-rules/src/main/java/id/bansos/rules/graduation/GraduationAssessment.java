package id.bansos.rules.graduation;

import id.bansos.model.decision.Decision;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.internal.Checks;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Program;
import id.bansos.rules.commitment.CommitmentHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whether an enrolled family is a graduation candidate as of a date, and why.
 *
 * <p>{@link #candidates()} holds one reason per graduation type found, in the order of precedence
 * [P] {@code GRAD_ALAMIAH}, {@code GRAD_MANDIRI}, {@code GRAD_SEJAHTERA}, {@code GRAD_PAKSA}: no
 * component left ends the enrolment whatever else holds, a signed statement is the family's own
 * choice, an assessment of prosperity comes next, and a sanction last. {@link #type()} is the first
 * of them. {@link #exclusions()} holds the eligibility rules' other negative reasons (the {@code
 * EXCL_*} codes, {@code DESIL_TIDAK_DIKETAHUI}, a district's own codes): grounds for termination
 * rather than graduation, shown for the officer to act on.
 *
 * @param householdId the household, not blank
 * @param program the programme of the enrolment, not null
 * @param asOf the date of the assessment, not null
 * @param candidates the graduation reasons found, in the order above, at most one per code
 * @param exclusions the decision's negative reasons that are not grounds for graduation, in rule
 *     order
 * @param incomePerCapita household monthly income ÷ living members, rounded down; empty when no
 *     income is known or nobody is alive
 * @param incomeSource where the income came from; present exactly when {@code incomePerCapita} is
 * @param yearsEnrolled whole years from the enrolment's start to {@code asOf}, 0 or more
 * @param priority true when the family has been enrolled more than {@code graduation.priority_years}
 *     years (Kemensos gives them priority in graduation)
 * @param decision the eligibility decision on {@code asOf} the assessment rests on, not null
 * @param commitments the commitment history from the enrolment's first verified tahap to the tahap
 *     of {@code asOf}, not null
 */
public record GraduationAssessment(
        String householdId,
        Program program,
        LocalDate asOf,
        List<Reason> candidates,
        List<Reason> exclusions,
        Optional<Rupiah> incomePerCapita,
        Optional<IncomeSource> incomeSource,
        int yearsEnrolled,
        boolean priority,
        Decision decision,
        CommitmentHistory commitments) {
    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if the components disagree
     */
    public GraduationAssessment {
        Checks.notNull(householdId, "householdId");
        Checks.check(!householdId.isBlank(), "householdId", "must not be blank");
        Checks.notNull(program, "program");
        Checks.notNull(asOf, "asOf");
        candidates = List.copyOf(Checks.notNull(candidates, "candidates"));
        exclusions = List.copyOf(Checks.notNull(exclusions, "exclusions"));
        Checks.notNull(incomePerCapita, "incomePerCapita");
        Checks.notNull(incomeSource, "incomeSource");
        Checks.check(
                incomePerCapita.isPresent() == incomeSource.isPresent(),
                "incomeSource",
                "must be present exactly when incomePerCapita is");
        Checks.notNegative(yearsEnrolled, "yearsEnrolled");
        Checks.notNull(decision, "decision");
        Checks.notNull(commitments, "commitments");
        Checks.check(decision.householdId().equals(householdId), "decision", "must be of household " + householdId);
        Checks.check(
                commitments.householdId().equals(householdId), "commitments", "must be of household " + householdId);
    }

    /**
     * Returns the graduation type: the code of the first candidate reason.
     *
     * @return {@code GRAD_ALAMIAH}, {@code GRAD_MANDIRI}, {@code GRAD_SEJAHTERA} or {@code
     *     GRAD_PAKSA}; empty when the family is no candidate
     */
    public Optional<ReasonCode> type() {
        return candidates.isEmpty()
                ? Optional.empty()
                : Optional.of(candidates.get(0).code());
    }

    /**
     * Tells whether the family is a graduation candidate.
     *
     * @return true if at least one graduation type was found
     */
    public boolean isCandidate() {
        return !candidates.isEmpty();
    }
}
