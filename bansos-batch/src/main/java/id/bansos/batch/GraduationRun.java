package id.bansos.batch;

import id.bansos.io.InputException;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.io.json.JsonLinesRecordReader;
import id.bansos.model.Household;
import id.bansos.model.internal.Checks;
import id.bansos.model.lifecycle.CommitmentRecord;
import id.bansos.model.lifecycle.Observation;
import id.bansos.model.param.MissingParameterException;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.Program;
import id.bansos.model.time.Tahap;
import id.bansos.rules.ProgramDefinition;
import id.bansos.rules.Programs;
import id.bansos.rules.commitment.CommitmentRule;
import id.bansos.rules.graduation.GraduationAssessment;
import id.bansos.rules.graduation.GraduationAssessor;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The graduation assessment of many enrolled families as of a date, from the lifecycle files of
 * the {@code graduate} command: every record-level problem in any of them is a {@link Reject} with
 * source, line, household id and field, never an abort of the whole run (LIFECYCLE-V2).
 *
 * <p>Each record is checked when it is added, against the date and the parameter set:
 *
 * <ul>
 *   <li>an enrolment that has not ended must start on or before the date, and a household has at
 *       most one such enrolment per programme; an enrolment in a programme other than {@code PKH}
 *       or {@code SEMBAKO} is skipped without error (counted by {@link #skippedEnrollments()});
 *   <li>a household has at most one commitment record per tahap, and a tahap must start on or after
 *       the first date of the commitment parameters.
 * </ul>
 *
 * A line that cannot be read (a syntax error, an unknown key, a bad value) is a reject of its
 * reader. Then {@link #assess} assesses every enrolment of a household that was kept; should the
 * assessment of one still fail on its data, that enrolment is rejected and the others go on.
 *
 * <p>Example: as of 2025-06-01, the enrolment line {@code {"household_id": "KLU-1", "program":
 * "PKH", "since": "2025-07-01", "status": "ACTIVE"}} on line 3 of {@code e.jsonl} gives the reject
 * {@code e.jsonl:3: household KLU-1: since: the enrolment starts after the date of the assessment
 * 2025-06-01, on 2025-07-01}. Not thread-safe.
 */
public final class GraduationRun {
    private final ParameterSet parameters;
    private final LocalDate asOf;
    private final CommitmentRule commitmentRule;
    private final Map<Program, GraduationAssessor> assessors = new HashMap<>();
    private final Map<String, List<Kept<Enrollment>>> enrollments = new HashMap<>();
    private final Map<String, List<Kept<CommitmentRecord>>> commitments = new HashMap<>();
    private final Map<String, List<Observation>> observations = new HashMap<>();
    private long skipped;

    private GraduationRun(ParameterSet parameters, LocalDate asOf) {
        this.parameters = parameters;
        this.asOf = asOf;
        this.commitmentRule = CommitmentRule.of(parameters);
    }

    /** A record kept, with where it came from. */
    private record Kept<T>(T value, String source, long line) {}

    /**
     * Starts a run with a parameter set on a date.
     *
     * @param parameters the parameter set, not null, holding the keys of the national programmes and
     *     of the lifecycle (the national policy and sets layered over it do)
     * @param asOf the date of the assessment, not null
     * @return the run, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the set lacks the commitment parameters
     */
    public static GraduationRun of(ParameterSet parameters, LocalDate asOf) {
        Checks.notNull(parameters, "parameters");
        Checks.notNull(asOf, "asOf");
        return new GraduationRun(parameters, asOf);
    }

    /**
     * Adds an enrolment read from a line of a file.
     *
     * @param enrollment the enrolment, not null
     * @param sourceName the name of its file, as rejects show it, not null
     * @param line its 1-based line
     * @return the reject if the enrolment is not kept for a problem of its own, else empty (kept, or
     *     skipped as ended or in a programme that is not assessed)
     * @throws NullPointerException if an argument is null
     */
    public Optional<Reject> addEnrollment(Enrollment enrollment, String sourceName, long line) {
        Checks.notNull(enrollment, "enrollment");
        Checks.notNull(sourceName, "sourceName");
        String id = enrollment.householdId();
        if (enrollment.status().isExit()) {
            return Optional.empty();
        }
        if (national(enrollment.program()).isEmpty()) {
            skipped++;
            return Optional.empty();
        }
        if (enrollment.since().isAfter(asOf)) {
            return reject(
                    sourceName,
                    line,
                    id,
                    "since",
                    "the enrolment starts after the date of the assessment " + asOf + ", on " + enrollment.since());
        }
        List<Kept<Enrollment>> kept = enrollments.computeIfAbsent(id, k -> new ArrayList<>(1));
        for (Kept<Enrollment> k : kept) {
            if (k.value().program().equals(enrollment.program())) {
                return reject(
                        sourceName,
                        line,
                        id,
                        "program",
                        "the household already has an enrolment in " + enrollment.program() + " that has not ended,"
                                + " on " + where(k, sourceName));
            }
        }
        kept.add(new Kept<>(enrollment, sourceName, line));
        return Optional.empty();
    }

    /**
     * Adds a commitment record read from a line of a file.
     *
     * @param record the record, not null
     * @param sourceName the name of its file, as rejects show it, not null
     * @param line its 1-based line
     * @return the reject if the record is not kept, else empty
     * @throws NullPointerException if an argument is null
     */
    public Optional<Reject> addCommitment(CommitmentRecord record, String sourceName, long line) {
        Checks.notNull(record, "record");
        Checks.notNull(sourceName, "sourceName");
        String id = record.householdId();
        Tahap tahap = record.tahap();
        List<Kept<CommitmentRecord>> kept = commitments.computeIfAbsent(id, k -> new ArrayList<>(4));
        for (Kept<CommitmentRecord> k : kept) {
            if (k.value().tahap().equals(tahap)) {
                return reject(
                        sourceName,
                        line,
                        id,
                        "tahap",
                        "the household already has a commitment record for " + tahap + ", on " + where(k, sourceName));
            }
        }
        try {
            // The rule itself says whether its parameters have values in the tahap.
            commitmentRule.assess(id, List.of(record), tahap, tahap);
        } catch (MissingParameterException e) {
            return reject(
                    sourceName, line, id, "tahap", "no commitment rule in force in " + tahap + ": " + e.getMessage());
        }
        kept.add(new Kept<>(record, sourceName, line));
        return Optional.empty();
    }

    /**
     * Adds a monitoring observation; an observation after the date is kept and ignored.
     *
     * @param observation the observation, not null
     */
    public void addObservation(Observation observation) {
        Checks.notNull(observation, "observation");
        observations
                .computeIfAbsent(observation.householdId(), k -> new ArrayList<>(2))
                .add(observation);
    }

    /**
     * Reads a JSON Lines file of enrolments, adding each; unreadable lines and enrolments not kept
     * go to {@code rejects}.
     *
     * @param in the UTF-8 bytes, not null; closed at the end
     * @param sourceName the name shown in rejects, not null
     * @param limits the per-record limits, not null
     * @param rejects receives each reject, not null
     * @return the number of rejects
     * @throws IOException if the input cannot be read
     * @throws NullPointerException if an argument is null
     */
    public long readEnrollments(InputStream in, String sourceName, ReadLimits limits, Consumer<Reject> rejects)
            throws IOException {
        return read(in, sourceName, Enrollment.class, limits, rejects, this::addEnrollment);
    }

    /**
     * Reads a JSON Lines file of commitment records, as {@link #readEnrollments}.
     *
     * @param in the UTF-8 bytes, not null; closed at the end
     * @param sourceName the name shown in rejects, not null
     * @param limits the per-record limits, not null
     * @param rejects receives each reject, not null
     * @return the number of rejects
     * @throws IOException if the input cannot be read
     * @throws NullPointerException if an argument is null
     */
    public long readCommitments(InputStream in, String sourceName, ReadLimits limits, Consumer<Reject> rejects)
            throws IOException {
        return read(in, sourceName, CommitmentRecord.class, limits, rejects, this::addCommitment);
    }

    /**
     * Reads a JSON Lines file of observations, as {@link #readEnrollments}.
     *
     * @param in the UTF-8 bytes, not null; closed at the end
     * @param sourceName the name shown in rejects, not null
     * @param limits the per-record limits, not null
     * @param rejects receives each reject, not null
     * @return the number of rejects
     * @throws IOException if the input cannot be read
     * @throws NullPointerException if an argument is null
     */
    public long readObservations(InputStream in, String sourceName, ReadLimits limits, Consumer<Reject> rejects)
            throws IOException {
        return read(in, sourceName, Observation.class, limits, rejects, (o, s, l) -> {
            addObservation(o);
            return Optional.empty();
        });
    }

    /** Adds one record read from a line. */
    interface Adder<T> {
        Optional<Reject> add(T value, String sourceName, long line);
    }

    /** Reads a lifecycle file line by line, handing each record to {@code adder}; shared with {@link RecordedExits}. */
    static <T> long read(
            InputStream in,
            String sourceName,
            Class<T> type,
            ReadLimits limits,
            Consumer<Reject> rejects,
            Adder<T> adder)
            throws IOException {
        Checks.notNull(in, "in");
        Checks.notNull(sourceName, "sourceName");
        Checks.notNull(limits, "limits");
        Checks.notNull(rejects, "rejects");
        long rejected = 0;
        try (JsonLinesRecordReader<T> reader = JsonLinesRecordReader.open(in, sourceName, type, limits)) {
            for (Optional<JsonLinesRecordReader.Line<T>> l = reader.read(); l.isPresent(); l = reader.read()) {
                Optional<Reject> reject = l.get() instanceof JsonLinesRecordReader.Line.Accepted<T> a
                        ? adder.add(a.value(), sourceName, a.line())
                        : Optional.of(((JsonLinesRecordReader.Line.Rejected<T>) l.get()).reject());
                if (reject.isPresent()) {
                    rejected++;
                    rejects.accept(reject.get());
                }
            }
        }
        return rejected;
    }

    /**
     * The enrolments skipped because their programme is not {@code PKH} or {@code SEMBAKO}.
     *
     * @return the count, 0 or more
     */
    public long skippedEnrollments() {
        return skipped;
    }

    /**
     * Assesses every kept enrolment of a household, in the order they were added.
     *
     * @param household the family's registry record, not null, no member born after the date
     * @param assessments receives each assessment, not null
     * @param rejects receives, as a reject of its enrolment line, each enrolment whose assessment
     *     fails on the data, not null
     * @return the number of rejects
     * @throws NullPointerException if an argument is null
     * @throws MissingParameterException if the parameter set has no value on the date for a
     *     programme's own parameters (a problem of the whole run, not of a record)
     */
    public long assess(Household household, Consumer<GraduationAssessment> assessments, Consumer<Reject> rejects) {
        Checks.notNull(household, "household");
        Checks.notNull(assessments, "assessments");
        Checks.notNull(rejects, "rejects");
        String id = household.id();
        List<Kept<Enrollment>> kept = enrollments.getOrDefault(id, List.of());
        if (kept.isEmpty()) {
            return 0;
        }
        List<CommitmentRecord> records = new ArrayList<>();
        for (Kept<CommitmentRecord> k : commitments.getOrDefault(id, List.of())) {
            records.add(k.value());
        }
        List<Observation> seen = observations.getOrDefault(id, List.of());
        long rejected = 0;
        for (Kept<Enrollment> k : kept) {
            GraduationAssessor assessor = assessor(k.value().program());
            GraduationAssessment a;
            try {
                a = assessor.assess(household, k.value(), records, seen);
            } catch (IllegalArgumentException | MissingParameterException e) {
                rejected++;
                rejects.accept(reject(k.source(), k.line(), id, null, "cannot be assessed: " + e.getMessage())
                        .orElseThrow());
                continue;
            }
            assessments.accept(a);
        }
        return rejected;
    }

    private GraduationAssessor assessor(Program program) {
        GraduationAssessor a = assessors.get(program);
        if (a == null) {
            a = GraduationAssessor.of(national(program).orElseThrow(), parameters, asOf);
            assessors.put(program, a);
        }
        return a;
    }

    private static Optional<ProgramDefinition> national(Program program) {
        for (ProgramDefinition p : Programs.national()) {
            if (p.program().equals(program)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static String where(Kept<?> k, String sourceName) {
        return k.source().equals(sourceName) ? "line " + k.line() : k.source() + " line " + k.line();
    }

    private static Optional<Reject> reject(String sourceName, long line, String id, String field, String detail) {
        return Optional.of(Reject.from(new InputException(sourceName, line, 0, id, field, detail), line));
    }
}
