package id.bansos.server;

import id.bansos.model.internal.Checks;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One HTTP request as {@link BansosApi} sees it, free of any web framework: the method, the path
 * (decoded, without the query), the query parameters (the first value of each), the headers (names
 * in lower case) and the body as a stream, which {@link BansosApi} reads at most once and never
 * beyond its size limit.
 *
 * @param method the method in upper case, such as {@code POST}, not null
 * @param path the path, such as {@code /v1/decisions}, not null
 * @param query the query parameters, not null
 * @param headers the headers, names in lower case, not null
 * @param body the body, not null; empty for a request without one
 */
public record ApiRequest(
        String method, String path, Map<String, String> query, Map<String, String> headers, InputStream body) {
    /**
     * Checks the parts and copies the maps.
     *
     * @throws NullPointerException if a part is null
     */
    public ApiRequest {
        Checks.notNull(method, "method");
        Checks.notNull(path, "path");
        query = Map.copyOf(Checks.notNull(query, "query"));
        TreeMap<String, String> lower = new TreeMap<>();
        for (Map.Entry<String, String> e : Checks.notNull(headers, "headers").entrySet()) {
            lower.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
        }
        headers = java.util.Collections.unmodifiableMap(lower);
        Checks.notNull(body, "body");
    }

    /**
     * A header's value.
     *
     * @param name the name, any case, not null
     * @return the value, if the request has the header
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The declared length of the body, from {@code Content-Length}.
     *
     * @return the length; empty when the header is missing or not a number
     */
    public OptionalLong contentLength() {
        Optional<String> text = header("content-length");
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.get().trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
