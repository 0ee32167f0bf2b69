package id.bansos.batch.roster;

import id.bansos.model.decision.Reason;
import id.bansos.model.internal.Checks;
import java.util.List;

/**
 * A waitlist candidate that is not proposed, and why.
 *
 * @param householdId the household, not blank
 * @param waitlistPosition the 0-based position in the waitlist
 * @param why why it is skipped, not null
 * @param reasons for {@link SkipReason#NOT_ELIGIBLE}, the decision's negative reasons (at least
 *     one); empty otherwise
 */
public record Skip(String householdId, int waitlistPosition, SkipReason why, List<Reason> reasons) {
    /**
     * Checks the components and copies the list.
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if the reasons do not match {@code why}
     */
    public Skip {
        Checks.notNull(householdId, "householdId");
        Checks.notNegative(waitlistPosition, "waitlistPosition");
        Checks.notNull(why, "why");
        reasons = List.copyOf(Checks.notNull(reasons, "reasons"));
        Checks.check(
                reasons.isEmpty() == (why != SkipReason.NOT_ELIGIBLE),
                "reasons",
                "must be given exactly for NOT_ELIGIBLE",
                why);
    }
}
