package id.bansos.synthetic;

import id.bansos.model.Household;
import id.bansos.model.id.RegionCode;
import id.bansos.model.id.RegionLevel;
import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A seeded synthetic population of households that looks like a real regency: household sizes,
 * ages, school enrolment, pregnancy, disability, elderly, desil and income spread, a small share of
 * excluded occupations and of NIKs registered in two households.
 *
 * <p>Every household is a pure function of the settings and its index: {@link #household(long)}
 * gives random access, so parallel or partial generation needs no state, and the same settings
 * always give the same population. {@link #stream(long)} and {@link #iterator(long)} give the
 * households in index order without holding them in memory.
 *
 * <p>The default regency is Kabupaten Lombok Utara ({@code 52.08}) with its five real Kemendagri
 * districts: {@code 52.08.01} Tanjung, {@code 52.08.02} Gangga, {@code 52.08.03} Kayangan,
 * {@code 52.08.04} Bayan and {@code 52.08.05} Pemenang, weighted by their 2020 population. The
 * village codes are generated, not real: {@code 2001}–{@code 2010} in every district. For any
 * other regency the districts {@code 01}–{@code 05} are generated as well, with equal weights.
 * Every distribution, its parameters and its source are listed in {@code docs/synthetic.md}.
 *
 * <p>Example: {@code SyntheticPopulation.builder().seed(42).build().stream(1_000_000)} streams a
 * million households with ids {@code KLU-00000001} to {@code KLU-01000000}.
 */
@Value.Immutable
@BansosStyle
public abstract class SyntheticPopulation {
    /** The reference date used when none is set: 1 January 2025. */
    public static final LocalDate DEFAULT_REFERENCE = LocalDate.of(2025, 1, 1);

    /** The regency used when none is set: Kabupaten Lombok Utara, {@code 52.08}. */
    public static final RegionCode LOMBOK_UTARA = RegionCode.parse("52.08");

    /** The largest index {@link #household(long)} accepts, so that the id's number still fits a long. */
    public static final long MAX_INDEX = Long.MAX_VALUE - 1;

    private static final LocalDate EARLIEST_REFERENCE = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST_REFERENCE = LocalDate.of(9999, 12, 31);

    SyntheticPopulation() {}

    /**
     * The seed; equal settings give equal populations.
     *
     * @return the seed, any long
     */
    public abstract long seed();

    /**
     * The date ages are computed against: every person's age on this date follows the documented
     * age distributions, and nobody is born after it.
     *
     * @return the reference date, 1900-01-01 to 9999-12-31; {@link #DEFAULT_REFERENCE} by default
     */
    @Value.Default
    public LocalDate reference() {
        return DEFAULT_REFERENCE;
    }

    /**
     * The regency (kabupaten or kota) the households live in.
     *
     * @return a regency-level code whose province is 11 or more (NIKs start with it);
     *     {@link #LOMBOK_UTARA} by default
     */
    @Value.Default
    public RegionCode regency() {
        return LOMBOK_UTARA;
    }

    /**
     * The one district the households live in, if the population is a district's rather than a
     * regency's: its ten generated villages {@code 2001}–{@code 2010} then hold every household,
     * and ids start with the district's six digits and a dash ({@code 520803-00000001}).
     *
     * @return a district-level code within {@link #regency()}; empty (the whole regency) by default
     */
    public abstract Optional<RegionCode> district();

    /**
     * The share of households that list a member whose NIK is already listed in one of the eight
     * households before it (data ganda).
     *
     * @return the share, 0 to 1; 0.001 (0.1 %) by default
     */
    @Value.Default
    public double duplicateNikShare() {
        return 0.001;
    }

    /**
     * The share of households with one adult member in an occupation that the exclusion rules
     * name (ASN, TNI, Polri, village official, certified teacher and so on).
     *
     * @return the share, 0 to 1; 0.03 (3 %) by default
     */
    @Value.Default
    public double excludedOccupationShare() {
        return 0.03;
    }

    /**
     * Returns the village codes households are placed in: ten generated villages
     * ({@code 2001}–{@code 2010}) in each of the regency's five districts, or in the one
     * {@link #district()}.
     *
     * @return 50 village-level codes (10 with a district) in Kemendagri order, not null
     */
    @Value.Lazy
    public List<RegionCode> villages() {
        return generator().villages();
    }

    /**
     * Returns the index-th household, the same for the same settings and index.
     *
     * @param index the 0-based position, 0 to {@link #MAX_INDEX}
     * @return the household, with id {@code KLU-} and the index plus one in at least eight digits
     *     ({@code KLU-00000001} for index 0) in Lombok Utara, or the regency's four digits and a
     *     dash ({@code 5201-00000001}) elsewhere; not null
     * @throws IllegalArgumentException if {@code index} is out of range
     */
    public Household household(long index) {
        Checks.check(index >= 0 && index <= MAX_INDEX, "index", "must be between 0 and " + MAX_INDEX, index);
        return generator().household(index);
    }

    /**
     * Returns the first {@code count} households in index order, generated as the stream is
     * consumed. The stream may be made parallel; its elements do not depend on the order in which
     * they are generated.
     *
     * @param count how many households, 0 to {@link #MAX_INDEX} + 1
     * @return a sequential, ordered, sized stream, not null
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Stream<Household> stream(long count) {
        Checks.check(count >= 0, "count", "must not be negative", count);
        HouseholdGenerator generator = generator();
        return LongStream.range(0, count).mapToObj(generator::household);
    }

    /**
     * Returns an iterator over the first {@code count} households in index order, generated one by
     * one as it advances.
     *
     * @param count how many households, 0 to {@link #MAX_INDEX} + 1
     * @return an iterator that does not support removal, not null
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Iterator<Household> iterator(long count) {
        Checks.check(count >= 0, "count", "must not be negative", count);
        HouseholdGenerator generator = generator();
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Household next() {
                if (next >= count) {
                    throw new NoSuchElementException("no household after index " + (count - 1));
                }
                return generator.household(next++);
            }
        };
    }

    /** The tables derived from the settings, built once per population and shared by all threads. */
    @Value.Lazy
    HouseholdGenerator generator() {
        return new HouseholdGenerator(this);
    }

    /**
     * Returns a new builder; only the seed is required.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    final void check() {
        Checks.check(
                !reference().isBefore(EARLIEST_REFERENCE) && !reference().isAfter(LATEST_REFERENCE),
                "reference",
                "must be between " + EARLIEST_REFERENCE + " and " + LATEST_REFERENCE,
                reference());
        Checks.check(regency().level() == RegionLevel.REGENCY, "regency", "must be a regency code PP.KK", regency());
        Checks.check(
                Integer.parseInt(regency().province()) >= 11,
                "regency",
                "must be in a province numbered 11 or more, as NIKs require",
                regency());
        if (district().isPresent()) {
            RegionCode d = district().get();
            Checks.check(d.level() == RegionLevel.DISTRICT, "district", "must be a district code PP.KK.CC", d);
            Checks.check(regency().contains(d), "district", "must be a district of the regency " + regency(), d);
        }
        checkShare(duplicateNikShare(), "duplicateNikShare");
        checkShare(excludedOccupationShare(), "excludedOccupationShare");
    }

    private static void checkShare(double share, String field) {
        // Written so that NaN fails too.
        Checks.check(share >= 0 && share <= 1, field, "must be between 0 and 1", share);
    }

    /**
     * Builds a {@link SyntheticPopulation}; {@code build()} throws {@link IllegalStateException} if
     * the seed is not set and {@link IllegalArgumentException} if a setting is out of range.
     */
    public static final class Builder extends ImmutableSyntheticPopulation.Builder {}
}
