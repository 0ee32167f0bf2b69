package id.bansos.io.csv;

import id.bansos.io.DidYouMean;
import id.bansos.io.InputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The header of a CSV roster: which column holds which field.
 *
 * <p>Names are matched after trimming and lower-casing, English and Indonesian mixed freely. A
 * missing required column, an unknown column or the same column twice is an {@link InputException},
 * since no row could be read right; the first problem from the left is reported, then missing
 * columns. A header line without a single known column name is taken for a data row and none of
 * its cells is quoted.
 */
final class CsvHeader {
    /** The most characters of a header cell shown in a message. */
    private static final int MAX_SHOWN = 40;

    /** How far a misspelt column name may be from the name it was meant to be. */
    private static final int MAX_DISTANCE = 2;

    /** Every known column name, each column's English name before its Indonesian one. */
    private static final List<String> NAMES = names();

    private final int[] index;
    private final String[] names;
    private final int size;

    private CsvHeader(int[] index, String[] names, int size) {
        this.index = index;
        this.names = names;
        this.size = size;
    }

    /**
     * Reads a header row.
     *
     * @param source the input name, for errors
     * @param line the header's line
     * @param cells the cells; null for a cell too long to keep
     * @return the header, not null
     * @throws InputException if a column is unknown, repeated or missing
     */
    static CsvHeader parse(String source, long line, List<String> cells) {
        int columns = CsvColumn.values().length;
        int[] index = new int[columns];
        Arrays.fill(index, -1);
        String[] names = new String[columns];
        if (cells.stream().noneMatch(c -> c != null && CsvColumn.byName(normalize(c)) != null)) {
            // A data row where the header should be: any cell of it could be a name or a NIK.
            throw new InputException(
                    source,
                    line,
                    0,
                    null,
                    null,
                    "the header line holds no known column name (is the header line missing?)");
        }
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String name = cell == null ? null : normalize(cell);
            CsvColumn column = name == null ? null : CsvColumn.byName(name);
            if (column == null) {
                throw new InputException(source, line, i + 1, null, null, unknown(name));
            }
            int before = index[slot(column)];
            if (before >= 0) {
                String also = names[slot(column)].equals(name) ? "" : " as \"" + names[slot(column)] + "\"";
                throw new InputException(
                        source,
                        line,
                        i + 1,
                        null,
                        null,
                        "duplicate column \"" + name + "\", also column " + (before + 1) + also);
            }
            index[slot(column)] = i;
            names[slot(column)] = name;
        }
        List<String> missing = new ArrayList<>();
        for (CsvColumn c : CsvColumn.values()) {
            if (c.required() && index[slot(c)] < 0) {
                missing.add(c.describe());
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException(
                    source,
                    line,
                    0,
                    null,
                    null,
                    (missing.size() == 1 ? "missing required column " : "missing required columns ")
                            + String.join(", ", missing));
        }
        return new CsvHeader(index, names, cells.size());
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (CsvColumn c : CsvColumn.values()) {
            names.add(c.english());
            names.add(c.indonesian());
        }
        return List.copyOf(names);
    }

    private static String normalize(String cell) {
        return cell.strip().toLowerCase(Locale.ROOT);
    }

    private static String unknown(String name) {
        if (name == null || !looksLikeColumnName(name)) {
            // A header that is really a data row would otherwise put a NIK or a name into the message.
            return "unknown column, whose name does not look like a column name (is the header line missing?)";
        }
        if (name.isEmpty()) {
            return "column has no name";
        }
        if (name.equals("id")) {
            return "unknown column \"id\"; the household id column is " + CsvColumn.HOUSEHOLD_ID.describe();
        }
        String suggestion = suggest(name);
        return suggestion == null
                ? "unknown column \"" + name + "\""
                : "unknown column \"" + name + "\", did you mean \"" + suggestion + "\"?";
    }

    /** Lower-case letters, digits, {@code _ - .} and spaces, not too long, and no run of six digits. */
    static boolean looksLikeColumnName(String name) {
        if (name.length() > MAX_SHOWN) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            digits = digit ? digits + 1 : 0;
            if (digits >= 6 || !(digit || (c >= 'a' && c <= 'z') || c == '_' || c == '-' || c == '.' || c == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** The known name nearest to {@code name} within an edit distance of 2, English before Indonesian. */
    static String suggest(String name) {
        return DidYouMean.closest(name, NAMES, MAX_DISTANCE).orElse(null);
    }

    /** The number of columns. */
    int size() {
        return size;
    }

    // The two arrays are indexed by the column's ordinal: index(..) is asked for every cell of every
    // row, and an EnumMap would box each position. Nothing is persisted by ordinal.
    @SuppressWarnings("EnumOrdinal")
    private static int slot(CsvColumn column) {
        return column.ordinal();
    }

    /** The 0-based position of a column, or -1 if the roster does not have it. */
    int index(CsvColumn column) {
        return index[slot(column)];
    }

    /** The column's name as the header wrote it (trimmed, lower case), or the English name if absent. */
    String name(CsvColumn column) {
        String name = names[slot(column)];
        return name == null ? column.english() : name;
    }
}
