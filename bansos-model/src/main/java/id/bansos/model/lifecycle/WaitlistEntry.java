package id.bansos.model.lifecycle;

import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import org.immutables.value.Value;

/**
 * One family on a waitlist for a place in a programme (LIFECYCLE-V2, {@code replace}): one line of a
 * waitlist file, {@code {"household_id"}}; the file's order is the priority order.
 *
 * <p>Example: {@code WaitlistEntry.of("KEL-0042")}.
 */
@Value.Immutable
@BansosStyle
public abstract class WaitlistEntry {
    WaitlistEntry() {}

    /**
     * The household's id.
     *
     * @return the id, not blank
     */
    public abstract String householdId();

    /**
     * Returns the entry of a household.
     *
     * @param householdId the household's id, not null, not blank
     * @return the entry, not null
     * @throws NullPointerException if {@code householdId} is null
     * @throws IllegalArgumentException if {@code householdId} is blank
     */
    public static WaitlistEntry of(String householdId) {
        Checks.notNull(householdId, "householdId");
        return ImmutableWaitlistEntry.builder().householdId(householdId).build();
    }

    @Value.Check
    void check() {
        Checks.check(!householdId().isBlank(), "household_id", "must not be blank");
    }
}
