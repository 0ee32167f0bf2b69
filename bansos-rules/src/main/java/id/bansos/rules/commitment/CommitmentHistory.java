package id.bansos.rules.commitment;

import id.bansos.model.internal.Checks;
import java.util.List;

/**
 * A family's commitments tahap by tahap over a span, with the consequence at its end.
 *
 * @param householdId the household, not blank
 * @param tahaps one entry per tahap of the span, in order, unverified ones included; possibly empty
 */
public record CommitmentHistory(String householdId, List<TahapCompliance> tahaps) {
    /**
     * Checks the components and copies the list.
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if the id is blank
     */
    public CommitmentHistory {
        Checks.notNull(householdId, "householdId");
        Checks.check(!householdId.isBlank(), "householdId", "must not be blank");
        tahaps = List.copyOf(Checks.notNull(tahaps, "tahaps"));
    }

    /**
     * Returns the consecutive non-compliant tahap at the end of the span.
     *
     * @return the count of the last tahap, 0 for an empty span
     */
    public int consecutiveFailures() {
        return tahaps.isEmpty() ? 0 : tahaps.get(tahaps.size() - 1).consecutiveFailures();
    }

    /**
     * Returns the consequence at the end of the span.
     *
     * @return the consequence of the last tahap, {@link Consequence#NONE} for an empty span
     */
    public Consequence consequence() {
        return tahaps.isEmpty()
                ? Consequence.NONE
                : tahaps.get(tahaps.size() - 1).consequence();
    }
}
