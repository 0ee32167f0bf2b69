package id.bansos.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.CharBuffer;
import java.util.Locale;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

class RupiahTest {
    // |x| <= 2^60 keeps the sum of three amounts within a long.
    private static final Gen<Long> MODEST = longs().between(-(1L << 60), 1L << 60);

    @Test
    void of_zeroIsTheZeroConstant() {
        assertThat(Rupiah.of(0)).isSameAs(Rupiah.ZERO);
        assertThat(Rupiah.ZERO.amount()).isZero();
    }

    @Test
    void amount_returnsTheWholeRupiah() {
        assertThat(Rupiah.of(1_234_567).amount()).isEqualTo(1_234_567L);
        assertThat(Rupiah.of(-5).amount()).isEqualTo(-5L);
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(0L, "Rp0"),
                Arguments.of(7L, "Rp7"),
                Arguments.of(999L, "Rp999"),
                Arguments.of(1_000L, "Rp1.000"),
                Arguments.of(10_000L, "Rp10.000"),
                Arguments.of(100_000L, "Rp100.000"),
                Arguments.of(550_000L, "Rp550.000"),
                Arguments.of(1_234_567L, "Rp1.234.567"),
                Arguments.of(-1L, "-Rp1"),
                Arguments.of(-1_500L, "-Rp1.500"),
                Arguments.of(-999_999L, "-Rp999.999"),
                Arguments.of(Long.MAX_VALUE, "Rp9.223.372.036.854.775.807"),
                Arguments.of(Long.MIN_VALUE, "-Rp9.223.372.036.854.775.808"));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void format_groupsThousandsWithDots(long amount, String expected) {
        assertThat(Rupiah.of(amount).format()).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void formatBigInteger_isTheFormOfTheSameLong(long amount, String expected) {
        assertThat(Rupiah.format(BigInteger.valueOf(amount))).isEqualTo(expected);
    }

    @Test
    void formatBigInteger_groupsAmountsPastALong() {
        // Three times Rp4.000.000.000.000.000.000, more than Long.MAX_VALUE.
        assertThat(Rupiah.format(new BigInteger("12000000000000000000"))).isEqualTo("Rp12.000.000.000.000.000.000");
        assertThat(Rupiah.format(new BigInteger("-95000000000000000000000")))
                .isEqualTo("-Rp95.000.000.000.000.000.000.000");
        assertThatThrownBy(() -> Rupiah.format((BigInteger) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("amount must not be null");
        assertThat(Rupiah.format(new BigInteger("12000000000000000000"), Locale.ENGLISH))
                .isEqualTo("Rp12,000,000,000,000,000,000");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void formatIndonesian_isTheIndonesianForm_andAnyOtherLanguageToo(long amount, String expected) {
        assertThat(Rupiah.of(amount).format(Locale.forLanguageTag("id"))).isEqualTo(expected);
        assertThat(Rupiah.of(amount).format(Locale.forLanguageTag("tr-TR"))).isEqualTo(expected);
    }

    @Test
    void formatEnglish_groupsThousandsWithCommas() {
        assertThat(Rupiah.of(0).format(Locale.ENGLISH)).isEqualTo("Rp0");
        assertThat(Rupiah.of(999).format(Locale.ENGLISH)).isEqualTo("Rp999");
        assertThat(Rupiah.of(1_234_567).format(Locale.ENGLISH)).isEqualTo("Rp1,234,567");
        assertThat(Rupiah.of(-592_300_000).format(Locale.US)).isEqualTo("-Rp592,300,000");
        assertThat(Rupiah.of(Long.MIN_VALUE).format(Locale.ENGLISH)).isEqualTo("-Rp9,223,372,036,854,775,808");
    }

    @Test
    void formatWithLocale_rejectsNull() {
        assertThatThrownBy(() -> Rupiah.of(1).format((Locale) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("locale must not be null");
    }

    static Stream<Arguments> canonicalForms() {
        return Stream.of(
                Arguments.of(0L, "IDR 0"),
                Arguments.of(1_234_567L, "IDR 1234567"),
                Arguments.of(-1_500L, "IDR -1500"),
                Arguments.of(Long.MIN_VALUE, "IDR -9223372036854775808"));
    }

    @ParameterizedTest
    @MethodSource("canonicalForms")
    void toString_isIdrAndPlainDigits(long amount, String expected) {
        assertThat(Rupiah.of(amount)).hasToString(expected);
    }

    static Stream<Arguments> parsable() {
        return Stream.of(
                Arguments.of("IDR 1234567", 1_234_567L),
                Arguments.of("IDR 0", 0L),
                Arguments.of("IDR -1500", -1_500L),
                Arguments.of("-IDR 1500", -1_500L),
                Arguments.of("Rp1.234.567", 1_234_567L),
                Arguments.of("Rp 1.234.567", 1_234_567L),
                Arguments.of("Rp999", 999L),
                Arguments.of("Rp1000", 1_000L),
                Arguments.of("Rp0", 0L),
                Arguments.of("-Rp1.500", -1_500L),
                Arguments.of("1234567", 1_234_567L),
                Arguments.of("-1500", -1_500L),
                Arguments.of("  IDR 42\t", 42L),
                Arguments.of("IDR 9223372036854775807", Long.MAX_VALUE),
                Arguments.of("IDR -9223372036854775808", Long.MIN_VALUE),
                Arguments.of("-Rp9.223.372.036.854.775.808", Long.MIN_VALUE),
                Arguments.of("-9223372036854775808", Long.MIN_VALUE));
    }

    @ParameterizedTest
    @MethodSource("parsable")
    void parse_readsEveryForm(String text, long expected) {
        assertThat(Rupiah.parse(text)).isEqualTo(Rupiah.of(expected));
    }

    @Test
    void parse_acceptsAnyCharSequence() {
        assertThat(Rupiah.parse(CharBuffer.wrap("Rp2.000"))).isEqualTo(Rupiah.of(2_000));
    }

    static Stream<String> notOfTheForm() {
        return Stream.of(
                "   ",
                "-",
                "IDR",
                "IDR ",
                "Rp",
                "Rp ",
                "1.000",
                "IDR 1.000",
                "IDR  5",
                "Rp1,000",
                "-IDR -5",
                "--5",
                "IDR +5",
                "+5",
                "Rp-1.000",
                "5 IDR");
    }

    @ParameterizedTest
    @MethodSource("notOfTheForm")
    void parse_rejectsTextNotOfTheForm(String text) {
        assertThatThrownBy(() -> Rupiah.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rupiah text is not of the form IDR 1234567 or Rp1.234.567, got \"" + text + "\"");
    }

    static Stream<Arguments> textsNotShown() {
        return Stream.of(
                Arguments.of("", "an empty value"),
                Arguments.of("1e3", "a value of 3 characters"),
                Arguments.of("Rp\u0661\u0662\u0663", "a value of 5 characters"),
                Arguments.of("IDR 12a", "a value of 7 characters"),
                Arguments.of("rp1.000", "a value of 7 characters"),
                // A NIK, a name and a 10 MB text in the wrong field.
                Arguments.of("NIK 5208014101900001", "a value of 20 characters"),
                Arguments.of("Siti Aminah", "a value of 11 characters"),
                Arguments.of("x".repeat(10 << 20), "a value of 10485760 characters"));
    }

    @ParameterizedTest
    @MethodSource("textsNotShown")
    void parse_rejectsTextThatCouldBePersonalGivingOnlyItsLength(String text, String shown) {
        assertThatThrownBy(() -> Rupiah.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rupiah text is not of the form IDR 1234567 or Rp1.234.567, got " + shown);
    }

    static Stream<String> misplacedSeparators() {
        return Stream.of("Rp1.00", "Rp1234.567", "Rp.100", "Rp1..000", "Rp1.000.", "Rp1.0000", "-Rp12.34");
    }

    @ParameterizedTest
    @MethodSource("misplacedSeparators")
    void parse_rejectsMisplacedThousandsSeparators(String text) {
        assertThatThrownBy(() -> Rupiah.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rupiah text has misplaced thousands separators, got \"" + text + "\"");
    }

    static Stream<Arguments> overflowing() {
        // A run of more than 15 digits could be a NIK or KK number: only its length is shown.
        return Stream.of(
                Arguments.of("IDR 9223372036854775808", "a value of 23 characters"),
                Arguments.of("IDR -9223372036854775809", "a value of 24 characters"),
                Arguments.of("-Rp9.223.372.036.854.775.809", "\"-Rp9.223.372.036.854.775.809\""),
                Arguments.of("99999999999999999999", "a value of 20 characters"));
    }

    @ParameterizedTest
    @MethodSource("overflowing")
    void parse_rejectsAmountsBeyondALong(String text, String shown) {
        assertThatThrownBy(() -> Rupiah.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rupiah amount overflows a long, got " + shown);
    }

    @Test
    void parse_rejectsNull() {
        assertThatThrownBy(() -> Rupiah.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text must not be null");
    }

    @Test
    void plusMinusTimes_computeExactly() {
        assertThat(Rupiah.of(900_000).plus(Rupiah.of(1_500_000))).isEqualTo(Rupiah.of(2_400_000));
        assertThat(Rupiah.of(900_000).minus(Rupiah.of(1_500_000))).isEqualTo(Rupiah.of(-600_000));
        assertThat(Rupiah.of(200_000).times(12)).isEqualTo(Rupiah.of(2_400_000));
        assertThat(Rupiah.of(200_000).times(-1)).isEqualTo(Rupiah.of(-200_000));
        assertThat(Rupiah.of(200_000).times(0)).isSameAs(Rupiah.ZERO);
    }

    static Stream<Arguments> divisions() {
        return Stream.of(
                Arguments.of(900_000L, 4L, RoundingMode.DOWN, 225_000L),
                Arguments.of(7L, 2L, RoundingMode.DOWN, 3L),
                Arguments.of(-7L, 2L, RoundingMode.DOWN, -3L),
                Arguments.of(7L, -2L, RoundingMode.DOWN, -3L),
                Arguments.of(3L, 4L, RoundingMode.DOWN, 0L),
                Arguments.of(7L, 2L, RoundingMode.HALF_UP, 4L),
                Arguments.of(5L, 2L, RoundingMode.HALF_UP, 3L),
                Arguments.of(-5L, 2L, RoundingMode.HALF_UP, -3L),
                Arguments.of(9L, 4L, RoundingMode.HALF_UP, 2L),
                Arguments.of(11L, 4L, RoundingMode.HALF_UP, 3L),
                Arguments.of(3_000_000L, 4L, RoundingMode.UNNECESSARY, 750_000L),
                Arguments.of(-12L, 3L, RoundingMode.UNNECESSARY, -4L),
                Arguments.of(Long.MIN_VALUE, 1L, RoundingMode.DOWN, Long.MIN_VALUE),
                Arguments.of(Long.MAX_VALUE, -1L, RoundingMode.HALF_UP, -Long.MAX_VALUE));
    }

    @ParameterizedTest
    @MethodSource("divisions")
    void divide_roundsAsNamed(long amount, long divisor, RoundingMode rounding, long expected) {
        assertThat(Rupiah.of(amount).divide(divisor, rounding)).isEqualTo(Rupiah.of(expected));
    }

    @Test
    void divide_unnecessaryRejectsAnInexactQuotient() {
        assertThatThrownBy(() -> Rupiah.of(10).divide(3, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void divide_rejectsZeroDivisor() {
        assertThatThrownBy(() -> Rupiah.of(10).divide(0, RoundingMode.DOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("divisor must not be zero, got 0");
    }

    @Test
    void divide_rejectsNullRounding() {
        assertThatThrownBy(() -> Rupiah.of(10).divide(2, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("rounding must not be null");
    }

    @Test
    void divide_minValueByMinusOneOverflowsInEveryMode() {
        for (RoundingMode mode :
                new RoundingMode[] {RoundingMode.DOWN, RoundingMode.HALF_UP, RoundingMode.UNNECESSARY}) {
            assertThatThrownBy(() -> Rupiah.of(Long.MIN_VALUE).divide(-1, mode))
                    .as(mode.name())
                    .isInstanceOf(ArithmeticException.class);
        }
    }

    @Test
    void arithmetic_throwsRatherThanWraps() {
        Rupiah max = Rupiah.of(Long.MAX_VALUE);
        Rupiah min = Rupiah.of(Long.MIN_VALUE);
        assertThatThrownBy(() -> max.plus(Rupiah.of(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> min.minus(Rupiah.of(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> min.times(-1)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void plusAndMinus_rejectNull() {
        assertThatThrownBy(() -> Rupiah.ZERO.plus(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("other must not be null");
        assertThatThrownBy(() -> Rupiah.ZERO.minus(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("other must not be null");
    }

    @Test
    void isZeroAndIsNegative_tellTheSign() {
        assertThat(Rupiah.ZERO.isZero()).isTrue();
        assertThat(Rupiah.ZERO.isNegative()).isFalse();
        assertThat(Rupiah.of(1).isZero()).isFalse();
        assertThat(Rupiah.of(1).isNegative()).isFalse();
        assertThat(Rupiah.of(-1).isZero()).isFalse();
        assertThat(Rupiah.of(-1).isNegative()).isTrue();
    }

    @Test
    void compareTo_ordersByAmount() {
        assertThat(Rupiah.of(-1)).isLessThan(Rupiah.ZERO);
        assertThat(Rupiah.of(1_000)).isGreaterThan(Rupiah.of(999));
        assertThat(Rupiah.of(Long.MIN_VALUE)).isLessThan(Rupiah.of(Long.MAX_VALUE));
        assertThat(Rupiah.of(5).compareTo(Rupiah.of(5))).isZero();
    }

    @Test
    void equalsAndHashCode_followTheAmount() {
        EqualsVerifier.forClass(Rupiah.class).verify();
    }

    @Test
    void serialization_keepsTheAmount() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(Rupiah.of(-1_500));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(Rupiah.of(-1_500));
        }
    }

    @Test
    void plusIsCommutative() {
        qt().withFixedSeed(20240101L)
                .forAll(MODEST, MODEST)
                .checkAssert((a, b) -> assertThat(Rupiah.of(a).plus(Rupiah.of(b)))
                        .isEqualTo(Rupiah.of(b).plus(Rupiah.of(a))));
    }

    @Test
    void plusIsAssociative() {
        qt().withFixedSeed(20240102L)
                .forAll(MODEST, MODEST, MODEST)
                .checkAssert((a, b, c) -> assertThat(
                                Rupiah.of(a).plus(Rupiah.of(b)).plus(Rupiah.of(c)))
                        .isEqualTo(Rupiah.of(a).plus(Rupiah.of(b).plus(Rupiah.of(c)))));
    }

    @Test
    void minusUndoesPlus() {
        qt().withFixedSeed(20240103L)
                .forAll(MODEST, MODEST)
                .checkAssert(
                        (a, b) -> assertThat(Rupiah.of(a).plus(Rupiah.of(b)).minus(Rupiah.of(b)))
                                .isEqualTo(Rupiah.of(a)));
    }

    @Test
    void timesDistributesOverPlus() {
        Gen<Long> amounts = longs().between(-1_000_000_000_000L, 1_000_000_000_000L);
        Gen<Long> factors = longs().between(-100_000L, 100_000L);
        qt().withFixedSeed(20240104L)
                .forAll(amounts, amounts, factors)
                .checkAssert((a, b, k) -> assertThat(
                                Rupiah.of(a).plus(Rupiah.of(b)).times(k))
                        .isEqualTo(Rupiah.of(a).times(k).plus(Rupiah.of(b).times(k))));
    }

    @Test
    void quarterTimesFourNeverExceedsAmountAndFallsShortByLessThanFour() {
        qt().withFixedSeed(20240105L).forAll(longs().between(0, Long.MAX_VALUE)).checkAssert(a -> {
            Rupiah amount = Rupiah.of(a);
            Rupiah fourQuarters = amount.divide(4, RoundingMode.DOWN).times(4);
            assertThat(fourQuarters).isLessThanOrEqualTo(amount);
            assertThat(amount.minus(fourQuarters).amount()).isBetween(0L, 3L);
        });
    }

    @Test
    void halfUpIsWithinHalfOfTheExactQuotient() {
        qt().withFixedSeed(20240106L).forAll(MODEST, longs().between(1, 1_000)).checkAssert((a, d) -> {
            long q = Rupiah.of(a).divide(d, RoundingMode.HALF_UP).amount();
            // |a - q*d| <= d/2, in integers: 2*|a - q*d| <= d
            assertThat(2 * Math.abs(a - q * d)).isLessThanOrEqualTo(d);
        });
    }

    @Test
    void parseReadsFormatBack() {
        qt().withFixedSeed(20240107L)
                .forAll(longs().all())
                .checkAssert(
                        a -> assertThat(Rupiah.parse(Rupiah.of(a).format())).isEqualTo(Rupiah.of(a)));
    }

    @Test
    void parseReadsToStringBack() {
        qt().withFixedSeed(20240108L)
                .forAll(longs().all())
                .checkAssert(
                        a -> assertThat(Rupiah.parse(Rupiah.of(a).toString())).isEqualTo(Rupiah.of(a)));
    }

    @Test
    void parseReadsBackTheExtremes() {
        for (long a : new long[] {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, Long.MAX_VALUE}) {
            Rupiah r = Rupiah.of(a);
            assertThat(Rupiah.parse(r.format())).as(r.format()).isEqualTo(r);
            assertThat(Rupiah.parse(r.toString())).as(r.toString()).isEqualTo(r);
        }
    }
}
