package id.bansos.model.internal;

/**
 * How a bad input text appears in an exception message: quoted only when it has the shape of the
 * value that was expected and is short, otherwise described by its length alone.
 *
 * <p>Text handed to a parser may be anything that landed in the wrong field: a NIK, a KK number, a
 * name, or megabytes. A text in the expected alphabet, short, and without a run of digits long
 * enough to be part of a NIK or KK number cannot be any of those, and quoting it helps the reader
 * find the mistake ({@code got "52.8"}); anything else is shown as {@code a value of 14
 * characters}. Not public API.
 */
public final class Shown {
    /** The longest text ever quoted. */
    public static final int MAX_LENGTH = 40;

    /** The longest run of digits quoted where the expected value has no long digit runs. */
    public static final int SHORT_DIGIT_RUN = 5;

    private static final String CODE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";

    private Shown() {}

    /**
     * Quotes {@code text} if it is at most {@code maxLength} characters (and at most {@link
     * #MAX_LENGTH}), every character is in {@code alphabet}, and no run of ASCII digits is longer
     * than {@code maxDigitRun}; otherwise describes it by its length.
     *
     * @param text the text, not null
     * @param maxLength the longest text quoted
     * @param alphabet every character a quoted text may hold, not null
     * @param maxDigitRun the longest run of digits a quoted text may hold
     * @return {@code "text"} in double quotes, or {@code a value of N characters}, not null
     */
    public static String shaped(CharSequence text, int maxLength, String alphabet, int maxDigitRun) {
        int length = text.length();
        if (length == 0 || length > Math.min(maxLength, MAX_LENGTH)) {
            return length(text);
        }
        int run = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run > maxDigitRun || alphabet.indexOf(c) < 0) {
                return length(text);
            }
        }
        return "\"" + text + "\"";
    }

    /**
     * Quotes {@code text} if it has the shape of a code in either case ({@code [A-Za-z0-9_]}, at
     * most {@link #MAX_LENGTH} characters, no run of more than {@link #SHORT_DIGIT_RUN} digits);
     * otherwise describes it by its length. A code is read from a field of its own (an API argument,
     * a JSON key), where a lower-case slip such as {@code pkh} is the usual mistake; a name or NIK
     * that strayed there has a space or a long digit run. CSV cells, where any text can land in any
     * column, use stricter rules of their own.
     *
     * @param text the text, not null
     * @return {@code "text"} in double quotes, or {@code a value of N characters}, not null
     */
    public static String code(CharSequence text) {
        return shaped(text, MAX_LENGTH, CODE, SHORT_DIGIT_RUN);
    }

    /**
     * Describes a text by its length alone, e.g. {@code a value of 14 characters}.
     *
     * @param text the text, not null
     * @return the description, not null
     */
    public static String length(CharSequence text) {
        int n = text.length();
        return n == 0 ? "an empty value" : "a value of " + n + (n == 1 ? " character" : " characters");
    }
}
