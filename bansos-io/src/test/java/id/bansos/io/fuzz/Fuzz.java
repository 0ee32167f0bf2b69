package id.bansos.io.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs a check over the mutants of one seed file, with fixed seeds.
 *
 * <p>System properties: {@value #MUTANTS} (mutants per format, default {@value #DEFAULT_MUTANTS}),
 * {@value #SEED} (the run's seed instead of each format's fixed one) and {@value #ONLY} (run that
 * one mutant index only, to replay a failure). Every mutant is checked; each failing one is named
 * by format, seed, index and operations, and saved under {@code target/fuzz-failures/}.
 */
public final class Fuzz {
    /** The number of mutants per format. */
    public static final String MUTANTS = "bansos.fuzz.mutants";

    /** The seed of every run, replacing the fixed ones. */
    public static final String SEED = "bansos.fuzz.seed";

    /** One mutant index to run alone. */
    public static final String ONLY = "bansos.fuzz.only";

    /** Mutants per format in the normal build. */
    public static final int DEFAULT_MUTANTS = 200;

    /** What one mutant must satisfy. */
    @FunctionalInterface
    public interface Check {
        /**
         * Checks one mutant.
         *
         * @param mutant the bytes
         * @param index its index in the run
         * @throws Exception on a failure
         */
        void check(byte[] mutant, int index) throws Exception;
    }

    private static final int MAX_LISTED = 20;

    private static volatile String current = "(no run)";

    private Fuzz() {}

    /**
     * The mutant being checked, for messages: format, seed and index.
     *
     * @return a description
     */
    public static String current() {
        return current;
    }

    /**
     * The number of mutants per format.
     *
     * @return the count
     */
    public static int mutants() {
        return Integer.getInteger(MUTANTS, DEFAULT_MUTANTS);
    }

    /**
     * Checks every mutant of a seed file.
     *
     * @param name the format's name, for messages
     * @param fixedSeed the run's seed unless {@value #SEED} is set
     * @param seedFile the valid file
     * @param dialect its kind
     * @param check the invariants
     */
    public static void run(String name, long fixedSeed, byte[] seedFile, Mutator.Dialect dialect, Check check) {
        long seed = Long.getLong(SEED, fixedSeed);
        Integer only = Integer.getInteger(ONLY);
        int from = only == null ? 0 : only;
        int to = only == null ? mutants() : only + 1;
        long start = System.nanoTime();
        long slowest = 0;
        int slowestIndex = from;
        AssertionError first = null;
        List<String> failures = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Mutator.Mutant m = Mutator.mutant(seedFile, dialect, seed, i);
            current = name + " seed " + seed + " mutant " + i + " (" + m.operations() + ")";
            long t0 = System.nanoTime();
            try {
                check.check(m.bytes(), i);
            } catch (Exception | AssertionError | StackOverflowError e) {
                // Go on with the other mutants, so that one run shows every failing one.
                AssertionError f = failure(name, seed, i, m, e);
                if (first == null) {
                    first = f;
                }
                failures.add(f.getMessage().lines().findFirst().orElse(""));
            }
            long took = System.nanoTime() - t0;
            if (took > slowest) {
                slowest = took;
                slowestIndex = i;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "fuzz %s: %d mutants, seed %d, %.1f s, slowest %d ms (mutant %d)%n",
                name,
                to - from,
                seed,
                (System.nanoTime() - start) / 1e9,
                slowest / 1_000_000,
                slowestIndex);
        if (first != null) {
            String list = String.join("\n", failures.subList(0, Math.min(failures.size(), MAX_LISTED)));
            throw new AssertionError(
                    failures.size() + " of " + (to - from) + " mutants failed; the first " + MAX_LISTED + ":\n" + list,
                    first);
        }
    }

    private static AssertionError failure(String name, long seed, int index, Mutator.Mutant m, Throwable e) {
        String saved;
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
            Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9.-]", "_") + "-" + seed + "-" + index + ".bin");
            Files.write(file, m.bytes());
            saved = file.toAbsolutePath().toString();
        } catch (IOException | UncheckedIOException ignored) {
            saved = "(not saved)";
        }
        return new AssertionError(
                "fuzz " + name + ": seed " + seed + ", mutant " + index + " (" + m.operations() + "), saved to "
                        + saved + "; replay with -D" + SEED + "=" + seed + " -D" + ONLY + "=" + index + ": "
                        + e,
                e);
    }
}
