package id.bansos.batch;

import id.bansos.model.Household;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.id.RegionCode;
import id.bansos.model.id.RegionLevel;
import id.bansos.model.money.Rupiah;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The running counts behind a {@link BatchSummary}: each worker fills one per chunk, and the
 * writing thread adds them up. Not thread-safe.
 */
final class Tally {
    private long decided;
    private long eligible;
    private long notEligible;
    private long rejected;
    private long annualAmount;
    private final Map<ReasonCode, long[]> byReason = new HashMap<>();
    private final Map<ReasonCode, long[]> byPrimaryReason = new HashMap<>();
    private final Map<RegionCode, long[]> byRegency = new HashMap<>();
    private final Map<RegionCode, long[]> byDistrict = new HashMap<>();

    /** Counts a decided household. */
    void decided(Household household, Decision decision) {
        decided++;
        long amount = decision.annualAmount().amount();
        if (decision.eligible()) {
            eligible++;
            annualAmount = Math.addExact(annualAmount, amount);
        } else {
            notEligible++;
        }
        for (Reason r : decision.reasons()) {
            byReason.computeIfAbsent(r.code(), c -> new long[1])[0]++;
        }
        Optional<ReasonCode> primary = decision.primaryReason();
        if (!decision.eligible() && primary.isPresent()) {
            byPrimaryReason.computeIfAbsent(primary.get(), c -> new long[1])[0]++;
        }
        RegionCode region = household.region();
        region(byRegency, region.ancestor(RegionLevel.REGENCY), decision.eligible(), amount);
        region(byDistrict, region.ancestor(RegionLevel.DISTRICT), decision.eligible(), amount);
    }

    private static void region(Map<RegionCode, long[]> map, RegionCode code, boolean eligible, long amount) {
        long[] t = map.computeIfAbsent(code, c -> new long[3]);
        if (eligible) {
            t[0]++;
            t[2] = Math.addExact(t[2], amount);
        } else {
            t[1]++;
        }
    }

    /** Counts a rejected record. */
    void rejected() {
        rejected++;
    }

    /** Adds another tally's counts to this one. */
    void addAll(Tally other) {
        decided += other.decided;
        eligible += other.eligible;
        notEligible += other.notEligible;
        rejected += other.rejected;
        annualAmount = Math.addExact(annualAmount, other.annualAmount);
        merge(byReason, other.byReason);
        merge(byPrimaryReason, other.byPrimaryReason);
        merge(byRegency, other.byRegency);
        merge(byDistrict, other.byDistrict);
    }

    private static <K> void merge(Map<K, long[]> into, Map<K, long[]> from) {
        from.forEach((k, v) -> {
            long[] t = into.computeIfAbsent(k, x -> new long[v.length]);
            for (int i = 0; i < v.length; i++) {
                t[i] = Math.addExact(t[i], v[i]);
            }
        });
    }

    /** The records counted, decided or rejected. */
    long records() {
        return decided + rejected;
    }

    /** Makes the summary. */
    BatchSummary toSummary() {
        BatchSummary.Builder b = BatchSummary.builder()
                .recordsRead(decided + rejected)
                .decided(decided)
                .rejected(rejected)
                .eligible(eligible)
                .notEligible(notEligible)
                .totalAnnualAmount(Rupiah.of(annualAmount));
        byReason.forEach((code, n) -> b.putCountsByReason(code, n[0]));
        byPrimaryReason.forEach((code, n) -> b.putCountsByPrimaryReason(code, n[0]));
        byRegency.forEach((code, t) -> b.putByRegency(code, RegionTally.of(t[0], t[1], Rupiah.of(t[2]))));
        byDistrict.forEach((code, t) -> b.putByDistrict(code, RegionTally.of(t[0], t[1], Rupiah.of(t[2]))));
        return b.build();
    }
}
