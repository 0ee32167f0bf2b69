package id.bansos.rules.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** Largest-remainder allocation of a sample over strata. */
final class Allocations {
    private Allocations() {}

    /**
     * Proportional allocation (Hamilton's method): each stratum gets the whole part of
     * {@code size × N_h / N}; the seats left go to the largest fractional parts, ties to the stratum
     * that sorts first.
     */
    static Map<String, Long> proportional(long size, SortedMap<String, Long> counts) {
        long population = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> quotas = new LinkedHashMap<>();
        List<Map.Entry<String, Long>> remainders = new ArrayList<>();
        long given = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            // Exact integer arithmetic: size × N_h never overflows for realistic rosters (< 2^31 each).
            long product = size * e.getValue();
            long whole = product / population;
            quotas.put(e.getKey(), whole);
            remainders.add(Map.entry(e.getKey(), product % population));
            given += whole;
        }
        remainders.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; given < size; i++, given++) {
            quotas.merge(remainders.get(i).getKey(), 1L, Long::sum);
        }
        return quotas;
    }

    /**
     * Equal allocation: every stratum gets the same share, the remainder going to the strata that sort
     * first; a stratum smaller than its share gives all its households and the rest is shared out
     * again among the others.
     */
    static Map<String, Long> equal(long size, SortedMap<String, Long> counts) {
        Map<String, Long> quotas = new LinkedHashMap<>();
        counts.keySet().forEach(k -> quotas.put(k, 0L));
        long left = size;
        while (left > 0) {
            List<String> open = counts.keySet().stream()
                    .filter(k -> quotas.get(k) < counts.get(k))
                    .toList();
            long share = left / open.size();
            long extra = left % open.size();
            long placed = 0;
            for (int i = 0; i < open.size(); i++) {
                String k = open.get(i);
                long want = share + (i < extra ? 1 : 0);
                long room = counts.get(k) - quotas.get(k);
                long take = Math.min(want, room);
                quotas.merge(k, take, Long::sum);
                placed += take;
            }
            // Every round places at least one household while the size fits the population (the
            // caller checks it); the check turns a broken round into an error, not an endless loop.
            if (placed == 0) {
                throw new IllegalStateException("no stratum has room for the " + left + " households left");
            }
            left -= placed;
        }
        return quotas;
    }
}
