package id.bansos.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Utf8InputTest {
    private static byte[] readAll(byte[] bytes) throws IOException {
        try (InputStream in = Utf8Input.checked(new ByteArrayInputStream(bytes), "f.jsonl")) {
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("empty", new byte[0]),
                Arguments.of("one byte", bytes('a')),
                Arguments.of("UTF-8 BOM", bytes(0xEF, 0xBB, 0xBF, '{', '}')),
                Arguments.of("all widths", "a\u00e9\u20ac\ud83d\ude00\n\u0661".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("edges", bytes(0xC2, 0x80, 0xED, 0x9F, 0xBF, 0xEE, 0x80, 0x80, 0xF4, 0x8F, 0xBF, 0xBF)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void checked_passesUtf8Through(String what, byte[] bytes) throws IOException {
        assertThat(readAll(bytes)).isEqualTo(bytes);
    }

    static Stream<Arguments> foreign() {
        Charset utf32 = Charset.forName("UTF-32BE");
        return Stream.of(
                Arguments.of("{\"a\":1}".getBytes(StandardCharsets.UTF_16), "UTF-16BE (byte order mark)"),
                Arguments.of(bytes(0xFF, 0xFE, '{', 0), "UTF-16LE (byte order mark)"),
                Arguments.of(bytes(0, 0, 0xFE, 0xFF, 0, 0, 0, '{'), "UTF-32BE (byte order mark)"),
                Arguments.of(bytes(0xFF, 0xFE, 0, 0, '{', 0, 0, 0), "UTF-32LE (byte order mark)"),
                Arguments.of("{\"a\":1}".getBytes(StandardCharsets.UTF_16LE), "UTF-16LE (NUL bytes)"),
                Arguments.of("{\"a\":1}".getBytes(StandardCharsets.UTF_16BE), "UTF-16BE (NUL bytes)"),
                Arguments.of("{\"a\":1}".getBytes(utf32), "UTF-32BE (NUL bytes)"),
                Arguments.of(bytes('{', 0, 0, 0, '}', 0, 0, 0), "UTF-32LE (NUL bytes)"),
                Arguments.of(bytes('a', 'b', 0, 'c'), "binary (NUL bytes)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("foreign")
    void checked_refusesAnotherEncodingAtTheStartNamingIt(byte[] bytes, String found) {
        assertThatThrownBy(() -> readAll(bytes))
                .isInstanceOf(InputException.class)
                .hasMessage("f.jsonl: is encoded in " + found + ", not UTF-8; save it as UTF-8");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of(
                        "Latin-1 e acute", "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1), 1, "has byte 0xE9"),
                Arguments.of("lone continuation", bytes('a', '\n', 'b', 0x80), 2, "has byte 0x80"),
                Arguments.of("overlong slash", bytes('a', 'b', 'c', 'd', 0xC0, 0xAF), 1, "has byte 0xC0"),
                Arguments.of("overlong three bytes", bytes('a', 'b', 'c', 'd', 0xE0, 0x80, 0xAF), 1, "has byte 0xE0"),
                Arguments.of("surrogate", bytes('a', 'b', 'c', 'd', 0xED, 0xA0, 0x80), 1, "has byte 0xED"),
                Arguments.of("above U+10FFFF", bytes('a', 'b', 'c', 'd', 0xF4, 0x90, 0x80, 0x80), 1, "has byte 0xF4"),
                Arguments.of("F5", bytes('a', 'b', 'c', 'd', 0xF5), 1, "has byte 0xF5"),
                Arguments.of(
                        "truncated at the end",
                        bytes('a', 'b', 'c', 'd', '\n', 0xE2, 0x82),
                        2,
                        "ends inside a multi-byte character"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void checked_refusesMalformedUtf8NamingTheLine(String what, byte[] bytes, int line, String detail) {
        assertThatThrownBy(() -> readAll(bytes))
                .isInstanceOf(InputException.class)
                .hasMessage("f.jsonl:" + line + ": is not valid UTF-8 (" + detail
                        + "; perhaps Windows-1252 or another legacy encoding); save the file as UTF-8");
    }

    @Test
    void checked_carriesASequenceSplitBetweenReads() throws IOException {
        byte[] euro = "\u20ac\u20ac".getBytes(StandardCharsets.UTF_8);
        try (InputStream in = Utf8Input.checked(new ByteArrayInputStream(euro), "f")) {
            byte[] out = new byte[6];
            for (int i = 0; i < 6; i++) {
                assertThat(in.read(out, i, 1)).isEqualTo(1);
            }
            assertThat(in.read()).isEqualTo(-1);
            assertThat(out).isEqualTo(euro);
        }
    }

    @Test
    void checked_checksSkippedBytesToo() throws IOException {
        try (InputStream in = Utf8Input.checked(new ByteArrayInputStream(bytes('a', 'b', 'c', 'd', 0xFF)), "f")) {
            assertThatThrownBy(() -> in.skip(5)).isInstanceOf(InputException.class);
        }
    }
}
