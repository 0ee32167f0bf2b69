package id.bansos.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.bansos.io.InputException;
import id.bansos.io.ReaderMessages;
import id.bansos.io.Reject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * An RFC 9457 {@code application/problem+json} error: {@code type}, {@code title}, {@code status},
 * {@code detail} and, for input errors, {@code errors} with the readers' texts. The detail comes
 * from this module's catalogue ({@code problems.properties}, {@code problems_en.properties}) and
 * never echoes a value of the request, so no NIK, KK number or name can reach it; the readers'
 * texts mask personal data themselves.
 */
final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://bansos.id/problems/";
    private static final JsonFactory JSON = new JsonFactory();
    private static final Map<String, String> INDONESIAN = load("problems.properties");
    private static final Map<String, String> ENGLISH = load("problems_en.properties");

    /** One input error: a line (or none), the field where known, the message. */
    record FieldError(long line, String field, String message) {}

    private final int status;
    private final String slug;
    private final String key;
    private final transient List<Object> args;
    private final transient List<FieldError> errors;
    private final transient Map<String, String> headers;

    private Problem(
            int status,
            String slug,
            String key,
            List<Object> args,
            List<FieldError> errors,
            Map<String, String> headers) {
        super(slug, null, false, false);
        this.status = status;
        this.slug = slug;
        this.key = key;
        this.args = List.copyOf(args);
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    static Problem of(int status, String slug, String key, Object... args) {
        return new Problem(status, slug, key, List.of(args), List.of(), Map.of());
    }

    static Problem withErrors(int status, String slug, String key, List<FieldError> errors) {
        return new Problem(status, slug, key, List.of(), errors, Map.of());
    }

    Problem header(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new Problem(status, slug, key, args, errors, more);
    }

    int status() {
        return status;
    }

    /** The input errors of rejects, in the language of the request. */
    static List<FieldError> errors(List<Reject> rejects, Locale locale) {
        List<FieldError> out = new ArrayList<>(rejects.size());
        for (Reject r : rejects) {
            out.add(new FieldError(r.line(), r.field().orElse(null), ReaderMessages.error(r, locale)));
        }
        return out;
    }

    /** The input error of an ill-formed input, in the language of the request. */
    static List<FieldError> errors(InputException e, Locale locale) {
        return List.of(new FieldError(e.line().orElse(0), e.field().orElse(null), ReaderMessages.message(e, locale)));
    }

    /** The text of a catalogue key in a language, for the detail and for tests. */
    static String text(Locale locale, String key, Object... args) {
        Map<String, String> texts = locale.getLanguage().equals("en") ? ENGLISH : INDONESIAN;
        String template = texts.get(key);
        if (template == null) {
            throw new IllegalStateException("no text " + key);
        }
        String out = template;
        for (int i = 0; i < args.length; i++) {
            out = out.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return out;
    }

    ApiResponse toResponse(Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", TYPE_BASE + slug);
            g.writeStringField("title", title(status));
            g.writeNumberField("status", status);
            g.writeStringField("detail", text(locale, key, args.toArray()));
            if (!errors.isEmpty()) {
                g.writeArrayFieldStart("errors");
                for (FieldError e : errors) {
                    g.writeStartObject();
                    if (e.line() > 0) {
                        g.writeNumberField("line", e.line());
                    }
                    if (e.field() != null) {
                        g.writeStringField("field", e.field());
                    }
                    g.writeStringField("message", e.message());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ApiResponse(status, MEDIA_TYPE, headers, bytes.toByteArray());
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            default -> "Internal Server Error";
        };
    }

    private static Map<String, String> load(String resource) {
        Properties p = new Properties();
        try (InputStream in = Problem.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " of id.bansos.server is missing");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new HashMap<>();
        for (String name : p.stringPropertyNames()) {
            out.put(name, p.getProperty(name));
        }
        return Map.copyOf(out);
    }
}
