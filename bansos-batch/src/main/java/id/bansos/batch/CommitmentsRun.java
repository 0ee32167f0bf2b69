package id.bansos.batch;

import id.bansos.io.InputException;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.model.id.RegionCode;
import id.bansos.model.id.RegionLevel;
import id.bansos.model.internal.Checks;
import id.bansos.model.lifecycle.CommitmentCheck;
import id.bansos.model.lifecycle.CommitmentKind;
import id.bansos.model.lifecycle.CommitmentRecord;
import id.bansos.model.param.MissingParameterException;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.Program;
import id.bansos.model.time.Tahap;
import id.bansos.rules.commitment.CommitmentRule;
import id.bansos.rules.commitment.EnrollmentCommitments;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The commitments of every PKH enrolment of a register as of a date (LIFECYCLE-V2, {@code
 * commitments}), from an enrolments file and a commitments file, and a count of P2K2 attendance by
 * region and module.
 *
 * <p>Enrolments in other programmes and enrolments starting after the date are skipped without
 * error (counted); every other enrolment, exited ones included, gets its {@link
 * EnrollmentCommitments}. A second commitment record of a household for one tahap, or a record of a
 * tahap before the commitment parameters, is a reject of its line; so is an enrolment whose
 * assessment fails on its data.
 *
 * <p>P2K2 attendance counts, per region (the enrolment's {@code region} at a level, {@code "-"}
 * without one) and module ({@code "-"} without one), the P2K2 checks of the tahap each enrolment
 * reports (from {@code since} to the date): families with such a check, sessions scheduled and
 * attended. Example: two families of {@code 52.08.01} each attending 1 of 1 {@code EKONOMI} session
 * and one attending 0 of 1 count {@code families 3, scheduled 3, attended 2} under ({@code
 * 52.08.01}, {@code EKONOMI}). Not thread-safe.
 */
public final class CommitmentsRun {
    private final LocalDate asOf;
    private final CommitmentRule rule;
    private final Optional<RegionLevel> level;
    private final List<Kept<Enrollment>> enrollments = new ArrayList<>();
    private final Map<String, List<CommitmentRecord>> records = new HashMap<>();
    private final Map<String, Map<Tahap, Long>> recordLines = new HashMap<>();
    private final Map<String, Map<String, long[]>> p2k2 = new TreeMap<>();
    private long skippedProgram;
    private long skippedLater;

    private record Kept<T>(T value, String source, long line) {}

    private CommitmentsRun(ParameterSet parameters, LocalDate asOf, Optional<RegionLevel> level) {
        this.asOf = asOf;
        this.rule = CommitmentRule.of(parameters);
        this.level = level;
    }

    /**
     * Starts a run.
     *
     * @param parameters the parameter set, not null, with the commitment parameters
     * @param asOf the date, not null
     * @param level the region level P2K2 attendance is counted at, not null; empty for the
     *     enrolment's region as recorded
     * @return the run, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the set lacks a commitment parameter
     */
    public static CommitmentsRun of(ParameterSet parameters, LocalDate asOf, Optional<RegionLevel> level) {
        Checks.notNull(parameters, "parameters");
        Checks.notNull(asOf, "asOf");
        Checks.notNull(level, "level");
        return new CommitmentsRun(parameters, asOf, level);
    }

    /**
     * Reads a JSON Lines file of enrolments.
     *
     * @param in the UTF-8 bytes, not null; closed at the end
     * @param sourceName the name shown in rejects, not null
     * @param limits the per-record limits, not null
     * @param rejects receives each reject, not null
     * @return the number of rejects
     * @throws IOException if the input cannot be read
     */
    public long readEnrollments(InputStream in, String sourceName, ReadLimits limits, Consumer<Reject> rejects)
            throws IOException {
        return GraduationRun.read(in, sourceName, Enrollment.class, limits, rejects, (e, s, l) -> {
            if (!e.program().equals(Program.PKH)) {
                skippedProgram++;
            } else if (e.since().isAfter(asOf)) {
                skippedLater++;
            } else {
                enrollments.add(new Kept<>(e, s, l));
            }
            return Optional.empty();
        });
    }

    /**
     * Reads a JSON Lines file of commitment records.
     *
     * @param in the UTF-8 bytes, not null; closed at the end
     * @param sourceName the name shown in rejects, not null
     * @param limits the per-record limits, not null
     * @param rejects receives each reject, not null
     * @return the number of rejects
     * @throws IOException if the input cannot be read
     */
    public long readCommitments(InputStream in, String sourceName, ReadLimits limits, Consumer<Reject> rejects)
            throws IOException {
        return GraduationRun.read(in, sourceName, CommitmentRecord.class, limits, rejects, this::addCommitment);
    }

