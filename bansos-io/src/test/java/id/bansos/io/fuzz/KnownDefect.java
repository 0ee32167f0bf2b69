package id.bansos.io.fuzz;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Invariant failures that belong to a defect another part of issue 13 is fixing. The invariant stays
 * in the test; exactly the messages matching one of these are let through, counted, and the first of
 * each printed with its seed and mutant index. Remove an entry once its fix is merged: the fuzz run
 * then shows whether the fix holds.
 */
public enum KnownDefect {
    /**
     * Issue 13, privacy (h13privacy): a CSV code or boolean column quotes its value, which a shifted
     * field may have filled with a name or NIK ({@code sex: must be MALE, FEMALE, L or P, got "…"}).
     */
    CSV_CELL_ECHOED("privacy: CSV code columns", Pattern.compile(".*\\bgot \".*")),

    /**
     * Issue 13, privacy (h13privacy): a headerless roster, or a header line a mutation broke, echoes
     * the header cells, which may be a data row's NIK and name.
     */
    CSV_HEADER_ECHOED("privacy: headerless roster", Pattern.compile(".*(unknown column|header).*")),

    /**
     * Issue 13, escaping (h13privacy: "input encodings other than UTF-8 are refused as a whole with a
     * clear message"): a file that is not UTF-8 fails as an I/O error, not as an {@code
     * InputException} naming the file: a parameter file with a {@code MalformedInputException}; a
     * JSON Lines line that Jackson's encoding detection takes for UCS-4 (NUL bytes, as in UTF-16 text)
     * aborts the read of households, enrolments, commitments or observations with a {@code
     * CharConversionException}; and for such lines the plain and the split JSON Lines reader word the
     * same reject differently (same line and column), since each lets Jackson guess the encoding.
     */
    NOT_UTF8_NOT_REFUSED(
            "escaping: non-UTF-8 refused",
            Pattern.compile(
                    ".*(MalformedInput|UnmappableCharacter|CharConversionException|word a reject differently).*",
                    Pattern.DOTALL)),

    /**
     * Issue 13, bounds (h13rejects: "no Java class name without {@code --debug}"): a message on stderr
     * names a Java exception or a SnakeYAML event, e.g. {@code bansos: IllegalArgumentException:
     * records must hold at most one record per tahap} when {@code graduate} aborts on a duplicate
     * tahap (h13rejects: rejects, not aborts).
     */
    CLASS_NAME_SHOWN(
            "bounds: no class names without --debug",
            Pattern.compile(
                    ".*\\b(IOException|UncheckedIOException|MalformedInputException|CharConversionException"
                            + "|ArithmeticException|IllegalArgumentException|[A-Za-z]+Event)\\b.*",
                    Pattern.DOTALL)),

    /**
     * Issue 13, bounds (h13rejects: "all exit codes as the contract says"): bad content of an input
     * file ends a command with exit 1, the code of an I/O failure, instead of 2 or 3.
     */
    EXIT_1_ON_BAD_INPUT(
            "bounds: exit codes",
            Pattern.compile(".*(MalformedInput|CharConversion|ArithmeticException).*", Pattern.DOTALL));

    private final String item;
    private final Pattern message;

    KnownDefect(String item, Pattern message) {
        this.item = item;
        this.message = message;
    }

    private static final Map<KnownDefect, Integer> COUNTS = new EnumMap<>(KnownDefect.class);

    /**
     * The issue-13 item the defect belongs to.
     *
     * @return the item
     */
    public String item() {
        return item;
    }

    /**
     * Looks for a known defect that explains a failed invariant, and records it.
     *
     * @param message the offending message
     * @param allowed the defects that may explain a failure of this invariant
     * @return the defect, if one matches
     */
    public static Optional<KnownDefect> explain(String message, KnownDefect... allowed) {
        for (KnownDefect d : allowed) {
            if (d.message.matcher(message).matches()) {
                synchronized (COUNTS) {
                    if (COUNTS.merge(d, 1, Integer::sum) == 1) {
                        System.out.printf(
                                Locale.ROOT,
                                "fuzz: known defect %s (issue 13, %s) at %s: %s%n",
                                d,
                                d.item,
                                Fuzz.current(),
                                message);
                    }
                }
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * How often each known defect was let through in this JVM.
     *
     * @return the counts
     */
    public static Map<KnownDefect, Integer> counts() {
        synchronized (COUNTS) {
            return Map.copyOf(COUNTS);
        }
    }
}
