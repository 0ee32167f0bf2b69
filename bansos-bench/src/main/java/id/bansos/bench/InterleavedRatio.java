package id.bansos.bench;

import id.bansos.model.Household;
import id.bansos.rules.Engine;
import id.bansos.rules.Evaluator;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures the library against the hand-written baseline with the two interleaved: each round times
 * one pass of each over the same population, in alternating order, and the result is the median of
 * the rounds' ratios. A machine whose speed drifts during a run (as a shared 2-core virtual machine's
 * does, by a third within one JMH fork) then moves both sides of each ratio alike, where separate
 * JMH runs of the two compare one moment with another.
 *
 * <p>Run by {@code bench/run.sh}: {@code java -cp benchmarks.jar id.bansos.bench.InterleavedRatio
 * [households [rounds]]}; it prints one line, e.g. {@code library/baseline 2.81 (median of 40 rounds,
 * 2.55-3.20; library 41.3 ms, baseline 14.7 ms per 50000 households)}.
 */
public final class InterleavedRatio {
    private InterleavedRatio() {}

    /**
     * Runs the measurement.
     *
     * @param args the households (default 50,000) and the rounds (default 40), both optional
     */
    public static void main(String[] args) {
        int households = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        System.out.println(measure(households, rounds));
    }

    /**
     * Warms both up for a quarter of the rounds (at least two), then times the given rounds.
     *
     * @param households the population size, 1 or more
     * @param rounds the rounds timed, 1 or more
     * @return the result, not null
     * @throws IllegalStateException if the baseline disagrees with the library on the population
     */
    static Result measure(int households, int rounds) {
        List<Household> population = BenchData.households(households);
        Agreement.requireBaselineAgrees(population, BenchData.AS_OF);
        Evaluator library = Engine.create().prepare(Programs.pkh(), NationalPolicy.load(), BenchData.AS_OF);
        BaselinePkh baseline = BaselinePkh.on(BenchData.AS_OF);
        long sink = 0;
        for (int w = 0; w < Math.max(2, rounds / 4); w++) {
            sink += library(library, population)[1] + baseline(baseline, population)[1];
        }
        long[] libraryNanos = new long[rounds];
        long[] baselineNanos = new long[rounds];
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long[] l;
            long[] b;
            if (r % 2 == 0) {
                l = library(library, population);
                b = baseline(baseline, population);
            } else {
                b = baseline(baseline, population);
                l = library(library, population);
            }
            libraryNanos[r] = l[0];
            baselineNanos[r] = b[0];
            ratios[r] = (double) l[0] / b[0];
            sink += l[1] + b[1];
        }
        return new Result(
                households,
                rounds,
                median(ratios),
                min(ratios),
                max(ratios),
                median(libraryNanos) / 1e6,
                median(baselineNanos) / 1e6,
                sink);
    }

    /** Nanoseconds for one pass, and the eligible count (so that the work cannot be left out). */
    private static long[] library(Evaluator library, List<Household> population) {
        long eligible = 0;
        long start = System.nanoTime();
        for (Household h : population) {
            eligible += library.evaluate(h).eligible() ? 1 : 0;
        }
        return new long[] {System.nanoTime() - start, eligible};
    }

    private static long[] baseline(BaselinePkh baseline, List<Household> population) {
        long eligible = 0;
        long start = System.nanoTime();
        for (Household h : population) {
            eligible += baseline.evaluate(h).eligible() ? 1 : 0;
        }
        return new long[] {System.nanoTime() - start, eligible};
    }

    /**
     * The median: the middle value, or the mean of the two middle values.
     *
     * @param values at least one value, not changed
     * @return the median
     */
    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    static double median(long[] values) {
        return median(Arrays.stream(values).asDoubleStream().toArray());
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }

    /**
     * The outcome of a measurement.
     *
     * @param households the population size
     * @param rounds the rounds timed
     * @param ratio the median of the rounds' library/baseline time ratios
     * @param lowest the lowest round ratio
     * @param highest the highest round ratio
     * @param libraryMillis the median time of a library pass
     * @param baselineMillis the median time of a baseline pass
     * @param eligibleSum the eligible households counted over every pass (both sides, warm-up too)
     */
    record Result(
            int households,
            int rounds,
            double ratio,
            double lowest,
            double highest,
            double libraryMillis,
            double baselineMillis,
            long eligibleSum) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "library/baseline %.2f (median of %d rounds, %.2f-%.2f; library %.1f ms, baseline %.1f ms per %d"
                            + " households)",
                    ratio,
                    rounds,
                    lowest,
                    highest,
                    libraryMillis,
                    baselineMillis,
                    households);
        }
    }
}
