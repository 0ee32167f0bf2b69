package id.bansos.io.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchemasTest {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .locale(Locale.ENGLISH)
                            .build())
                    .schemaIdResolvers(r -> r.mapPrefix(Schemas.ID_BASE, "classpath:" + Schemas.RESOURCE_FOLDER)));

    /** Each invalid example with the keyword that must reject it: each is a valid example with one fault. */
    private static final Map<String, String> INVALID = Map.ofEntries(
            Map.entry("household-unknown-key.json", "additionalProperties"),
            Map.entry("household-member-unknown-key.json", "additionalProperties"),
            Map.entry("household-desil-11.json", "maximum"),
            Map.entry("household-desil-0.json", "minimum"),
            Map.entry("household-desil-string.json", "type"),
            Map.entry("household-desil-fraction.json", "type"),
            Map.entry("household-income-fraction.json", "type"),
            Map.entry("household-income-negative.json", "minimum"),
            Map.entry("household-income-formatted.json", "type"),
            Map.entry("household-nik-letters.json", "pattern"),
            Map.entry("household-nik-15-digits.json", "pattern"),
            Map.entry("household-nik-number.json", "type"),
            Map.entry("household-nik-day-32.json", "pattern"),
            Map.entry("household-nik-serial-0000.json", "pattern"),
            Map.entry("household-kk-15-digits.json", "pattern"),
            Map.entry("household-region-district.json", "pattern"),
            Map.entry("household-region-zero-village.json", "pattern"),
            Map.entry("household-missing-members.json", "required"),
            Map.entry("household-empty-members.json", "minItems"),
            Map.entry("household-missing-id.json", "required"),
            Map.entry("household-blank-id.json", "pattern"),
            Map.entry("household-bad-sex.json", "enum"),
            Map.entry("household-bad-relationship.json", "enum"),
            Map.entry("household-bad-school-level.json", "enum"),
            Map.entry("household-bad-occupation.json", "enum"),
            Map.entry("household-pregnant-string.json", "type"),
            Map.entry("household-bad-date-shape.json", "pattern"),
            Map.entry("household-bad-date-day.json", "format"),
            Map.entry("household-person-missing-sex.json", "required"),
            Map.entry("household-blank-name.json", "pattern"),
            Map.entry("household-no-head.json", "minContains"),
            Map.entry("household-two-living-heads.json", "maxContains"),
            Map.entry("household-male-pregnant.json", "const"),
            Map.entry("household-101-members.json", "maxItems"),
            Map.entry("person-unknown-key.json", "additionalProperties"),
            Map.entry("decision-unknown-key.json", "additionalProperties"),
            Map.entry("decision-amount-fraction.json", "type"),
            Map.entry("decision-amount-negative.json", "minimum"),
            Map.entry("decision-unmasked-member-nik.json", "pattern"),
            Map.entry("decision-program-lowercase.json", "pattern"),
            Map.entry("decision-bad-policy-version.json", "pattern"),
            Map.entry("decision-missing-reasons.json", "required"),
            Map.entry("decision-eligible-string.json", "type"),
            Map.entry("decision-reason-unknown-key.json", "additionalProperties"),
            Map.entry("decision-legal-basis-year-string.json", "type"),
            Map.entry("decision-parameter-fraction.json", "type"),
            Map.entry("decision-args-number.json", "type"),
            Map.entry("decision-as-of-datetime.json", "pattern"),
            Map.entry("commitment-missing-member.json", "required"),
            Map.entry("commitment-bad-tahap.json", "pattern"),
            Map.entry("commitment-empty-checks.json", "minItems"),
            Map.entry("commitment-scheduled-0.json", "minimum"),
            Map.entry("commitment-unknown-kind.json", "enum"),
            Map.entry("commitment-check-unknown-key.json", "additionalProperties"),
            Map.entry("commitment-attended-fraction.json", "type"),
            Map.entry("commitment-p2k2-unknown-module.json", "enum"),
            Map.entry("commitment-session-on-school.json", "false"),
            Map.entry("observation-no-finding.json", "required"),
            Map.entry("observation-only-false-statement.json", "const"),
            Map.entry("observation-income-formatted.json", "type"),
            Map.entry("observation-unknown-key.json", "additionalProperties"),
            Map.entry("observation-bad-date.json", "pattern"),
            Map.entry("enrollment-graduated-without-exit.json", "required"),
            Map.entry("enrollment-active-with-exit.json", "not"),
            Map.entry("enrollment-bad-status.json", "enum"),
            Map.entry("enrollment-program-lowercase.json", "pattern"));

    /** The schema an example is for, from its file name: {@code household-…}, {@code decision-…}, {@code commitment-…}. */
    private static Schema schemaFor(String fileName) {
        String schema = fileName.substring(0, fileName.indexOf('-')) + ".schema.json";
        return REGISTRY.getSchema(SchemaLocation.of(Schemas.id(schema)));
    }

    private static List<String> examples(String folder) throws IOException, URISyntaxException {
        Path dir = Path.of(SchemasTest.class.getResource("/schema/" + folder).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static String example(String folder, String fileName) throws IOException {
        try (InputStream in = SchemasTest.class.getResourceAsStream("/schema/" + folder + "/" + fileName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Stream<String> validExamples() throws IOException, URISyntaxException {
        return examples("valid").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExamples")
    void validExample_validates(String fileName) throws IOException {
        List<Error> errors = schemaFor(fileName).validate(example("valid", fileName), InputFormat.JSON);

        assertThat(errors).isEmpty();
    }

    /** The golden files of the JSON module are what the writers produce: each must satisfy its schema too. */
    static Stream<String> goldenFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(SchemasTest.class.getResource("/golden").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> (n.startsWith("household") && !n.contains("masked"))
                            || n.startsWith("decision")
                            || n.startsWith("enrollment")
                            || n.startsWith("commitment")
                            || n.startsWith("observation"))
                    .sorted()
                    .collect(Collectors.toList())
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void goldenFile_validates(String fileName) throws IOException {
        String json;
        try (InputStream in = SchemasTest.class.getResourceAsStream("/golden/" + fileName)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Error> errors =
                schemaFor(fileName.replace(".json", "-golden.json")).validate(json, InputFormat.JSON);

        assertThat(errors).isEmpty();
    }

    static Stream<Arguments> invalidExamples() throws IOException, URISyntaxException {
        List<String> files = examples("invalid");
        assertThat(files).containsExactlyInAnyOrderElementsOf(INVALID.keySet());
        return files.stream().map(f -> Arguments.of(f, INVALID.get(f)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidExamples")
    void invalidExample_isRejectedByTheKeywordForItsFault(String fileName, String keyword) throws IOException {
        List<Error> errors = schemaFor(fileName).validate(example("invalid", fileName), InputFormat.JSON);

        assertThat(errors).extracting(Error::getKeyword).contains(keyword);
    }

    @Test
    void docsCopies_areTheSameAsTheResources() throws IOException {
        for (String fileName : Schemas.fileNames()) {
            try (InputStream in = Schemas.open(fileName)) {
                assertThat(Files.readString(Path.of("..", "docs", "schema", fileName), StandardCharsets.UTF_8))
                        .as(fileName)
                        .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void eachSchema_declaresDraft202012AndItsId() throws IOException {
        for (String fileName : Schemas.fileNames()) {
            try (InputStream in = Schemas.open(fileName)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text)
                        .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
                        .contains("\"$id\": \"" + Schemas.ID_BASE + fileName + "\"");
            }
        }
    }

    @Test
    void urls_pointAtTheResources() {
        assertThat(Schemas.household().toString()).endsWith("id/bansos/io/schema/household.schema.json");
        assertThat(Schemas.person().toString()).endsWith("id/bansos/io/schema/person.schema.json");
        assertThat(Schemas.decision().toString()).endsWith("id/bansos/io/schema/decision.schema.json");
        assertThat(Schemas.enrollment().toString()).endsWith("id/bansos/io/schema/enrollment.schema.json");
        assertThat(Schemas.commitment().toString()).endsWith("id/bansos/io/schema/commitment.schema.json");
        assertThat(Schemas.observation().toString()).endsWith("id/bansos/io/schema/observation.schema.json");
        assertThat(Schemas.id(Schemas.PERSON)).isEqualTo("https://bansos.id/schema/v1/person.schema.json");
        assertThat(Schemas.fileNames())
                .containsExactly(
                        "household.schema.json",
                        "person.schema.json",
                        "decision.schema.json",
                        "enrollment.schema.json",
                        "commitment.schema.json",
                        "observation.schema.json");
    }

    @Test
    void unknownFileName_isRejected() {
        assertThatThrownBy(() -> Schemas.url("enrolment.schema.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fileName must name a schema [household.schema.json, person.schema.json,"
                        + " decision.schema.json, enrollment.schema.json, commitment.schema.json,"
                        + " observation.schema.json], got enrolment.schema.json");
        assertThatThrownBy(() -> Schemas.open(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("fileName must not be null");
    }
}
