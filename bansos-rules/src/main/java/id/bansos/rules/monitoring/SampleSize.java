package id.bansos.rules.monitoring;

import id.bansos.model.internal.Checks;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The number of households to visit so that a share estimated from the visits (for example the
 * share of recipients found not poor) has a given margin of error.
 *
 * <p>Cochran's formula for a proportion with the most cautious p = 0.5, then the finite population
 * correction, rounded up: {@code n0 = z² · p(1 − p) / E²}, {@code n = n0 / (1 + (n0 − 1) / N)}.
 * Worked example: 5 % margin at 95 % confidence (z = 1.959964) gives n0 = 384.15; for a roster of
 * 22,829 PKH families n = 384.15 / (1 + 383.15 / 22,829) = 377.81, so 378 visits.
 */
public final class SampleSize {
    private SampleSize() {}

    /**
     * Computes the sample size for a margin of error.
     *
     * @param population the number of households, 1 or more
     * @param margin the margin of error as a fraction, in (0, 0.5], e.g. 0.05 for ±5 percentage points
     * @param confidence the confidence level, in (0, 1), e.g. 0.95
     * @return the sample size, between 1 and {@code population}
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static long forMargin(long population, double margin, double confidence) {
        Checks.check(population >= 1, "population", "must be at least 1", population);
        Checks.check(margin > 0 && margin <= 0.5, "margin", "must be in (0, 0.5]", margin);
        Checks.check(confidence > 0 && confidence < 1, "confidence", "must be in (0, 1)", confidence);
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double n0 = z * z * 0.25 / (margin * margin);
        double n = n0 / (1 + (n0 - 1) / population);
        // A tiny tolerance keeps an exact integer from rounding up through floating-point noise.
        long size = (long) Math.ceil(n - 1e-9);
        return Math.max(1, Math.min(population, size));
    }
}
