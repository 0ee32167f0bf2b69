package id.bansos.model.decision;

import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Where a legal basis or a dated value comes from, as data: its {@linkplain Grade grade} (stated
 * in a public source, our inference, our decision), whether the source is a secondary one (a news
 * report rather than the instrument itself), and the text that says what is stated, inferred or
 * decided, naming the source.
 *
 * <p>Example: {@code Provenance.of(Grade.S, true, "at most four component persons per family
 * (Kemensos text)")}, written {@code [S, secondary] at most four component persons per family
 * (Kemensos text)} in the catalogue. Provenance is shown in {@code docs/}, the rule catalogue and
 * the JSON, never in officer-facing text (POLICY-V2).
 */
@Value.Immutable(builder = false)
@BansosStyle
public abstract class Provenance {
    /** A marker at the start of a text, or after {@code "; "} or {@code ", "}. */
    private static final Pattern MARKER = Pattern.compile("\\[([SIP])(, secondary)?\\]");

    Provenance() {}

    /** How sure a value or basis is: the letters of POLICY-V2. */
    public enum Grade {
        /** Stated in a public source. */
        S,
        /** The project's inference. */
        I,
        /** The project's modelling decision. */
        P
    }

    /**
     * The grade.
     *
     * @return the grade, not null
     */
    @Value.Parameter
    public abstract Grade grade();

    /**
     * Whether the source is secondary (a news report or a list quoting the instrument).
     *
     * @return true for a secondary source
     */
    @Value.Parameter
    public abstract boolean secondary();

    /**
     * What is stated, inferred or decided, with the source named, e.g. {@code "raised for 2020
     * (kemensos.go.id, 29 Jan 2020)"}; empty when only the grade is known (a bare {@code [S]}).
     *
     * @return the text, stripped of leading and trailing white space, possibly empty
     */
    @Value.Parameter
    public abstract String text();

    /**
     * Returns the marker of this provenance, {@code [S]}, {@code [I]}, {@code [P]}, or with {@code ",
     * secondary"} inside the brackets.
     *
     * @return the marker, not null
     */
    public String marker() {
        return "[" + grade() + (secondary() ? ", secondary]" : "]");
    }

    /**
     * Obtains a provenance.
     *
     * @param grade the grade, not null
     * @param secondary whether the source is secondary
     * @param text what is stated, inferred or decided, with the source; not null, stripped of leading
     *     and trailing white space, empty if only the grade is known
     * @return the provenance, not null
     * @throws NullPointerException if {@code grade} or {@code text} is null
     */
    public static Provenance of(Grade grade, boolean secondary, String text) {
        return ImmutableProvenance.of(
                Checks.notNull(grade, "grade"),
                secondary,
                Checks.notNull(text, "text").strip());
    }

    /**
     * Reads the marked text that earlier versions kept in a legal basis's note, e.g. {@code "[S]
     * index 2019 (Antara 2019); [I] decree number not found"}: a marker starts the text and each
     * entry, entries being separated by {@code "; "} or {@code ", "} before a marker.
     *
     * @param marked the marked text, not null
     * @return the entries in text order, not empty
     * @throws NullPointerException if {@code marked} is null
     * @throws IllegalArgumentException if the text does not start with a marker
     */
    public static List<Provenance> parse(String marked) {
        Checks.notNull(marked, "marked");
        Checks.check(startsWithMarker(marked), "marked", "must start with [S], [I] or [P]");
        List<Provenance> entries = new ArrayList<>();
        Matcher m = MARKER.matcher(marked);
        Grade grade = null;
        boolean secondary = false;
        int textStart = 0;
        while (m.find()) {
            int at = m.start();
            boolean separated =
                    at == 0 || (at >= 2 && (marked.startsWith("; ", at - 2) || marked.startsWith(", ", at - 2)));
            if (!separated) {
                continue;
            }
            if (grade != null) {
                entries.add(entry(grade, secondary, marked.substring(textStart, at - 2)));
            }
            grade = Grade.valueOf(m.group(1));
            secondary = m.group(2) != null;
            textStart = m.end();
        }
        entries.add(entry(grade, secondary, marked.substring(textStart)));
        return List.copyOf(entries);
    }

    /**
     * Tells whether a text starts with a provenance marker, as the notes of earlier versions did.
     *
     * @param text the text, not null
     * @return true if it starts with {@code [S]}, {@code [I]}, {@code [P]} or one with {@code ",
     *     secondary"}
     * @throws NullPointerException if {@code text} is null
     */
    public static boolean startsWithMarker(String text) {
        Matcher m = MARKER.matcher(Checks.notNull(text, "text"));
        return m.lookingAt();
    }

    /**
     * Writes entries as marked text, the form {@link #parse(String)} reads: {@code "[S] a; [I] b"}.
     *
     * @param entries the entries, not null
     * @return the text, empty for no entries
     * @throws NullPointerException if {@code entries} or an element is null
     */
    public static String format(List<Provenance> entries) {
        Checks.notNull(entries, "entries");
        StringBuilder sb = new StringBuilder();
        for (Provenance p : entries) {
            Checks.notNull(p, "entries element");
            sb.append(sb.length() == 0 ? "" : "; ").append(p.marker());
            if (!p.text().isEmpty()) {
                sb.append(' ').append(p.text());
            }
        }
        return sb.toString();
    }

    private static Provenance entry(Grade grade, boolean secondary, String text) {
        return of(grade, secondary, text);
    }
}
