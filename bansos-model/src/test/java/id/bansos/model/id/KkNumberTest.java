package id.bansos.model.id;

import static id.bansos.model.id.NikTest.deserialize;
import static id.bansos.model.id.NikTest.replaceLong;
import static id.bansos.model.id.NikTest.serialize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.InvalidObjectException;
import java.nio.CharBuffer;
import java.util.Locale;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

class KkNumberTest {
    /** Issued in district 52.08.01 on 1 January 2020, serial 1. */
    private static final String KK = "5208010101200001";

    @Test
    void parse_keepsAllSixteenDigits() {
        assertThat(KkNumber.parse(KK).value()).isEqualTo(KK);
    }

    @Test
    void parse_keepsLeadingZeros() {
        KkNumber kk = KkNumber.parse("0000000000000001");

        assertThat(kk.value()).isEqualTo("0000000000000001");
        assertThat(kk.masked()).isEqualTo("000000******0001");
    }

    @Test
    void parse_checksOnlyLengthAndDigits() {
        assertThat(KkNumber.parse("0000000000000000").value()).isEqualTo("0000000000000000");
        assertThat(KkNumber.parse("9999999999999999").value()).isEqualTo("9999999999999999");
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("", "KK number must have 16 digits, got 0"),
                Arguments.of("520801010120000", "KK number must have 16 digits, got 15"),
                Arguments.of("52080101012000011", "KK number must have 16 digits, got 17"),
                Arguments.of("520801010120000X", "KK number must contain only digits"),
                Arguments.of("+208010101200001", "KK number must contain only digits"),
                Arguments.of("5208.10101200001", "KK number must contain only digits"),
                // ARABIC-INDIC DIGIT ONE: a digit to Character.isDigit, but not ASCII
                Arguments.of("520801010120000\u0661", "KK number must contain only digits"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void parse_rejectsWithMessageWithoutTheDigits(String text, String message) {
        assertThatThrownBy(() -> KkNumber.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void parse_rejectsNull() {
        assertThatThrownBy(() -> KkNumber.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text must not be null");
    }

    @Test
    void parse_acceptsAnyCharSequence() {
        assertThat(KkNumber.parse(CharBuffer.wrap(KK))).isEqualTo(KkNumber.parse(KK));
    }

    @Test
    void masked_keepsFirstSixAndLastFour() {
        assertThat(KkNumber.parse(KK).masked()).isEqualTo("520801******0001");
    }

    @Test
    void toString_isMaskedAndNeverTheFullValue() {
        assertThat(KkNumber.parse(KK).toString()).isEqualTo("520801******0001").doesNotContain(KK);
    }

    @Test
    void equalsAndHashCode_followTheDigits() {
        EqualsVerifier.forClass(KkNumber.class).verify();
        assertThat(KkNumber.parse(KK)).isEqualTo(KkNumber.parse(KK)).isNotEqualTo(KkNumber.parse("5208010101200002"));
    }

    @Test
    void compareTo_ordersByDigits() {
        assertThat(KkNumber.parse("0999999999999999")).isLessThan(KkNumber.parse("1000000000000000"));
        assertThat(KkNumber.parse("5208010101200001")).isLessThan(KkNumber.parse("5208010101200002"));
        assertThat(KkNumber.parse(KK)).isEqualByComparingTo(KkNumber.parse(KK));
    }

    @Test
    void serialization_roundTrips() throws Exception {
        KkNumber kk = KkNumber.parse("0000000000000042");

        assertThat(deserialize(serialize(kk))).isEqualTo(kk);
    }

    @Test
    void serialization_rejectsForgedValueOfSeventeenDigits() throws Exception {
        byte[] forged = replaceLong(serialize(KkNumber.parse(KK)), 5208010101200001L, 10_000_000_000_000_000L);

        assertThatThrownBy(() -> deserialize(forged))
                .isInstanceOf(InvalidObjectException.class)
                .hasMessage("KK number in stream is not 16 digits");
    }

    @Test
    void serialization_rejectsForgedNegativeValue() throws Exception {
        byte[] forged = replaceLong(serialize(KkNumber.parse(KK)), 5208010101200001L, -1L);

        assertThatThrownBy(() -> deserialize(forged))
                .isInstanceOf(InvalidObjectException.class)
                .hasMessage("KK number in stream is not 16 digits");
    }

    // ---- properties ----

    private static Gen<String> sixteenDigits() {
        return longs().between(0L, 9_999_999_999_999_999L).map(n -> String.format(Locale.ROOT, "%016d", n));
    }

    @Test
    void parseThenValueIsIdentity() {
        qt().withFixedSeed(20240611L)
                .forAll(sixteenDigits())
                .checkAssert(
                        digits -> assertThat(KkNumber.parse(digits).value()).isEqualTo(digits));
    }

    @Test
    void maskedNeverEqualsValueAndToStringNeverContainsIt() {
        qt().withFixedSeed(20240612L).forAll(sixteenDigits()).checkAssert(digits -> {
            KkNumber kk = KkNumber.parse(digits);
            assertThat(kk.masked()).isNotEqualTo(kk.value());
            assertThat(kk.masked()).isEqualTo(digits.substring(0, 6) + "******" + digits.substring(12));
            assertThat(kk.toString()).doesNotContain(digits);
        });
    }

    @Test
    void compareToAgreesWithTextOrderOfDigits() {
        qt().withFixedSeed(20240613L)
                .forAll(sixteenDigits(), sixteenDigits())
                .checkAssert(
                        (a, b) -> assertThat(Integer.signum(KkNumber.parse(a).compareTo(KkNumber.parse(b))))
                                .isEqualTo(Integer.signum(a.compareTo(b))));
    }
}
