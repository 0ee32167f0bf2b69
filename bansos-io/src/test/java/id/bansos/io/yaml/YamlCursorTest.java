package id.bansos.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import id.bansos.io.InputException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class YamlCursorTest {
    private static final List<String> KEYS = List.of("name", "as_of");

    /** Reads every key of the top mapping through {@link YamlCursor#key}. */
    private static List<String> keys(String yaml) throws IOException {
        try (YAMLParser p = YamlSupport.factory().createParser(yaml)) {
            YamlCursor c = YamlCursor.of(p, "t.yaml", "a test file", 12);
            List<String> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            c.next();
            for (JsonToken t = c.next(); t != JsonToken.END_OBJECT; t = c.next()) {
                out.add(c.key("top", KEYS, seen, n -> "unknown key " + n));
                c.next();
            }
            return out;
        }
    }

    @Test
    void key_acceptsAllowedKeysOnce() throws IOException {
        assertThat(keys("name: a\nas_of: 2025-01-01\n")).containsExactly("name", "as_of");
    }

    @Test
    void key_repeated_isGivenTwice_atTheSecondKey() {
        assertThatThrownBy(() -> keys("name: a\nname: b\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("t.yaml:2:1: top: name is given twice");
    }

    @Test
    void key_unknown_usesTheReadersWording() {
        assertThatThrownBy(() -> keys("name: a\n  \nnam: b\n")).hasMessage("t.yaml:3:1: top: unknown key nam");
    }

    @Test
    void next_refusesAnAlias_atItsPosition() {
        assertThatThrownBy(() -> keys("name: &x a\nas_of: *x\n"))
                .hasMessage("t.yaml:2:8: YAML aliases (*x) are not allowed in a test file");
    }

    @Test
    void describe_showsShortNumbers_andOnlyTheLengthOfLongOnes() throws IOException {
        try (YAMLParser p = YamlSupport.factory().createParser("[123456789012, 1234567890123, \"\", x, {}, []]")) {
            YamlCursor c = YamlCursor.of(p, "t.yaml", "a test file", 12);
            List<String> out = new ArrayList<>();
            c.next();
            for (JsonToken t = c.next(); t != JsonToken.END_ARRAY; t = c.next()) {
                out.add(c.describe(t));
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    c.next();
                }
            }
            out.add(c.describe(null));
            assertThat(out)
                    .containsExactly(
                            "123456789012",
                            "a number of 13 characters",
                            "an empty value",
                            "\"x\"",
                            "a mapping",
                            "a list",
                            "the end of the file");
        }
    }

    @Test
    void syntaxError_givesThePositionAndTheFirstLine() throws IOException {
        try (YAMLParser p = YamlSupport.factory().createParser("a: [1\n")) {
            YamlCursor c = YamlCursor.of(p, "t.yaml", "a test file", 12);
            assertThatThrownBy(() -> {
                        while (c.next() != null) {
                            // reads to the error
                        }
                    })
                    .isInstanceOf(JsonProcessingException.class)
                    .satisfies(e -> assertThat(YamlCursor.syntaxError("t.yaml", (JsonProcessingException) e)
                                    .getMessage())
                            .isEqualTo("t.yaml:1:6: not valid YAML: while parsing a flow sequence"));
        }
    }

    @Test
    void readText_countsCodePoints_commentsIncluded() {
        // 1024 lines of 1023 code points and a line feed: exactly the limit.
        String limit = ("#".repeat(1023) + "\n").repeat(1024);
        assertThat(YamlCursor.readText(new StringReader(limit), "t.yaml").length())
                .isEqualTo(1024 * 1024);
        assertThatThrownBy(() -> YamlCursor.readText(new StringReader(limit + "#"), "t.yaml"))
                .hasMessage("t.yaml: not accepted: the file is larger than 1048576 code points");
        // A character outside the BMP is two chars and one code point.
        String emoji = ("#" + "\uD83D\uDE00".repeat(1022) + "\n").repeat(1024);
        assertThat(YamlCursor.readText(new StringReader(emoji), "t.yaml").length())
                .isEqualTo(2046 * 1024);
    }

    @Test
    void readText_refusesALineOverTheLimit_withItsNumber() {
        String longest = "#".repeat(YamlSupport.MAX_LINE_CHARS);
        assertThat(YamlCursor.readText(new StringReader("a: 1\n" + longest + "\n"), "t.yaml")
                        .length())
                .isEqualTo(5 + longest.length() + 1);
        assertThatThrownBy(() -> YamlCursor.readText(new StringReader("a: 1\n" + longest + "#\n"), "t.yaml"))
                .hasMessage("t.yaml:2: not accepted: the line is longer than 65536 characters");
    }

    @Test
    void firstLine_trimsToTheFirstLine() {
        assertThat(YamlCursor.firstLine(" a \nb")).isEqualTo("a");
        assertThat(YamlCursor.firstLine(null)).isEqualTo("unknown error");
    }

    @Test
    void firstLine_turnsClassNamesIntoWords() {
        assertThat(YamlCursor.firstLine("Unexpected MappingStartEvent at the root\nmore"))
                .isEqualTo("Unexpected mapping start at the root");
        // CommandFuzzTest, cap3.yaml seed 2321 mutant 9197 at 10,000 mutants: Jackson printed the event whole.
        assertThat(YamlCursor.firstLine("Expected a field name (Scalar value in YAML), got this instead:"
                        + " <org.yaml.snakeyaml.events.MappingStartEvent(anchor=null, tag=null, implicit=true)>"))
                .isEqualTo("Expected a field name (Scalar value in YAML), got this instead: mapping start");
        assertThat(YamlCursor.firstLine("org.yaml.snakeyaml.error.YAMLException: bad input"))
                .isEqualTo("bad input");
        assertThat(YamlCursor.firstLine("java.nio.charset.MalformedInputException: Input length = 1"))
                .isEqualTo("Input length = 1");
    }

    @Test
    void of_refusesNulls() {
        assertThatThrownBy(() -> YamlCursor.of(null, "s", "w", 1)).hasMessage("parser must not be null");
    }
}
