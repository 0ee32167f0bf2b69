package id.bansos.model.id;

import id.bansos.model.internal.Checks;
import id.bansos.model.internal.Masks;
import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;

/**
 * A family-card number (Nomor Kartu Keluarga, No. KK): 16 digits.
 *
 * <p>The digits read issuing region {@code PPKKCC}, issue date {@code DDMMYY} and a serial
 * {@code NNNN}, but only the length and the digits are checked, since nothing here reads the
 * parts. A new card, with a new number, is issued when the family changes (for instance when the
 * head of family dies), so a KK number is the household's current card, not a stable household key.
 *
 * <p>Example: {@code 5208010101200001} has {@link #toString()} {@code 520801******0001}.
 *
 * <p>A KK number is personal data (UU 27/2022): {@link #toString()} gives the {@linkplain #masked()
 * masked form}, and no exception message contains the digits. Only {@link #value()} gives them. The
 * number is held in one {@code long}, since millions of them are kept in memory at once.
 */
public final class KkNumber implements Comparable<KkNumber>, Serializable {
    private static final long serialVersionUID = 1L;

    private static final int LENGTH = 16;
    private static final long LIMIT = 10_000_000_000_000_000L;

    /** The 16 digits as a number; leading zeros are restored by {@link #value()}. */
    private final long value;

    private KkNumber(long value) {
        this.value = value;
    }

    /**
     * Parses a KK number of exactly 16 ASCII digits.
     *
     * @param text the 16 digits, without spaces or separators, not null
     * @return the KK number, not null
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is not 16 characters
     *     ({@code KK number must have 16 digits, got 15}) or has a character other than
     *     {@code 0}–{@code 9} ({@code KK number must contain only digits})
     */
    public static KkNumber parse(CharSequence text) {
        Checks.notNull(text, "text");
        Checks.check(text.length() == LENGTH, "KK number", "must have 16 digits", text.length());
        Checks.check(Checks.isDigits(text, LENGTH), "KK number", "must contain only digits");
        return new KkNumber(Checks.digitsValue(text));
    }

    /**
     * Returns the full 16 digits, leading zeros included, which {@link #parse(CharSequence)} reads
     * back. This is personal data: do not log it.
     *
     * @return the 16 digits, not null
     */
    public String value() {
        return Masks.sixteenDigits(value);
    }

    /**
     * Returns the masked form: the first six digits, six asterisks, and the last four, e.g.
     * {@code 520801******0001}. The issue date is hidden.
     *
     * @return the masked form, 16 characters, not null
     */
    public String masked() {
        return Masks.sixteenDigitsMasked(value);
    }

    /**
     * Compares by the 16 digits, as text and as numbers alike.
     *
     * @param other the KK number to compare with, not null
     * @return negative, zero or positive as this number's digits sort before, equal or after
     */
    @Override
    public int compareTo(KkNumber other) {
        return Long.compare(value, other.value);
    }

    /**
     * Tells whether {@code obj} is a KK number with the same digits.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof KkNumber kkNumber && kkNumber.value == value;
    }

    /**
     * Returns a hash code for the digits.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    /**
     * Returns the {@linkplain #masked() masked form}, e.g. {@code 520801******0001}, so that a KK
     * number logged by accident does not leak. Use {@link #value()} for the digits.
     *
     * @return the masked form, not null
     */
    @Override
    public String toString() {
        return masked();
    }

    /**
     * Checks a deserialized value, so that a forged stream cannot produce a number that parse would reject.
     *
     * @return this value, not null
     * @throws ObjectStreamException ({@link InvalidObjectException}) if the value is not valid
     */
    private Object readResolve() throws ObjectStreamException {
        if (value < 0 || value >= LIMIT) {
            throw new InvalidObjectException("KK number in stream is not 16 digits");
        }
        return this;
    }
}
