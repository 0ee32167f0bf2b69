package id.bansos.testkit.gen;

import id.bansos.model.Household;
import id.bansos.model.internal.Checks;
import id.bansos.synthetic.SyntheticPopulation;
import java.time.LocalDate;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories sources of households from a {@link SyntheticPopulation}, for property tests.
 *
 * <p>A household is drawn by its index in the population, so QuickTheories shrinks a failing case
 * by shrinking the index, towards household 0, and every household drawn is realistic and valid.
 * A drawn household is described by its id, which names it within the population (e.g. {@code
 * KLU-00000042}), never by its NIKs.
 *
 * <p>Example: {@code qt().withFixedSeed(7).forAll(Generators.households(7)).check(h ->
 * !engine.evaluate(h, Programs.pkh(), policy, date).annualAmount().isNegative())}. QuickTheories
 * is an optional dependency of {@code bansos-testkit}: a project using this class brings its own.
 */
public final class Generators {
    /** The number of households drawn from when none is given: the first million. */
    public static final long DEFAULT_SIZE = 1_000_000L;

    private Generators() {}

    /**
     * Returns households from the default synthetic population (Lombok Utara) with a seed.
     *
     * @param seed the population's seed
     * @return a source of the population's first {@value #DEFAULT_SIZE} households, not null
     */
    public static Gen<Household> households(long seed) {
        return households(SyntheticPopulation.builder().seed(seed).build());
    }

    /**
     * Returns households from a synthetic population.
     *
     * @param population the population, not null
     * @return a source of its first {@value #DEFAULT_SIZE} households, not null
     * @throws NullPointerException if {@code population} is null
     */
    public static Gen<Household> households(SyntheticPopulation population) {
        return households(population, DEFAULT_SIZE);
    }

    /**
     * Returns households from the first {@code size} of a synthetic population.
     *
     * @param population the population, not null
     * @param size how many households to draw from, from 1 to {@link SyntheticPopulation#MAX_INDEX}
     *     + 1
     * @return a source of the households with index 0 to {@code size - 1}, not null
     * @throws NullPointerException if {@code population} is null
     * @throws IllegalArgumentException if {@code size} is out of range
     */
    public static Gen<Household> households(SyntheticPopulation population, long size) {
        Checks.notNull(population, "population");
        Checks.check(size >= 1 && size - 1 <= SyntheticPopulation.MAX_INDEX, "size", "must be at least 1", size);
        Gen<Household> gen = Generate.longRange(0, size - 1).map(population::household);
        return gen.describedAs(Household::id);
    }

    /**
     * Returns dates in a range, shrinking towards {@code from}: dates of evaluation for property
     * tests. Households of a population are born on or before its {@linkplain
     * SyntheticPopulation#reference() reference date}, so dates from there on suit them.
     *
     * @param from the first date, not null
     * @param to the last date, not null, not before {@code from}
     * @return a source of dates from {@code from} to {@code to} inclusive, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.check(!to.isBefore(from), "to", "must not be before from (" + from + ")", to);
        Gen<LocalDate> gen =
                Generate.longRange(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
        return gen.describedAs(LocalDate::toString);
    }
}
