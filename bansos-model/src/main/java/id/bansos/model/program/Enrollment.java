package id.bansos.model.program;

import id.bansos.model.decision.ReasonCode;
import id.bansos.model.id.RegionCode;
import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A household's enrolment in a programme: since when, its status, and, once it has left, why and
 * when.
 *
 * <p>An enrolment that is {@link EnrollmentStatus#GRADUATED} or {@link EnrollmentStatus#TERMINATED}
 * has an exit reason and an exit date, not before {@link #since()}; an active or suspended one has
 * neither.
 *
 * <p>Example: household {@code KEL-001} in PKH since 2018-02-01, graduated with
 * {@link ReasonCode#GRAD_MANDIRI} on 2024-07-15.
 */
@Value.Immutable
@BansosStyle
public abstract class Enrollment {
    Enrollment() {}

    /**
     * The household's id.
     *
     * @return the id, not blank
     */
    public abstract String householdId();

    /**
     * The programme enrolled in.
     *
     * @return the programme, not null
     */
    public abstract Program program();

    /**
     * The first day of the enrolment.
     *
     * @return the date, not null
     */
    public abstract LocalDate since();

    /**
     * The enrolment's status.
     *
     * @return the status, not null
     */
    public abstract EnrollmentStatus status();

    /**
     * Why the household left, e.g. {@link ReasonCode#GRAD_SEJAHTERA}.
     *
     * @return the reason, present exactly when the status is graduated or terminated
     */
    public abstract Optional<ReasonCode> exitReason();

    /**
     * The day the household left.
     *
     * @return the date, present exactly when the status is graduated or terminated; not before
     *     {@link #since()}
     */
    public abstract Optional<LocalDate> exitDate();

    /**
     * Where the family lives, as a Kemendagri code at any level (a village {@code 52.08.01.2001}
     * where known); reports group enrolments by it.
     *
     * @return the region, or empty when the enrolment does not record it
     */
    public abstract Optional<RegionCode> region();

    /**
     * Returns the whole years from {@link #since()} to {@code date}, as {@link Period#between}
     * counts them. The count does not stop at the exit date.
     *
     * <p>Example: since 2018-02-01, on 2024-01-31 is 5 years, on 2024-02-01 is 6 years. Kemensos
     * gives priority in graduation to families enrolled more than 5 years.
     *
     * @param date the date to count to, not null, not before {@link #since()}
     * @return the whole years, 0 or more
     * @throws NullPointerException if {@code date} is null
     * @throws IllegalArgumentException if {@code date} is before {@link #since()}
     */
    public int fullYearsEnrolledOn(LocalDate date) {
        Checks.notNull(date, "date");
        if (date.isBefore(since())) {
            throw new IllegalArgumentException("date must not be before since " + since() + ", got " + date);
        }
        return Period.between(since(), date).getYears();
    }

    /**
     * Tells whether the household counts as enrolled on a day (LIFECYCLE-V2): the enrolment has
     * started ({@link #since()} on or before the day) and has not ended before the day. On its
     * exit date an enrolment still counts; a suspended one counts.
     *
     * <p>Example: since 2018-02-01, graduated on 2024-07-15: active on 2024-07-15, not on
     * 2024-07-16, not on 2018-01-31.
     *
     * @param day the day, not null
     * @return true if enrolled on that day
     * @throws NullPointerException if {@code day} is null
     */
    public boolean isActiveOn(LocalDate day) {
        Checks.notNull(day, "day");
        return !since().isAfter(day)
                && exitDate().map(exit -> !exit.isBefore(day)).orElse(true);
    }

    /**
     * Returns a new builder. {@code exitReason}, {@code exitDate} and {@code region} are optional;
     * the others are required.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.check(!householdId().isBlank(), "household_id", "must not be blank");
        if (status().isExit()) {
            Checks.check(exitReason().isPresent(), "exit_reason", "must be present when status is " + status());
            Checks.check(exitDate().isPresent(), "exit_date", "must be present when status is " + status());
        } else {
            Checks.check(
                    exitReason().isEmpty(),
                    "exit_reason",
                    "must be absent when status is " + status(),
                    exitReason().orElse(null));
            Checks.check(
                    exitDate().isEmpty(),
                    "exit_date",
                    "must be absent when status is " + status(),
                    exitDate().orElse(null));
        }
        exitDate().ifPresent(exit -> {
            if (exit.isBefore(since())) {
                throw new IllegalArgumentException("exit_date must not be before since " + since() + ", got " + exit);
            }
        });
    }

    /**
     * Builds an {@link Enrollment}; {@code build()} throws {@link IllegalStateException} if a
     * required attribute is missing and {@link IllegalArgumentException} if the enrolment is
     * inconsistent.
     */
    public static final class Builder extends ImmutableEnrollment.Builder {}
}
