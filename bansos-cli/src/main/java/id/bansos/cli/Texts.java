package id.bansos.cli;

import com.google.common.collect.Maps;
import id.bansos.io.ReaderMessages;
import id.bansos.model.money.Rupiah;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The command line's own texts in one language, and its one number format per language.
 *
 * <p>The texts come from {@code id/bansos/cli/texts.properties} (Bahasa Indonesia, the default) and
 * {@code texts_en.properties} (English), read as resources of this module the way the rules'
 * {@code MessageRenderer} reads its messages: never through {@code ResourceBundle}'s lookup by the
 * default locale. A text's placeholders {@code {0}}, {@code {1}}… are replaced by the arguments as
 * given; an argument that is a {@link Msg} is rendered first, in the same language. Numbers are not
 * formatted behind the caller's back (a seed or a year is no count): {@link #count(long)}, {@link
 * #amount(Rupiah)} and {@link #decimal(double)} do it on request, with dots grouping thousands and a
 * decimal comma in Indonesian ({@code 1.234.567}, {@code Rp1.234.567}, {@code 0,05}) and commas and
 * a decimal point in English ({@code 1,234,567}, {@code Rp1,234,567}, {@code 0.05}).
 */
final class Texts {
    private static final Texts INDONESIAN = new Texts(Locale.forLanguageTag("id"), load("texts.properties"));
    private static final Texts ENGLISH = new Texts(Locale.ENGLISH, load("texts_en.properties"));

    /** A text not yet rendered: a catalogue key and its arguments (strings, numbers or other {@code Msg}s). */
    record Msg(String key, List<Object> args) {
        Msg {
            args = Collections.unmodifiableList(new java.util.ArrayList<>(args));
        }

        static Msg of(String key, Object... args) {
            return new Msg(key, List.of(args));
        }
    }

    /** An English text of the readers (bansos-io), rendered by {@link ReaderMessages} in the language. */
    record Io(String english) {}

    private final Locale locale;
    private final Map<String, String> texts;

    private Texts(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = texts;
    }

    /**
     * The texts of a {@code --lang} value.
     *
     * @param lang {@code id} or {@code en}
     * @return the texts
     * @throws UsageException for any other value
     */
    static Texts of(String lang) {
        return switch (lang) {
            case "id" -> INDONESIAN;
            case "en" -> ENGLISH;
            default -> throw UsageException.of("lang.invalid", lang);
        };
    }

    /** The Indonesian texts, the default. */
    static Texts inIndonesian() {
        return INDONESIAN;
    }

    /** The English texts, the rendering of exception messages for {@code --debug} and embedders. */
    static Texts inEnglish() {
        return ENGLISH;
    }

    /**
     * The language the arguments ask for, before picocli parses them, so that help and parse errors
     * are in it too: the value of the last {@code --lang X} or {@code --lang=X} before a {@code --}
     * (the end of options); Indonesian when there is none or when the value is neither {@code id}
     * nor {@code en} (which the command then reports, in Indonesian).
     */
    static Texts scan(String[] args) {
        return "en".equals(langArgument(args)) ? ENGLISH : INDONESIAN;
    }

    /** The value of the last {@code --lang} before {@code --}, as given; null when there is none. */
    static String langArgument(String[] args) {
        String lang = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a == null || a.equals("--")) {
                break;
            }
            if (a.equals("--lang") && i + 1 < args.length) {
                lang = args[++i];
            } else if (a.startsWith("--lang=")) {
                lang = a.substring("--lang=".length());
            }
        }
        return lang;
    }

    Locale locale() {
        return locale;
    }

    boolean english() {
        return this == ENGLISH;
    }

    /**
     * Renders a text of the catalogue.
     *
     * @param key the key
     * @param args the values of its placeholders
     * @return the text
     * @throws IllegalStateException if the catalogue has no such key (a bug: a test checks every key)
     */
    String get(String key, Object... args) {
        String template = texts.get(key);
        if (template == null) {
            throw new IllegalStateException("no text " + key + " in " + locale.toLanguageTag());
        }
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            int index = close > i + 1 ? index(template.substring(i + 1, close)) : -1;
            if (index >= 0 && index < args.length) {
                sb.append(render(args[index]));
                i = close + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** Renders a message in this language. */
    String get(Msg msg) {
        return get(msg.key(), msg.args().toArray());
    }

    /** The text of a key, if the catalogue has it. */
    Optional<String> template(String key) {
        return Optional.ofNullable(texts.get(key));
    }

    /** The keys of the catalogue, for the test that the two languages have the same. */
    java.util.Set<String> keys() {
        return texts.keySet();
    }

    private String render(Object arg) {
        if (arg instanceof Msg m) {
            return get(m);
        }
        return arg instanceof Io io ? ReaderMessages.detail(io.english(), locale) : String.valueOf(arg);
    }

    private static int index(String digits) {
        if (digits.isEmpty() || digits.length() > 2) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(digits);
    }

    /** A reject's error in this language: the readers' English rendered by {@link ReaderMessages}. */
    String reject(id.bansos.io.Reject r) {
        return ReaderMessages.error(r, locale);
    }

    /** A count for people: {@code 1.234.567} in Indonesian, {@code 1,234,567} in English. */
    String count(long n) {
        // Rupiah's grouping, without its prefix: one way of grouping digits in the command line.
        String grouped = Rupiah.of(n).format(locale);
        return n < 0 ? "-" + grouped.substring(3) : grouped.substring(2);
    }

    /** An amount for people: {@code Rp1.234.567} in Indonesian, {@code Rp1,234,567} in English. */
    String amount(Rupiah r) {
        return r.format(locale);
    }

    /** A total for people, which may pass a {@code long}: grouped as {@link #amount(Rupiah)}. */
    String amount(BigInteger total) {
        return Rupiah.format(total, locale);
    }

    /** A decimal for people, as written: {@code 0,05} in Indonesian, {@code 0.05} in English. */
    String decimal(double d) {
        String plain = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return english() ? plain : plain.replace('.', ',');
    }

    /**
     * Opens a text file of this package as UTF-8. Read through this class, not a library's helper
     * (Guava's {@code Resources}): on the module path only code of {@code id.bansos.cli} itself may
     * read the module's resources, since the package is not opened.
     */
    static Reader open(String resource) throws IOException {
        InputStream in = Texts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("resource " + resource + " of id.bansos.cli is missing");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static Map<String, String> load(String resource) {
        Properties properties = new Properties();
        try (Reader in = open(resource)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Maps.fromProperties(properties);
    }
}
