package id.bansos.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import id.bansos.model.Sex;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

class NikTest {
    /** A woman born 1 January 1990: day 01 + 40 = 41, month 01, year 90; district 52.08.01, serial 1. */
    private static final String WOMAN_1990 = "5208014101900001";

    /** A man born 17 August 1945: day 17, month 08, year 45; district 32.73.01, serial 123. */
    private static final String MAN_1945 = "3273011708450123";

    @Test
    void parse_readsWomanBornFirstJanuary1990() {
        Nik nik = Nik.parse(WOMAN_1990);

        assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
        assertThat(nik.birthDay()).isEqualTo(1);
        assertThat(nik.birthMonth()).isEqualTo(1);
        assertThat(nik.birthYearTwoDigits()).isEqualTo(90);
        assertThat(nik.serial()).isEqualTo(1);
        assertThat(nik.regionPrefix()).isEqualTo("520801");
        assertThat(nik.value()).isEqualTo(WOMAN_1990);
    }

    @Test
    void parse_readsManBornSeventeenthAugust1945() {
        Nik nik = Nik.parse(MAN_1945);

        assertThat(nik.sex()).isEqualTo(Sex.MALE);
        assertThat(nik.birthDay()).isEqualTo(17);
        assertThat(nik.birthMonth()).isEqualTo(8);
        assertThat(nik.birthYearTwoDigits()).isEqualTo(45);
        assertThat(nik.serial()).isEqualTo(123);
        assertThat(nik.regionPrefix()).isEqualTo("327301");
    }

    static Stream<Arguments> boundaries() {
        return Stream.of(
                // text, sex, day, month, yy, serial
                Arguments.of("1101010101000001", Sex.MALE, 1, 1, 0, 1),
                Arguments.of("5208013112000001", Sex.MALE, 31, 12, 0, 1),
                Arguments.of("5208014112000001", Sex.FEMALE, 1, 12, 0, 1),
                Arguments.of("9999997112999999", Sex.FEMALE, 31, 12, 99, 9999));
    }

