package id.bansos.rules.commitment;

import id.bansos.model.internal.Checks;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.EnrollmentStatus;
import java.time.LocalDate;

/**
 * A PKH enrolment's commitments as of a date (LIFECYCLE-V2, {@code commitments}): every tahap from
 * the one containing {@link Enrollment#since()} up to and including the one containing the date,
 * and the enrolment's status on the date. Made by {@link CommitmentRule#assess(Enrollment,
 * java.util.List, LocalDate)}.
 *
 * @param enrollment the enrolment as in the register, not null
 * @param asOf the date, not null, not before the enrolment's {@code since}
 * @param history the tahap, in order, not null
 * @param status the status on the date, not null: the register's exit ({@code GRADUATED} or {@code
 *     TERMINATED}) if it left on or before the date; else {@code TERMINATED} if the commitments
 *     terminated it (final); else {@code SUSPENDED} if the register suspends it or the last tahap's
 *     count brings a suspension; else {@code ACTIVE}
 */
public record EnrollmentCommitments(
        Enrollment enrollment, LocalDate asOf, CommitmentHistory history, EnrollmentStatus status) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the history is of another household
     */
    public EnrollmentCommitments {
        Checks.notNull(enrollment, "enrollment");
        Checks.notNull(asOf, "asOf");
        Checks.notNull(history, "history");
        Checks.notNull(status, "status");
        Checks.check(
                history.householdId().equals(enrollment.householdId()),
                "history",
                "must be of the enrolment's household");
    }

    /**
     * Tells whether the commitments themselves (not the register) terminate the enrolment.
     *
     * @return true if a tahap of the history brought a termination
     */
    public boolean terminatedByCommitments() {
        return history.terminatedIn().isPresent();
    }

    /**
     * Tells whether the commitments themselves suspend the enrolment on the date: the last tahap's
     * count brings a suspension and no termination.
     *
     * @return true if suspended by the commitments
     */
    public boolean suspendedByCommitments() {
        return history.consequence() == Consequence.SUSPENSION;
    }
}
