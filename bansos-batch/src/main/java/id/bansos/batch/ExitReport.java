package id.bansos.batch;

import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.model.id.RegionCode;
import id.bansos.model.id.RegionLevel;
import id.bansos.model.internal.Checks;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.Program;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The exits recorded in a period by region and exit reason, with the KPM active at its first and
 * last day: the table a province sends (the {@code report} command, LIFECYCLE-V2), e.g. "graduasi
 * sejahtera mandiri Januari–Juni 2020 per kabupaten/kota".
 *
 * <p>An enrolment counts as an exit when its {@code exit_date} lies in [from, to], both days
 * included, under its {@code exit_reason}; it counts as active on a day when {@link
 * Enrollment#isActiveOn} says so ({@code since} on or before the day, not exited before it). Each
 * enrolment is counted in one region: its {@code region} cut to the report's level ({@code
 * 52.08.01.2001} is {@code 52.08} by regency); a code coarser than the level stays as it is; an
 * enrolment without a region counts in the row whose region is empty. With a programme, other
 * programmes' enrolments are left out. So every exit is counted once, in its period and region,
 * and the regions' totals add up to the overall total.
 *
 * <p>Example: by regency from 2020-01-01 to 2020-06-30, a PKH enrolment in {@code 52.08.01.2001}
 * since 2018-02-01 that graduated {@code GRAD_SEJAHTERA} on 2020-03-15 is one exit of {@code
 * 52.08}, active on 2020-01-01 and not on 2020-06-30. Not thread-safe.
 */
public final class ExitReport {
    private final LocalDate from;
    private final LocalDate to;
    private final Optional<Program> program;
    private final RegionLevel by;
    private final Map<Optional<RegionCode>, Counts> rows = new TreeMap<>(ExitReport::compareRegions);
    private final SortedMap<String, Long> exits = new TreeMap<>();
    private long total;

    /** The counts of one region while they are added up. */
    private static final class Counts {
        long activeFrom;
        long activeTo;
        final SortedMap<String, Long> exits = new TreeMap<>();
        long total;
    }

    /**
     * One region's line of the report.
     *
     * @param region the region at the report's level, or empty for enrolments without a region
     * @param activeFrom the KPM active on the first day
     * @param activeTo the KPM active on the last day
     * @param exits the exits in the period by reason code, in code order, not null
     * @param total the exits in the period
     */
    public record Row(
            Optional<RegionCode> region, long activeFrom, long activeTo, SortedMap<String, Long> exits, long total) {
        /**
         * Copies the map.
         *
         * @param region the region, not null
         * @param activeFrom the active on the first day
         * @param activeTo the active on the last day
         * @param exits the exits by reason, not null
         * @param total the exits
         */
        public Row {
            Checks.notNull(region, "region");
            exits = Collections.unmodifiableSortedMap(new TreeMap<>(exits));
        }
    }

    private ExitReport(LocalDate from, LocalDate to, Optional<Program> program, RegionLevel by) {
        this.from = from;
        this.to = to;
        this.program = program;
        this.by = by;
    }

    /**
     * Starts an empty report.
     *
     * @param from the first day of the period, not null
     * @param to the last day of the period, not null, not before {@code from}
     * @param program the programme to count, or empty for all
     * @param by the level regions are grouped at, not null
     * @return the report, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static ExitReport of(LocalDate from, LocalDate to, Optional<Program> program, RegionLevel by) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.notNull(program, "program");
        Checks.notNull(by, "by");
        Checks.check(!to.isBefore(from), "to", "must not be before from " + from, to);
        return new ExitReport(from, to, program, by);
    }

    /**
     * Counts one enrolment.
     *
     * @param e the enrolment, not null
     * @throws NullPointerException if {@code e} is null
     */
    public void add(Enrollment e) {
        Checks.notNull(e, "e");
        if (program.isPresent() && !program.get().equals(e.program())) {
            return;
        }
        boolean activeFrom = e.isActiveOn(from);
        boolean activeTo = e.isActiveOn(to);
        Optional<String> reason = e.exitDate()
                .filter(d -> !d.isBefore(from) && !d.isAfter(to))
                .flatMap(d -> e.exitReason())
                .map(r -> r.code());
        if (!activeFrom && !activeTo && reason.isEmpty()) {
            return;
        }
        Counts c = rows.computeIfAbsent(e.region().map(this::cut), k -> new Counts());
        c.activeFrom += activeFrom ? 1 : 0;
        c.activeTo += activeTo ? 1 : 0;
        if (reason.isPresent()) {
            c.exits.merge(reason.get(), 1L, Long::sum);
            c.total++;
            exits.merge(reason.get(), 1L, Long::sum);
            total++;
        }
    }

    /**
     * Reads a JSON Lines file of enrolments and counts each; unreadable lines go to {@code rejects}.
     *
     * @param in the UTF-8 bytes, not null; closed at the end
     * @param sourceName the name shown in rejects, not null
     * @param limits the per-record limits, not null
     * @param rejects receives each reject, not null
     * @return the number of rejects
     * @throws IOException if the input cannot be read
     * @throws NullPointerException if an argument is null
     */
    public long read(InputStream in, String sourceName, ReadLimits limits, Consumer<Reject> rejects)
            throws IOException {
        return GraduationRun.read(in, sourceName, Enrollment.class, limits, rejects, (e, s, l) -> {
            add(e);
            return Optional.empty();
        });
    }

    private RegionCode cut(RegionCode code) {
        return code.level().compareTo(by) > 0 ? code.ancestor(by) : code;
    }

    private static int compareRegions(Optional<RegionCode> a, Optional<RegionCode> b) {
        return Comparator.<Optional<RegionCode>, Boolean>comparing(Optional::isEmpty)
                .thenComparing(o -> o.orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                .compare(a, b);
    }

    /**
     * The first day of the period.
     *
     * @return the date, not null
     */
    public LocalDate from() {
        return from;
    }

    /**
     * The last day of the period.
     *
     * @return the date, not null
     */
    public LocalDate to() {
        return to;
    }

    /**
     * The programme counted.
     *
     * @return the programme, or empty for all
     */
    public Optional<Program> program() {
        return program;
    }

    /**
     * The level regions are grouped at.
     *
     * @return the level, not null
     */
    public RegionLevel by() {
        return by;
    }

    /**
     * Returns the regions with at least one KPM active on the first or last day or one exit in the
     * period, in code order; the row without a region last.
     *
     * @return the rows, not null
     */
    public List<Row> regions() {
        List<Row> out = new ArrayList<>(rows.size());
        rows.forEach((k, c) -> out.add(new Row(k, c.activeFrom, c.activeTo, c.exits, c.total)));
        return out;
    }

    /**
     * The exits in the period by reason code, over all regions.
     *
     * @return the counts in code order, not null
     */
    public SortedMap<String, Long> exits() {
        return Collections.unmodifiableSortedMap(exits);
    }

    /**
     * The exits in the period over all regions: the sum of the regions' totals.
     *
     * @return the count, 0 or more
     */
    public long total() {
        return total;
    }
}
