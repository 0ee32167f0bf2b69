package id.bansos.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTextTest {
    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "=1+1|'=1+1",
                "+62|'+62",
                "-5|'-5",
                "@SUM(A1)|'@SUM(A1)",
                "\"\tx\"|\"'\tx\"",
                "\"\rx\"|\"'\rx\"",
                "'=1|''=1",
                "''+1|'''+1",
                "KLU-1|KLU-1",
                "'x|'x",
                "'|'",
                "\"\"|\"\"",
                "a=1|a=1"
            })
    void neutralise_prefixesAnApostropheToTextThatWouldStartAFormula(String text, String cell) {
        assertThat(CsvText.neutralise(text)).isEqualTo(cell);
        assertThat(CsvText.restore(cell)).isEqualTo(text);
    }

    @Test
    void restoreUndoesNeutralise() {
        qt().withFixedSeed(13L)
                .withExamples(2_000)
                .forAll(strings().betweenCodePoints('\t', '@').ofLengthBetween(0, 6))
                .checkAssert(text ->
                        assertThat(CsvText.restore(CsvText.neutralise(text))).isEqualTo(text));
    }
}
