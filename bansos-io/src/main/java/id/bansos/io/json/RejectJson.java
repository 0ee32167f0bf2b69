package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import id.bansos.io.ReaderMessages;
import id.bansos.io.Reject;
import id.bansos.model.internal.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Writes a reject as one JSON line, as {@code bansos evaluate --rejects} and {@code bansos-spark}
 * write them: {@code line}, {@code column} where known, {@code household_id} where known, and
 * {@code error} in a language ({@link ReaderMessages#error}).
 *
 * <p>Example: {@code {"line":3,"column":14,"household_id":"H3","error":"…"}} and {@code \n}.
 */
public final class RejectJson {
    private RejectJson() {}

    /**
     * Writes one reject and its line end.
     *
     * @param json the generator, not null; its root value separator should be null
     * @param r the reject, not null
     * @param locale the language of the error, not null
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if it cannot be written
     */
    public static void write(JsonGenerator json, Reject r, Locale locale) {
        Checks.notNull(json, "json");
        Checks.notNull(r, "r");
        Checks.notNull(locale, "locale");
        try {
            json.writeStartObject();
            json.writeNumberField("line", r.line());
            if (r.column().isPresent()) {
                json.writeNumberField("column", r.column().getAsInt());
            }
            if (r.householdId().isPresent()) {
                json.writeStringField("household_id", r.householdId().get());
            }
            json.writeStringField("error", ReaderMessages.error(r, locale));
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
