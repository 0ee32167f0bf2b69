package id.bansos.batch.roster;

import id.bansos.model.Household;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.Reason;
import id.bansos.model.id.RegionCode;
import id.bansos.model.id.RegionLevel;
import id.bansos.model.internal.Checks;
import id.bansos.model.param.MissingParameterException;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.Engine;
import id.bansos.rules.Evaluator;
import id.bansos.rules.ProgramDefinition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Proposes replacements for exited places from a ranked waitlist, up to a quota per region (the
 * practice the domain brief suggests: exited places are refilled by eligible families, [P] from a
 * ranked waitlist).
 *
 * <p>Each candidate is checked in this order: already enrolled ({@link
 * SkipReason#ALREADY_ENROLLED}), already seen earlier in the waitlist ({@link
 * SkipReason#REPEATED_IN_WAITLIST}), its region (the ancestor of its village at the quotas' level)
 * without quota ({@link SkipReason#NO_QUOTA_IN_REGION}), then decided by the programme's rules on
 * the date: not eligible is {@link SkipReason#NOT_ELIGIBLE} with the decision's reasons. The
 * eligible candidates of a region are ranked by desil ascending (unknown desil last), then component
 * persons descending, then waitlist position (POLICY-V1, lifecycle defaults); the first {@code
 * quota} are proposed, the rest are {@link SkipReason#QUOTA_FILLED}. The result depends on the
 * inputs only: the same inputs give the same plan.
 *
 * <p>Example: quota 2 in district {@code 52.08.01}; candidates A (desil 3), B (desil 1), C (desil 1,
 * already enrolled), D (desil unknown): C is skipped, B then A are proposed, D is {@code
 * QUOTA_FILLED}.
 */
public final class Replacement {
    private static final Engine ENGINE = Engine.create();

    private Replacement() {}

    /**
     * Counts the places to fill per region from the exits: one per exited household, in the region
     * that holds its village at a level.
     *
     * @param exitVillages the villages of the exited households, not null, no null element
     * @param level the level of the quotas' regions, not null
     * @return the quota per region, in region order, not null
     * @throws NullPointerException if an argument or an element is null
     * @throws IllegalArgumentException if a code is not a village code
     */
    public static Map<RegionCode, Integer> quotas(Collection<RegionCode> exitVillages, RegionLevel level) {
        Checks.notNull(exitVillages, "exitVillages");
        Checks.notNull(level, "level");
        Map<RegionCode, Integer> quotas = new TreeMap<>();
        for (RegionCode village : exitVillages) {
            Checks.notNull(village, "exitVillages element");
            Checks.check(
                    village.level() == RegionLevel.VILLAGE, "exitVillages element", "must be a village code", village);
            quotas.merge(village.ancestor(level), 1, Integer::sum);
        }
        return quotas;
    }

    /**
     * Proposes replacements.
     *
     * @param quotas the places to fill per region, not null; every region of one level, each
     *     quota 0 or more
     * @param waitlist the candidates in waitlist order, not null, no null element
     * @param enrolled the ids of the households already enrolled, not null
     * @param program the programme the places are in, not null
     * @param parameters the parameter set, not null
     * @param asOf the date candidates are decided on, not null
     * @return the plan, not null
     * @throws NullPointerException if an argument or an element is null
     * @throws IllegalArgumentException if the quotas' regions are not of one level, a quota is
     *     negative, a candidate's member is born after {@code asOf}, or the set lacks a key
     * @throws MissingParameterException if a parameter has no value on {@code asOf}
     */
    public static ReplacementPlan propose(
            Map<RegionCode, Integer> quotas,
            List<Household> waitlist,
            Set<String> enrolled,
            ProgramDefinition program,
            ParameterSet parameters,
            LocalDate asOf) {
        Checks.notNull(quotas, "quotas");
        Checks.notNull(waitlist, "waitlist");
        Checks.notNull(enrolled, "enrolled");
        Checks.notNull(program, "program");
        Checks.notNull(parameters, "parameters");
        Checks.notNull(asOf, "asOf");
        RegionLevel level = null;
        for (Map.Entry<RegionCode, Integer> e : quotas.entrySet()) {
            RegionCode region = Checks.notNull(e.getKey(), "quotas key");
            int quota = Checks.notNull(e.getValue(), "quota of " + region);
            Checks.check(quota >= 0, "quota of " + region, "must not be negative", quota);
            if (level == null) {
                level = region.level();
            }
            Checks.check(region.level() == level, "quotas", "must all be at the " + level + " level", region);
        }
        Evaluator evaluator = ENGINE.prepare(program, parameters, asOf);
        Map<RegionCode, List<Proposal>> candidates = new TreeMap<>();
        List<Skip> skipped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int position = 0; position < waitlist.size(); position++) {
            Household h = Checks.notNull(waitlist.get(position), "waitlist element");
            if (enrolled.contains(h.id())) {
                skipped.add(new Skip(h.id(), position, SkipReason.ALREADY_ENROLLED, List.of()));
                continue;
            }
            if (!seen.add(h.id())) {
                skipped.add(new Skip(h.id(), position, SkipReason.REPEATED_IN_WAITLIST, List.of()));
                continue;
            }
            RegionCode region = level == null ? null : h.region().ancestor(level);
            Integer quota = region == null ? null : quotas.get(region);
            if (quota == null || quota == 0) {
                skipped.add(new Skip(h.id(), position, SkipReason.NO_QUOTA_IN_REGION, List.of()));
                continue;
            }
            Decision d = evaluator.evaluate(h);
            if (!d.eligible()) {
                List<Reason> against = new ArrayList<>();
                for (Reason r : d.reasons()) {
                    if (!r.code().isPositive()) {
                        against.add(r);
                    }
                }
                skipped.add(new Skip(h.id(), position, SkipReason.NOT_ELIGIBLE, against));
                continue;
            }
            candidates
                    .computeIfAbsent(region, k -> new ArrayList<>())
                    .add(new Proposal(
                            h.id(),
                            region,
                            1,
                            position,
                            h.desil(),
                            d.components().size(),
                            d));
        }
        List<Proposal> proposals = new ArrayList<>();
        List<Skip> filled = new ArrayList<>();
        Map<RegionCode, Integer> unfilled = new TreeMap<>();
        for (Map.Entry<RegionCode, Integer> e : new TreeMap<>(quotas).entrySet()) {
            List<Proposal> ranked = candidates.getOrDefault(e.getKey(), List.of());
            ranked = new ArrayList<>(ranked);
            ranked.sort(RANK);
            int quota = e.getValue();
            for (int i = 0; i < ranked.size(); i++) {
                Proposal p = ranked.get(i);
                if (i < quota) {
                    proposals.add(new Proposal(
                            p.householdId(),
                            p.region(),
                            i + 1,
                            p.waitlistPosition(),
                            p.desil(),
                            p.componentPersons(),
                            p.decision()));
                } else {
                    filled.add(new Skip(p.householdId(), p.waitlistPosition(), SkipReason.QUOTA_FILLED, List.of()));
                }
            }
            unfilled.put(e.getKey(), Math.max(0, quota - ranked.size()));
        }
        skipped.addAll(filled);
        skipped.sort(Comparator.comparingInt(Skip::waitlistPosition));
        return new ReplacementPlan(quotas, proposals, skipped, unfilled);
    }

    /** Desil ascending with unknown last, then component persons descending, then waitlist position. */
    private static final Comparator<Proposal> RANK = Comparator.<Proposal>comparingInt(
                    p -> p.desil().isPresent() ? p.desil().getAsInt() : Integer.MAX_VALUE)
            .thenComparing(Comparator.comparingInt(Proposal::componentPersons).reversed())
            .thenComparingInt(Proposal::waitlistPosition);
}
