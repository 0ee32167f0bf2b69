package id.bansos.rules.pkh;

import java.util.Arrays;

/**
 * The exact assignment of POLICY-V2 rule 6, by a depth-first search over the qualifying members in
 * member order, each member's options in list order and "not paid" last, so that complete
 * assignments are met in the order of their choice lists. An assignment replaces the best so far
 * only when it pays a strictly larger total, or the same total to strictly more members; the first
 * one met of the best score is therefore the one whose choice list comes first.
 *
 * <p>A branch is pruned when even an upper bound of what it can still reach does not beat the best
 * so far: the bound drops the rule that a member is paid once, and takes the highest values that the
 * remaining members could add within the remaining component limits and the remaining cap. Since
 * equal scores met later never replace the best, a branch whose bound only equals it is pruned too,
 * which keeps the search near-linear for large families (100 members).
 *
 * <p>Not thread-safe; one instance per household.
 */
final class Assignment {
    /** The choice of a member who is not paid. */
    static final int NOT_PAID = -1;

    private final int n;
    private final int[][] options;
    private final long[] value;
    private final int[] limit;
    private final int cap;
    /** Components by value, highest first (equal values in list order). */
    private final int[] byValue;
    /** suffix[i][c]: members from i on who qualify for component c. */
    private final int[][] suffix;

    private final int[] used;
    private final int[] choice;
    private final int[] best;
    private long bestTotal = -1;
    private int bestCount = -1;

    /**
     * Prepares a search.
     *
     * @param options each member's components (positions in list order), ascending
     * @param value each component's value, zero or more
     * @param limit each component's limit, {@link Integer#MAX_VALUE} for none
     * @param cap the most members paid, {@link Integer#MAX_VALUE} for none
     */
    Assignment(int[][] options, long[] value, int[] limit, int cap) {
        this.n = options.length;
        this.options = options;
        this.value = value;
        this.limit = limit;
        this.cap = cap;
        int k = value.length;
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> value[a] != value[b] ? Long.compare(value[b], value[a]) : Integer.compare(a, b));
        this.byValue = new int[k];
        for (int c = 0; c < k; c++) {
            byValue[c] = order[c];
        }
        this.suffix = new int[n + 1][k];
        for (int i = n - 1; i >= 0; i--) {
            System.arraycopy(suffix[i + 1], 0, suffix[i], 0, k);
            for (int c : options[i]) {
                suffix[i][c]++;
            }
        }
        this.used = new int[k];
        this.choice = new int[n];
        this.best = new int[n];
    }

    /**
     * Runs the search.
     *
     * @return each member's component (position in list order) or {@link #NOT_PAID}
     */
    int[] solve() {
        search(0, 0, 0);
        return best.clone();
    }

    private void search(int i, long total, int count) {
        if (i == n) {
            if (total > bestTotal || (total == bestTotal && count > bestCount)) {
                bestTotal = total;
                bestCount = count;
                System.arraycopy(choice, 0, best, 0, n);
            }
            return;
        }
        if (bestTotal >= 0 && !canBeat(i, total, count)) {
            return;
        }
        if (count < cap) {
            for (int c : options[i]) {
                if (used[c] < limit[c]) {
                    used[c]++;
                    choice[i] = c;
                    search(i + 1, total + value[c], count + 1);
                    used[c]--;
                }
            }
        }
        choice[i] = NOT_PAID;
        search(i + 1, total, count);
    }

    /** Tells whether members i.. could still make an assignment strictly better than the best. */
    private boolean canBeat(int i, long total, int count) {
        int slots = cap - count;
        long bound = total;
        int room = 0;
        for (int c : byValue) {
            int take = Math.min(limit[c] - used[c], suffix[i][c]);
            room += take;
            int paidHere = Math.min(take, slots);
            bound += value[c] * paidHere;
            slots -= paidHere;
        }
        if (bound != bestTotal) {
            return bound > bestTotal;
        }
        long members = Math.min((long) cap - count, Math.min(n - i, room));
        return count + members > bestCount;
    }
}
