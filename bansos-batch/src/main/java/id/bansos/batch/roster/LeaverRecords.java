package id.bansos.batch.roster;

import id.bansos.io.InputException;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.io.json.JsonLinesRecordReader;
import id.bansos.model.Household;
import id.bansos.model.internal.Checks;
import id.bansos.model.lifecycle.Observation;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.Program;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the district recorded about leavers besides the rosters, for {@code reconcile
 * --enrollments --observations} (LIFECYCLE-V2): the exits on the enrolments of one programme and
 * the findings of monitoring visits, as of the reconciliation date.
 *
 * <ul>
 *   <li>An enrolment in the programme that has ended ({@code GRADUATED} or {@code TERMINATED}) on
 *       or before the date is a <b>recorded exit</b>; of several, the latest {@code exit_date} counts
 *       (of two on one day, the later line). Active and suspended enrolments, exits after the date
 *       and other programmes are read and left aside.
 *   <li>An observation on or before the date counts as of its date: its occupations replace the
 *       recorded ones ({@link Observation#applyTo}, later visits win), and a signed statement makes
 *       the leaver a {@code GRAD_MANDIRI}. Observations after the date are left aside.
 * </ul>
 *
 * An observation that names a member its household's record does not have is a reject of its line
 * when the record is decided, and the household is decided without it.
 *
 * <p>Example: as of 2024-02-22 for {@code SEMBAKO}, the line {@code {"household_id": "KLU-7",
 * "program": "SEMBAKO", "since": "2019-01-01", "status": "TERMINATED", "exit_reason": "MENOLAK",
 * "exit_date": "2023-09-01"}} makes {@code MENOLAK} leaver {@code KLU-7}'s primary reason. Not
 * thread-safe.
 */
public final class LeaverRecords {
    private final Program program;
    private final LocalDate asOf;
    private final Consumer<? super Reject> rejects;
    private final Map<String, Enrollment> exits = new HashMap<>();
    private final Map<String, List<Kept>> observations = new HashMap<>();
    private long rejected;

    /** An observation with where it came from. */
    private record Kept(Observation value, String source, long line) {}

    private LeaverRecords(Program program, LocalDate asOf, Consumer<? super Reject> rejects) {
        this.program = program;
        this.asOf = asOf;
        this.rejects = rejects;
    }

    /**
     * Starts an empty set of records of a programme as of a date.
     *
     * @param program the programme reconciled, not null
     * @param asOf the reconciliation date, not null
     * @param rejects receives each reject of a line (when read, or when its household is decided),
     *     not null
     * @return the records, not null, empty
     * @throws NullPointerException if an argument is null
     */
    public static LeaverRecords of(Program program, LocalDate asOf, Consumer<? super Reject> rejects) {
        return new LeaverRecords(
                Checks.notNull(program, "program"), Checks.notNull(asOf, "asOf"), Checks.notNull(rejects, "rejects"));
    }

    /**
     * Adds an enrolment; it is kept only if it records an exit from the programme on or before the
     * date that is not before another kept exit of its household.
     *
     * @param enrollment the enrolment, not null
     */
    public void addEnrollment(Enrollment enrollment) {
        Checks.notNull(enrollment, "enrollment");
        Optional<LocalDate> exit = enrollment.exitDate();
        if (!enrollment.program().equals(program)
                || exit.isEmpty()
                || exit.get().isAfter(asOf)) {
            return;
        }
        exits.merge(
                enrollment.householdId(),
                enrollment,
                (old, e) -> e.exitDate().orElseThrow().isBefore(old.exitDate().orElseThrow()) ? old : e);
    }

    /**
     * Adds an observation read from a line of a file; one after the date is left aside.
     *
     * @param observation the observation, not null
     * @param sourceName the name of its file, as rejects show it, not null
     * @param line its 1-based line
     */
    public void addObservation(Observation observation, String sourceName, long line) {
        Checks.notNull(observation, "observation");
        Checks.notNull(sourceName, "sourceName");
        if (!observation.observedOn().isAfter(asOf)) {
            observations
                    .computeIfAbsent(observation.householdId(), k -> new ArrayList<>(1))
                    .add(new Kept(observation, sourceName, line));
        }
    }

    /**
     * Reads a JSON Lines file of enrolments, adding each; unreadable lines go to the rejects.
     *
     * @param in the UTF-8 bytes, not null; closed at the end
     * @param sourceName the name shown in rejects, not null
     * @param limits the per-record limits, not null
     * @throws IOException if the input cannot be read
     */
    public void readEnrollments(InputStream in, String sourceName, ReadLimits limits) throws IOException {
        read(in, sourceName, Enrollment.class, limits, (e, line) -> addEnrollment(e));
    }

    /**
     * Reads a JSON Lines file of observations, adding each; unreadable lines go to the rejects.
     *
     * @param in the UTF-8 bytes, not null; closed at the end
     * @param sourceName the name shown in rejects, not null
     * @param limits the per-record limits, not null
     * @throws IOException if the input cannot be read
     */
    public void readObservations(InputStream in, String sourceName, ReadLimits limits) throws IOException {
        read(in, sourceName, Observation.class, limits, (o, line) -> addObservation(o, sourceName, line));
    }

    /** Adds one record read from a line. */
    private interface Adder<T> {
        void add(T value, long line);
    }

    private <T> void read(InputStream in, String sourceName, Class<T> type, ReadLimits limits, Adder<T> adder)
            throws IOException {
        Checks.notNull(in, "in");
        Checks.notNull(sourceName, "sourceName");
        Checks.notNull(limits, "limits");
        try (JsonLinesRecordReader<T> reader = JsonLinesRecordReader.open(in, sourceName, type, limits)) {
            for (Optional<JsonLinesRecordReader.Line<T>> l = reader.read(); l.isPresent(); l = reader.read()) {
                if (l.get() instanceof JsonLinesRecordReader.Line.Accepted<T> a) {
                    adder.add(a.value(), a.line());
                } else {
                    reject(((JsonLinesRecordReader.Line.Rejected<T>) l.get()).reject());
                }
            }
        }
    }

    private void reject(Reject r) {
        rejected++;
        rejects.accept(r);
    }

    /**
     * The rejects so far.
     *
     * @return the count, 0 or more
     */
    public long rejected() {
        return rejected;
    }

    /**
     * The exit recorded for a household: its latest ended enrolment in the programme on or before
     * the date.
     *
     * @param householdId the household, not null
     * @return the enrolment, if an exit is recorded
     */
    public Optional<Enrollment> exit(String householdId) {
        return Optional.ofNullable(exits.get(householdId));
    }

    /**
     * The day of the latest signed statement to leave on or before the date.
     *
     * @param householdId the household, not null
     * @return the day, if a visit recorded a signed statement
     */
    public Optional<LocalDate> statement(String householdId) {
        return seen(householdId).stream()
                .filter(k -> k.value().signedStatement())
                .map(k -> k.value().observedOn())
                .max(Comparator.naturalOrder());
    }

    /**
     * A household's record with the occupations the visits on or before the date found, in date
     * order; an observation naming a member the record does not have is rejected and left out.
     *
     * @param household the record, not null
     * @return the record as the visits found it, not null
     */
    public Household applyObservations(Household household) {
        Household found = household;
        for (Kept k : seen(household.id())) {
            try {
                found = k.value().applyTo(found);
            } catch (IllegalArgumentException e) {
                reject(Reject.from(
                        new InputException(
                                k.source(),
                                k.line(),
                                0,
                                household.id(),
                                "occupations",
                                e.getMessage().substring("occupations: ".length())),
                        k.line()));
            }
        }
        return found;
    }

    /** A household's observations on or before the date, by date; of one day, in file order. */
    private List<Kept> seen(String householdId) {
        List<Kept> kept = new ArrayList<>(observations.getOrDefault(householdId, List.of()));
        kept.sort(Comparator.comparing(k -> k.value().observedOn()));
        return kept;
    }
}