    private Optional<Reject> addCommitment(CommitmentRecord record, String sourceName, long line) {
        String id = record.householdId();
        Tahap tahap = record.tahap();
        Long earlier = recordLines.computeIfAbsent(id, k -> new HashMap<>(4)).putIfAbsent(tahap, line);
        if (earlier != null) {
            return reject(
                    sourceName,
                    line,
                    id,
                    "tahap",
                    "the household already has a commitment record for " + tahap + ", on line " + earlier);
        }
        try {
            rule.assess(id, List.of(record), tahap, tahap);
        } catch (MissingParameterException e) {
            recordLines.get(id).remove(tahap);
            return reject(
                    sourceName, line, id, "tahap", "no commitment rule in force in " + tahap + ": " + e.getMessage());
        }
        records.computeIfAbsent(id, k -> new ArrayList<>(4)).add(record);
        return Optional.empty();
    }

    /**
     * Assesses every kept enrolment, in the order read, and counts P2K2 attendance.
     *
     * @param include which households to report, not null (all, or those of an input file)
     * @param results receives each enrolment's commitments, not null
     * @param rejects receives, as a reject of its enrolment line, each enrolment whose assessment
     *     fails on the data, not null
     * @return the number of rejects
     */
    public long run(Predicate<String> include, Consumer<EnrollmentCommitments> results, Consumer<Reject> rejects) {
        Checks.notNull(include, "include");
        Checks.notNull(results, "results");
        Checks.notNull(rejects, "rejects");
        long rejected = 0;
        for (Kept<Enrollment> k : enrollments) {
            Enrollment e = k.value();
            if (!include.test(e.householdId())) {
                continue;
            }
            List<CommitmentRecord> own = records.getOrDefault(e.householdId(), List.of());
            EnrollmentCommitments c;
            try {
                c = rule.assess(e, own, asOf);
            } catch (IllegalArgumentException | MissingParameterException ex) {
                rejected++;
                rejects.accept(
                        reject(k.source(), k.line(), e.householdId(), null, "cannot be assessed: " + ex.getMessage())
                                .orElseThrow());
                continue;
            }
            count(e, own);
            results.accept(c);
        }
        return rejected;
    }

    private void count(Enrollment e, List<CommitmentRecord> own) {
        Tahap from = Tahap.containing(e.since());
        Tahap to = Tahap.containing(asOf);
        String region = e.region()
                .map(r -> level.isPresent() && r.level().compareTo(level.get()) > 0 ? r.ancestor(level.get()) : r)
                .map(RegionCode::toString)
                .orElse("-");
        Map<String, Boolean> seen = new HashMap<>();
        for (CommitmentRecord r : own) {
            if (r.tahap().compareTo(from) < 0 || r.tahap().compareTo(to) > 0) {
                continue;
            }
            for (CommitmentCheck c : r.checks()) {
                if (c.kind() != CommitmentKind.P2K2) {
                    continue;
                }
                String module = c.module().map(Enum::name).orElse("-");
                long[] n = p2k2.computeIfAbsent(region, k -> new TreeMap<>()).computeIfAbsent(module, k -> new long[3]);
                if (seen.put(module, Boolean.TRUE) == null) {
                    n[0]++;
                }
                n[1] += c.scheduled();
                n[2] += c.attended();
            }
        }
    }

    /**
     * P2K2 attendance of the enrolments reported so far: region, then module, then {@code
     * {families, scheduled, attended}}, both keys in order ({@code "-"} for none).
     *
     * @return the counts, not null; a copy
     */
    public Map<String, Map<String, List<Long>>> p2k2Attendance() {
        Map<String, Map<String, List<Long>>> out = new TreeMap<>();
        p2k2.forEach((region, modules) -> {
            Map<String, List<Long>> m = new TreeMap<>();
            modules.forEach((module, n) -> m.put(module, List.of(n[0], n[1], n[2])));
            out.put(region, m);
        });
        return out;
    }

    /**
     * The enrolments skipped as in another programme than PKH.
     *
     * @return the count
     */
    public long skippedOtherProgrammes() {
        return skippedProgram;
    }

    /**
     * The PKH enrolments skipped as starting after the date.
     *
     * @return the count
     */
    public long skippedNotStarted() {
        return skippedLater;
    }

    private static Optional<Reject> reject(String sourceName, long line, String id, String field, String detail) {
        return Optional.of(Reject.from(new InputException(sourceName, line, 0, id, field, detail), line));
    }
}
