package id.bansos.io;

import id.bansos.model.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readers' error texts in Bahasa Indonesia or English.
 *
 * <p>The readers, and the exceptions and rejects they make, speak English: {@link
 * InputException#getMessage()} and {@link Reject#error()} are English, so an embedder's logs read
 * the same whatever the caller. Every text the readers build has a key in a catalogue, {@code
 * id/bansos/io/reader-messages_en.properties}, whose English template (with placeholders for the
 * parts that vary, such as a field's bound or a line number) is the text itself; {@code
 * reader-messages_id.properties} has the same keys in Bahasa Indonesia. This class recognises an
 * English detail by its template, takes its arguments and renders the key in the language asked
 * for; {@code bansos --lang id} (the default) uses it for the rejects file and for errors. A text
 * without a key (a Jackson parser's own wording, a new message) is left in English, so nothing is
 * ever lost or guessed. Keys starting with {@code part.} (a kind of value such as {@code a string},
 * a line reference) are only recognised inside another text, never as a whole detail. The location ({@code source:line:column: household ID: field: }) keeps its
 * form; only the word {@code household} is translated. The catalogues are read as resources of this
 * module, never through the default locale.
 *
 * <p>Example: {@code r.jsonl:4:40: household KLU-4: desill: unknown key "desill", did you mean
 * "desil"?} renders in Indonesian as {@code r.jsonl:4:40: keluarga KLU-4: desill: kunci "desill"
 * tidak dikenal, maksud Anda "desil"?}.
 */
public final class ReaderMessages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(~?)([0-9])\\}");
    private static final Pattern LINE_COLUMN = Pattern.compile(":[0-9]+(:[0-9]+)?");
    private static final Map<String, String> ENGLISH = load("reader-messages_en.properties");
    private static final Map<String, String> INDONESIAN = load("reader-messages_id.properties");
    private static final List<Template> TEMPLATES = templates();

    private ReaderMessages() {}

    /** An English template turned into a pattern, with which of its parts are texts themselves. */
    private record Template(String key, Pattern pattern, List<Integer> order, List<Boolean> nested, int literal) {}

    /**
     * Tells the key of an English detail.
     *
     * @param detail a detail as a reader builds it, not null
     * @return the catalogue key, e.g. {@code key.unknownDidYouMean}; empty if the catalogue has none
     * @throws NullPointerException if {@code detail} is null
     */
    public static Optional<String> key(String detail) {
        Checks.notNull(detail, "detail");
        for (Template t : TEMPLATES) {
            if (!t.key().startsWith("part.") && t.pattern().matcher(detail).matches()) {
                return Optional.of(t.key());
            }
        }
        return Optional.empty();
    }

    /**
     * Renders a detail (a message without its location) in a language.
     *
     * @param detail the English detail, not null
     * @param locale the language, not null: English for {@code en} (the detail as it is), Bahasa
     *     Indonesia for any other
     * @return the detail in the language; the English detail when the catalogue has no key for it
     * @throws NullPointerException if an argument is null
     */
    public static String detail(String detail, Locale locale) {
        Checks.notNull(detail, "detail");
        Checks.notNull(locale, "locale");
        return english(locale) ? detail : translate(detail);
    }

    /**
     * Renders an input error's message in a language, in the form of {@link InputException#getMessage()}.
     *
     * @param e the error, not null
     * @param locale the language, not null; English for {@code en}, Bahasa Indonesia for any other
     * @return the message, not null
     * @throws NullPointerException if an argument is null
     */
    public static String message(InputException e, Locale locale) {
        Checks.notNull(e, "e");
        Checks.notNull(locale, "locale");
        if (english(locale)) {
            return e.getMessage();
        }
        String english = e.getMessage();
        String detail = e.detail();
        if (!english.endsWith(detail)) {
            return english;
        }
        String prefix = english.substring(0, english.length() - detail.length());
        return localisePrefix(prefix, e.householdId()) + translate(detail);
    }

    /**
     * Renders a reject's error in a language, in the form of {@link Reject#error()}: the location
     * as it is, the word {@code household} and the detail translated.
     *
     * @param r the reject, not null
     * @param locale the language, not null; English for {@code en}, Bahasa Indonesia for any other
     * @return the error, not null
     * @throws NullPointerException if an argument is null
     */
    public static String error(Reject r, Locale locale) {
        Checks.notNull(r, "r");
        Checks.notNull(locale, "locale");
        String error = r.error();
        if (english(locale) || !error.startsWith(r.source())) {
            return english(locale) ? error : translate(error);
        }
        // source, then :line or :line:column, then ": ", then "household ID: ", then "field: ".
        int i = r.source().length();
        Matcher at = LINE_COLUMN.matcher(error).region(i, error.length());
        if (at.lookingAt()) {
            i = at.end();
        }
        if (!error.startsWith(": ", i)) {
            return translate(error);
        }
        i += 2;
        String household = r.householdId().map(id -> "household " + id + ": ").orElse(null);
        if (household != null && error.startsWith(household, i)) {
            i += household.length();
        }
        String field = r.field().map(f -> f + ": ").orElse(null);
        if (field != null && error.startsWith(field, i)) {
            i += field.length();
        }
        return localisePrefix(error.substring(0, i), r.householdId()) + translate(error.substring(i));
    }

    private static String localisePrefix(String prefix, Optional<String> householdId) {
        if (householdId.isEmpty()) {
            return prefix;
        }
        String english = "household " + householdId.get() + ": ";
        int at = prefix.indexOf(english);
        if (at < 0) {
            return prefix;
        }
        String local = render(INDONESIAN.get("location.household"), List.of(householdId.get())) + ": ";
        return prefix.substring(0, at) + local + prefix.substring(at + english.length());
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static String translate(String detail) {
        return translate(detail, false);
    }

    /** Renders a detail; a {@code part.} key (a kind of value, a line) only matches inside another text. */
    private static String translate(String detail, boolean part) {
        for (Template t : TEMPLATES) {
            if (!part && t.key().startsWith("part.")) {
                continue;
            }
            Matcher m = t.pattern().matcher(detail);
            if (m.matches()) {
                List<String> args = new ArrayList<>();
                for (int g = 0; g < t.order().size(); g++) {
                    int index = t.order().get(g);
                    String text = m.group(g + 1);
                    while (args.size() <= index) {
                        args.add(null);
                    }
                    args.set(index, t.nested().get(g) ? translate(text, true) : text);
                }
                return render(INDONESIAN.get(t.key()), args);
            }
        }
        return detail;
    }

    private static String render(String template, List<String> args) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int last = 0;
        while (m.find()) {
            int index = m.group(2).charAt(0) - '0';
            sb.append(template, last, m.start());
            sb.append(index < args.size() && args.get(index) != null ? args.get(index) : m.group());
            last = m.end();
        }
        return sb.append(template, last, template.length()).toString();
    }

    private static List<Template> templates() {
        if (!ENGLISH.keySet().equals(INDONESIAN.keySet())) {
            throw new IllegalStateException("reader-messages_en and reader-messages_id differ in their keys");
        }
        List<Template> all = new ArrayList<>();
        for (Map.Entry<String, String> e : ENGLISH.entrySet()) {
            if (e.getKey().startsWith("location.")) {
                continue;
            }
            String text = e.getValue();
            StringBuilder regex = new StringBuilder();
            List<Integer> order = new ArrayList<>();
            List<Boolean> nested = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(text);
            int last = 0;
            int literal = 0;
            while (m.find()) {
                regex.append(Pattern.quote(text.substring(last, m.start())));
                literal += m.start() - last;
                regex.append("(.+?)");
                nested.add(!m.group(1).isEmpty());
                order.add(m.group(2).charAt(0) - '0');
                last = m.end();
            }
            regex.append(Pattern.quote(text.substring(last)));
            literal += text.length() - last;
            all.add(new Template(
                    e.getKey(), Pattern.compile(regex.toString(), Pattern.DOTALL), order, nested, literal));
        }
        // The most specific template first: "must be between {0} and {1}, got {2}" before "must be {~0}, got {~1}".
        all.sort(Comparator.comparingInt(Template::literal).reversed().thenComparing(Template::key));
        return List.copyOf(all);
    }

    private static Map<String, String> load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ReaderMessages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("id/bansos/io/" + resource + " is missing from the jar");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            texts.put(key, properties.getProperty(key));
        }
        return Map.copyOf(texts);
    }
}
