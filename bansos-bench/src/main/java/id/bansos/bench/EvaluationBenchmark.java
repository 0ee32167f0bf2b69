package id.bansos.bench;

import id.bansos.model.Household;
import id.bansos.rules.Engine;
import id.bansos.rules.Evaluator;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Deciding households held in memory, one thread, as of {@link BenchData#AS_OF}: the library's PKH
 * and Program Sembako, and the hand-written PKH baseline. One operation decides the whole
 * population; households per second is {@code households / score}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EvaluationBenchmark {
    /** The population size. */
    @Param("50000")
    public int households;

    private List<Household> population;
    private Evaluator pkh;
    private Evaluator sembako;
    private BaselinePkh baseline;

    /** Creates the benchmark; JMH calls this. */
    public EvaluationBenchmark() {}

    /**
     * Generates the population and checks that the baseline gives the library's eligible count
     * and sums on all of it.
     *
     * @throws IllegalStateException if the baseline disagrees with the library
     */
    @Setup
    public void setUp() {
        population = BenchData.households(households);
        pkh = Engine.create().prepare(Programs.pkh(), NationalPolicy.load(), BenchData.AS_OF);
        sembako = Engine.create().prepare(Programs.sembako(), NationalPolicy.load(), BenchData.AS_OF);
        baseline = BaselinePkh.on(BenchData.AS_OF);
        PkhTotals totals = Agreement.requireBaselineAgrees(population, BenchData.AS_OF);
        System.out.println("# baseline agrees with the library on " + households + " households: " + totals);
    }

    /**
     * PKH by the library: every decision with its reasons, components and legal bases.
     *
     * @param bh the sink, not null
     */
    @Benchmark
    public void pkhLibrary(Blackhole bh) {
        for (Household h : population) {
            bh.consume(pkh.evaluate(h));
        }
    }

    /**
     * Program Sembako by the library.
     *
     * @param bh the sink, not null
     */
    @Benchmark
    public void sembakoLibrary(Blackhole bh) {
        for (Household h : population) {
            bh.consume(sembako.evaluate(h));
        }
    }

    /**
     * PKH by the hand-written baseline: eligibility and amounts only.
     *
     * @param bh the sink, not null
     */
    @Benchmark
    public void pkhBaseline(Blackhole bh) {
        for (Household h : population) {
            bh.consume(baseline.evaluate(h));
        }
    }
}
