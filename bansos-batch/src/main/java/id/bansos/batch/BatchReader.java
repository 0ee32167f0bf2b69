package id.bansos.batch;

import id.bansos.batch.internal.OrderedPipeline;
import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdReader;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.HouseholdSource;
import id.bansos.io.InputException;
import id.bansos.io.ReadLimits;
import id.bansos.io.ReaderFactory;
import id.bansos.io.Reject;
import id.bansos.io.SplitReader;
import id.bansos.io.SplitReaderFactory;
import id.bansos.model.Household;
import id.bansos.model.internal.Checks;
import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * Reads a household file twice, as batch evaluation does: the first pass indexes the household ids
 * (and lets a caller index anything else, such as NIKs), the second hands out the records, each
 * household id that occurs in more than one record rejected in every one of those records.
 *
 * <p>In a CSV roster this also catches a household whose rows are not contiguous, since its rows then
 * form two records. The reject names every line, e.g. {@code roster.csv:2: household H1:
 * household_id: household id appears in 2 records, at lines 2, 9}; a record already rejected for
 * another reason keeps its error, with that sentence appended.
 *
 * <p><b>Memory.</b> The first pass keeps no id strings: 24 bytes per record with a household id (a
 * 128-bit hash and a line), in memory up to the {@link IndexMemory} budget (32 MiB, 1,398,101
 * records, by default) and beyond it in sorted runs on disk, merged when the pass ends. After the
 * first pass only the repeated ids remain, at about 100 bytes each plus 8 per line, and the second
 * pass uses memory flat in the file size. The plain {@code open} methods use {@link
 * IndexMemory#defaults()}.
 * Two different ids share a hash with odds of about n²/2¹²⁹ for n records; MurmurHash3 does not
 * resist collisions crafted on purpose, so a file made to collide two ids has both rejected.
 *
 * <p>Example: {@code try (BatchReader r = BatchReader.open(source, ReadLimits.defaults(),
 * CsvHouseholdReader::open, nikIndex::add)) { ... r.read() ... }}.
 *
 * <p>Not thread-safe.
 */
public final class BatchReader implements HouseholdReader {
    private static final int MAX_LINES_SHOWN = 20;

    private final HouseholdSource source;
    private final SplitReader reader;
    private final Map<IdIndex.Key, long[]> repeated;
    private final long firstPassRecords;
    private long accepted;
    private long rejected;
    private Iterator<HouseholdRecord> pending = Collections.emptyIterator();

    private BatchReader(
            HouseholdSource source, SplitReader reader, Map<IdIndex.Key, long[]> repeated, long firstPassRecords) {
        this.source = source;
        this.reader = reader;
        this.repeated = repeated;
        this.firstPassRecords = firstPassRecords;
    }

    /**
     * Runs the first pass over the source and opens it for the second.
     *
     * @param source the source, read twice, not null
     * @param limits the per-record limits, not null
     * @param factory opens a reader for the source's format, not null
     * @return the reader for the second pass, not null; the caller closes it
     * @throws NullPointerException if an argument is null
     * @throws IOException if the source cannot be read
     * @throws InputException if the file is ill-formed as a whole (such as a bad CSV header)
     */
    public static BatchReader open(HouseholdSource source, ReadLimits limits, ReaderFactory factory)
            throws IOException {
        return open(source, limits, factory, household -> {});
    }

    /**
     * Runs the first pass over the source, showing every accepted household to a visitor, and opens
     * the source for the second pass.
     *
     * <p>The visitor sees each household the format reader accepted, in file order, including those
     * the second pass will reject for a repeated id, which the first pass cannot know before it ends;
     * a caller who must leave them out asks {@link #isRepeatedId(String)} once this method returns.
     *
     * @param source the source, read twice, not null
     * @param limits the per-record limits, not null
     * @param factory opens a reader for the source's format, not null
     * @param firstPassVisitor called with every accepted household of the first pass, not null
     * @return the reader for the second pass, not null; the caller closes it
     * @throws NullPointerException if an argument is null
     * @throws IOException if the source cannot be read
     * @throws InputException if the file is ill-formed as a whole (such as a bad CSV header)
     */
    public static BatchReader open(
            HouseholdSource source,
            ReadLimits limits,
            ReaderFactory factory,
            Consumer<? super Household> firstPassVisitor)
            throws IOException {
        Checks.notNull(source, "source");
        Checks.notNull(limits, "limits");
        Checks.notNull(factory, "factory");
        Checks.notNull(firstPassVisitor, "firstPassVisitor");
        long count = 0;
        Map<IdIndex.Key, long[]> repeated;
        try (IdIndex index = new IdIndex(IndexMemory.defaults());
                HouseholdReader first = factory.open(source, limits)) {
            for (Optional<HouseholdRecord> next = first.read(); next.isPresent(); next = first.read()) {
                count++;
                firstPass(next.get(), index, firstPassVisitor);
            }
            repeated = index.repeated();
        }
        return new BatchReader(source, SplitReader.of(factory.open(source, limits)), repeated, count);
    }

    /**
     * Runs the first pass over the source with a split reader, parsing its batches on worker threads,
     * and opens the source for the second pass; records, visits and rejects are those of {@link
     * #open(HouseholdSource, ReadLimits, ReaderFactory, Consumer)}.
     *
     * <p>The calling thread reads the batches, and indexes and visits their records in input order; at
     * most {@code inFlight} batches are read ahead of it.
     *
     * @param source the source, read twice, not null
     * @param limits the per-record limits, not null
     * @param factory opens a split reader for the source's format, not null
     * @param firstPassVisitor called on the calling thread with every accepted household of the first
     *     pass, in file order, not null
     * @param workers parse the batches, not null; not shut down
     * @param batchSize the most records per batch, 1 or more
     * @param inFlight the most batches being parsed at once, 1 or more
     * @param memory the memory budget of the id index and where it spills, not null
     * @return the reader for the second pass, not null; the caller closes it
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code batchSize} or {@code inFlight} is below 1
     * @throws IOException if the source cannot be read, or the thread is interrupted ({@link
     *     java.io.InterruptedIOException})
     * @throws InputException if the file is ill-formed as a whole (such as a bad CSV header)
     */
    public static BatchReader open(
            HouseholdSource source,
            ReadLimits limits,
            SplitReaderFactory factory,
            Consumer<? super Household> firstPassVisitor,
            ExecutorService workers,
            int batchSize,
            int inFlight,
            IndexMemory memory)
            throws IOException {
        Checks.notNull(source, "source");
        Checks.notNull(limits, "limits");
        Checks.notNull(factory, "factory");
        Checks.notNull(firstPassVisitor, "firstPassVisitor");
        Checks.notNull(workers, "workers");
        Checks.check(batchSize >= 1, "batchSize", "must be 1 or more", batchSize);
        Checks.check(inFlight >= 1, "inFlight", "must be 1 or more", inFlight);
        Checks.notNull(memory, "memory");
        long[] count = {0};
        Map<IdIndex.Key, long[]> repeated;
        try (IdIndex index = new IdIndex(memory);
                SplitReader first = factory.open(source, limits);
                OrderedPipeline<List<HouseholdRecord>> parsing =
                        new OrderedPipeline<>(workers, inFlight, "reading " + source.name(), records -> {
                            for (HouseholdRecord record : records) {
                                count[0]++;
                                firstPass(record, index, firstPassVisitor);
                            }
                        })) {
            for (Optional<SplitReader.Batch> next = first.next(batchSize);
                    next.isPresent();
                    next = first.next(batchSize)) {
                parsing.submit(next.get()::parse);
            }
            parsing.drain();
            repeated = index.repeated();
        }
        return new BatchReader(source, factory.open(source, limits), repeated, count[0]);
    }

    private static void firstPass(HouseholdRecord record, IdIndex index, Consumer<? super Household> visitor)
            throws IOException {
        if (record instanceof HouseholdRecord.Accepted accepted) {
            index.add(accepted.household().id(), accepted.line());
            visitor.accept(accepted.household());
        } else {
            Optional<String> id = ((HouseholdRecord.Rejected) record).reject().householdId();
            if (id.isPresent()) {
                index.add(id.get(), record.line());
            }
        }
    }

    /**
     * Reads the next record of the second pass.
     *
     * @return the next record, or empty at the end
     * @throws IOException if the source cannot be read, or gave other records than in the first pass
     */
    @Override
    public Optional<HouseholdRecord> read() throws IOException {
        while (!pending.hasNext()) {
            Optional<SplitReader.Batch> next = reader.next(1);
            if (next.isEmpty()) {
                checkEnd();
                return Optional.empty();
            }
            pending = next.get().parse().iterator();
        }
        return Optional.of(admit(pending.next()));
    }

    /**
     * Reads the next batch of the second pass, unparsed, for a caller who parses on other threads and
     * then passes each record through {@link #admit(HouseholdRecord)} in input order; the alternative
     * to {@link #read()}, not to be mixed with it.
     *
     * @param maxRecords the most records in the batch, 1 or more
     * @return the next batch, or empty at the end, when the caller calls {@link #checkEnd()}
     * @throws IOException if the source cannot be read
     */
    public Optional<SplitReader.Batch> nextBatch(int maxRecords) throws IOException {
        return reader.next(maxRecords);
    }

    /**
     * Counts one parsed record of the second pass and rejects it if its household id is repeated;
     * called for every record in input order, one call after the other (from any thread, each call
     * happening before the next).
     *
     * @param record the record as parsed, not null
     * @return the record as the second pass hands it out, not null
     * @throws IOException if the second pass has more records than the first
     */
    public HouseholdRecord admit(HouseholdRecord record) throws IOException {
        Checks.notNull(record, "record");
        long read = accepted + rejected;
        if (read == firstPassRecords) {
            throw changed(read + 1);
        }
        Optional<String> id = record instanceof HouseholdRecord.Accepted a
                ? Optional.of(a.household().id())
                : ((HouseholdRecord.Rejected) record).reject().householdId();
        long[] lines = id.isPresent() && !repeated.isEmpty() ? repeated.get(IdIndex.keyOf(id.get())) : null;
        HouseholdRecord admitted = record;
        if (lines != null) {
            admitted = new HouseholdRecord.Rejected(repeatedReject(record, id.get(), lines));
        }
        if (admitted instanceof HouseholdRecord.Accepted) {
            accepted++;
        } else {
            rejected++;
        }
        return admitted;
    }

    /**
     * Checks, at the end of the second pass, that it had as many records as the first.
     *
     * @throws IOException if it had fewer
     */
    public void checkEnd() throws IOException {
        long read = accepted + rejected;
        if (read != firstPassRecords) {
            throw changed(read);
        }
    }

    private IOException changed(long secondPassRecords) {
        return new IOException(source.name() + ": the input changed between the two passes: " + firstPassRecords
                + " records in the first, " + (secondPassRecords > firstPassRecords ? "more" : secondPassRecords)
                + " in the second");
    }

    private Reject repeatedReject(HouseholdRecord record, String id, long[] lines) {
        return repeatedReject(source.format(), source.name(), record, id, lines);
    }

    /** The reject of a record whose household id is in the records at these lines (ascending). */
    static Reject repeatedReject(
            HouseholdFormat format, String sourceName, HouseholdRecord record, String id, long[] lines) {
        String detail = repeatedDetail(lines);
        String field = format == HouseholdFormat.CSV ? "household_id" : "id";
        if (record instanceof HouseholdRecord.Rejected r) {
            Reject original = r.reject();
            return Reject.builder()
                    .source(original.source())
                    .line(original.line())
                    .column(original.column())
                    .householdId(original.householdId())
                    .field(original.field())
                    .error(original.error() + "; " + detail)
                    .build();
        }
        return Reject.from(new InputException(sourceName, record.line(), 0, id, field, detail), record.line());
    }

    /** Lists the lines, at most {@value #MAX_LINES_SHOWN}, so that a hostile file cannot make one huge message. */
    static String repeatedDetail(long[] lines) {
        StringBuilder sb = new StringBuilder("household id appears in ")
                .append(lines.length)
                .append(" records, at lines ");
        int shown = Math.min(lines.length, MAX_LINES_SHOWN);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(lines[i]);
        }
        if (shown < lines.length) {
            sb.append(", …");
        }
        return sb.toString();
    }

    /**
     * Tells whether a household id occurs in more than one record of the file, so that whatever a
     * first-pass visitor indexed for it can be set aside.
     *
     * @param householdId the id, not null
     * @return true if the second pass rejects every record with this id
     * @throws NullPointerException if {@code householdId} is null
     */
    public boolean isRepeatedId(String householdId) {
        Checks.notNull(householdId, "householdId");
        return !repeated.isEmpty() && repeated.containsKey(IdIndex.keyOf(householdId));
    }

    /**
     * Returns the number of records the first pass read, which the second pass will hand out too.
     *
     * @return the count, zero or more
     */
    public long firstPassRecords() {
        return firstPassRecords;
    }

    /**
     * Returns the counts of the second pass so far.
     *
     * @return the counts, not null
     */
    public Stats stats() {
        return new Stats(accepted, rejected);
    }

    /**
     * Closes the second-pass reader.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        reader.close();
    }

    /**
     * The counts of a second pass: every record read is either accepted or rejected.
     *
     * @param accepted the records handed out as households, zero or more
     * @param rejected the records handed out as rejects, zero or more
     */
    public record Stats(long accepted, long rejected) {
        /**
         * Checks the counts.
         *
         * @param accepted zero or more
         * @param rejected zero or more
         * @throws IllegalArgumentException if a count is negative
         */
        public Stats {
            Checks.notNegative(accepted, "accepted");
            Checks.notNegative(rejected, "rejected");
        }

        /**
         * Returns the records read, accepted plus rejected.
         *
         * @return the sum, zero or more
         */
        public long recordsRead() {
            return accepted + rejected;
        }
    }
}
