package id.bansos.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * The texts of {@link Main} in Bahasa Indonesia ({@code main.properties}, the default) or English
 * ({@code main_en.properties}), read as resources of this module, never through the default locale.
 */
final class MainTexts {
    private final Properties texts;
    private final Locale locale;

    private MainTexts(Properties texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /** The texts of {@code --lang}: English for {@code en}, Bahasa Indonesia for anything else. */
    static MainTexts of(String language) {
        boolean english = "en".equals(language);
        return new MainTexts(
                load(english ? "main_en.properties" : "main.properties"),
                english ? Locale.ENGLISH : Locale.forLanguageTag("id"));
    }

    /** The language, for the readers' messages and the summary table. */
    Locale locale() {
        return locale;
    }

    /** The text of a key with its arguments in place. */
    String get(String key, Object... args) {
        String template = Objects.requireNonNull(texts.getProperty(key), key);
        return new MessageFormat(template, Locale.ROOT).format(args);
    }

    /** The keys, for the test that both languages have the same. */
    java.util.Set<String> keys() {
        return texts.stringPropertyNames();
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Objects.requireNonNull(MainTexts.class.getResourceAsStream(name), name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
        return p;
    }
}
