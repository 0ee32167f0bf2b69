package id.bansos.batch;

import id.bansos.io.HouseholdSource;
import id.bansos.io.InputException;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.Decision;
import id.bansos.model.id.RegionCode;
import id.bansos.model.id.RegionLevel;
import id.bansos.model.internal.Checks;
import id.bansos.model.lifecycle.WaitlistEntry;
import id.bansos.model.param.MissingParameterException;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.EnrollmentStatus;
import id.bansos.rules.LifecycleParameters;
import id.bansos.rules.ProgramDefinition;
import id.bansos.rules.UndecidableHouseholdException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Proposes families from a waitlist to fill the places freed by exits (the {@code replace} command,
 * LIFECYCLE-V2).
 *
 * <p><b>Places.</b> Each enrolment in the programme whose {@code exit_date} lies in [{@code
 * exitsSince}, {@code asOf}] frees one place, in the region at the {@code by} level that holds the
 * enrolment's {@code region}, else (no region, or one coarser than {@code by}) the region of the
 * household's record in the registry; a place whose region is known from neither is counted in a
 * row without region and cannot be filled.
 *
 * <p><b>Candidates.</b> Each waitlist entry, in file order, is checked in the order of {@link Check}
 * and counted under the first check it fails: in the registry; decided eligible on {@code asOf} by
 * the same batch path as {@code evaluate} on the registry ({@link BatchEvaluator}, {@code
 * DATA_GANDA} included); not enrolled in the programme (active or suspended); not exited from it
 * within {@code replacement.reentry_lockout_months} before {@code asOf} (an exit dated after {@code
 * asOf} counts too); sharing no member NIK with a household enrolled (active or suspended) in it;
 * desil at most {@code <program>.target_desil_max} where that is in force (a missing desil fails
 * this check then). The candidates passing every check are ranked within their region at the
 * {@code by} level: desil ascending (missing last), then component persons descending (the
 * distinct members with a component in the decision; PKH), then waitlist position; the first as
 * many as the region has places are proposed, rank 1 first, and the others wait.
 *
 * <p>Example: one PKH exit in district {@code 52.08.01} in the year before 2025-03-01; waitlist A
 * (desil 3), B (desil 1, shares the head's NIK with an active KPM), C (desil 2): B fails {@link
 * Check#SHARES_NIK}, C is proposed at rank 1 and A waits.
 *
 * <p>Use: {@link #readEnrollments} and {@link #readWaitlist} (any order), then {@link #plan} once.
 * Memory: per waitlisted household its id, village, desil and members' NIKs, and the decision of
 * those eligible; the ids of the enrolled households and their members' NIKs (8 bytes each); the
 * registry streams. Not thread-safe.
 */
public final class Replacement {
    /** The checks a candidate must pass, in the order they run; a candidate counts under the first it fails. */
    public enum Check {
        /** The household has no record in the registry (or its record was rejected). */
        NOT_IN_REGISTRY,
        /** The batch decision on the date is not eligible ({@code DATA_GANDA} included). */
        NOT_ELIGIBLE,
        /** The household is enrolled in the programme, active or suspended. */
        ENROLLED,
        /** The household exited the programme within the re-entry lockout before the date. */
        REENTRY_LOCKOUT,
        /** A member's NIK is also a member's NIK of a household enrolled in the programme. */
        SHARES_NIK,
        /** The desil is above the programme's target maximum in force on the date, or missing then. */
        ABOVE_DESIL_MAX
    }

    private final ProgramDefinition program;
    private final BatchEvaluator evaluator;
    private final LocalDate asOf;
    private final LocalDate exitsSince;
    private final RegionLevel by;
    private final OptionalInt lockoutMonths;
    private final OptionalInt desilMax;

    private final Set<String> enrolled = new HashSet<>();
    private final Set<String> lockedOut = new HashSet<>();
    private final List<Place> places = new ArrayList<>();
    private final Map<String, List<Place>> placeNeedsRegion = new HashMap<>();
    private final Map<String, Candidate> waitlist = new LinkedHashMap<>();
    private boolean planned;

    /** One freed place: the region it is in, when known. */
    private static final class Place {
        RegionCode region;

        Place(RegionCode region) {
            this.region = region;
        }
    }

    /**
     * One waitlist entry and what the registry says about it, kept small: a waitlist may hold a
     * quarter of a province. The decision is kept only when it is eligible.
     */
    private static final class Candidate {
        final String householdId;
        final int position;
        final long line;
        boolean inRegistry;
        RegionCode village;
        int desil;
        long[] niks;
        Decision decision;
        int componentPersons;
        Check failed;

        Candidate(String householdId, int position, long line) {
            this.householdId = householdId;
            this.position = position;
            this.line = line;
        }

        OptionalInt desil() {
            return desil == 0 ? OptionalInt.empty() : OptionalInt.of(desil);
        }
    }

    private Replacement(
            ProgramDefinition program, ParameterSet parameters, LocalDate asOf, RegionLevel by, LocalDate exitsSince) {
        this.program = program;
        this.asOf = asOf;
        this.by = by;
        this.exitsSince = exitsSince;
        this.evaluator = BatchEvaluator.builder()
                .program(program)
                .parameters(parameters)
                .asOf(asOf)
                .threads(1)
                .build();
        this.lockoutMonths = toOptionalInt(parameters
                .get(LifecycleParameters.REENTRY_LOCKOUT_MONTHS.key(), Integer.class)
                .findValueOn(asOf));
        this.desilMax = desilMax(program, parameters, asOf);
    }

    /**
     * Starts a replacement with the exits of the year before the date ({@code exitsSince} = {@code
     * asOf} less one year).
     *
     * @param program the programme whose places are refilled, not null
     * @param parameters the parameter set (with {@code replacement.reentry_lockout_months}), not null
     * @param asOf the date candidates are decided on, not null
     * @param by the level at which places are counted and filled, not null
     * @return a new replacement, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the set lacks {@code replacement.reentry_lockout_months}
     * @throws MissingParameterException if the lockout has no value on {@code asOf}
     */
    public static Replacement of(ProgramDefinition program, ParameterSet parameters, LocalDate asOf, RegionLevel by) {
        Checks.notNull(asOf, "asOf");
        return of(program, parameters, asOf, by, asOf.minusYears(1));
    }

    /**
     * Starts a replacement.
     *
     * @param program the programme whose places are refilled, not null
     * @param parameters the parameter set (with {@code replacement.reentry_lockout_months}), not null
     * @param asOf the date candidates are decided on, not null
     * @param by the level at which places are counted and filled, not null
     * @param exitsSince the first day whose exits free a place, not null, not after {@code asOf}
     * @return a new replacement, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code exitsSince} is after {@code asOf}, or the set lacks
     *     {@code replacement.reentry_lockout_months}
     * @throws MissingParameterException if the lockout has no value on {@code asOf}
     */
    public static Replacement of(
            ProgramDefinition program, ParameterSet parameters, LocalDate asOf, RegionLevel by, LocalDate exitsSince) {
        Checks.notNull(program, "program");
        Checks.notNull(parameters, "parameters");
        Checks.notNull(asOf, "asOf");
        Checks.notNull(by, "by");
        Checks.notNull(exitsSince, "exitsSince");
        Checks.check(!exitsSince.isAfter(asOf), "exitsSince", "must not be after asOf " + asOf, exitsSince);
        return new Replacement(program, parameters, asOf, by, exitsSince);
    }

    private static OptionalInt toOptionalInt(Optional<Integer> value) {
        return value.isPresent() ? OptionalInt.of(value.get()) : OptionalInt.empty();
    }

    private static OptionalInt desilMax(ProgramDefinition program, ParameterSet parameters, LocalDate asOf) {
        String key = program.program().code().toLowerCase(Locale.ROOT) + ".target_desil_max";
        Optional<Parameter<?>> p = parameters.find(key);
        if (p.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return toOptionalInt(parameters.get(key, Integer.class).findValueOn(asOf));
        } catch (MissingParameterException e) {
            // No value yet on the date: the ceiling is not in force.
            return OptionalInt.empty();
        }
    }

    /**
     * The months of the re-entry lockout in force on the date.
     *
     * @return the months, empty when the lockout is {@code none}
     */
    public OptionalInt lockoutMonths() {
        return lockoutMonths;
    }

    /**
     * The programme's target desil maximum in force on the date.
     *
     * @return the maximum, empty when none is in force
     */
    public OptionalInt desilMax() {
        return desilMax;
    }

    /**
     * Reads the register of enrolments: the programme's active and suspended enrolments (enrolled
     * households), its exits in [{@code exitsSince}, {@code asOf}] (places) and its exits within the
     * lockout. Enrolments in other programmes are read and left aside; an unreadable line is a
     * reject.
     *
     * @param in the JSON Lines of enrolments, UTF-8, not null; closed at the end
     * @param sourceName the name shown in rejects, not null
     * @param limits the per-record limits, not null
     * @param rejects receives each reject, not null
     * @return the number of rejects
     * @throws IOException if the input cannot be read
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the plan was made already
     */
    public long readEnrollments(InputStream in, String sourceName, ReadLimits limits, Consumer<Reject> rejects)
            throws IOException {
        notPlanned();
        return GraduationRun.read(in, sourceName, Enrollment.class, limits, rejects, (e, s, l) -> {
            addEnrollment(e);
            return Optional.empty();
        });
    }

    private void addEnrollment(Enrollment e) {
        if (!e.program().equals(program.program())) {
            return;
        }
        if (e.status() == EnrollmentStatus.ACTIVE || e.status() == EnrollmentStatus.SUSPENDED) {
            enrolled.add(e.householdId());
        }
        if (e.exitDate().isEmpty()) {
            return;
        }
        LocalDate exit = e.exitDate().get();
        if (!exit.isBefore(exitsSince) && !exit.isAfter(asOf)) {
            RegionCode region = e.region()
                    .filter(r -> r.level().compareTo(by) >= 0)
                    .map(r -> r.ancestor(by))
                    .orElse(null);
            Place place = new Place(region);
            places.add(place);
            if (region == null) {
                placeNeedsRegion
                        .computeIfAbsent(e.householdId(), k -> new ArrayList<>())
                        .add(place);
            }
        }
        if (lockoutMonths.isPresent()
                && exit.plusMonths(lockoutMonths.getAsInt()).isAfter(asOf)) {
            lockedOut.add(e.householdId());
        }
    }

    /**
     * Reads the waitlist, JSON Lines of {@code {"household_id"}} in priority order. An unreadable
     * line, or a household already on an earlier line, is a reject; the earlier line keeps its place.
     *
     * @param in the JSON Lines, UTF-8, not null; closed at the end
     * @param sourceName the name shown in rejects, not null
     * @param limits the per-record limits, not null
     * @param rejects receives each reject, not null
     * @return the number of rejects
     * @throws IOException if the input cannot be read
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the plan was made already
     */
    public long readWaitlist(InputStream in, String sourceName, ReadLimits limits, Consumer<Reject> rejects)
            throws IOException {
        notPlanned();
        return GraduationRun.read(in, sourceName, WaitlistEntry.class, limits, rejects, (w, s, l) -> {
            Candidate first = waitlist.get(w.householdId());
            if (first != null) {
                return Optional.of(Reject.from(
                        new InputException(
                                s,
                                l,
                                0,
                                w.householdId(),
                                "household_id",
                                "the household is already on the waitlist on line " + first.line),
                        l));
            }
            waitlist.put(w.householdId(), new Candidate(w.householdId(), waitlist.size(), l));
            return Optional.empty();
        });
    }

    private void notPlanned() {
        if (planned) {
            throw new IllegalStateException("the plan was made already");
        }
    }

    /**
     * Reads the registry as {@code evaluate} does, decides the waitlist's households, checks every
     * candidate and proposes the best ranked to each region's places.
     *
     * @param registry the registry, read twice, not null
     * @param rejects receives each rejected registry record, in file order, not null
     * @return the plan, not null
     * @throws IOException if the registry cannot be read or changes between the passes
     * @throws InputException if the registry is ill-formed as a whole (such as a bad CSV header)
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the plan was made already
     */
    public Plan plan(HouseholdSource registry, Consumer<? super Reject> rejects) throws IOException {
        Checks.notNull(registry, "registry");
        Checks.notNull(rejects, "rejects");
        notPlanned();
        planned = true;
        long[][] niks = {new long[1024]};
        int[] nikCount = {0};
        evaluator
                .households()
                .forEach(
                        registry,
                        b -> {
                            Household h = b.household();
                            for (Place place : placeNeedsRegion.getOrDefault(h.id(), List.of())) {
                                place.region = h.region().ancestor(by);
                            }
                            if (enrolled.contains(h.id())) {
                                for (Person p : h.members()) {
                                    if (nikCount[0] == niks[0].length) {
                                        niks[0] = Arrays.copyOf(niks[0], niks[0].length * 2);
                                    }
                                    niks[0][nikCount[0]++] = p.nik().asLong();
                                }
                            }
                            Candidate c = waitlist.get(h.id());
                            if (c != null) {
                                try {
                                    keep(c, h, evaluator.decide(b));
                                } catch (UndecidableHouseholdException e) {
                                    // Not a candidate: its decision cannot be made (a programme
                                    // file's amount below 0); a reject, as in evaluate.
                                    rejects.accept(Undecidable.reject(registry.name(), b.line(), h.id(), e));
                                }
                            }
                        },
                        rejects);
        long[] enrolledNiks = Arrays.copyOf(niks[0], nikCount[0]);
        Arrays.sort(enrolledNiks);
        return rank(enrolledNiks);
    }

    private static void keep(Candidate c, Household h, Decision d) {
        c.inRegistry = true;
        c.village = h.region();
        c.desil = h.desil().orElse(0);
        c.niks = new long[h.members().size()];
        for (int i = 0; i < c.niks.length; i++) {
            c.niks[i] = h.members().get(i).nik().asLong();
        }
        if (d.eligible()) {
            c.decision = d;
            c.componentPersons = componentPersons(d);
        }
    }

    private Check firstFailed(Candidate c, long[] enrolledNiks) {
        if (!c.inRegistry) {
            return Check.NOT_IN_REGISTRY;
        }
        if (c.decision == null) {
            return Check.NOT_ELIGIBLE;
        }
        if (enrolled.contains(c.householdId)) {
            return Check.ENROLLED;
        }
        if (lockedOut.contains(c.householdId)) {
            return Check.REENTRY_LOCKOUT;
        }
        for (long nik : c.niks) {
            if (Arrays.binarySearch(enrolledNiks, nik) >= 0) {
                return Check.SHARES_NIK;
            }
        }
        if (desilMax.isPresent()) {
            OptionalInt desil = c.desil();
            if (desil.isEmpty() || desil.getAsInt() > desilMax.getAsInt()) {
                return Check.ABOVE_DESIL_MAX;
            }
        }
        return null;
    }

    private static int componentPersons(Decision d) {
        Set<Integer> members = new HashSet<>();
        for (ComponentAward a : d.components()) {
            members.add(a.memberIndex());
        }
        return members.size();
    }

    private Plan rank(long[] enrolledNiks) {
        Map<RegionCode, RowBuilder> rows = new TreeMap<>();
        RowBuilder unknown = new RowBuilder(Optional.empty());
        for (Place p : places) {
            RowBuilder row =
                    p.region == null ? unknown : rows.computeIfAbsent(p.region, r -> new RowBuilder(Optional.of(r)));
            row.places++;
        }
        Map<RegionCode, List<Candidate>> passed = new TreeMap<>();
        for (Candidate c : waitlist.values()) {
            c.failed = firstFailed(c, enrolledNiks);
            RowBuilder row = c.inRegistry
                    ? rows.computeIfAbsent(c.village.ancestor(by), r -> new RowBuilder(Optional.of(r)))
                    : unknown;
            if (c.failed != null) {
                row.skipped.merge(c.failed, 1L, Long::sum);
                // What decided the skip is counted; the decision is not needed any more.
                c.decision = null;
            } else {
                passed.computeIfAbsent(c.village.ancestor(by), r -> new ArrayList<>())
                        .add(c);
            }
        }
        List<Proposal> proposals = new ArrayList<>();
        for (Map.Entry<RegionCode, RowBuilder> e : rows.entrySet()) {
            RowBuilder row = e.getValue();
            List<Candidate> ranked = new ArrayList<>(passed.getOrDefault(e.getKey(), List.of()));
            ranked.sort(RANK);
            for (int i = 0; i < ranked.size(); i++) {
                Candidate c = ranked.get(i);
                if (i < row.places) {
                    proposals.add(new Proposal(
                            c.householdId,
                            c.village,
                            e.getKey(),
                            i + 1,
                            c.position,
                            c.desil(),
                            c.componentPersons,
                            c.decision));
                    row.proposed++;
                } else {
                    row.waiting++;
                }
            }
        }
        List<Row> result = new ArrayList<>();
        for (RowBuilder b : rows.values()) {
            result.add(b.build());
        }
        if (unknown.places > 0 || !unknown.skipped.isEmpty()) {
            result.add(unknown.build());
        }
        return new Plan(result, proposals);
    }

    /** Desil ascending with missing last, then component persons descending, then waitlist position. */
    private static final Comparator<Candidate> RANK = Comparator.<Candidate>comparingInt(
                    c -> c.desil().orElse(Integer.MAX_VALUE))
            .thenComparing(
                    Comparator.<Candidate>comparingInt(c -> c.componentPersons).reversed())
            .thenComparingInt(c -> c.position);

    /** Counts of one region while the plan is made. */
    private static final class RowBuilder {
        final Optional<RegionCode> region;
        int places;
        int proposed;
        long waiting;
        final Map<Check, Long> skipped = new EnumMap<>(Check.class);

        RowBuilder(Optional<RegionCode> region) {
            this.region = region;
        }

        Row build() {
            return new Row(region, places, proposed, skipped, waiting);
        }
    }

    /**
     * A family proposed for a place.
     *
     * @param householdId the household, not null
     * @param village the household's full village code, not null
     * @param region the region at the plan's level whose place it fills, not null
     * @param rank the 1-based rank among the region's proposals
     * @param waitlistPosition the 0-based position on the waitlist
     * @param desil the household's desil, empty when missing
     * @param componentPersons the distinct members with a component in the decision, 0 or more
     * @param decision the eligible decision on the date, not null
     */
    public record Proposal(
            String householdId,
            RegionCode village,
            RegionCode region,
            int rank,
            int waitlistPosition,
            OptionalInt desil,
            int componentPersons,
            Decision decision) {
        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if a number is out of range or the decision is not
         *     eligible
         */
        public Proposal {
            Checks.notNull(householdId, "householdId");
            Checks.notNull(village, "village");
            Checks.notNull(region, "region");
            Checks.check(rank >= 1, "rank", "must be at least 1", rank);
            Checks.notNegative(waitlistPosition, "waitlistPosition");
            Checks.notNull(desil, "desil");
            Checks.notNegative(componentPersons, "componentPersons");
            Checks.notNull(decision, "decision");
            Checks.check(decision.eligible(), "decision", "must be eligible");
        }
    }

    /**
     * One region of the plan: its places, how many were proposed, and what became of the other
     * candidates whose record lies in it.
     *
     * @param region the region at the plan's level; empty for the places and candidates whose region
     *     is unknown (exited households with no region and no registry record, candidates not in the
     *     registry)
     * @param places the places freed in the region, 0 or more
     * @param proposed the families proposed, 0 to {@code places}
     * @param skipped the candidates counted under each check they failed first; checks none failed
     *     are absent
     * @param waiting the candidates that passed every check but were ranked after the last place
     */
    public record Row(Optional<RegionCode> region, int places, int proposed, Map<Check, Long> skipped, long waiting) {
        /**
         * Checks the counts and copies the map.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if a count is out of range
         */
        public Row {
            Checks.notNull(region, "region");
            Checks.notNegative(places, "places");
            Checks.check(proposed >= 0 && proposed <= places, "proposed", "must be between 0 and places", proposed);
            Map<Check, Long> copy = new EnumMap<>(Check.class);
            copy.putAll(Checks.notNull(skipped, "skipped"));
            skipped = Collections.unmodifiableMap(copy);
            Checks.check(waiting >= 0, "waiting", "must not be negative", waiting);
        }

        /**
         * The places left unfilled for want of candidates passing every check.
         *
         * @return {@code places - proposed}
         */
        public int unfilled() {
            return places - proposed;
        }

        /**
         * The candidates skipped by one check.
         *
         * @param check the check, not null
         * @return the count, 0 or more
         */
        public long skipped(Check check) {
            return skipped.getOrDefault(Checks.notNull(check, "check"), 0L);
        }
    }

    /**
     * The replacement plan: rows by region (the region codes in order, then the row without region,
     * if any) and the proposals by region then rank.
     *
     * @param regions the rows, not null
     * @param proposals the proposals, not null
     */
    public record Plan(List<Row> regions, List<Proposal> proposals) {
        /**
         * Copies the lists.
         *
         * @throws NullPointerException if a component or an element is null
         */
        public Plan {
            regions = List.copyOf(Checks.notNull(regions, "regions"));
            proposals = List.copyOf(Checks.notNull(proposals, "proposals"));
        }

        /**
         * The places freed in all regions.
         *
         * @return the sum of the rows' places
         */
        public long places() {
            return regions.stream().mapToLong(Row::places).sum();
        }

        /**
         * The places left unfilled in all regions.
         *
         * @return the sum of the rows' unfilled places
         */
        public long unfilled() {
            return regions.stream().mapToLong(Row::unfilled).sum();
        }
    }
}
