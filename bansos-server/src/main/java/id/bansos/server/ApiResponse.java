package id.bansos.server;

import id.bansos.model.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One HTTP response of {@link BansosApi}, free of any web framework.
 *
 * @param status the status code, such as 200
 * @param contentType the media type of the body, such as {@code application/json}, not null
 * @param headers further headers (such as {@code Allow}), not null
 * @param body the body, not null; not copied, so do not change it
 */
@SuppressWarnings("ArrayRecordComponent") // the body is handed on as it is, never changed
public record ApiResponse(int status, String contentType, Map<String, String> headers, byte[] body) {
    /**
     * Checks the parts and copies the headers.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the status is not between 100 and 599
     */
    public ApiResponse {
        Checks.check(status >= 100 && status <= 599, "status", "must be between 100 and 599", status);
        Checks.notNull(contentType, "contentType");
        headers = Map.copyOf(Checks.notNull(headers, "headers"));
        Checks.notNull(body, "body");
    }

    static ApiResponse of(int status, String contentType, byte[] body) {
        return new ApiResponse(status, contentType, Map.of(), body);
    }

    static ApiResponse json(int status, byte[] body) {
        return of(status, "application/json", body);
    }

    static ApiResponse text(String contentType, String body) {
        return of(200, contentType + "; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The body as UTF-8 text, for tests and logs of small responses.
     *
     * @return the text, not null
     */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
