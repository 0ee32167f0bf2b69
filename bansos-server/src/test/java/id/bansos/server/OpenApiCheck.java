package id.bansos.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import id.bansos.io.schema.Schemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a response against the OpenAPI document the server serves: the path (matched against the
 * document's templates), method, status and media type must be documented, and a JSON body must be
 * valid against the documented schema, with the exchange-format schemas it refers to
 * ({@code /schema/*.json}) read from bansos-io.
 */
final class OpenApiCheck {
    /** Where the document is taken to live, so that its references resolve. */
    private static final String DOCUMENT = "https://bansos.id/openapi.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode OPENAPI = readOpenApi();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .locale(Locale.ENGLISH)
                            .build())
                    .schemaIdResolvers(r -> r.mapPrefix(Schemas.ID_BASE, "classpath:" + Schemas.RESOURCE_FOLDER)
                            .mapPrefix("https://bansos.id/schema/", "classpath:" + Schemas.RESOURCE_FOLDER)
                            .mapPrefix(DOCUMENT, "classpath:id/bansos/server/openapi.json")));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private OpenApiCheck() {}

    private static JsonNode readOpenApi() {
        try {
            return MAPPER.readTree(Assets.read("openapi.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode document() {
        return OPENAPI;
    }

    /** Checks one response of {@code method path}; fails the test if it is not as documented. */
    static void check(String method, String path, HttpResponse<byte[]> response) {
        String template = template(path);
        String status = String.valueOf(response.statusCode());
        String mediaType = response.headers()
                .firstValue("content-type")
                .orElse("")
                .replaceAll(";.*", "")
                .trim();
        String pointer;
        if (template == null || response.statusCode() == 405) {
            // An address or method the document does not list: only a problem may come from it.
            assertThat(mediaType).as("media type of %s %s", method, path).isEqualTo(Problem.MEDIA_TYPE);
            pointer = "/components/schemas/Problem";
        } else {
            JsonNode op = OPENAPI.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
            assertThat(op.isMissingNode())
                    .as("%s %s is documented", method, template)
                    .isFalse();
            String responsePointer =
                    "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + status;
            JsonNode documented = OPENAPI.at(responsePointer);
            assertThat(documented.isMissingNode())
                    .as("status %s of %s %s is documented", status, method, template)
                    .isFalse();
            if (documented.has("$ref")) {
                responsePointer = documented.get("$ref").asText().substring(1);
                documented = OPENAPI.at(responsePointer);
            }
            assertThat(documented.path("content").has(mediaType))
                    .as("%s for status %s of %s %s is documented", mediaType, status, method, template)
                    .isTrue();
            pointer = responsePointer + "/content/" + escape(mediaType) + "/schema";
        }
        if (!mediaType.endsWith("json")) {
            return;
        }
        Schema schema =
                SCHEMAS.computeIfAbsent(pointer, p -> REGISTRY.getSchema(SchemaLocation.of(DOCUMENT + "#" + p)));
        List<Error> errors = schema.validate(new String(response.body(), StandardCharsets.UTF_8), InputFormat.JSON);
        assertThat(errors)
                .as("%s %s %s against %s", method, path, status, pointer)
                .isEmpty();
    }

    /** The document's path template that a request path matches, or null. */
    static String template(String path) {
        if (OPENAPI.path("paths").has(path)) {
            return path;
        }
        for (String prefix : List.of("/v1/parameters/", "/schema/", "/assets/")) {
            if (path.startsWith(prefix) && path.length() > prefix.length()) {
                String name = prefix.equals("/v1/parameters/") ? "{key}" : "{file}";
                return prefix + name;
            }
        }
        return null;
    }

    private static String escape(String s) {
        return s.replace("~", "~0").replace("/", "~1");
    }
}
