package id.bansos.bench;

import id.bansos.batch.BatchEvaluator;
import id.bansos.batch.BatchSummary;
import id.bansos.batch.DecisionEncoder;
import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdReaders;
import id.bansos.io.HouseholdSource;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A roster's bytes to encoded PKH decisions through {@link BatchEvaluator}, the path {@code bansos
 * evaluate} takes (two passes, duplicate check, worker threads, output in input order), with the
 * default number of threads. The roster is in memory and the output is dropped, so no disk is
 * measured. One operation decides the whole roster.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EndToEndBenchmark {
    /** The population size. */
    @Param("50000")
    public int households;

    /** The input and output format: JSONL or CSV. */
    @Param({"JSONL", "CSV"})
    public HouseholdFormat format;

    private HouseholdSource source;
    private BatchEvaluator evaluator;
    private DecisionEncoder encoder;

    /** Creates the benchmark; JMH calls this. */
    public EndToEndBenchmark() {}

    /**
     * Writes the roster and checks that a run decides every household.
     *
     * @throws IOException never, the bytes are in memory
     * @throws IllegalStateException if a household is not decided
     */
    @Setup
    public void setUp() throws IOException {
        byte[] bytes = BenchData.encode(BenchData.households(households), format);
        source = HouseholdSource.of("bench." + format.name().toLowerCase(Locale.ROOT), format, bytes);
        BatchEvaluator.Builder builder = BatchEvaluator.builder()
                .program(Programs.pkh())
                .parameters(NationalPolicy.load())
                .asOf(BenchData.AS_OF);
        // As `bansos evaluate` sets it up: split readers, so that the workers parse JSON Lines.
        for (HouseholdFormat f : HouseholdFormat.values()) {
            builder.splitReaderFactory(f, HouseholdReaders::openSplit);
        }
        evaluator = builder.build();
        encoder = BenchData.encoder(format);
        BatchSummary summary = run();
        if (summary.decided() != households) {
            throw new IllegalStateException("decided " + summary.decided() + " of " + households + " households");
        }
    }

    /**
     * Reads, decides and encodes the whole roster.
     *
     * @return the summary
     * @throws IOException never, the bytes are in memory
     */
    @Benchmark
    public BatchSummary run() throws IOException {
        return evaluator.run(source, BenchData.sink(), encoder, r -> {
            throw new IllegalStateException("rejected " + r.line());
        });
    }
}
