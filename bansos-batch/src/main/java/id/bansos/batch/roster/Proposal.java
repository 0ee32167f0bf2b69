package id.bansos.batch.roster;

import id.bansos.model.decision.Decision;
import id.bansos.model.id.RegionCode;
import id.bansos.model.internal.Checks;
import java.util.OptionalInt;

/**
 * A waitlist candidate proposed to fill an exited place.
 *
 * @param householdId the household, not blank
 * @param region the region whose quota the place comes from, not null
 * @param rank the 1-based rank among the region's proposals
 * @param waitlistPosition the 0-based position in the waitlist
 * @param desil the household's desil, empty when unknown
 * @param componentPersons the component persons of the decision (PKH; 0 for Sembako), 0 or more
 * @param decision the eligibility decision on the date, eligible, not null
 */
public record Proposal(
        String householdId,
        RegionCode region,
        int rank,
        int waitlistPosition,
        OptionalInt desil,
        int componentPersons,
        Decision decision) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a number is out of range or the decision is not eligible
     */
    public Proposal {
        Checks.notNull(householdId, "householdId");
        Checks.notNull(region, "region");
        Checks.check(rank >= 1, "rank", "must be at least 1", rank);
        Checks.notNegative(waitlistPosition, "waitlistPosition");
        Checks.notNull(desil, "desil");
        Checks.notNegative(componentPersons, "componentPersons");
        Checks.notNull(decision, "decision");
        Checks.check(decision.eligible(), "decision", "must be eligible");
    }
}
