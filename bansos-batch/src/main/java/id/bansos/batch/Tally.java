package id.bansos.batch;

import id.bansos.model.Household;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.id.RegionCode;
import id.bansos.model.id.RegionLevel;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The running counts behind a {@link BatchSummary}: each worker fills one per chunk, and the
 * writing thread adds them up; serializable, so that a distributed run can send each partition's
 * counts to its driver. Not thread-safe.
 */
final class Tally implements Serializable {
    private static final long serialVersionUID = 1L;

    private long decided;
    private long eligible;
    private long notEligible;
    private long rejected;
    private final ExactSum annualAmount = new ExactSum();
    // Keyed by the code's text: a ReasonCode is not serializable.
    private final Map<String, long[]> byReason = new HashMap<>();
    private final Map<String, long[]> byPrimaryReason = new HashMap<>();
    private final Map<RegionCode, Region> byRegency = new HashMap<>();
    private final Map<RegionCode, Region> byDistrict = new HashMap<>();

    /** The running counts of one region. */
    private static final class Region implements Serializable {
        private static final long serialVersionUID = 1L;

        long eligible;
        long notEligible;
        final ExactSum amount = new ExactSum();

        void addAll(Region other) {
            eligible += other.eligible;
            notEligible += other.notEligible;
            amount.add(other.amount);
        }

        RegionTally toTally() {
            return RegionTally.of(eligible, notEligible, amount.value());
        }
    }

    /** Counts a decided household. */
    void decided(Household household, Decision decision) {
        decided++;
        long amount = decision.annualAmount().amount();
        if (decision.eligible()) {
            eligible++;
            annualAmount.add(amount);
        } else {
            notEligible++;
        }
        for (Reason r : decision.reasons()) {
            byReason.computeIfAbsent(r.code().code(), c -> new long[1])[0]++;
        }
        Optional<ReasonCode> primary = decision.primaryReason();
        if (!decision.eligible() && primary.isPresent()) {
            byPrimaryReason.computeIfAbsent(primary.get().code(), c -> new long[1])[0]++;
        }
        RegionCode region = household.region();
        region(byRegency, region.ancestor(RegionLevel.REGENCY), decision.eligible(), amount);
        region(byDistrict, region.ancestor(RegionLevel.DISTRICT), decision.eligible(), amount);
    }

    private static void region(Map<RegionCode, Region> map, RegionCode code, boolean eligible, long amount) {
        Region r = map.computeIfAbsent(code, c -> new Region());
        if (eligible) {
            r.eligible++;
            r.amount.add(amount);
        } else {
            r.notEligible++;
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
        annualAmount.add(other.annualAmount);
        merge(byReason, other.byReason);
        merge(byPrimaryReason, other.byPrimaryReason);
        mergeRegions(byRegency, other.byRegency);
        mergeRegions(byDistrict, other.byDistrict);
    }

    private static void mergeRegions(Map<RegionCode, Region> into, Map<RegionCode, Region> from) {
        from.forEach((code, r) -> into.computeIfAbsent(code, c -> new Region()).addAll(r));
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
                .totalAnnualAmount(annualAmount.value());
        byReason.forEach((code, n) -> b.putCountsByReason(ReasonCode.of(code), n[0]));
        byPrimaryReason.forEach((code, n) -> b.putCountsByPrimaryReason(ReasonCode.of(code), n[0]));
        byRegency.forEach((code, r) -> b.putByRegency(code, r.toTally()));
        byDistrict.forEach((code, r) -> b.putByDistrict(code, r.toTally()));
        return b.build();
    }
}
