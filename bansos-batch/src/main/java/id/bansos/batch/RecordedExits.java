package id.bansos.batch;

import id.bansos.io.InputException;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.model.internal.Checks;
import id.bansos.model.lifecycle.ExitRecord;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.EnrollmentStatus;
import id.bansos.model.program.Program;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The exits officers recorded, applied to the register of enrolments (the {@code exits} command,
 * LIFECYCLE-V2): each exit ends the household's active or suspended enrolment in its programme as
 * {@link EnrollmentStatus#GRADUATED} (a {@code GRAD_*} reason) or {@link
 * EnrollmentStatus#TERMINATED} (any other), with the exit's reason and date; every other enrolment
 * passes through unchanged, in its order.
 *
 * <p>First the exits are read ({@link #readExits}) and held, one per household and programme;
 * then the register streams through {@link #apply}, so only the exits are held in memory, not the
 * register. An exit is a reject of its line, never an abort, when:
 *
 * <ul>
 *   <li>the exits file already has an exit of the household from that programme;
 *   <li>the household has no enrolment in that programme in the register ("not enrolled");
 *   <li>its enrolments in that programme have all ended already ("already exited");
 *   <li>its date is before the {@code since} of the enrolment it would end.
 * </ul>
 *
 * When a household has more than one active or suspended enrolment in a programme, the first in
 * the register is the one that ends. A line of the register that cannot be read is a reject and is
 * not written.
 *
 * <p>Example: the register {@code {"household_id":"KEL-1","program":"PKH","since":"2018-02-01",
 * "status":"ACTIVE"}} and the exit {@code {"household_id":"KEL-1","program":"PKH",
 * "exit_reason":"GRAD_MANDIRI","exit_date":"2024-07-15"}} give {@code {"household_id":"KEL-1",
 * "program":"PKH","since":"2018-02-01","status":"GRADUATED","exit_reason":"GRAD_MANDIRI",
 * "exit_date":"2024-07-15"}}. Not thread-safe; one instance applies its exits once.
 */
public final class RecordedExits {
    private final Map<Key, Held> exits = new LinkedHashMap<>();
    private long graduated;
    private long terminated;
    private boolean applied;

    private record Key(String householdId, Program program) {}

    /** An exit held, where it came from, and what the register showed for it. */
    private static final class Held {
        final ExitRecord exit;
        final String source;
        final long line;
        boolean used;
        Enrollment ended;

        Held(ExitRecord exit, String source, long line) {
            this.exit = exit;
            this.source = source;
            this.line = line;
        }
    }

    private RecordedExits() {}

    /**
     * Starts with no exits.
     *
     * @return a new instance, not null
     */
    public static RecordedExits create() {
        return new RecordedExits();
    }

    /**
     * Adds an exit read from a line of a file.
     *
     * @param exit the exit, not null
     * @param sourceName the name of its file, as rejects show it, not null
     * @param line its 1-based line
     * @return the reject if the household already has an exit from that programme, else empty
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the exits were applied already
     */
    public Optional<Reject> addExit(ExitRecord exit, String sourceName, long line) {
        Checks.notNull(exit, "exit");
        Checks.notNull(sourceName, "sourceName");
        if (applied) {
            throw new IllegalStateException("the exits were applied already");
        }
        Key key = new Key(exit.householdId(), exit.program());
        Held first = exits.get(key);
        if (first != null) {
            return Optional.of(reject(
                    sourceName,
                    line,
                    exit.householdId(),
                    "program",
                    "the household already has an exit from " + exit.program() + " on "
                            + (first.source.equals(sourceName) ? "" : first.source + " ") + "line " + first.line));
        }
        exits.put(key, new Held(exit, sourceName, line));
        return Optional.empty();
    }

    /**
     * Reads a JSON Lines file of exits, adding each; unreadable lines and second exits go to {@code
     * rejects}.
     *
     * @param in the UTF-8 bytes, not null; closed at the end
     * @param sourceName the name shown in rejects, not null
     * @param limits the per-record limits, not null
     * @param rejects receives each reject, not null
     * @return the number of rejects
     * @throws IOException if the input cannot be read
     * @throws NullPointerException if an argument is null
     */
    public long readExits(InputStream in, String sourceName, ReadLimits limits, Consumer<Reject> rejects)
            throws IOException {
        return GraduationRun.read(in, sourceName, ExitRecord.class, limits, rejects, this::addExit);
    }

    /**
     * Streams the register through the exits: every enrolment read goes to {@code register}, ended
     * by its exit if it has one. Then each exit that ended nothing is a reject. Rejects come in this
     * order: unreadable register lines as they are met, then the exits not applied, by line.
     *
     * @param in the register as JSON Lines of enrolments, UTF-8, not null; closed at the end
     * @param sourceName the name shown in rejects, not null
     * @param limits the per-record limits, not null
     * @param register receives each enrolment in the register's order, not null
     * @param rejects receives each reject, not null
     * @return the number of rejects
     * @throws IOException if the input cannot be read
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the exits were applied already
     */
    public long apply(
            InputStream in,
            String sourceName,
            ReadLimits limits,
            Consumer<Enrollment> register,
            Consumer<Reject> rejects)
            throws IOException {
        Checks.notNull(register, "register");
        Checks.notNull(rejects, "rejects");
        if (applied) {
            throw new IllegalStateException("the exits were applied already");
        }
        applied = true;
        Map<Key, Enrollment> tooEarly = new HashMap<>();
        long rejected = GraduationRun.read(in, sourceName, Enrollment.class, limits, rejects, (e, s, l) -> {
            register.accept(end(e, tooEarly));
            return Optional.empty();
        });
        List<Held> unused = new ArrayList<>();
        for (Held h : exits.values()) {
            if (!h.used) {
                unused.add(h);
            }
        }
        unused.sort(Comparator.comparing((Held h) -> h.source).thenComparingLong(h -> h.line));
        for (Held h : unused) {
            rejected++;
            rejects.accept(notApplied(h, tooEarly.get(new Key(h.exit.householdId(), h.exit.program()))));
        }
        return rejected;
    }

    private Enrollment end(Enrollment enrollment, Map<Key, Enrollment> tooEarly) {
        Key key = new Key(enrollment.householdId(), enrollment.program());
        Held h = exits.get(key);
        if (h == null || h.used) {
            return enrollment;
        }
        if (enrollment.status().isExit()) {
            h.ended = enrollment;
            return enrollment;
        }
        if (h.exit.exitDate().isBefore(enrollment.since())) {
            tooEarly.putIfAbsent(key, enrollment);
            return enrollment;
        }
        h.used = true;
        EnrollmentStatus status = h.exit.endStatus();
        if (status == EnrollmentStatus.GRADUATED) {
            graduated++;
        } else {
            terminated++;
        }
        return Enrollment.builder()
                .from(enrollment)
                .status(status)
                .exitReason(h.exit.exitReason())
                .exitDate(h.exit.exitDate())
                .build();
    }

    private static Reject notApplied(Held h, Enrollment tooEarly) {
        ExitRecord e = h.exit;
        if (tooEarly != null) {
            return reject(
                    h.source,
                    h.line,
                    e.householdId(),
                    "exit_date",
                    "the exit date " + e.exitDate() + " is before the enrolment in " + e.program() + " began on "
                            + tooEarly.since());
        }
        if (h.ended != null) {
            return reject(
                    h.source,
                    h.line,
                    e.householdId(),
                    "program",
                    "the household already exited " + e.program() + " on "
                            + h.ended.exitDate().orElseThrow() + " ("
                            + h.ended.exitReason().orElseThrow().code() + ")");
        }
        return reject(h.source, h.line, e.householdId(), "program", "the household is not enrolled in " + e.program());
    }

    /**
     * The enrolments ended as graduated so far.
     *
     * @return the count, 0 or more
     */
    public long graduated() {
        return graduated;
    }

    /**
     * The enrolments ended as terminated so far.
     *
     * @return the count, 0 or more
     */
    public long terminated() {
        return terminated;
    }

    private static Reject reject(String sourceName, long line, String id, String field, String detail) {
        return Reject.from(new InputException(sourceName, line, 0, id, field, detail), line);
    }
}
