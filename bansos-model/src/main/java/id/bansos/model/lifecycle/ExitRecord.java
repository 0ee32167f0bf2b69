package id.bansos.model.lifecycle;

import id.bansos.model.decision.ReasonCode;
import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import id.bansos.model.program.EnrollmentStatus;
import id.bansos.model.program.Program;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An exit an officer recorded: a household leaves a programme on a day for a reason (LIFECYCLE-V2,
 * one line of an exits file). Applied to the household's enrolment, it ends it as {@link
 * EnrollmentStatus#GRADUATED} when the reason is a graduation ({@code GRAD_*}) and as {@link
 * EnrollmentStatus#TERMINATED} otherwise.
 *
 * <p>The reason is a code of EXCHANGE-V1 ({@link ReasonCode#GRAD_MANDIRI}, {@code PINDAH}, {@code
 * MENOLAK}, ...) or a district's own well-formed code; there is no free text, so an exit carries no
 * personal data beyond the household id.
 *
 * <p>Example: household {@code KEL-0001} leaves PKH on 2024-07-15 with {@link
 * ReasonCode#GRAD_MANDIRI} (a signed statement): its enrolment becomes graduated.
 */
@Value.Immutable
@BansosStyle
public abstract class ExitRecord {
    ExitRecord() {}

    /**
     * The household's id.
     *
     * @return the id, not blank
     */
    public abstract String householdId();

    /**
     * The programme the household leaves.
     *
     * @return the programme, not null
     */
    public abstract Program program();

    /**
     * Why the household leaves.
     *
     * @return the reason, not null
     */
    public abstract ReasonCode exitReason();

    /**
     * The day the household leaves.
     *
     * @return the date, not null
     */
    public abstract LocalDate exitDate();

    /**
     * Returns the status the enrolment ends in: {@link EnrollmentStatus#GRADUATED} for a reason
     * whose code starts with {@code GRAD_} (the four graduation types, or a district's own), else
     * {@link EnrollmentStatus#TERMINATED}.
     *
     * @return graduated or terminated, not null
     */
    public EnrollmentStatus endStatus() {
        return exitReason().code().startsWith("GRAD_") ? EnrollmentStatus.GRADUATED : EnrollmentStatus.TERMINATED;
    }

    /**
     * Returns a new builder; every attribute is required.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.check(!householdId().isBlank(), "household_id", "must not be blank");
    }

    /**
     * Builds an {@link ExitRecord}; {@code build()} throws {@link IllegalStateException} if an
     * attribute is missing and {@link IllegalArgumentException} if the household id is blank.
     */
    public static final class Builder extends ImmutableExitRecord.Builder {}
}
