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
 * PKH by the Drools DMN peer and by the library on the same (smaller) population, one thread, as
 * of {@link BenchData#AS_OF}. One operation decides the whole population.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DmnBenchmark {
    /** The population size: smaller than the others, since the peer is much slower. */
    @Param("2000")
    public int dmnHouseholds;

    private List<Household> population;
    private Evaluator pkh;
    private DmnPkh dmn;

    /** Creates the benchmark; JMH calls this. */
    public DmnBenchmark() {}

    /**
     * Compiles the DMN model, checks it on the hand-worked PKH cases, and checks that it gives the
     * library's totals on the population.
     *
     * @throws IllegalStateException if the model has errors or disagrees
     */
    @Setup
    public void setUp() {
        population = BenchData.households(dmnHouseholds);
        pkh = Engine.create().prepare(Programs.pkh(), NationalPolicy.load(), BenchData.AS_OF);
        dmn = DmnPkh.load();
        int cases = Agreement.requireDmnAgrees(dmn);
        PkhTotals library = Agreement.libraryTotals(population, BenchData.AS_OF);
        PkhTotals peer = PkhTotals.ZERO;
        for (Household h : population) {
            peer = peer.plus(dmn.evaluate(h, BenchData.AS_OF));
        }
        if (!peer.equals(library)) {
            throw new IllegalStateException("DMN disagrees with the library: library " + library + ", DMN " + peer);
        }
        System.out.println("# DMN agrees with " + cases + " hand-worked PKH cases and with the library on "
                + dmnHouseholds + " households: " + peer);
    }

    /**
     * PKH by the DMN peer (flattening included).
     *
     * @param bh the sink, not null
     */
    @Benchmark
    public void pkhDmn(Blackhole bh) {
        for (Household h : population) {
            bh.consume(dmn.evaluate(h, BenchData.AS_OF));
        }
    }

    /**
     * PKH by the library on the same population.
     *
     * @param bh the sink, not null
     */
    @Benchmark
    public void pkhLibrary(Blackhole bh) {
        for (Household h : population) {
            bh.consume(pkh.evaluate(h));
        }
    }
}
