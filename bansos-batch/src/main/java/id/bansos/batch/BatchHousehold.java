package id.bansos.batch;

import id.bansos.model.Household;
import id.bansos.model.decision.Decision;
import id.bansos.model.internal.Checks;
import id.bansos.rules.DuplicateNik;
import java.util.List;

/**
 * One household of a file as the second pass of batch evaluation hands it out ({@link
 * BatchHouseholds#forEach}): accepted by the format reader, its id in no other record, no member
 * born after the date, and what the first pass found about it: the other households that share a
 * NIK with it, for {@code DATA_GANDA}.
 *
 * <p>{@link #applyBatchRules(Decision)} turns the decision the programme's rules give into the one
 * {@code evaluate} writes. Example: household {@code H4} shares a child's NIK with {@code H5}; its
 * {@code sharesNikWith()} is {@code [H5]}, {@code sharesNikTotal()} 1, and {@code
 * applyBatchRules(decision)} is not eligible with {@code DATA_GANDA} last. Immutable.
 */
public final class BatchHousehold {
    private final Household household;
    private final long line;
    private final List<String> others;
    private final int total;

    BatchHousehold(Household household, long line, List<String> others, int total) {
        this.household = household;
        this.line = line;
        this.others = others;
        this.total = total;
    }

    /**
     * The household as read.
     *
     * @return the household, not null
     */
    public Household household() {
        return household;
    }

    /**
     * The line where its record starts, as rejects count lines.
     *
     * @return the line, 1 or more
     */
    public long line() {
        return line;
    }

    /**
     * Tells whether the household shares a NIK with another household of the file.
     *
     * @return true if {@code DATA_GANDA} applies to it
     */
    public boolean sharesNik() {
        return total > 0;
    }

    /**
     * The other households sharing a NIK with this one, in file order, at most {@value
     * DuplicateNik#MAX_LISTED}.
     *
     * @return the ids, not null, empty if it shares no NIK
     */
    public List<String> sharesNikWith() {
        return others;
    }

    /**
     * The number of other households sharing a NIK with this one.
     *
     * @return the count, 0 if it shares no NIK
     */
    public int sharesNikTotal() {
        return total;
    }

    /**
     * Applies the whole-batch rules to a decision of this household: {@code DATA_GANDA} when it
     * shares a NIK, nothing otherwise.
     *
     * @param decision the decision the programme's rules gave this household, not null, without
     *     {@code DATA_GANDA}
     * @return the decision {@code evaluate} writes, not null
     * @throws NullPointerException if {@code decision} is null
     * @throws IllegalArgumentException if the decision is of another household or already has
     *     {@code DATA_GANDA}
     */
    public Decision applyBatchRules(Decision decision) {
        Checks.notNull(decision, "decision");
        Checks.check(
                decision.householdId().equals(household.id()),
                "decision",
                "must be of household " + household.id(),
                decision.householdId());
        return total == 0 ? decision : DuplicateNik.apply(decision, others, total);
    }

    @Override
    public String toString() {
        // No NIK, no name: the household's id and the line only.
        return "BatchHousehold{" + household.id() + " at line " + line + ", shares a NIK with " + total + "}";
    }
}
