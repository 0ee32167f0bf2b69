package id.bansos.batch;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * What the second pass of a batch needs from the first: which first-pass households it will not
 * see as households (their id is repeated), and, for each household sharing a NIK with another,
 * the other households' ids (at most a few) and their number.
 *
 * <p>Memory is proportional to the households in duplicate groups, plus one bit per household.
 * Immutable once built, so workers may read it concurrently.
 */
final class DuplicateIndex {
    private final int households;
    private final BitSet repeated;
    private final int[] ordinals;
    private final String[] ids;
    private final List<List<String>> others;
    private final int[] totals;

    DuplicateIndex(
            int households, BitSet repeated, int[] ordinals, String[] ids, List<List<String>> others, int[] totals) {
        this.households = households;
        this.repeated = repeated;
        this.ordinals = ordinals;
        this.ids = ids;
        this.others = others;
        this.totals = totals;
    }

    /** A household that shares a NIK with others. */
    record Duplicate(String householdId, List<String> others, int total) {}

    /**
     * The number of households of the first pass.
     *
     * @return the count, zero or more
     */
    int households() {
        return households;
    }

    /**
     * Returns the ordinal of the next household the second pass hands out, skipping those whose id
     * is repeated.
     *
     * @param previous the ordinal of the previous household, or -1 before the first
     * @return the ordinal
     */
    int nextOrdinal(int previous) {
        return repeated.nextClearBit(previous + 1);
    }

    /**
     * The number of households in duplicate groups.
     *
     * @return the count, zero or more
     */
    int duplicateHouseholds() {
        return ordinals.length;
    }

    /**
     * Finds the duplicate record of a household.
     *
     * @param ordinal the household's ordinal in the first pass
     * @return the record, or null if the household shares no NIK
     */
    Duplicate find(int ordinal) {
        int at = ordinals.length == 0 ? -1 : Arrays.binarySearch(ordinals, ordinal);
        return at < 0 ? null : new Duplicate(ids[at], others.get(at), totals[at]);
    }
}
