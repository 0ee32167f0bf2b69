package id.bansos.batch.roster;

import id.bansos.model.Household;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.id.RegionCode;
import id.bansos.model.internal.Checks;
import id.bansos.model.param.MissingParameterException;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Enrollment;
import id.bansos.rules.Engine;
import id.bansos.rules.Evaluator;
import id.bansos.rules.ProgramDefinition;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Reconciles two recipient rosters of a programme: who left, who joined, who stayed, and for each
 * leaver the reason the rules give as of a date (the {@code bansos reconcile} command).
 *
 * <p>A leaver's reasons come from evaluating its record in the registry extract when one is given,
 * else its record on the before roster: a leaver missing from the registry gets {@code
 * TIDAK_DITEMUKAN}; a leaver still eligible gets {@code MASIH_LAYAK} (removed although eligible: to
 * review); any other leaver gets its decision's negative reasons, the first of them primary. The
 * decision is the one {@code evaluate} gives the record in its roster ({@link
 * Roster#forEachWithBatchRules}): in a roster read from a file, a leaver sharing a NIK with another
 * household of that file is not eligible with {@code DATA_GANDA}, and a record {@code evaluate}
 * rejects (its id in two records, say) is left out, so such a leaver is {@code TIDAK_DITEMUKAN}.
 *
 * <p>With {@link LeaverRecords} (LIFECYCLE-V2): a leaver whose enrolment records an exit on or
 * before the date gets that {@code exit_reason} as its primary reason (source {@link
 * LeaverSource#ENROLLMENT}), before any evaluation; else a leaver whose visit recorded a signed
 * statement gets {@code GRAD_MANDIRI} (source {@link LeaverSource#OBSERVATION}); either is followed by
 * the negative reasons of its record's decision, never by {@code MASIH_LAYAK} or {@code
 * TIDAK_DITEMUKAN}, since the exit is explained. Occupations found on visits count in the decision as
 * of their date. Every leaver carries the desil of its before-record and of its registry record.
 *
 * <p><b>Memory and passes.</b> The after roster is read once or twice (a second time only to list
 * the joiners), the before roster and the registry once. Both rosters' ids are kept as 128-bit
 * hashes (about 34 bytes per household, no strings); what grows with the input besides is the
 * leavers (their id and village, and their before-record only when there is no registry) and the
 * joiners' ids. A district roster of 30,000 households reconciles in well under a second once
 * read.
 *
 * <p>Example: {@code Reconciler.of(Programs.sembako(), NationalPolicy.load(),
 * LocalDate.of(2024, 2, 22)).reconcile(before, after, Optional.of(registry))}.
 */
public final class Reconciler {
    /** The rule id written into {@code TIDAK_DITEMUKAN} and {@code MASIH_LAYAK} reasons. */
    public static final String RULE_ID = "roster.reconcile";

    private static final LegalBasis NOT_FOUND = LegalBasis.builder()
            .instrument("Kepmensos")
            .number("79")
            .year(2025)
            .provenance("[S, secondary] a family that is not found is removed (media lists); [P] in reconciliation, a"
                    + " leaver missing from the registry extract")
            .build();

    private static final LegalBasis STILL_ELIGIBLE = LegalBasis.builder()
            .instrument("Permensos")
            .number("3")
            .year(2021)
            .provenance("[P] a leaver whose record still passes every eligibility rule on the date: removed although"
                    + " eligible, to review (DTKS data are verified and updated, Permensos 3/2021)")
            .build();

    /** The rule id written into a reason recorded on an enrolment or at a visit. */
    public static final String RECORDED_RULE_ID = "roster.recorded";

    private static final LegalBasis RECORDED = LegalBasis.builder()
            .instrument("Kemensos")
            .provenance("[S] exits are recorded by the officer with their reason (graduation, termination); [P] in"
                    + " reconciliation, a leaver's recorded exit_reason comes before any evaluation")
            .build();

    private static final LegalBasis SIGNED = LegalBasis.builder()
            .instrument("Kemensos")
            .provenance("[S] graduasi mandiri: the family chooses to leave and signs a statement on duty stamp (surat"
                    + " pernyataan bermeterai); [P] in reconciliation, a visit's signed statement on or before the"
                    + " date")
            .build();

    private static final Engine ENGINE = Engine.create();

    private final ProgramDefinition program;
    private final LocalDate asOf;
    private final Evaluator evaluator;

    private Reconciler(ProgramDefinition program, LocalDate asOf, Evaluator evaluator) {
        this.program = program;
        this.asOf = asOf;
        this.evaluator = evaluator;
    }

    /**
     * Binds a reconciliation to a programme and a parameter set on a date.
     *
     * @param program the programme, not null
     * @param parameters the parameter set, not null, holding every key the programme's rules read
     * @param asOf the date the leavers are evaluated on, not null
     * @return the reconciler, not null, thread-safe
     * @throws NullPointerException if an argument is null
     * @throws MissingParameterException if a parameter has no value on {@code asOf}
     * @throws IllegalArgumentException if the set lacks a key or holds one with another type
     */
    public static Reconciler of(ProgramDefinition program, ParameterSet parameters, LocalDate asOf) {
        Checks.notNull(program, "program");
        Checks.notNull(parameters, "parameters");
        Checks.notNull(asOf, "asOf");
        return new Reconciler(program, asOf, ENGINE.prepare(program, parameters, asOf));
    }

    /**
     * Reconciles two rosters in one call; see {@link #reconcile(Roster, Roster, Optional)}.
     *
     * @param before the earlier recipient roster, not null
     * @param after the later recipient roster, not null
     * @param registry the current registry extract, not null, possibly empty
     * @param program the programme, not null
     * @param parameters the parameter set, not null
     * @param asOf the date the leavers are evaluated on, not null
     * @return the reconciliation, not null
     * @throws NullPointerException if an argument is null
     * @throws IOException if a roster cannot be read
     * @throws IllegalArgumentException as for {@link #reconcile(Roster, Roster, Optional)}, or if the
     *     set lacks a key
     * @throws MissingParameterException if a parameter has no value on {@code asOf}
     */
    public static Reconciliation reconcile(
            Roster before,
            Roster after,
            Optional<Roster> registry,
            ProgramDefinition program,
            ParameterSet parameters,
            LocalDate asOf)
            throws IOException {
        return of(program, parameters, asOf).reconcile(before, after, registry);
    }

    /**
     * Reconciles a before roster with an after roster, taking the leavers' reasons from a registry
     * extract if one is given.
     *
     * @param before the earlier recipient roster, not null, no household id twice
     * @param after the later recipient roster, not null, no household id twice
     * @param registry the current registry extract, not null, possibly empty; no leaver twice;
     *     households that left no roster are ignored
     * @return the reconciliation, not null
     * @throws NullPointerException if an argument is null
     * @throws IOException if a roster cannot be read
     * @throws IllegalArgumentException if a roster lists a household id twice, or a leaver's record
     *     has a member born after the date
     */
    public Reconciliation reconcile(Roster before, Roster after, Optional<Roster> registry) throws IOException {
        return reconcile(before, after, registry, LeaverRecords.of(program.program(), asOf, r -> {}));
    }

    /**
     * Reconciles a before roster with an after roster, taking the leavers' reasons from the recorded
     * exits and visits first, then from a registry extract if one is given.
     *
     * @param before the earlier recipient roster, not null, no household id twice
     * @param after the later recipient roster, not null, no household id twice
     * @param registry the current registry extract, not null, possibly empty; no leaver twice
     * @param records the recorded exits and observations, not null, of this programme and date;
     *     rejects its observations that name a member a leaver's record does not have
     * @return the reconciliation, not null
     * @throws NullPointerException if an argument is null
     * @throws IOException if a roster cannot be read
     * @throws IllegalArgumentException if a roster lists a household id twice, or a leaver's record
     *     has a member born after the date
     */
    public Reconciliation reconcile(Roster before, Roster after, Optional<Roster> registry, LeaverRecords records)
            throws IOException {
        Checks.notNull(records, "records");
        Checks.notNull(before, "before");
        Checks.notNull(after, "after");
        Checks.notNull(registry, "registry");

        IdHashSet afterIds = new IdHashSet();
        after.forEach(h -> {
            if (!afterIds.add(h.id())) {
                throw twice("after", h.id());
            }
        });

        IdHashSet beforeIds = new IdHashSet();
        long[] stayed = {0};
        // Leavers in before-roster order: their village and desil, and their record when there is no registry.
        Map<String, Before> regions = new LinkedHashMap<>();
        Map<String, Held> held = new HashMap<>();
        boolean keepRecords = registry.isEmpty();
        before.forEachWithBatchRules((h, rules) -> {
            if (!beforeIds.add(h.id())) {
                throw twice("before", h.id());
            }
            if (afterIds.mark(h.id())) {
                stayed[0]++;
            } else {
                regions.put(h.id(), new Before(h.region(), h.desil()));
                if (keepRecords) {
                    held.put(h.id(), new Held(h, rules));
                }
            }
        });

        List<String> joined = new ArrayList<>();
        if (afterIds.size() > stayed[0]) {
            after.forEach(h -> {
                if (!afterIds.isMarked(h.id())) {
                    joined.add(h.id());
                }
            });
        }

        if (registry.isPresent() && !regions.isEmpty()) {
            registry.get().forEachWithBatchRules((h, rules) -> {
                if (regions.containsKey(h.id()) && held.put(h.id(), new Held(h, rules)) != null) {
                    throw twice("registry", h.id());
                }
            });
        }

        List<Leaver> left = new ArrayList<>(regions.size());
        Map<ReasonCode, Long> byReason = new HashMap<>();
        Map<ReasonCode, Long> byPrimary = new HashMap<>();
        for (Map.Entry<String, Before> e : regions.entrySet()) {
            Leaver leaver = leaver(e.getKey(), e.getValue(), held.get(e.getKey()), registry.isPresent(), records);
            left.add(leaver);
            for (Reason r : leaver.reasons()) {
                byReason.merge(r.code(), 1L, Long::sum);
            }
            byPrimary.merge(leaver.primaryReason(), 1L, Long::sum);
        }
        return new Reconciliation(
                program.program(),
                asOf,
                beforeIds.size(),
                afterIds.size(),
                stayed[0],
                left,
                joined,
                ordered(byReason),
                ordered(byPrimary),
                registry.isPresent());
    }

    /** A leaver's record and the whole-roster rules of the roster it came from. */
    private record Held(Household household, UnaryOperator<Decision> batchRules) {}

    /** A leaver's village and desil on the before roster. */
    private record Before(RegionCode region, OptionalInt desil) {}

    private Leaver leaver(String id, Before before, Held record, boolean fromRegistry, LeaverRecords records) {
        OptionalInt desilAfter =
                fromRegistry && record != null ? record.household().desil() : OptionalInt.empty();
        Optional<Decision> decision = Optional.empty();
        RegionCode region = before.region();
        if (record != null) {
            decision = Optional.of(
                    record.batchRules().apply(evaluator.evaluate(records.applyObservations(record.household()))));
            region = record.household().region();
        }
        List<Reason> reasons = new ArrayList<>();
        LeaverSource source;
        Optional<Enrollment> exit = records.exit(id);
        Optional<LocalDate> statement = records.statement(id);
        if (exit.isPresent()) {
            source = LeaverSource.ENROLLMENT;
            reasons.add(Reason.builder()
                    .code(exit.get().exitReason().orElseThrow())
                    .rule(RECORDED_RULE_ID)
                    .legalBasis(RECORDED)
                    .putArgs("source", source.name())
                    .putArgs("status", exit.get().status().name())
                    .putArgs("exit_date", exit.get().exitDate().orElseThrow().toString())
                    .build());
        } else if (statement.isPresent()) {
            source = LeaverSource.OBSERVATION;
            reasons.add(Reason.builder()
                    .code(ReasonCode.GRAD_MANDIRI)
                    .rule(RECORDED_RULE_ID)
                    .legalBasis(SIGNED)
                    .putArgs("source", source.name())
                    .putArgs("statement_on", statement.get().toString())
                    .build());
        } else if (record == null) {
            return new Leaver(
                    id,
                    region,
                    LeaverSource.NOT_IN_REGISTRY,
                    ReasonCode.TIDAK_DITEMUKAN,
                    List.of(Reason.builder()
                            .code(ReasonCode.TIDAK_DITEMUKAN)
                            .rule(RULE_ID)
                            .legalBasis(NOT_FOUND)
                            .putArgs("registry", "absent")
                            .build()),
                    decision,
                    before.desil(),
                    desilAfter);
        } else {
            source = fromRegistry ? LeaverSource.REGISTRY : LeaverSource.BEFORE_ROSTER;
            if (decision.get().eligible()) {
                reasons.add(Reason.builder()
                        .code(ReasonCode.MASIH_LAYAK)
                        .rule(RULE_ID)
                        .legalBasis(STILL_ELIGIBLE)
                        .putArgs("source", source.name())
                        .build());
            }
        }
        decision.ifPresent(d -> {
            for (Reason r : d.reasons()) {
                if (!r.code().isPositive()) {
                    reasons.add(r);
                }
            }
        });
        return new Leaver(id, region, source, reasons.get(0).code(), reasons, decision, before.desil(), desilAfter);
    }

    private static IllegalArgumentException twice(String roster, String id) {
        return new IllegalArgumentException(roster + " roster must not list a household twice, got " + id + " twice");
    }

    /** Library codes in their documented order, then a district's own codes alphabetically. */
    private static Map<ReasonCode, Long> ordered(Map<ReasonCode, Long> counts) {
        Map<ReasonCode, Long> out = new LinkedHashMap<>();
        for (ReasonCode code : ReasonCode.libraryCodes()) {
            Long n = counts.get(code);
            if (n != null) {
                out.put(code, n);
            }
        }
        Map<ReasonCode, Long> others = new TreeMap<>(counts);
        others.keySet().removeAll(out.keySet());
        out.putAll(others);
        return out;
    }
}
