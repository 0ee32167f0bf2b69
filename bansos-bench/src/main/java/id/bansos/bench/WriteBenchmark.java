package id.bansos.bench;

import id.bansos.batch.DecisionEncoder;
import id.bansos.io.HouseholdFormat;
import id.bansos.model.decision.Decision;
import id.bansos.rules.Engine;
import id.bansos.rules.Evaluator;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import java.io.IOException;
import java.util.List;
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
 * Encoding PKH decisions as {@code bansos evaluate} writes them (JSON Lines with messages, or CSV
 * rows), one thread, into a sink that keeps nothing. One operation writes every decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WriteBenchmark {
    /** The population size. */
    @Param("50000")
    public int households;

    /** The output format: JSONL or CSV. */
    @Param({"JSONL", "CSV"})
    public HouseholdFormat format;

    private List<Decision> decisions;
    private DecisionEncoder encoder;

    /** Creates the benchmark; JMH calls this. */
    public WriteBenchmark() {}

    /** Decides the population. */
    @Setup
    public void setUp() {
        Evaluator pkh = Engine.create().prepare(Programs.pkh(), NationalPolicy.load(), BenchData.AS_OF);
        decisions = BenchData.households(households).stream().map(pkh::evaluate).toList();
        encoder = BenchData.encoder(format);
    }

    /**
     * Encodes and writes every decision.
     *
     * @return the number of bytes written
     * @throws IOException if the encoder fails
     */
    @Benchmark
    public long write() throws IOException {
        BenchData.CountingSink sink = BenchData.sink();
        for (Decision d : decisions) {
            sink.write(encoder.encode(d));
        }
        return sink.count();
    }
}
