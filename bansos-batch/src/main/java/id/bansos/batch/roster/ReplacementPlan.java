package id.bansos.batch.roster;

import id.bansos.model.id.RegionCode;
import id.bansos.model.internal.Checks;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replacements proposed from a waitlist: for each region, up to its quota of eligible candidates
 * in rank order, and every other candidate with the reason it was skipped.
 *
 * @param quotas the places to fill per region, in region order
 * @param proposals the proposals by region, then rank
 * @param skipped the candidates not proposed, in waitlist order
 * @param unfilled the places left per region for want of eligible candidates, in region order; 0
 *     when the quota is filled
 */
public record ReplacementPlan(
        Map<RegionCode, Integer> quotas,
        List<Proposal> proposals,
        List<Skip> skipped,
        Map<RegionCode, Integer> unfilled) {
    /**
     * Checks the components and copies the collections.
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if a region's proposals and unfilled places do not add up to
     *     its quota
     */
    public ReplacementPlan {
        quotas = Collections.unmodifiableMap(new TreeMap<>(Checks.notNull(quotas, "quotas")));
        proposals = List.copyOf(Checks.notNull(proposals, "proposals"));
        skipped = List.copyOf(Checks.notNull(skipped, "skipped"));
        unfilled = Collections.unmodifiableMap(new TreeMap<>(Checks.notNull(unfilled, "unfilled")));
        Map<RegionCode, Integer> proposed = new TreeMap<>();
        for (Proposal p : proposals) {
            proposed.merge(p.region(), 1, Integer::sum);
        }
        for (Map.Entry<RegionCode, Integer> e : quotas.entrySet()) {
            int filled = proposed.getOrDefault(e.getKey(), 0);
            int open = unfilled.getOrDefault(e.getKey(), -1);
            Checks.check(
                    filled + open == e.getValue(),
                    "unfilled",
                    "of " + e.getKey() + " must be its quota " + e.getValue() + " less its " + filled + " proposals",
                    open);
        }
        Checks.check(
                quotas.keySet().containsAll(proposed.keySet()), "proposals", "must only be in regions with a quota");
    }
}
