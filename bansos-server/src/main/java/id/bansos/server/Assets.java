package id.bansos.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The files the server serves from its jar: the page at {@code /} with its script and style, and
 * the OpenAPI document. Read once, when first asked for.
 */
final class Assets {
    private static final Map<String, String> TYPES = Map.of(
            "page.js", "text/javascript; charset=utf-8",
            "page.css", "text/css; charset=utf-8");

    private Assets() {}

    static ApiResponse page() {
        return ApiResponse.of(200, "text/html; charset=utf-8", Holder.PAGE);
    }

    static ApiResponse openApi() {
        return ApiResponse.json(200, Holder.OPENAPI);
    }

    static boolean exists(String name) {
        return TYPES.containsKey(name);
    }

    static ApiResponse asset(String name) {
        return ApiResponse.of(200, TYPES.get(name), name.equals("page.js") ? Holder.SCRIPT : Holder.STYLE);
    }

    /** The bytes of a resource of this package. */
    static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " of id.bansos.server is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loaded on first use, once. */
    private static final class Holder {
        static final byte[] PAGE = read("page.html");
        static final byte[] SCRIPT = read("page.js");
        static final byte[] STYLE = read("page.css");
        static final byte[] OPENAPI = read("openapi.json");
    }
}
