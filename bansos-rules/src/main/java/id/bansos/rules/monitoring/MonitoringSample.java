package id.bansos.rules.monitoring;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import id.bansos.model.Household;
import id.bansos.model.id.RegionCode;
import id.bansos.model.id.RegionLevel;
import id.bansos.model.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * A reproducible random sample of households for monitoring visits (the Kabupaten Pekalongan
 * practice: officers visit a random sample of KPM and check income and assets).
 *
 * <p>Each household gets a rank: a keyed hash (SipHash-2-4, keyed by the seed) of its id. The sample
 * is the households of lowest rank, so it depends on the seed and the ids only — not on the order
 * of the input — and the same seed always gives the same sample. With strata (households grouped by
 * their region at a level), each stratum's share of the sample is allocated by the largest
 * remainder method and filled with the stratum's lowest ranks.
 *
 * <p>Use it in two passes: {@link #count(Household)} every household, then {@link #allocate()}, then
 * {@link #offer(Household)} every household again, then {@link #result()}. Memory grows with the
 * number of strata and the sample size only.
 */
public final class MonitoringSample {
    private final long size;
    private final HashFunction hash;
    private final Optional<RegionLevel> strata;
    private final Allocation allocation;
    private final TreeMap<String, Long> counts = new TreeMap<>();
    private Map<String, Long> quotas;
    private final Map<String, PriorityQueue<Ranked>> kept = new HashMap<>();

    /** A sampled household with its rank and stratum. */
    public record Ranked(String householdId, String stratum, long rank) {}

    private MonitoringSample(long size, long seed, Optional<RegionLevel> strata, Allocation allocation) {
        this.size = size;
        this.hash = Hashing.sipHash24(seed, ~seed);
        this.strata = strata;
        this.allocation = allocation;
    }

    /**
     * Starts a sample.
     *
     * @param size the number of households to draw, 1 or more
     * @param seed the seed; the same seed gives the same sample
     * @param strata the region level to stratify by, or empty for one stratum
     * @param allocation how the sample is spread over strata, not null
     * @return the sampler, not null
     * @throws IllegalArgumentException if {@code size} is below 1
     */
    public static MonitoringSample of(long size, long seed, Optional<RegionLevel> strata, Allocation allocation) {
        Checks.check(size >= 1, "size", "must be at least 1", size);
        Checks.notNull(strata, "strata");
        Checks.notNull(allocation, "allocation");
        return new MonitoringSample(size, seed, strata, allocation);
    }

    private String stratumOf(Household h) {
        if (strata.isEmpty()) {
            return "";
        }
        RegionCode region = h.region();
        return region.ancestor(strata.get()).toString();
    }

    /**
     * Counts a household in the first pass.
     *
     * @param household the household, not null
     */
    public void count(Household household) {
        counts.merge(stratumOf(household), 1L, Long::sum);
    }

    /**
     * Ends the first pass and allocates the sample over the strata.
     *
     * @return the quota of each stratum, by stratum code ({@code ""} when not stratified)
     * @throws IllegalArgumentException if the sample is larger than the population
     */
    public Map<String, Long> allocate() {
        long population = counts.values().stream().mapToLong(Long::longValue).sum();
        Checks.check(
                size <= population, "size", "must not exceed the " + population + " households of the input", size);
        quotas = allocation == Allocation.PROPORTIONAL
                ? Allocations.proportional(size, counts)
                : Allocations.equal(size, counts);
        return quotas;
    }

    /**
     * The rank of a household id under this sample's seed: lower ranks are drawn first.
     *
     * @param householdId the id, not null
     * @return the rank, an unsigned 64-bit number held in a long
     */
    public long rank(String householdId) {
        return hash.hashString(householdId, StandardCharsets.UTF_8).asLong();
    }

    /**
     * Offers a household in the second pass; it stays if it ranks among its stratum's quota.
     *
     * @param household the household, not null
     * @throws IllegalStateException if {@link #allocate()} has not been called
     */
    public void offer(Household household) {
        if (quotas == null) {
            throw new IllegalStateException("allocate() must be called before offer()");
        }
        String stratum = stratumOf(household);
        long quota = quotas.getOrDefault(stratum, 0L);
        if (quota == 0) {
            return;
        }
        Ranked r = new Ranked(household.id(), stratum, rank(household.id()));
        PriorityQueue<Ranked> heap = kept.computeIfAbsent(stratum, s -> new PriorityQueue<>(ORDER.reversed()));
        if (heap.size() < quota) {
            heap.add(r);
        } else if (ORDER.compare(r, heap.peek()) < 0) {
            heap.poll();
            heap.add(r);
        }
    }

    /**
     * The sample: by stratum code, then by rank.
     *
     * @return the sampled households, not null
     */
    public List<Ranked> result() {
        List<Ranked> all = new ArrayList<>();
        kept.values().forEach(all::addAll);
        all.sort(Comparator.comparing(Ranked::stratum).thenComparing(ORDER));
        return all;
    }

    /** Unsigned rank, then household id so that equal ranks (a hash collision) still sort one way. */
    private static final Comparator<Ranked> ORDER =
            Comparator.<Ranked>comparingLong(r -> r.rank() ^ Long.MIN_VALUE).thenComparing(Ranked::householdId);
}
