package id.bansos.model.money;

import id.bansos.model.internal.Checks;
import id.bansos.model.internal.Shown;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An amount of Indonesian Rupiah in whole Rupiah, held in a {@code long}.
 *
 * <p>Benefits are set and paid in whole Rupiah, so there is no fraction; any division names its
 * {@link RoundingMode}. Arithmetic that would overflow a {@code long} throws
 * {@link ArithmeticException} rather than wrap. The canonical {@link #toString()} form is
 * {@code IDR 1234567} and {@link #parse(CharSequence)} reads it back; {@link #format()} gives the
 * Indonesian display form {@code Rp1.234.567} (dots group thousands, as in Indonesian usage), which
 * {@code parse} also accepts.
 *
 * <p>Example: the 2019 SD index {@code Rupiah.of(900_000)} divided into four tahap is
 * {@code of(900_000).divide(4, RoundingMode.DOWN)} = {@code Rp225.000}.
 */
public final class Rupiah implements Comparable<Rupiah>, Serializable {
    private static final long serialVersionUID = 1L;

    /** Zero Rupiah. */
    public static final Rupiah ZERO = new Rupiah(0);

    private final long amount;

    private Rupiah(long amount) {
        this.amount = amount;
    }

    /**
     * Obtains an amount of whole Rupiah.
     *
     * @param amount the amount, any {@code long} (negative amounts are allowed for differences)
     * @return the amount, not null
     */
    public static Rupiah of(long amount) {
        return amount == 0 ? ZERO : new Rupiah(amount);
    }

    /**
     * Parses the canonical form {@code IDR 1234567}, the display form {@code Rp1.234.567} (also
     * {@code Rp 1.234.567}), or plain digits {@code 1234567}, each with an optional leading minus.
     *
     * @param text the text to parse, not null
     * @return the amount, not null
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is not one of these forms, or overflows a long;
     *     the message quotes the text only if it is at most 40 characters of the forms' alphabet
     *     ({@code 0-9 .,+-IDRp} and space) without a run of 16 digits, else gives only its length
     */
    public static Rupiah parse(CharSequence text) {
        Checks.notNull(text, "text");
        String s = text.toString().trim();
        boolean negative = false;
        if (s.startsWith("-")) {
            negative = true;
            s = s.substring(1);
        }
        boolean grouped = false;
        if (s.startsWith("IDR ")) {
            s = s.substring(4);
            if (s.startsWith("-") && !negative) {
                negative = true;
                s = s.substring(1);
            }
        } else if (s.startsWith("Rp")) {
            s = s.substring(2).stripLeading();
            grouped = true;
        }
        String digits = grouped ? ungroup(s, text) : s;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(
                    "Rupiah text is not of the form IDR 1234567 or Rp1.234.567, got " + quoted(text));
        }
        try {
            // The sign goes into parseLong so that Long.MIN_VALUE, whose magnitude is no long, reads back.
            return of(Long.parseLong(negative ? "-" + digits : digits));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Rupiah amount overflows a long, got " + quoted(text), e);
        }
    }

    /**
     * The text if it has the shape of an amount, else only its length: it may be a NIK, a name or
     * megabytes. An amount's longest digit run (19) is longer than a NIK's 16 digits, so digit runs
     * of more than 15 are not quoted.
     */
    private static String quoted(CharSequence text) {
        return Shown.shaped(text, Shown.MAX_LENGTH, "0123456789 .,+-IDRp", 15);
    }

    private static String ungroup(String s, CharSequence original) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        String[] groups = s.split("\\.", -1);
        boolean ok = groups[0].length() >= 1 && groups[0].length() <= 3;
        for (int i = 1; ok && i < groups.length; i++) {
            ok = groups[i].length() == 3;
        }
        if (!ok) {
            throw new IllegalArgumentException(
                    "Rupiah text has misplaced thousands separators, got " + quoted(original));
        }
        return String.join("", groups);
    }

    /**
     * Returns the amount in whole Rupiah.
     *
     * @return the amount
     */
    public long amount() {
        return amount;
    }

    /**
     * Returns this amount plus another.
     *
     * @param other the amount to add, not null
     * @return the sum, not null
     * @throws NullPointerException if {@code other} is null
     * @throws ArithmeticException if the sum overflows a long
     */
    public Rupiah plus(Rupiah other) {
        Checks.notNull(other, "other");
        return of(Math.addExact(amount, other.amount));
    }

    /**
     * Returns this amount minus another.
     *
     * @param other the amount to subtract, not null
     * @return the difference, not null
     * @throws NullPointerException if {@code other} is null
     * @throws ArithmeticException if the difference overflows a long
     */
    public Rupiah minus(Rupiah other) {
        Checks.notNull(other, "other");
        return of(Math.subtractExact(amount, other.amount));
    }

    /**
     * Returns this amount multiplied by a whole factor.
     *
     * @param factor the factor, any long
     * @return the product, not null
     * @throws ArithmeticException if the product overflows a long
     */
    public Rupiah times(long factor) {
        return of(Math.multiplyExact(amount, factor));
    }

    /**
     * Returns this amount divided by a whole divisor, rounded as named.
     *
     * @param divisor the divisor, not zero
     * @param rounding how to round a result that is not whole, not null
     * @return the quotient in whole Rupiah, not null
     * @throws NullPointerException if {@code rounding} is null
     * @throws IllegalArgumentException if {@code divisor} is zero
     * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
     *     division is not exact, or if the quotient overflows a long ({@code Long.MIN_VALUE / -1})
     */
    public Rupiah divide(long divisor, RoundingMode rounding) {
        Checks.notNull(rounding, "rounding");
        Checks.check(divisor != 0, "divisor", "must not be zero", divisor);
        if (rounding == RoundingMode.DOWN) {
            if (amount == Long.MIN_VALUE && divisor == -1) {
                // The one long division that overflows; plain '/' would silently return MIN_VALUE.
                throw new ArithmeticException("Rupiah quotient overflows a long: " + amount + " / " + divisor);
            }
            return of(amount / divisor);
        }
        return of(BigDecimal.valueOf(amount)
                .divide(BigDecimal.valueOf(divisor), 0, rounding)
                .longValueExact());
    }

    /**
     * Tells whether this amount is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return amount == 0;
    }

    /**
     * Tells whether this amount is below zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return amount < 0;
    }

    /**
     * Formats the amount the Indonesian way, {@code Rp1.234.567} ({@code -Rp1.234.567} if negative).
     * The format is fixed and independent of the default locale.
     *
     * @return the display form, not null
     */
    public String format() {
        return format('.');
    }

    /**
     * Formats the amount for readers of a language: thousands grouped with dots in Bahasa Indonesia
     * ({@code Rp1.234.567}) and with commas in English ({@code Rp1,234,567}), the way each language
     * groups any other number. Only the language of the locale counts, never the default locale.
     *
     * @param locale the language, not null: commas for {@code en}, dots for any other
     * @return the display form, not null; {@code -Rp…} if negative
     * @throws NullPointerException if {@code locale} is null
     */
    public String format(Locale locale) {
        Checks.notNull(locale, "locale");
        return format(group(locale));
    }

    private String format(char group) {
        String digits = Long.toString(Math.abs(amount));
        if (amount == Long.MIN_VALUE) {
            digits = digits.substring(1);
        }
        return format(amount < 0, digits, group);
    }

    /**
     * Formats a whole number of Rupiah the Indonesian way, as {@link #format()} does, for amounts
     * that may not fit a {@code Rupiah}: totals over a population (95 million households at up to
     * Rp10^12 each pass a {@code long}). Example: {@code format(new BigInteger("12000000000000000000"))}
     * is {@code Rp12.000.000.000.000.000.000}.
     *
     * @param amount the amount, not null
     * @return the display form, not null
     * @throws NullPointerException if {@code amount} is null
     */
    public static String format(BigInteger amount) {
        return format(amount, Locale.ROOT);
    }

    /**
     * Formats a whole number of Rupiah for readers of a language, as {@link #format(Locale)} does,
     * for amounts that may not fit a {@code Rupiah} (totals over a population).
     *
     * @param amount the amount, not null
     * @param locale the language, not null: commas for {@code en}, dots for any other
     * @return the display form, not null
     * @throws NullPointerException if {@code amount} or {@code locale} is null
     */
    public static String format(BigInteger amount, Locale locale) {
        Checks.notNull(amount, "amount");
        Checks.notNull(locale, "locale");
        return format(amount.signum() < 0, amount.abs().toString(), group(locale));
    }

    private static char group(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ',' : '.';
    }

    private static String format(boolean negative, String digits, char group) {
        StringBuilder sb = new StringBuilder(digits.length() + 8);
        if (negative) {
            sb.append('-');
        }
        sb.append("Rp");
        int head = digits.length() % 3;
        if (head == 0) {
            head = 3;
        }
        sb.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 3) {
            sb.append(group).append(digits, i, i + 3);
        }
        return sb.toString();
    }

    @Override
    public int compareTo(Rupiah other) {
        return Long.compare(amount, other.amount);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Rupiah rupiah && rupiah.amount == amount;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(amount);
    }

    /**
     * Returns the canonical form {@code IDR 1234567}, which {@link #parse(CharSequence)} reads back.
     *
     * @return the canonical form, not null
     */
    @Override
    public String toString() {
        return "IDR " + amount;
    }
}
