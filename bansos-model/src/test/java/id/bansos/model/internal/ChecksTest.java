package id.bansos.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChecksTest {
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "pkh.exclusion|true",
                "pkh|true",
                "a|true",
                "daerah_klu.lansia_2|true",
                "a.b.c.d9_|true",
                "''|false",
                ".pkh|false",
                "pkh.|false",
                "pkh..exclusion|false",
                "Pkh.exclusion|false",
                "pkh.Exclusion|false",
                "9pkh|false",
                "pkh.9a|true",
                "lansia_daerah.requires.2|true",
                "_pkh|false",
                "pkh._a|false",
                "pkh-exclusion|false",
                "'pkh exclusion'|false",
                "pkh.exclusión|false"
            })
    void isDottedId_acceptsLowerCaseWordsJoinedBySingleDots_laterWordsMayStartWithADigit(
            String text, boolean expected) {
        assertThat(Checks.isDottedId(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\", {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {"123|3|true", "1234|3|false", "12|3|false", "12a|3|false", "''|0|true", "１２３|3|false"})
    void isDigits_needsExactlyThatManyAsciiDigits(String text, int length, boolean expected) {
        assertThat(Checks.isDigits(text, length)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0|0",
                "7|7",
                "0042|42",
                "5208014101900001|5208014101900001",
                "9999999999999999|9999999999999999",
                "999999999999999999|999999999999999999"
            })
    void digitsValue_readsTheDigitsAsADecimalNumber(String text, long expected) {
        assertThat(Checks.digitsValue(text)).isEqualTo(expected);
    }
}
