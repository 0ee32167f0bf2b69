package id.bansos.rules.commitment;

import id.bansos.model.internal.Checks;
import java.util.List;
import java.util.Optional;

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

    /**
     * Returns the tahap in which the family was terminated: the first with the consequence {@link
     * Consequence#TERMINATION}. A termination is final, so every later tahap carries it too.
     *
     * @return the tahap's entry, or empty if the span holds no termination
     */
    public Optional<TahapCompliance> terminatedIn() {
        for (TahapCompliance t : tahaps) {
            if (t.consequence() == Consequence.TERMINATION) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
