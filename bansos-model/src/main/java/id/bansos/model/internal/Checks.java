package id.bansos.model.internal;

import java.util.Objects;

/**
 * Argument checks shared by the value types, with messages in one house form.
 *
 * <p>Every message names the field and the rule, and — through the {@code value} overloads only —
 * the offending value. Personal data (NIK, KK number, names) must go through the overloads that
 * omit the value. Not public API.
 */
public final class Checks {
    private Checks() {}

    /**
     * Returns {@code value} or throws a {@link NullPointerException} naming the field.
     *
     * @param value the value to check, may be null
     * @param field the name of the field or argument, not null
     * @param <T> the type of the value
     * @return {@code value}, never null
     * @throws NullPointerException if {@code value} is null, with message {@code "<field> must not be null"}
     */
    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
        return value;
    }

    /**
     * Checks that {@code value} lies in {@code [min, max]}.
     *
     * @param value the value to check
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @param field the name of the field, not null
     * @return {@code value}
     * @throws IllegalArgumentException if out of range, with message
     *     {@code "<field> must be between <min> and <max>, got <value>"}
     */
    public static int inRange(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /**
     * Checks that {@code value} is zero or more.
     *
     * @param value the value to check
     * @param field the name of the field, not null
     * @return {@code value}
     * @throws IllegalArgumentException if negative, with message {@code "<field> must not be negative, got <value>"}
     */
    public static long notNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + value);
        }
        return value;
    }

    /**
     * Throws an {@link IllegalArgumentException} with message {@code "<field> <rule>"} unless
     * {@code condition} holds. Use it for personal data, whose value must not appear.
     *
     * @param condition the condition that must hold
     * @param field the name of the field, not null
     * @param rule what the field must satisfy, e.g. {@code "must have 16 digits"}
     * @throws IllegalArgumentException if {@code condition} is false
     */
    public static void check(boolean condition, String field, String rule) {
        if (!condition) {
            throw new IllegalArgumentException(field + " " + rule);
        }
    }

    /**
     * Throws an {@link IllegalArgumentException} with message {@code "<field> <rule>, got <value>"}
     * unless {@code condition} holds. Never pass personal data as {@code value}.
     *
     * @param condition the condition that must hold
     * @param field the name of the field, not null
     * @param rule what the field must satisfy
     * @param value the offending value, shown in the message
     * @throws IllegalArgumentException if {@code condition} is false
     */
    public static void check(boolean condition, String field, String rule, Object value) {
        if (!condition) {
            throw new IllegalArgumentException(field + " " + rule + ", got " + value);
        }
    }

    /**
     * Checks that {@code code} is an upper-case code {@code [A-Z][A-Z0-9_]*}.
     *
     * @param code the code to check, not null
     * @param field the name of the field, not null
     * @return {@code code}
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if {@code code} is not of the form
     */
    public static String code(String code, String field) {
        Objects.requireNonNull(code, () -> field + " must not be null");
        boolean ok = !code.isEmpty() && code.charAt(0) >= 'A' && code.charAt(0) <= 'Z';
        for (int i = 1; ok && i < code.length(); i++) {
            char c = code.charAt(i);
            ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        if (!ok) {
            throw new IllegalArgumentException(
                    field + " must be an upper-case code [A-Z][A-Z0-9_]*, got " + Shown.code(code));
        }
        return code;
    }

    /**
     * Tells whether {@code s} is exactly {@code length} ASCII digits.
     *
     * @param s the text, not null
     * @param length the number of digits required
     * @return true if {@code s} has that many characters, all {@code 0}–{@code 9}
     */
    public static boolean isDigits(CharSequence s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the value of a run of decimal digits already checked with {@link #isDigits}: the
     * per-person path of NIK and KK number parsing, without {@link Long#parseLong}'s sign and radix
     * handling.
     *
     * @param s the digits, 1 to 18 of them, all {@code 0}–{@code 9} (not checked again)
     * @return their value
     */
    public static long digitsValue(CharSequence s) {
        long value = 0;
        for (int i = 0; i < s.length(); i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return value;
    }

    /**
     * Tells whether {@code s} is a dotted id: lower-case words of {@code a}–{@code z}, {@code 0}–{@code
     * 9} and {@code _} joined by single dots, the first word starting with a letter, a later word with
     * a letter or a digit ({@code pkh.exclusion}, {@code lansia_daerah.requires.2}).
     * Checked by hand, not by a regular expression, because every reason of every decision is
     * checked.
     *
     * @param s the text, not null
     * @return true if {@code s} has that form
     */
    public static boolean isDottedId(CharSequence s) {
        boolean wordStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (wordStart) {
                // The requirements of a programme file are numbered: lansia_daerah.requires.2.
                boolean digitAllowed = i > 0;
                if ((c < 'a' || c > 'z') && !(digitAllowed && c >= '0' && c <= '9')) {
                    return false;
                }
                wordStart = false;
            } else if (c == '.') {
                wordStart = true;
            } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return !wordStart;
    }
}