    @ParameterizedTest
    @MethodSource("boundaries")
    void parse_acceptsBoundaryValues(String text, Sex sex, int day, int month, int yy, int serial) {
        Nik nik = Nik.parse(text);

        assertThat(nik.sex()).isEqualTo(sex);
        assertThat(nik.birthDay()).isEqualTo(day);
        assertThat(nik.birthMonth()).isEqualTo(month);
        assertThat(nik.birthYearTwoDigits()).isEqualTo(yy);
        assertThat(nik.serial()).isEqualTo(serial);
        assertThat(nik.value()).isEqualTo(text);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("", "NIK must have 16 digits, got 0"),
                Arguments.of("520801410190000", "NIK must have 16 digits, got 15"),
                Arguments.of("52080141019000012", "NIK must have 16 digits, got 17"),
                Arguments.of("520801410190000A", "NIK must contain only digits"),
                Arguments.of("5208 14101900001", "NIK must contain only digits"),
                Arguments.of("-208014101900001", "NIK must contain only digits"),
                // ARABIC-INDIC DIGIT ONE: a digit to Character.isDigit, but not ASCII
                Arguments.of("520801410190000\u0661", "NIK must contain only digits"),
                Arguments.of("0008014101900001", "NIK province code must be 11-99, got 00"),
                Arguments.of("1008014101900001", "NIK province code must be 11-99, got 10"),
                Arguments.of("5200014101900001", "NIK regency/city code must not be 00"),
                Arguments.of("5208004101900001", "NIK district code must not be 00"),
                Arguments.of("5208010001900001", "NIK day of birth must be 01-31 (men) or 41-71 (women), got 00"),
                Arguments.of("5208013201900001", "NIK day of birth must be 01-31 (men) or 41-71 (women), got 32"),
                Arguments.of("5208014001900001", "NIK day of birth must be 01-31 (men) or 41-71 (women), got 40"),
                Arguments.of("5208017201900001", "NIK day of birth must be 01-31 (men) or 41-71 (women), got 72"),
                Arguments.of("5208019901900001", "NIK day of birth must be 01-31 (men) or 41-71 (women), got 99"),
                Arguments.of("5208014100900001", "NIK month of birth must be 01-12, got 00"),
                Arguments.of("5208014113900001", "NIK month of birth must be 01-12, got 13"),
                Arguments.of("5208014101900000", "NIK serial must not be 0000"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void parse_rejectsWithMessageNamingTheRule(String text, String message) {
        assertThatThrownBy(() -> Nik.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void parse_messageNeverContainsSixConsecutiveCharactersOfTheInput(String text, String message) {
        assertThatThrownBy(() -> Nik.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> {
                    for (int i = 0; i + 6 <= text.length(); i++) {
                        assertThat(e.getMessage()).doesNotContain(text.substring(i, i + 6));
                    }
                });
    }

    @Test
    void parse_rejectsNull() {
        assertThatThrownBy(() -> Nik.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text must not be null");
    }

    @Test
    void parse_acceptsAnyCharSequence() {
        assertThat(Nik.parse(CharBuffer.wrap(WOMAN_1990))).isEqualTo(Nik.parse(WOMAN_1990));
    }

    @Test
    void parse_acceptsThirtyFirstFebruaryBecauseDayIsNotCheckedAgainstMonth() {
        assertThat(Nik.parse("5208013102900001").birthDay()).isEqualTo(31);
    }

    @Test
    void masked_keepsRegionPrefixAndSerial() {
        assertThat(Nik.parse(WOMAN_1990).masked()).isEqualTo("520801******0001");
        assertThat(Nik.parse(MAN_1945).masked()).isEqualTo("327301******0123");
    }

    @Test
    void toString_isMaskedAndNeverTheFullValue() {
        Nik nik = Nik.parse(WOMAN_1990);

        assertThat(nik.toString()).isEqualTo("520801******0001").doesNotContain(WOMAN_1990);
    }

    static Stream<Arguments> agreement() {
        return Stream.of(
                Arguments.of(WOMAN_1990, LocalDate.of(1990, 1, 1), Sex.FEMALE, true),
                Arguments.of(WOMAN_1990, LocalDate.of(1890, 1, 1), Sex.FEMALE, true),
                Arguments.of(WOMAN_1990, LocalDate.of(1990, 1, 1), Sex.MALE, false),
                Arguments.of(WOMAN_1990, LocalDate.of(1990, 1, 2), Sex.FEMALE, false),
                Arguments.of(WOMAN_1990, LocalDate.of(1990, 2, 1), Sex.FEMALE, false),
                Arguments.of(WOMAN_1990, LocalDate.of(1991, 1, 1), Sex.FEMALE, false),
                Arguments.of(MAN_1945, LocalDate.of(1945, 8, 17), Sex.MALE, true),
                Arguments.of(MAN_1945, LocalDate.of(1945, 8, 17), Sex.FEMALE, false),
                // 17 + 40: a woman's day digits must not be read as the man's day
                Arguments.of("3273015708450123", LocalDate.of(1945, 8, 17), Sex.FEMALE, true),
                Arguments.of("3273015708450123", LocalDate.of(1945, 8, 17), Sex.MALE, false));
    }

    @ParameterizedTest
    @MethodSource("agreement")
    void agreesWith_matchesDayMonthTwoDigitYearAndSex(String text, LocalDate birthDate, Sex sex, boolean agrees) {
        assertThat(Nik.parse(text).agreesWith(birthDate, sex)).isEqualTo(agrees);
    }

    @Test
    void agreesWith_rejectsNullArguments() {
        Nik nik = Nik.parse(WOMAN_1990);

        assertThatThrownBy(() -> nik.agreesWith(null, Sex.FEMALE))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("birthDate must not be null");
        assertThatThrownBy(() -> nik.agreesWith(LocalDate.of(1990, 1, 1), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("sex must not be null");
    }

    static Stream<Arguments> birthDates() {
        return Stream.of(
                Arguments.of(WOMAN_1990, LocalDate.of(2024, 6, 30), LocalDate.of(1990, 1, 1)),
                Arguments.of(WOMAN_1990, LocalDate.of(1990, 1, 1), LocalDate.of(1990, 1, 1)),
                Arguments.of(WOMAN_1990, LocalDate.of(1989, 12, 31), LocalDate.of(1890, 1, 1)),
                Arguments.of(WOMAN_1990, LocalDate.of(2089, 12, 31), LocalDate.of(1990, 1, 1)),
                Arguments.of(WOMAN_1990, LocalDate.of(2090, 1, 1), LocalDate.of(2090, 1, 1)),
                Arguments.of(MAN_1945, LocalDate.of(2045, 8, 16), LocalDate.of(1945, 8, 17)),
                Arguments.of(MAN_1945, LocalDate.of(2045, 8, 17), LocalDate.of(2045, 8, 17)),
                Arguments.of(MAN_1945, LocalDate.of(2045, 7, 31), LocalDate.of(1945, 8, 17)),
                Arguments.of(MAN_1945, LocalDate.of(2045, 9, 1), LocalDate.of(2045, 8, 17)),
                // 29 February (69 = 29 + 40) in leap years 2000 and 1924
                Arguments.of("5208012902000001", LocalDate.of(2024, 6, 30), LocalDate.of(2000, 2, 29)),
                Arguments.of("5208016902240001", LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29)),
                Arguments.of("5208016902240001", LocalDate.of(2024, 2, 28), LocalDate.of(1924, 2, 29)),
                // floorMod(-999_999_999, 100) = 1, so the earliest LocalDate ends in 01
                Arguments.of("5208010101010001", LocalDate.MIN, LocalDate.MIN));
    }

    @ParameterizedTest
    @MethodSource("birthDates")
    void birthDate_choosesLatestCenturyNotAfterReference(String text, LocalDate reference, LocalDate expected) {
        assertThat(Nik.parse(text).birthDate(reference)).contains(expected);
    }

    static Stream<Arguments> noBirthDate() {
        return Stream.of(
                // 31 February
                Arguments.of("5208013102900001", LocalDate.of(2024, 1, 1)),
                // 31 April
                Arguments.of("5208013104900001", LocalDate.of(2024, 1, 1)),
                // 29 February 2001: no year ending in 01 is a leap year
                Arguments.of("5208012902010001", LocalDate.of(2024, 6, 30)),
                // 2000-02-29 is after the reference and 1900 is not a leap year; 1600 is not offered
                Arguments.of("5208012902000001", LocalDate.of(2000, 2, 28)),
                // the century would be before the earliest LocalDate
                Arguments.of(WOMAN_1990, LocalDate.MIN));
    }

    @ParameterizedTest
    @MethodSource("noBirthDate")
    void birthDate_isEmptyWhenTheDayDoesNotExistInTheChosenYear(String text, LocalDate reference) {
        assertThat(Nik.parse(text).birthDate(reference)).isEmpty();
    }

    @Test
    void birthDate_rejectsNullReference() {
        assertThatThrownBy(() -> Nik.parse(WOMAN_1990).birthDate(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("reference must not be null");
    }

    @Test
    void equalsAndHashCode_followTheDigits() {
        EqualsVerifier.forClass(Nik.class).verify();
        assertThat(Nik.parse(WOMAN_1990)).isEqualTo(Nik.parse(WOMAN_1990)).isNotEqualTo(Nik.parse(MAN_1945));
    }

    @Test
    void compareTo_ordersByDigits() {
        assertThat(Nik.parse("1101010101000001")).isLessThan(Nik.parse(MAN_1945));
        assertThat(Nik.parse(MAN_1945)).isLessThan(Nik.parse(WOMAN_1990));
        assertThat(Nik.parse(WOMAN_1990)).isEqualByComparingTo(Nik.parse(WOMAN_1990));
    }

    @Test
    void serialization_roundTrips() throws Exception {
        Nik nik = Nik.parse(WOMAN_1990);

        assertThat(deserialize(serialize(nik))).isEqualTo(nik);
    }

    @Test
    void serialization_rejectsForgedInvalidValue() throws Exception {
        // day 32 does not parse
        byte[] forged = replaceLong(serialize(Nik.parse(WOMAN_1990)), 5208014101900001L, 5208013201900001L);

        assertThatThrownBy(() -> deserialize(forged))
                .isInstanceOf(InvalidObjectException.class)
                .hasMessage("NIK in stream is not valid");
    }

    // ---- properties ----

    /** A valid NIK built from its parts, independently of the code under test. */
    record Generated(String digits, LocalDate birthDate, Sex sex, int serial) {}

    private static Gen<Generated> validNiks() {
        Gen<String> region = integers()
                .between(11, 99)
                .zip(
                        integers().between(1, 99),
                        integers().between(1, 99),
                        (p, k, c) -> String.format(Locale.ROOT, "%02d%02d%02d", p, k, c));
        Gen<LocalDate> birthDate = integers()
                .between((int) LocalDate.of(1900, 1, 1).toEpochDay(), (int)
                        LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        return region.zip(
                birthDate, arbitrary().enumValues(Sex.class), integers().between(1, 9999), (r, d, s, n) -> {
                    int day = d.getDayOfMonth() + (s == Sex.FEMALE ? 40 : 0);
                    String digits = r
                            + String.format(
                                    Locale.ROOT, "%02d%02d%02d%04d", day, d.getMonthValue(), d.getYear() % 100, n);
                    return new Generated(digits, d, s, n);
                });
    }

    @Test
    void parseThenValueIsIdentity() {
        qt().withFixedSeed(20240601L)
                .forAll(validNiks())
                .checkAssert(g -> assertThat(Nik.parse(g.digits()).value()).isEqualTo(g.digits()));
    }

    @Test
    void asLong_isTheDigitsAsANumber() {
        assertThat(Nik.parse(WOMAN_1990).asLong()).isEqualTo(5_208_014_101_900_001L);
        assertThat(Nik.parse(MAN_1945).asLong()).isEqualTo(3_273_011_708_450_123L);
    }

    @Test
    void asLongOrdersAsCompareToDoes() {
        qt().withFixedSeed(20240602L).forAll(validNiks(), validNiks()).checkAssert((a, b) -> {
            Nik x = Nik.parse(a.digits());
            Nik y = Nik.parse(b.digits());
            assertThat(Long.signum(Long.compare(x.asLong(), y.asLong()))).isEqualTo(Integer.signum(x.compareTo(y)));
            assertThat(Long.toString(x.asLong())).isEqualTo(a.digits());
        });
    }

    @Test
    void agreesWithTheBirthDateAndSexItWasMadeFrom() {
        qt().withFixedSeed(20240602L).forAll(validNiks()).checkAssert(g -> {
            Nik nik = Nik.parse(g.digits());
            assertThat(nik.agreesWith(g.birthDate(), g.sex())).isTrue();
            assertThat(nik.sex()).isEqualTo(g.sex());
            assertThat(nik.serial()).isEqualTo(g.serial());
        });
    }

    @Test
    void birthDateIsRecoveredFromAnyReferenceWithinACentury() {
        // 100 years hold at least 36524 days, so birth + 36523 days is before the next candidate
        qt().withFixedSeed(20240603L)
                .forAll(validNiks(), integers().between(0, 36_523))
                .checkAssert((g, days) -> assertThat(
                                Nik.parse(g.digits()).birthDate(g.birthDate().plusDays(days)))
                        .isEqualTo(Optional.of(g.birthDate())));
    }

    @Test
    void maskedNeverEqualsValueAndToStringNeverContainsIt() {
        qt().withFixedSeed(20240604L).forAll(validNiks()).checkAssert(g -> {
            Nik nik = Nik.parse(g.digits());
            assertThat(nik.masked()).isNotEqualTo(nik.value());
            assertThat(nik.masked())
                    .startsWith(g.digits().substring(0, 6))
                    .endsWith(g.digits().substring(12));
            assertThat(nik.toString()).doesNotContain(g.digits());
        });
    }

    @Test
    void compareToAgreesWithTextOrderOfDigits() {
        qt().withFixedSeed(20240605L)
                .forAll(validNiks(), validNiks())
                .checkAssert((a, b) -> assertThat(
                                Integer.signum(Nik.parse(a.digits()).compareTo(Nik.parse(b.digits()))))
                        .isEqualTo(Integer.signum(a.digits().compareTo(b.digits()))));
    }

    // ---- helpers ----

    static byte[] serialize(Object object) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    static Object deserialize(byte[] stream) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stream))) {
            return in.readObject();
        }
    }

    /** Replaces the one big-endian occurrence of {@code from} in a serialized stream by {@code to}. */
    static byte[] replaceLong(byte[] stream, long from, long to) {
        byte[] pattern = ByteBuffer.allocate(Long.BYTES).putLong(from).array();
        int found = -1;
        for (int i = 0; i + pattern.length <= stream.length; i++) {
            boolean match = true;
            for (int j = 0; match && j < pattern.length; j++) {
                match = stream[i + j] == pattern[j];
            }
            if (match) {
                assertThat(found).as("one occurrence of the value").isEqualTo(-1);
                found = i;
            }
        }
        assertThat(found).as("occurrence of the value").isNotNegative();
        byte[] forged = stream.clone();
        ByteBuffer.wrap(forged).putLong(found, to);
        return forged;
    }
}
