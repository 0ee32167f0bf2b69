package id.bansos.batch.roster;

import id.bansos.model.decision.ReasonCode;
import id.bansos.model.internal.Checks;
import id.bansos.model.program.Program;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who left, joined and stayed between two recipient rosters, and why each leaver left.
 *
 * <p>The counts add up: {@code stayed + left = before} and {@code stayed + joined = after}; the
 * counts by primary reason add up to the leavers, while a leaver can count under several codes in
 * {@link #byReason()}.
 *
 * @param program the programme reconciled, not null
 * @param asOf the date the leavers were evaluated on, not null
 * @param before the households on the before roster, 0 or more
 * @param after the households on the after roster, 0 or more
 * @param stayed the households on both, 0 or more
 * @param left the households on the before roster only, in before-roster order
 * @param joined the ids of the households on the after roster only, in after-roster order
 * @param byReason leavers per reason code, a leaver under each of its codes; codes in the order of
 *     {@link ReasonCode#libraryCodes()}, then a district's own codes alphabetically
 * @param byPrimaryReason leavers per primary reason, in the same order; they add up to the leavers
 * @param registryUsed true when the reasons came from a registry extract
 */
public record Reconciliation(
        Program program,
        LocalDate asOf,
        long before,
        long after,
        long stayed,
        List<Leaver> left,
        List<String> joined,
        Map<ReasonCode, Long> byReason,
        Map<ReasonCode, Long> byPrimaryReason,
        boolean registryUsed) {
    /**
     * Checks that the counts add up and copies the collections.
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if the counts do not add up
     */
    public Reconciliation {
        Checks.notNull(program, "program");
        Checks.notNull(asOf, "asOf");
        left = List.copyOf(Checks.notNull(left, "left"));
        joined = List.copyOf(Checks.notNull(joined, "joined"));
        byReason = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(byReason, "byReason")));
        byPrimaryReason =
                Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(byPrimaryReason, "byPrimaryReason")));
        Checks.notNegative(stayed, "stayed");
        Checks.check(
                stayed + left.size() == before, "before", "must be stayed + left = " + (stayed + left.size()), before);
        Checks.check(
                stayed + joined.size() == after,
                "after",
                "must be stayed + joined = " + (stayed + joined.size()),
                after);
        long primaries =
                byPrimaryReason.values().stream().mapToLong(Long::longValue).sum();
        Checks.check(
                primaries == left.size(),
                "byPrimaryReason",
                "must add up to the " + left.size() + " leavers",
                primaries);
    }

    /**
     * Returns the number of leavers.
     *
     * @return {@code left().size()}
     */
    public long leftCount() {
        return left.size();
    }

    /**
     * Returns the number of joiners.
     *
     * @return {@code joined().size()}
     */
    public long joinedCount() {
        return joined.size();
    }
}
