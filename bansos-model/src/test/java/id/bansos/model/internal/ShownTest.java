package id.bansos.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShownTest {
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PKH|'\"PKH\"'",
                "DAERAH_KLU_2|'\"DAERAH_KLU_2\"'",
                "9PKH|'\"9PKH\"'",
                "A12345|'\"A12345\"'",
                "pkh|'\"pkh\"'",
                // Six digits could be part of a NIK, a space a full name.
                "A123456|a value of 7 characters",
                "SITI AMINAH|a value of 11 characters",
                "5208014101900001|a value of 16 characters",
                "PKH\u001b[31m|a value of 8 characters",
                "\"PKH\"|a value of 5 characters"
            })
    void code_quotesOnlyShortCodesWithoutLongDigitRuns(String text, String expected) {
        assertThat(Shown.code(text)).isEqualTo(expected);
    }

    @Test
    void code_givesOnlyTheLengthOfTextLongerThan40Characters() {
        assertThat(Shown.code("A".repeat(40))).isEqualTo("\"" + "A".repeat(40) + "\"");
        assertThat(Shown.code("A".repeat(41))).isEqualTo("a value of 41 characters");
    }

    @Test
    void shaped_keepsToTheGivenLengthAlphabetAndDigitRun() {
        assertThat(Shown.shaped("52.8", 13, "0123456789.", 10)).isEqualTo("\"52.8\"");
        assertThat(Shown.shaped("5208012001", 13, "0123456789.", 10)).isEqualTo("\"5208012001\"");
        assertThat(Shown.shaped("52080120011", 13, "0123456789.", 10)).isEqualTo("a value of 11 characters");
        assertThat(Shown.shaped("52.08.01.20011", 13, "0123456789.", 10)).isEqualTo("a value of 14 characters");
        assertThat(Shown.shaped("52-08", 13, "0123456789.", 10)).isEqualTo("a value of 5 characters");
    }

    @Test
    void length_describesEmptyOneAndManyCharacters() {
        assertThat(Shown.length("")).isEqualTo("an empty value");
        assertThat(Shown.length("x")).isEqualTo("a value of 1 character");
        assertThat(Shown.length("xy")).isEqualTo("a value of 2 characters");
        assertThat(Shown.shaped("", 10, "x", 0)).isEqualTo("an empty value");
    }
}
