package id.bansos.io.csv;

/**
 * Keeps spreadsheets from running text cells as formulas (CSV injection, OWASP): a text cell that
 * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written
 * with a leading apostrophe, which spreadsheets take as "this is text"; the roster reader takes the
 * apostrophe off again.
 *
 * <p>Only text from the input is treated (household ids, names); numbers, codes, dates and
 * booleans that the format writes itself are left alone, so a number stays a number. So that
 * reading gives back exactly what was written, a cell that already begins with apostrophes followed
 * by one of those characters gets one apostrophe more, and reading takes exactly one off such a cell:
 * {@code =1} is written {@code '=1}, {@code '=1} is written {@code ''=1}, and {@code 'x} is left
 * alone both ways.
 */
public final class CsvText {
    private CsvText() {}

    /**
     * Makes a text cell safe to open in a spreadsheet.
     *
     * @param text the text, not null
     * @return the text, with an apostrophe in front if it would start a formula
     */
    public static String neutralise(String text) {
        return startsFormula(text) ? "'" + text : text;
    }

    /**
     * Undoes {@link #neutralise(String)}.
     *
     * @param cell the cell as read, not null
     * @return the cell without the apostrophe that {@link #neutralise(String)} added, if it has one
     */
    static String restore(String cell) {
        return cell.startsWith("'") && startsFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** Apostrophes, if any, then a character that starts a formula. */
    private static boolean startsFormula(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
