package id.bansos.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bansos.io.schema.Schemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document itself: every endpoint of SERVER-V1 is in it, and every reference resolves. */
class OpenApiDocumentTest {
    private static final JsonNode DOC = OpenApiCheck.document();

    @Test
    void document_isOpenApi31_andDescribesEveryEndpointOfServerV1() {
        assertThat(DOC.get("openapi").asText()).isEqualTo("3.1.0");
        Map<String, String> endpoints = Map.of(
                "/v1/decisions", "post",
                "/v1/explain", "post",
                "/v1/whatif", "post",
                "/v1/parameters", "get",
                "/v1/parameters/{key}", "get",
                "/v1/rules", "get",
                "/v1/programs", "get",
                "/openapi.json", "get",
                "/health", "get",
                "/", "get");
        endpoints.forEach(
                (path, method) -> assertThat(DOC.path("paths").path(path).has(method))
                        .as(method + " " + path)
                        .isTrue());
    }

    @Test
    void everyReference_resolves_andTheExchangeSchemasAreTheServedOnes() {
        List<String> refs = new ArrayList<>();
        collect(DOC, refs);
        assertThat(refs).contains("/schema/household.schema.json", "/schema/decision.schema.json");
        for (String ref : refs) {
            if (ref.startsWith("#")) {
                assertThat(DOC.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
            } else {
                assertThat(ref).startsWith("/schema/");
                String[] fileAndPointer = ref.substring("/schema/".length()).split("#", 2);
                assertThat(Schemas.fileNames()).as(ref).contains(fileAndPointer[0]);
                if (fileAndPointer.length == 2) {
                    assertThat(schema(fileAndPointer[0]).at(fileAndPointer[1]).isMissingNode())
                            .as(ref)
                            .isFalse();
                }
            }
        }
    }

    private static JsonNode schema(String fileName) {
        try (InputStream in = Schemas.open(fileName)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                refs.add(ref.asText());
            }
            node.forEach(child -> collect(child, refs));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, refs));
        }
    }
}
