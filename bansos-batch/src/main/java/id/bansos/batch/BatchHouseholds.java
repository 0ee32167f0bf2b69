package id.bansos.batch;

import com.google.common.util.concurrent.MoreExecutors;
import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdReaders;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.HouseholdSource;
import id.bansos.io.InputException;
import id.bansos.io.ReadLimits;
import id.bansos.io.ReaderFactory;
import id.bansos.io.Reject;
import id.bansos.io.SplitReaderFactory;
import id.bansos.model.Household;
import id.bansos.model.internal.Checks;
import id.bansos.rules.DuplicateNik;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * The one way bansos reads a household file: the two passes of batch evaluation, shared by every
 * command that reads households ({@code evaluate}, {@code explain}, {@code whatif}, {@code sample},
 * {@code graduate}, {@code reconcile}), so that each sees the same households and rejects the same
 * records.
 *
 * <p>The first pass ({@link BatchReader}) indexes the household ids and every member's NIK; the
 * second hands out each record in file order, as a {@link BatchHousehold} or a {@link Reject}:
 *
 * <ul>
 *   <li>a record the format reader rejects is a reject;
 *   <li>a household id in more than one record, including a CSV household whose rows are not
 *       contiguous, is rejected in every one of them ({@link BatchReader});
 *   <li>with a date ({@link Builder#asOf}), a household with a member born after it is rejected
 *       ({@link BornAfter});
 *   <li>every other household is handed out with the other households that share a NIK with it
 *       ({@code DATA_GANDA}, among the households handed out only: rejected records do not count),
 *       which {@link BatchHousehold#applyBatchRules} applies to a decision.
 * </ul>
 *
 * <p>{@link BatchEvaluator#run} reads this way on worker threads; {@link #forEach} does it on the
 * calling thread, with the same index, memory and temporary files (see {@link BatchEvaluator}), and
 * {@link BatchEvaluator#households()} gives the reading of an evaluator. Every record read is handed
 * out once, as a household or a reject: {@code households + rejected = records}.
 *
 * <p>Example: {@code BatchHouseholds.builder().asOf(LocalDate.of(2024, 3, 1)).build()
 * .forEach(HouseholdSource.of(Path.of("roster.csv")), h -> ..., rejects::add)}. Immutable and
 * thread-safe; each {@code forEach} reads on its own.
 */
public final class BatchHouseholds {
    private final ReadLimits limits;
    private final Map<HouseholdFormat, SplitReaderFactory> readers;
    private final LocalDate asOf;
    private final IndexMemory memory;
    private final int batchSize;

    private BatchHouseholds(
            ReadLimits limits,
            Map<HouseholdFormat, SplitReaderFactory> readers,
            LocalDate asOf,
            IndexMemory memory,
            int batchSize) {
        this.limits = limits;
        this.readers = new EnumMap<>(readers);
        this.asOf = asOf;
        this.memory = memory;
        this.batchSize = batchSize;
    }

    /**
     * Returns a new builder: read limits {@link ReadLimits#defaults()}, readers {@link
     * HouseholdReaders#openSplit} for every format, no date, {@link IndexMemory#defaults()}.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The date members' birth dates are checked against.
     *
     * @return the date, or empty if births are not checked
     */
    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }

    /** The counts of one {@link #forEach}: {@code households + rejected = records}. */
    public record Counts(long records, long households, long rejected) {}

    /**
     * Reads a file in two passes and hands out each record of the second, in file order, on the
     * calling thread.
     *
     * @param source the file, read twice, not null
     * @param households receives each household, not null; may throw {@link UncheckedIOException},
     *     which is passed on
     * @param rejects receives each rejected record, not null
     * @return the counts, not null
     * @throws NullPointerException if an argument is null
     * @throws IOException if the source cannot be read or changed between the passes
     * @throws InputException if the file is ill-formed as a whole (such as a bad CSV header)
     */
    public Counts forEach(
            HouseholdSource source, Consumer<? super BatchHousehold> households, Consumer<? super Reject> rejects)
            throws IOException {
        Checks.notNull(source, "source");
        Checks.notNull(households, "households");
        Checks.notNull(rejects, "rejects");
        // One thread: no sort helper either.
        IndexMemory indexMemory =
                IndexMemory.builder().from(memory).parallelSort(false).build();
        ExecutorService direct = MoreExecutors.newDirectExecutorService();
        long handed = 0;
        long rejected = 0;
        try (NikIndex index = new NikIndex(indexMemory);
                BatchReader reader = openFirstPass(
                        source, limits, readers.get(source.format()), index, asOf, direct, batchSize, 1, indexMemory)) {
            DuplicateIndex duplicates = index.finish(reader::isRepeatedId, DuplicateNik.MAX_LISTED);
            int ordinal = -1;
            for (Optional<HouseholdRecord> next = reader.read(); next.isPresent(); next = reader.read()) {
                if (next.get() instanceof HouseholdRecord.Rejected r) {
                    rejected++;
                    rejects.accept(r.reject());
                    continue;
                }
                HouseholdRecord.Accepted accepted = (HouseholdRecord.Accepted) next.get();
                ordinal = nextOrdinal(source.name(), duplicates, ordinal);
                Optional<Reject> late = bornAfter(source.name(), accepted, asOf);
                if (late.isPresent()) {
                    rejected++;
                    rejects.accept(late.get());
                    continue;
                }
                DuplicateIndex.Duplicate duplicate =
                        duplicate(source.name(), accepted.household(), duplicates, ordinal);
                handed++;
                households.accept(
                        duplicate == null
                                ? new BatchHousehold(accepted.household(), accepted.line(), List.of(), 0)
                                : new BatchHousehold(
                                        accepted.household(), accepted.line(), duplicate.others(), duplicate.total()));
            }
        } finally {
            direct.shutdown();
        }
        return new Counts(handed + rejected, handed, rejected);
    }

    // ---- the steps batch evaluation shares ----

    /**
     * Runs the first pass: the id index of {@link BatchReader}, and the NIKs of every accepted
     * household in {@code index} (none of a household with a member born after {@code asOf}, which
     * the second pass rejects).
     */
    static BatchReader openFirstPass(
            HouseholdSource source,
            ReadLimits limits,
            SplitReaderFactory factory,
            NikIndex index,
            LocalDate asOf,
            ExecutorService pool,
            int batchSize,
            int inFlight,
            IndexMemory indexMemory)
            throws IOException {
        try {
            return BatchReader.open(
                    source,
                    limits,
                    factory,
                    h -> {
                        try {
                            index.add(h, asOf == null || BornAfter.firstMember(h, asOf) < 0);
                        } catch (IOException e) {
                            throw new IndexFailure(e);
                        }
                    },
                    pool,
                    batchSize,
                    inFlight,
                    indexMemory);
        } catch (IndexFailure e) {
            throw e.getCause();
        }
    }

    /** The ordinal of the next household the second pass hands out (as the first pass counted it). */
    static int nextOrdinal(String sourceName, DuplicateIndex duplicates, int previous) throws IOException {
        int ordinal = duplicates.nextOrdinal(previous);
        if (ordinal >= duplicates.households()) {
            throw new InputChangedException(
                    sourceName + ": the input changed between the two passes: more households in the second");
        }
        return ordinal;
    }

    /** The reject of a household with a member born after the date, if there is a date. */
    static Optional<Reject> bornAfter(String sourceName, HouseholdRecord.Accepted accepted, LocalDate asOf) {
        return asOf == null ? Optional.empty() : BornAfter.reject(sourceName, accepted, asOf);
    }

    /** The duplicate record of a household of the second pass, checked against the first pass. */
    static DuplicateIndex.Duplicate duplicate(
            String sourceName, Household household, DuplicateIndex duplicates, int ordinal) throws IOException {
        DuplicateIndex.Duplicate duplicate = duplicates.find(ordinal);
        if (duplicate != null && !duplicate.householdId().equals(household.id())) {
            throw new InputChangedException(sourceName + ": the input changed between the two passes:" + " household "
                    + household.id() + " is where the first pass read " + duplicate.householdId());
        }
        return duplicate;
    }

    /** An {@link IOException} for an input that gave other records in the second pass. */
    static final class InputChangedException extends IOException {
        private static final long serialVersionUID = 1L;

        InputChangedException(String message) {
            super(message);
        }
    }

    /** A temporary file of the NIK index failed, in the first-pass visitor, which may not throw IOException. */
    private static final class IndexFailure extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        IndexFailure(IOException cause) {
            super(cause);
        }
    }

    /** Builds a {@link BatchHouseholds}. Not thread-safe. */
    public static final class Builder {
        private ReadLimits limits = ReadLimits.defaults();
        private final Map<HouseholdFormat, SplitReaderFactory> readers = new EnumMap<>(HouseholdFormat.class);
        private LocalDate asOf;
        private IndexMemory memory = IndexMemory.defaults();
        private int batchSize = BatchEvaluator.DEFAULT_CHUNK_SIZE;

        private Builder() {
            for (HouseholdFormat format : HouseholdFormat.values()) {
                readers.put(format, HouseholdReaders::openSplit);
            }
        }

        /**
         * Sets the per-record read limits.
         *
         * @param limits the limits, not null
         * @return this builder
         * @throws NullPointerException if {@code limits} is null
         */
        public Builder limits(ReadLimits limits) {
            this.limits = Checks.notNull(limits, "limits");
            return this;
        }

        /**
         * Registers the reader for a format, replacing any before.
         *
         * @param format the format, not null
         * @param factory opens readers of that format, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder readerFactory(HouseholdFormat format, ReaderFactory factory) {
            return splitReaderFactory(format, SplitReaderFactory.of(Checks.notNull(factory, "factory")));
        }

        /**
         * Registers a split reader for a format, replacing any before; every format starts with
         * {@link HouseholdReaders#openSplit}.
         *
         * @param format the format, not null
         * @param factory opens split readers of that format, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder splitReaderFactory(HouseholdFormat format, SplitReaderFactory factory) {
            readers.put(Checks.notNull(format, "format"), Checks.notNull(factory, "factory"));
            return this;
        }

        /**
         * Sets the date of evaluation: a household with a member born after it is rejected, and its
         * NIKs make no other household {@code DATA_GANDA}. Without a date births are not checked.
         *
         * @param asOf the date, not null
         * @return this builder
         * @throws NullPointerException if {@code asOf} is null
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = Checks.notNull(asOf, "asOf");
            return this;
        }

        /**
         * Sets how much of the first-pass index stays in memory, and where the rest spills.
         *
         * @param memory the setting, not null; {@link IndexMemory#defaults()} by default
         * @return this builder
         * @throws NullPointerException if {@code memory} is null
         */
        public Builder indexMemory(IndexMemory memory) {
            this.memory = Checks.notNull(memory, "memory");
            return this;
        }

        /** The records a split reader hands over at once; the chunk size of batch evaluation. */
        Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /**
         * Builds the reading.
         *
         * @return the reading, not null
         */
        public BatchHouseholds build() {
            return new BatchHouseholds(limits, readers, asOf, memory, batchSize);
        }
    }
}
