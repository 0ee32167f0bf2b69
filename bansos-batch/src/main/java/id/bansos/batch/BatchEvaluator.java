package id.bansos.batch;

import com.google.common.util.concurrent.MoreExecutors;
import com.google.common.util.concurrent.ThreadFactoryBuilder;
import id.bansos.batch.internal.Await;
import id.bansos.batch.internal.OrderedPipeline;
import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdReaders;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.HouseholdSource;
import id.bansos.io.InputException;
import id.bansos.io.ReadLimits;
import id.bansos.io.ReaderFactory;
import id.bansos.io.Reject;
import id.bansos.io.SplitReader;
import id.bansos.io.SplitReaderFactory;
import id.bansos.model.Household;
import id.bansos.model.decision.Decision;
import id.bansos.model.internal.Checks;
import id.bansos.model.param.MissingParameterException;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.DuplicateNik;
import id.bansos.rules.Engine;
import id.bansos.rules.Evaluator;
import id.bansos.rules.ProgramDefinition;
import id.bansos.rules.UndecidableHouseholdException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Decides every household of a re-readable source in two passes, with the whole-batch rule {@code
 * DATA_GANDA}, and counts the outcome in a {@link BatchSummary}.
 *
 * <p><b>The two passes.</b> The first pass ({@link BatchReader}) indexes the household ids and, here,
 * every member's NIK (deceased members too) with its household's position; records that are rejected
 * — by the reader, for a household id found in two records, or for a member born after the date of
 * evaluation — are left out. Between the passes the index is sorted and the NIKs found in more than
 * one household are kept with those households' ids. The second pass reads the records again in
 * order and decides each household; one that shares a NIK is made not eligible by {@link
 * DuplicateNik}, whose {@code DATA_GANDA} reason comes last and names up to 10 other households and
 * their number. So a duplicate of the first household in the millionth is found, and both are
 * decided with it. Memory: 16 bytes per person and the id's UTF-8 bytes plus one per household
 * during the first pass, beside {@link BatchReader}'s 24 bytes per record, each of the three tables
 * in memory up to the {@link IndexMemory} budget ({@link Builder#indexMemory}, 32 MiB by default) and
 * in sorted runs on disk beyond it; the second pass keeps only the households that share a NIK, plus
 * a bounded number of records in flight (see {@code docs/batch.md}).
 *
 * <p><b>Threads and order.</b> The calling thread reads and writes; decisions are made, and encoded
 * by a {@link DecisionEncoder}, on worker threads, in chunks of {@link Builder#chunkSize(int)}
 * records (512 by default), at most two chunks per worker in flight. With a {@link
 * SplitReaderFactory} ({@link Builder#splitReaderFactory}) the workers also parse the records, in
 * both passes, and the calling thread only splits the input into chunks and indexes the first pass;
 * with a {@link ReaderFactory} the calling thread parses. Chunks are written in input
 * order, so the output is byte-identical whatever the number of threads. With one thread everything
 * runs on the calling thread. Rejects go to their sink in input order too.
 *
 * <p>Every record read ends up as a decision or a reject: {@code decided + rejected = recordsRead}. A
 * valid household that a rule cannot decide ({@link UndecidableHouseholdException}: a programme
 * file's amount expression gives a negative number for it) is a reject too, naming the programme
 * and the rule ({@link Undecidable}); the run goes on.
 *
 * <p>Example: {@code BatchEvaluator.builder().program(Programs.pkh()).parameters(NationalPolicy.load())
 * .asOf(LocalDate.of(2024, 3, 1)).build().run(HouseholdSource.of(Path.of("roster.csv")), out, encoder,
 * rejects::add)}. Immutable and thread-safe; each {@code run} uses threads of its own.
 */
public final class BatchEvaluator {
    /** The default number of records per chunk of work. */
    public static final int DEFAULT_CHUNK_SIZE = 512;

    /** The largest chunk size allowed. */
    public static final int MAX_CHUNK_SIZE = 1 << 16;

    private static final AtomicInteger RUNS = new AtomicInteger();

    private final Evaluator evaluator;
    private final int threads;
    private final ExecutorService workers;
    private final int chunkSize;
    private final ReadLimits limits;
    private final Map<HouseholdFormat, ReaderFactory> readers;
    private final Map<HouseholdFormat, SplitReaderFactory> splitters;
    private final BatchProgress progress;
    private final IndexMemory memory;

    private BatchEvaluator(Builder b, Evaluator evaluator) {
        this.evaluator = evaluator;
        this.threads = b.threads;
        this.workers = b.workers;
        this.chunkSize = b.chunkSize;
        this.limits = b.limits;
        this.readers = new EnumMap<>(b.readers);
        this.splitters = new EnumMap<>(b.splitters);
        this.progress = b.progress;
        this.memory = b.memory;
    }

    /**
     * Returns a new builder: program, parameters and date are required; threads default to the
     * available processors, read limits to {@link ReadLimits#defaults()}, readers to {@link
     * HouseholdReaders#openSplit} for every {@link HouseholdFormat}.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The programme decided.
     *
     * @return the programme, not null
     */
    public ProgramDefinition program() {
        return evaluator.program();
    }

    /**
     * The date of evaluation.
     *
     * @return the date, not null
     */
    public LocalDate asOf() {
        return evaluator.asOf();
    }

    /**
     * The version of the parameter set, written into every decision.
     *
     * @return the SHA-256 of the set's canonical form, 64 hexadecimal digits
     */
    public String policyVersion() {
        return evaluator.policyVersion();
    }

    /**
     * The number of threads that decide and encode.
     *
     * @return 1 or more; 1 means the calling thread alone
     */
    public int threads() {
        return threads;
    }

    /**
     * Decides every household of a source and writes each decision's encoded bytes, in input order.
     *
     * @param source the source, read twice, not null
     * @param decisions where the encoded decisions go, not null; flushed at the end, not closed
     * @param encoder encodes one decision on a worker thread, not null, thread-safe
     * @param rejects receives each rejected record, in input order, on the calling thread, not null;
     *     may throw {@link java.io.UncheckedIOException}, which is passed on
     * @return the summary, not null
     * @throws NullPointerException if an argument is null
     * @throws IOException if the source cannot be read or changed between the passes, the output
     *     cannot be written, or the encoder fails
     * @throws InputException if the file is ill-formed as a whole (such as a bad CSV header)
     */
    public BatchSummary run(
            HouseholdSource source, OutputStream decisions, DecisionEncoder encoder, Consumer<? super Reject> rejects)
            throws IOException {
        Checks.notNull(decisions, "decisions");
        Checks.notNull(encoder, "encoder");
        BatchSummary summary = run(
                source,
                encoder,
                chunk -> {
                    for (byte[] b : chunk.bytes()) {
                        decisions.write(b);
                    }
                },
                rejects);
        decisions.flush();
        return summary;
    }

    /**
     * Decides every household of a source and hands each decision over, in input order, on the
     * calling thread.
     *
     * @param source the source, read twice, not null
     * @param decisions receives each decision, not null; may throw {@link
     *     java.io.UncheckedIOException}, which is passed on
     * @param rejects receives each rejected record, in input order, not null
     * @return the summary, not null
     * @throws NullPointerException if an argument is null
     * @throws IOException if the source cannot be read or changed between the passes
     * @throws InputException if the file is ill-formed as a whole (such as a bad CSV header)
     */
    public BatchSummary run(
            HouseholdSource source, Consumer<? super Decision> decisions, Consumer<? super Reject> rejects)
            throws IOException {
        Checks.notNull(decisions, "decisions");
        return run(
                source,
                null,
                chunk -> {
                    for (Decision d : chunk.decisions()) {
                        decisions.accept(d);
                    }
                },
                rejects);
    }

    /**
     * Decides a list of households held in memory as one batch, with {@code DATA_GANDA} across the
     * list, on the calling thread; for tests, scenarios and small batches.
     *
     * @param households the households, not null, no null element, no household id twice
     * @return the decisions in list order, not null
     * @throws NullPointerException if the list or an element is null
     * @throws IllegalArgumentException if a household id occurs twice, or a member is born after
     *     {@link #asOf()}
     */
    public List<Decision> evaluate(List<Household> households) {
        Checks.notNull(households, "households");
        DuplicateIndex duplicates;
        try (NikIndex index = new NikIndex(IndexMemory.inMemory())) {
            Set<String> ids = new HashSet<>();
            for (Household h : households) {
                Checks.notNull(h, "households element");
                Checks.check(ids.add(h.id()), "households", "must not repeat a household id", h.id());
                index.add(h, true);
            }
            duplicates = index.finish(id -> false, DuplicateNik.MAX_LISTED);
        } catch (IOException e) {
            // An index that never spills touches no file.
            throw new UncheckedIOException(e);
        }
        List<Decision> decisions = new ArrayList<>(households.size());
        for (int i = 0; i < households.size(); i++) {
            decisions.add(decide(households.get(i), duplicates.find(i)));
        }
        return decisions;
    }

    /**
     * The reading of this evaluator: its read limits, readers, index memory and date, on the
     * calling thread. Every household it hands out, decided by {@link #decide(BatchHousehold)}, gets
     * the decision {@link #run} writes for it, and it rejects the records {@code run} rejects, with
     * the same messages.
     *
     * @return the reading, not null
     */
    public BatchHouseholds households() {
        BatchHouseholds.Builder b = BatchHouseholds.builder()
                .limits(limits)
                .asOf(evaluator.asOf())
                .indexMemory(memory)
                .batchSize(chunkSize);
        for (HouseholdFormat format : HouseholdFormat.values()) {
            b.splitReaderFactory(format, splitFactory(format));
        }
        return b.build();
    }

    /**
     * Decides one household handed out by a reading of a file, as {@link #run} decides it in that
     * file: the programme's rules, then {@code DATA_GANDA} if it shares a NIK.
     *
     * @param household the household, not null, from {@link BatchHouseholds#forEach} with this
     *     evaluator's date
     * @return the decision, not null
     * @throws NullPointerException if {@code household} is null
     * @throws IllegalArgumentException if a member is born after {@link #asOf()}
     * @throws UndecidableHouseholdException if a rule cannot decide it (a programme file's amount
     *     below 0), which {@link #run} makes a reject with {@link Undecidable#reject}
     */
    public Decision decide(BatchHousehold household) {
        Checks.notNull(household, "household");
        return household.applyBatchRules(evaluator.evaluate(household.household()));
    }

    /**
     * Finds one household id in a file and gives what {@link #run} gives it there: its decision
     * (with {@code DATA_GANDA} across the whole file), or the rejects of its records (a repeated id
     * has one per record), or neither if no record has that id. Reads the whole file twice, on the
     * calling thread.
     *
     * <p>Example: for a roster where {@code H4} shares a child with {@code H5}, {@code
     * decide(source, "H4").decision()} is not eligible with {@code DATA_GANDA} last, as in the
     * output of {@code run}.
     *
     * @param source the file, read twice, not null
     * @param householdId the id, not null
     * @return the outcome, not null
     * @throws NullPointerException if an argument is null
     * @throws IOException if the source cannot be read or changed between the passes
     * @throws InputException if the file is ill-formed as a whole (such as a bad CSV header)
     */
    public Outcome decide(HouseholdSource source, String householdId) throws IOException {
        Checks.notNull(source, "source");
        Checks.notNull(householdId, "householdId");
        BatchHousehold[] found = {null};
        List<Reject> rejects = new ArrayList<>(0);
        households()
                .forEach(
                        source,
                        h -> {
                            if (h.household().id().equals(householdId)) {
                                found[0] = h;
                            }
                        },
                        r -> {
                            if (r.householdId().filter(householdId::equals).isPresent()) {
                                rejects.add(r);
                            }
                        });
        if (found[0] == null) {
            return new Outcome(Optional.empty(), Optional.empty(), rejects);
        }
        try {
            return new Outcome(Optional.of(found[0]), Optional.of(decide(found[0])), rejects);
        } catch (UndecidableHouseholdException e) {
            return new Outcome(
                    Optional.empty(),
                    Optional.empty(),
                    List.of(Undecidable.reject(source.name(), found[0].line(), householdId, e)));
        }
    }

    /**
     * What batch evaluation of a file gives one household id: a decision, or rejects, or neither
     * when the id is in no record.
     *
     * @param household the household as read, present when it is decided
     * @param decision its decision, present when it is decided
     * @param rejects the rejects of the records with that id, in file order; empty when it is
     *     decided
     */
    public record Outcome(Optional<BatchHousehold> household, Optional<Decision> decision, List<Reject> rejects) {
        /**
         * Checks the parts agree.
         *
         * @throws NullPointerException if a part is null
         * @throws IllegalArgumentException if only one of household and decision is present, or a
         *     decided household has rejects
         */
        public Outcome {
            Checks.notNull(household, "household");
            Checks.notNull(decision, "decision");
            rejects = List.copyOf(Checks.notNull(rejects, "rejects"));
            Checks.check(household.isPresent() == decision.isPresent(), "decision", "must come with its household");
            Checks.check(decision.isEmpty() || rejects.isEmpty(), "rejects", "must be empty when decided");
        }
    }

    private Decision decide(Household household, DuplicateIndex.Duplicate duplicate) {
        Decision decision = evaluator.evaluate(household);
        return duplicate == null ? decision : DuplicateNik.apply(decision, duplicate.others(), duplicate.total());
    }

    /** A decided chunk; its encoded decisions stay apart, as arrays of a few KB, which the heap handles better than one of a MB. */
    private record Chunk(List<byte[]> bytes, List<Decision> decisions, List<Reject> rejects, Tally tally) {}

    @FunctionalInterface
    private interface ChunkSink {
        void write(Chunk chunk) throws IOException;
    }

    private SplitReaderFactory splitFactory(HouseholdFormat format) {
        SplitReaderFactory split = splitters.get(format);
        if (split != null) {
            return split;
        }
        // Every format has a split reader or a reader: the builder starts with all of them.
        return SplitReaderFactory.of(readers.get(format));
    }

    private BatchSummary run(
            HouseholdSource source, DecisionEncoder encoder, ChunkSink sink, Consumer<? super Reject> rejects)
            throws IOException {
        Checks.notNull(source, "source");
        Checks.notNull(rejects, "rejects");
        SplitReaderFactory factory = splitFactory(source.format());
        LocalDate asOf = evaluator.asOf();
        ExecutorService own = workers != null
                ? null
                : threads > 1
                        ? Executors.newFixedThreadPool(threads, threadFactory())
                        : MoreExecutors.newDirectExecutorService();
        ExecutorService pool = own != null ? own : workers;
        // One thread means one thread: no sort helper either.
        IndexMemory indexMemory = threads > 1
                ? memory
                : IndexMemory.builder().from(memory).parallelSort(false).build();
        try (NikIndex index = new NikIndex(indexMemory);
                BatchReader reader = BatchHouseholds.openFirstPass(
                        source, limits, factory, index, asOf, pool, chunkSize, 2 * threads, indexMemory)) {
            DuplicateIndex duplicates = index.finish(reader::isRepeatedId, DuplicateNik.MAX_LISTED);
            Run run =
                    new Run(source.name(), reader, duplicates, encoder, sink, rejects, reader.firstPassRecords(), pool);
            try {
                CompletableFuture<Integer> previous = CompletableFuture.completedFuture(-1);
                for (Optional<SplitReader.Batch> next = reader.nextBatch(chunkSize);
                        next.isPresent();
                        next = reader.nextBatch(chunkSize)) {
                    CompletableFuture<Integer> admitted = new CompletableFuture<>();
                    run.dispatch(next.get(), previous, admitted);
                    previous = admitted;
                }
                run.awaitAdmitted(previous);
                reader.checkEnd();
                run.drain();
            } finally {
                run.close();
            }
            BatchSummary summary = run.tally.toSummary();
            progress.update(summary.recordsRead(), reader.firstPassRecords());
            return summary;
        } finally {
            if (own != null) {
                own.shutdownNow();
            }
        }
    }

    /** The state of one run: the chunks in flight, and the counts written so far. */
    private final class Run {
        private final String sourceName;
        private final BatchReader reader;
        private final DuplicateIndex duplicates;
        private final DecisionEncoder encoder;
        private final ChunkSink sink;
        private final Consumer<? super Reject> rejects;
        private final long total;
        private final OrderedPipeline<Chunk> chunks;
        private final Tally tally = new Tally();

        Run(
                String sourceName,
                BatchReader reader,
                DuplicateIndex duplicates,
                DecisionEncoder encoder,
                ChunkSink sink,
                Consumer<? super Reject> rejects,
                long total,
                ExecutorService pool) {
            this.sourceName = sourceName;
            this.reader = reader;
            this.duplicates = duplicates;
            this.encoder = encoder;
            this.sink = sink;
            this.rejects = rejects;
            this.total = total;
            this.chunks = new OrderedPipeline<>(pool, 2 * threads, "batch evaluation of " + sourceName, this::write);
        }

        void dispatch(SplitReader.Batch batch, CompletableFuture<Integer> previous, CompletableFuture<Integer> admitted)
                throws IOException {
            chunks.submit(() -> process(batch, previous, admitted));
        }

        void awaitAdmitted(CompletableFuture<Integer> last) throws IOException {
            await(last);
        }

        void drain() throws IOException {
            chunks.drain();
        }

        void close() {
            // After a failure, chunks still in flight are of no use: stop them.
            chunks.close();
        }

        private void write(Chunk chunk) throws IOException {
            sink.write(chunk);
            for (Reject r : chunk.rejects()) {
                rejects.accept(r);
            }
            tally.addAll(chunk.tally());
            progress.update(tally.records(), total);
        }

        private <T> T await(Future<T> future) throws IOException {
            return Await.result(future, "batch evaluation of " + sourceName);
        }

        /**
         * Parses a batch, admits its records in input order after the previous batch's (which gives
         * each household its ordinal of the first pass), then decides and encodes them; runs on a
         * worker thread.
         */
        private Chunk process(
                SplitReader.Batch batch, CompletableFuture<Integer> previous, CompletableFuture<Integer> admitted)
                throws IOException {
            List<HouseholdRecord> records;
            int[] ordinals;
            try {
                records = new ArrayList<>(batch.parse());
                int ordinal = await(previous);
                ordinals = new int[records.size()];
                for (int i = 0; i < records.size(); i++) {
                    HouseholdRecord record = reader.admit(records.get(i));
                    records.set(i, record);
                    ordinals[i] = -1;
                    if (record instanceof HouseholdRecord.Accepted) {
                        ordinal = BatchHouseholds.nextOrdinal(sourceName, duplicates, ordinal);
                        ordinals[i] = ordinal;
                    }
                }
                admitted.complete(ordinal);
            } catch (IOException | RuntimeException | Error e) {
                admitted.completeExceptionally(e);
                throw e;
            } finally {
                if (!admitted.isDone()) {
                    admitted.completeExceptionally(new CancellationException("batch not admitted"));
                }
            }
            Tally t = new Tally();
            List<byte[]> bytes = encoder == null ? null : new ArrayList<>(records.size());
            List<Decision> decisions = encoder == null ? new ArrayList<>(records.size()) : List.of();
            List<Reject> rejected = new ArrayList<>(0);
            LocalDate asOf = evaluator.asOf();
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i) instanceof HouseholdRecord.Rejected r) {
                    rejected.add(r.reject());
                    t.rejected();
                    continue;
                }
                HouseholdRecord.Accepted accepted = (HouseholdRecord.Accepted) records.get(i);
                Household household = accepted.household();
                Optional<Reject> late = BatchHouseholds.bornAfter(sourceName, accepted, asOf);
                if (late.isPresent()) {
                    rejected.add(late.get());
                    t.rejected();
                    continue;
                }
                DuplicateIndex.Duplicate duplicate =
                        BatchHouseholds.duplicate(sourceName, household, duplicates, ordinals[i]);
                Decision decision;
                try {
                    decision = decide(household, duplicate);
                } catch (UndecidableHouseholdException e) {
                    rejected.add(Undecidable.reject(sourceName, accepted.line(), household.id(), e));
                    t.rejected();
                    continue;
                }
                t.decided(household, decision);
                if (bytes != null) {
                    bytes.add(encoder.encode(decision));
                } else {
                    decisions.add(decision);
                }
            }
            return new Chunk(bytes, decisions, rejected, t);
        }
    }

    private ThreadFactory threadFactory() {
        // Daemon threads, so that an embedding application that forgets to close a run can still exit.
        return new ThreadFactoryBuilder()
                .setNameFormat("bansos-batch-" + RUNS.incrementAndGet() + "-%d")
                .setDaemon(true)
                .build();
    }

    /** Builds a {@link BatchEvaluator}. Not thread-safe. */
    public static final class Builder {
        private ProgramDefinition program;
        private ParameterSet parameters;
        private LocalDate asOf;
        private int threads = Runtime.getRuntime().availableProcessors();
        private ExecutorService workers;
        private int chunkSize = DEFAULT_CHUNK_SIZE;
        private ReadLimits limits = ReadLimits.defaults();
        private final Map<HouseholdFormat, ReaderFactory> readers = new EnumMap<>(HouseholdFormat.class);
        private final Map<HouseholdFormat, SplitReaderFactory> splitters = new EnumMap<>(HouseholdFormat.class);
        private BatchProgress progress = BatchProgress.NONE;
        private IndexMemory memory = IndexMemory.defaults();

        private Builder() {
            for (HouseholdFormat format : HouseholdFormat.values()) {
                splitters.put(format, HouseholdReaders::openSplit);
            }
        }

        /**
         * Sets the programme to decide.
         *
         * @param program the programme, not null
         * @return this builder
         * @throws NullPointerException if {@code program} is null
         */
        public Builder program(ProgramDefinition program) {
            this.program = Checks.notNull(program, "program");
            return this;
        }

        /**
         * Sets the parameter set.
         *
         * @param parameters the set, not null, holding every key the programme's rules read
         * @return this builder
         * @throws NullPointerException if {@code parameters} is null
         */
        public Builder parameters(ParameterSet parameters) {
            this.parameters = Checks.notNull(parameters, "parameters");
            return this;
        }

        /**
         * Sets the date of evaluation.
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
         * Sets the number of threads that decide and encode; 1 runs everything on the calling thread.
         *
         * @param threads 1 to 1024
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder threads(int threads) {
            this.threads = Checks.inRange(threads, 1, 1024, "threads");
            return this;
        }

        /**
         * Runs the parsing and deciding of each run on the embedder's executor instead of a pool of
         * {@link #threads(int)} threads that the run starts and stops: for an application server that
         * manages its own threads. The executor is never shut down by the evaluator; {@link
         * #threads(int)} still sets how many chunks are in flight (twice the threads). An executor
         * that runs tasks in the order they are submitted, with any number of threads, cannot
         * deadlock a run (each chunk waits only for chunks submitted before it).
         *
         * <p>Example: {@code .workers(myPool).threads(4)}.
         *
         * @param workers the executor, not null
         * @return this builder
         * @throws NullPointerException if {@code workers} is null
         */
        public Builder workers(ExecutorService workers) {
            this.workers = Checks.notNull(workers, "workers");
            return this;
        }

        /**
         * Sets the number of records per chunk of work.
         *
         * @param chunkSize 1 to {@value #MAX_CHUNK_SIZE}
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder chunkSize(int chunkSize) {
            this.chunkSize = Checks.inRange(chunkSize, 1, MAX_CHUNK_SIZE, "chunkSize");
            return this;
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
         * Registers the reader for a format, replacing any before; every format starts with {@link
         * HouseholdReaders#openSplit}.
         *
         * @param format the format, not null
         * @param factory opens readers of that format, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder readerFactory(HouseholdFormat format, ReaderFactory factory) {
            readers.put(Checks.notNull(format, "format"), Checks.notNull(factory, "factory"));
            splitters.remove(format);
            return this;
        }

        /**
         * Registers a split reader for a format, whose batches are parsed on the worker threads in both
         * passes, replacing any reader registered before for that format.
         *
         * @param format the format, not null
         * @param factory opens split readers of that format, not null; for example {@code
         *     HouseholdReaders::openSplit}
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder splitReaderFactory(HouseholdFormat format, SplitReaderFactory factory) {
            splitters.put(Checks.notNull(format, "format"), Checks.notNull(factory, "factory"));
            readers.remove(format);
            return this;
        }

        /**
         * Sets how much of the first-pass index stays in memory, and where the rest spills.
         *
         * @param memory the setting, not null; {@link IndexMemory#defaults()} (32 MiB per table, the
         *     JVM's temporary directory) by default
         * @return this builder
         * @throws NullPointerException if {@code memory} is null
         */
        public Builder indexMemory(IndexMemory memory) {
            this.memory = Checks.notNull(memory, "memory");
            return this;
        }

        /**
         * Sets the progress listener.
         *
         * @param progress the listener, not null; {@link BatchProgress#NONE} by default
         * @return this builder
         * @throws NullPointerException if {@code progress} is null
         */
        public Builder progress(BatchProgress progress) {
            this.progress = Checks.notNull(progress, "progress");
            return this;
        }

        /**
         * Builds the evaluator, binding the programme's rules to the parameter values on the date.
         *
         * @return the evaluator, not null
         * @throws NullPointerException if the programme, parameters or date was not set
         * @throws MissingParameterException if a parameter has no value on the date
         * @throws IllegalArgumentException if the set lacks a key the rules read or holds it with
         *     another type
         */
        public BatchEvaluator build() {
            Checks.notNull(program, "program");
            Checks.notNull(parameters, "parameters");
            Checks.notNull(asOf, "asOf");
            return new BatchEvaluator(this, Engine.create().prepare(program, parameters, asOf));
        }
    }
}
