package id.bansos.io.yaml;

import id.bansos.model.money.Rupiah;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The range of a parameter value read from a file, by type, so that no amount computed from valid
 * values overflows a {@code long}: a value outside it is an error naming the key when the file is
 * read (parameter files, a scenario's {@code parameters:}), not an arithmetic failure later.
 *
 * <ul>
 *   <li>{@code rupiah}: 0 to {@value #MAX_RUPIAH} (Rp 1 trillion). One household's amount sums at
 *       most 100 members' yearly values, or twelve months, far below a {@code long}; totals over a
 *       roster stay exact for more than nine million households even at the bound.
 *   <li>{@code integer}: {@value #MIN_INTEGER} to {@value #MAX_INTEGER}: ages, years, counts, caps
 *       and deciles, with room for a district's own.
 *   <li>{@code decimal}: between -{@value #MAX_RUPIAH} and {@value #MAX_RUPIAH}, with at most
 *       {@value #MAX_DECIMAL_PLACES} digits after the point (shares such as {@code 0.85}).
 * </ul>
 *
 * Booleans and texts have no range (a text's length is bounded by the file's size).
 *
 * <p>Example: {@code ParameterBounds.problem(Rupiah.of(2_000_000_000_000L))} gives {@code "must be
 * at most 1000000000000, got 2000000000000"}.
 */
public final class ParameterBounds {
    /** The largest Rupiah value: Rp 1 trillion. */
    public static final long MAX_RUPIAH = 1_000_000_000_000L;

    /** The smallest integer value. */
    public static final int MIN_INTEGER = -10_000;

    /** The largest integer value. */
    public static final int MAX_INTEGER = 10_000;

    /** The most digits after the point of a decimal value. */
    public static final int MAX_DECIMAL_PLACES = 12;

    private static final BigDecimal MAX_DECIMAL = BigDecimal.valueOf(MAX_RUPIAH);

    private ParameterBounds() {}

    /**
     * Says what is wrong with a value, if it is out of its type's range.
     *
     * @param value a {@link Rupiah}, {@link Integer}, {@link BigDecimal}, {@link Boolean} or {@link
     *     String}; null ({@code none}) is in range
     * @return the problem, such as {@code "must be at most 1000000000000, got 2000000000000"}, or
     *     empty if the value is in range
     */
    public static Optional<String> problem(Object value) {
        if (value instanceof Rupiah r && r.amount() > MAX_RUPIAH) {
            return Optional.of("must be at most " + MAX_RUPIAH + ", got " + r.amount());
        }
        if (value instanceof Integer i && (i < MIN_INTEGER || i > MAX_INTEGER)) {
            return Optional.of("must be between " + MIN_INTEGER + " and " + MAX_INTEGER + ", got " + i);
        }
        if (value instanceof BigDecimal d) {
            if (d.abs().compareTo(MAX_DECIMAL) > 0) {
                return Optional.of("must be between -" + MAX_RUPIAH + " and " + MAX_RUPIAH + ", got " + number(d));
            }
            int places = d.stripTrailingZeros().scale();
            if (places > MAX_DECIMAL_PLACES) {
                return Optional.of(
                        "must have at most " + MAX_DECIMAL_PLACES + " digits after the point, got " + places);
            }
        }
        return Optional.empty();
    }

    /**
     * Describes a number that is too long to repeat in a message by its length alone.
     *
     * @param text the digits as written, not null
     * @return the text itself if it has at most 24 characters, else {@code "a number of N
     *     characters"}
     */
    public static String describeNumber(String text) {
        return text.length() <= 24 ? text : "a number of " + text.length() + " characters";
    }

    private static String number(BigDecimal d) {
        return describeNumber(d.toString());
    }
}
