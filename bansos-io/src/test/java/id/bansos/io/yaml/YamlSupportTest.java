package id.bansos.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YamlSupportTest {

    /** The refusals met while reading every token of a text. */
    private static List<String> refusals(String yaml) throws IOException {
        List<String> out = new ArrayList<>();
        try (YAMLParser p = YamlSupport.factory().createParser(yaml)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                YamlSupport.refusal(p, "a test file").ifPresent(out::add);
            }
        }
        return out;
    }

    @Test
    void refusal_namesAnchorsAliasesAndTags() throws IOException {
        // Jackson keeps reporting a mapping's anchor on its first key too, hence "starts with".
        assertThat(refusals("a: &x {k: 1}\nb: *x\nc: !!int 3\n"))
                .startsWith("YAML anchors (&x) are not allowed in a test file")
                .endsWith(
                        "YAML aliases (*x) are not allowed in a test file",
                        "YAML tags (tag:yaml.org,2002:int) are not allowed in a test file");
    }

    @Test
    void refusal_isEmptyForPlainYamlAndBeforeTheFirstToken() throws IOException {
        assertThat(refusals("a: 1\nb: [x, \"y\"]\nc: {d: true}\n")).isEmpty();
        try (YAMLParser p = YamlSupport.factory().createParser("a: 1")) {
            assertThat(YamlSupport.refusal(p, "x")).isEmpty();
        }
    }

    @Test
    void factory_leavesDuplicateDetectionToTheReader() {
        assertThat(YamlSupport.factory().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION))
                .isFalse();
    }

    @Test
    void factory_refusesFilesOverTheCodePointLimit() {
        String huge = "# x\n".repeat(YamlSupport.MAX_CODE_POINTS / 4 + 1) + "a: 1\n";
        // SnakeYAML's own limit, on the floor (1.32) as on the current version.
        assertThatThrownBy(() -> refusals(huge))
                .hasMessage("The incoming YAML document exceeds the limit: 1048576 code points.\n"
                        + " at [Source: (StringReader); line: 1, column: 1]");
    }

    static Stream<Arguments> suggestions() {
        return Stream.of(
                Arguments.of("pkh.idx.SD", Optional.of("pkh.index.SD")),
                Arguments.of("EXPECT", Optional.of("expect")),
                Arguments.of("expct", Optional.of("expect")),
                Arguments.of("zzz", Optional.empty()),
                Arguments.of("households", Optional.of("household")));
    }

    @ParameterizedTest
    @MethodSource("suggestions")
    void closest_suggestsOnlyCloseKeys(String name, Optional<String> expected) {
        assertThat(YamlSupport.closest(name, List.of("household", "expect", "pkh.index.SD", "pkh.index.SMP")))
                .isEqualTo(expected);
    }

    @Test
    void closest_prefersTheFirstCandidateOnATie() {
        assertThat(YamlSupport.closest("ac", List.of("ab", "ad"))).contains("ab");
        assertThat(YamlSupport.closest("ac", List.of())).isEmpty();
    }

    @Test
    void arguments_mustNotBeNull() throws IOException {
        try (YAMLParser p = YamlSupport.factory().createParser("a: 1")) {
            assertThatThrownBy(() -> YamlSupport.refusal(null, "x")).hasMessage("parser must not be null");
            assertThatThrownBy(() -> YamlSupport.refusal(p, null)).hasMessage("where must not be null");
        }
        assertThatThrownBy(() -> YamlSupport.closest(null, List.of())).hasMessage("name must not be null");
        assertThatThrownBy(() -> YamlSupport.closest("a", null)).hasMessage("candidates must not be null");
    }
}
