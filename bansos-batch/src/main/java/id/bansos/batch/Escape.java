package id.bansos.batch;

import java.util.Locale;

/**
 * Makes text from input files safe to print on a terminal: household ids, names of regions and
 * scenarios and messages that quote them can hold escape sequences that recolour, move the cursor
 * or retitle the terminal, line breaks that forge extra lines, or bidirectional overrides that show
 * text in another order than it is.
 *
 * <p>Each such character is shown as an escape: {@code \x1b} for a C0 control, DEL or a C1 control
 * (U+0000–U+001F, U+007F, U+0080–U+009F, so a newline is {@code \x0a} and a tab {@code \x09}), and
 * {@code \u202e} for a bidirectional control (U+061C, U+200E, U+200F, U+202A–U+202E,
 * U+2066–U+2069) or a line or paragraph separator (U+2028, U+2029). Everything else, other scripts
 * included, is printed as it is. Only the plain-text outputs are escaped; JSON output escapes by its
 * own rules. Used by the command line and by the explanation page.
 */
public final class Escape {
    private Escape() {}

    /**
     * Escapes a text printed as one line: every character listed above, line feeds included.
     *
     * @param text the text, may be null (printed as {@code null})
     * @return the escaped text, not null
     */
    public static String line(String text) {
        return escape(String.valueOf(text), false);
    }

    /**
     * Escapes a block of lines that the program laid out itself (a table, a report): every character
     * listed above except the line feeds between its lines.
     *
     * @param text the text, not null
     * @return the escaped text, not null
     */
    public static String block(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLineFeeds) {
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i), keepLineFeeds)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c, keepLineFeeds)) {
                sb.append(c);
            } else if (c < 0x100) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                sb.append("\\u").append(String.format(Locale.ROOT, "%04x", (int) c));
            }
        }
        return sb.toString();
    }

    private static boolean needsEscape(char c, boolean keepLineFeeds) {
        if (c == '\n') {
            return !keepLineFeeds;
        }
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == 0x061C
                || c == 0x200E
                || c == 0x200F
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028
                || c == 0x2029;
    }
}
