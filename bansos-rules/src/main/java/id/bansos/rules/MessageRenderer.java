package id.bansos.rules;

import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.decision.ReasonRenderer;
import id.bansos.model.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Renders a reason as a sentence in one language: Bahasa Indonesia by default, English for {@link
 * Locale#ENGLISH}.
 *
 * <p>The language is always the one given, never the JVM's default locale: the texts come from
 * {@code id/bansos/rules/messages.properties} (Indonesian) and, for English, {@code
 * messages_en.properties} over it, so a locale without texts of its own (e.g. {@code tr-TR}) gets
 * the Indonesian texts. The files are read as resources of this module, so the renderer works on the
 * class path and on the module path alike. A text's placeholders {@code {name}} are replaced by the
 * reason's args; args never hold a NIK or a name. A district adds texts for its own codes with
 * {@link #withTexts(Map)}; a code without text renders as the code and its args. A code may have
 * variants keyed {@code CODE.VALUE}, used when one of the reason's args has that value (the first
 * such arg in the reason's order): {@code BATAS_KOMPONEN.CAP}, {@code .COMPONENT} and {@code
 * .CAP_AND_COMPONENT} by the arg {@code limit}, {@code JUMLAH_BANTUAN.TAHAP} and {@code .MONTHLY} by
 * the arg {@code schedule}. Immutable.
 *
 * <p>Example: {@code DESIL_DI_LUAR_SASARAN} with args {@code desil=6, max=4} renders as {@code
 * Keluarga berada di desil 6, di luar sasaran desil 1 sampai 4.}
 */
public final class MessageRenderer implements ReasonRenderer {
    private static final Map<String, String> INDONESIAN = load("messages.properties", Map.of());
    private static final Map<String, String> ENGLISH = load("messages_en.properties", INDONESIAN);

    private final Locale locale;
    private final Map<String, String> texts;

    private MessageRenderer(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = texts;
    }

    /**
     * Obtains the renderer for a language.
     *
     * @param locale the language, not null; English for {@code en}, Indonesian otherwise
     * @return the renderer, not null
     * @throws NullPointerException if {@code locale} is null
     */
    public static MessageRenderer forLocale(Locale locale) {
        Checks.notNull(locale, "locale");
        return new MessageRenderer(locale, locale.getLanguage().equals("en") ? ENGLISH : INDONESIAN);
    }

    private static Map<String, String> load(String resource, Map<String, String> below) {
        Properties properties = new Properties();
        try (InputStream in = MessageRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("id/bansos/rules/" + resource + " is missing from the jar");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new HashMap<>(below);
        for (String key : properties.stringPropertyNames()) {
            texts.put(key, properties.getProperty(key));
        }
        return Collections.unmodifiableMap(texts);
    }

    /**
     * Returns a renderer that also knows the given texts, which win over the library's.
     *
     * @param more texts by code, not null, in this renderer's language, with {@code {name}}
     *     placeholders for args
     * @return a new renderer, not null
     * @throws NullPointerException if {@code more} or an entry in it is null
     */
    public MessageRenderer withTexts(Map<ReasonCode, String> more) {
        Checks.notNull(more, "more");
        Map<String, String> merged = new HashMap<>(texts);
        more.forEach((code, text) ->
                merged.put(Checks.notNull(code, "code").code(), Checks.notNull(text, "text of " + code)));
        return new MessageRenderer(locale, Collections.unmodifiableMap(merged));
    }

    /**
     * The locale this renderer was asked for.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the text of a code, with its placeholders.
     *
     * @param code the code, not null
     * @return the text, or empty if this renderer has none for the code
     * @throws NullPointerException if {@code code} is null
     */
    public Optional<String> template(ReasonCode code) {
        return Optional.ofNullable(texts.get(Checks.notNull(code, "code").code()));
    }

    /**
     * Renders a reason.
     *
     * @param reason the reason, not null
     * @return the sentence, not null; for a code without text, the code followed by its args, e.g.
     *     {@code TIDAK_HADIR_P2K2 (months=3)}
     * @throws NullPointerException if {@code reason} is null
     */
    @Override
    public String render(Reason reason) {
        Checks.notNull(reason, "reason");
        Map<String, String> args = reason.args();
        String template = variant(reason.code().code(), args);
        if (template == null) {
            StringBuilder sb = new StringBuilder(reason.code().code());
            String sep = " (";
            for (Map.Entry<String, String> e : args.entrySet()) {
                sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
                sep = ", ";
            }
            return args.isEmpty() ? sb.toString() : sb.append(')').toString();
        }
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            String name = close > 0 ? template.substring(i + 1, close) : null;
            String value = name != null ? args.get(name) : null;
            if (name != null && value == null) {
                value = derived(name, args);
            }
            if (value != null) {
                appendArg(sb, name, value);
                i = close + 1;
            } else {
                // An unknown placeholder stays as written, so a missing arg shows rather than vanishes.
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /**
     * Appends an arg: the amounts {@code annual_amount} and {@code amount_per_payment}, when whole
     * numbers, with the digit groups of the language (Indonesian {@code 4.800.000}, English {@code
     * 4,800,000}); any other arg as it is.
     */
    private void appendArg(StringBuilder sb, String name, String value) {
        if (!(name.equals("annual_amount") || name.equals("amount_per_payment")) || !isDigits(value)) {
            sb.append(value);
            return;
        }
        char group = english() ? ',' : '.';
        for (int k = 0; k < value.length(); k++) {
            if (k > 0 && (value.length() - k) % 3 == 0) {
                sb.append(group);
            }
            sb.append(value.charAt(k));
        }
    }

    private static final String[] MONTHS_ID = {
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember"
    };
    private static final String[] MONTHS_EN = {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"
    };
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /**
     * A value worked out from the args for officer-facing text, or null: {@code member_number}, the
     * member as numbered on the family card (from 1; the arg {@code member_index} counts from 0);
     * {@code tahap_name}, {@code Tahap III} for the arg {@code tahap=3}; {@code month_name}, the
     * month of the arg {@code month} in the renderer's language ({@code Juni}, {@code June}).
     */
    private String derived(String name, Map<String, String> args) {
        String source = switch (name) {
            case "member_number" -> args.get("member_index");
            case "tahap_name" -> args.get("tahap");
            case "month_name" -> args.get("month");
            default -> null;
        };
        if (source == null || !isDigits(source) || source.length() > 4) {
            return null;
        }
        int n = Integer.parseInt(source);
        return switch (name) {
            case "member_number" -> Integer.toString(n + 1);
            case "tahap_name" -> n >= 1 && n <= ROMAN.length ? "Tahap " + ROMAN[n - 1] : null;
            default -> n >= 1 && n <= 12 ? (english() ? MONTHS_EN : MONTHS_ID)[n - 1] : null;
        };
    }

    private boolean english() {
        return texts == ENGLISH || locale.getLanguage().equals("en");
    }

    private static boolean isDigits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int k = 0; k < value.length(); k++) {
            if (value.charAt(k) < '0' || value.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the text of a code for its args: a text keyed {@code CODE.VALUE}, for the first arg
     * (in the reason's order) whose value has one, else the text of the code. Example: {@code
     * BATAS_KOMPONEN} with {@code limit=COMPONENT} takes {@code BATAS_KOMPONEN.COMPONENT}.
     */
    private String variant(String code, Map<String, String> args) {
        if (!args.isEmpty()) {
            for (String value : args.values()) {
                String text = texts.get(code + "." + value);
                if (text != null) {
                    return text;
                }
            }
        }
        return texts.get(code);
    }

    /**
     * Returns a short description, e.g. {@code MessageRenderer[en]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "MessageRenderer[" + locale.toLanguageTag() + "]";
    }
}
