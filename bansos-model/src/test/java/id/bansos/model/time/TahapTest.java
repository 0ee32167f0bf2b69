package id.bansos.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.localDates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

class TahapTest {
    private static final Gen<Tahap> TAHAP =
            integers().between(1, 9999).zip(integers().between(1, 4), Tahap::of);

    @Test
    void of_keepsYearAndStage() {
        Tahap t = Tahap.of(2024, 3);
        assertThat(t.year()).isEqualTo(2024);
        assertThat(t.stage()).isEqualTo(3);
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of(2024, 5, "stage must be between 1 and 4, got 5"),
                Arguments.of(2024, 0, "stage must be between 1 and 4, got 0"),
                Arguments.of(2024, -1, "stage must be between 1 and 4, got -1"),
                Arguments.of(0, 1, "year must be between 1 and 9999, got 0"),
                Arguments.of(10_000, 1, "year must be between 1 and 9999, got 10000"));
    }

    @ParameterizedTest
    @MethodSource("outOfRange")
    void of_rejectsOutOfRange(int year, int stage, String message) {
        assertThatThrownBy(() -> Tahap.of(year, stage))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> containing() {
        return Stream.of(
                Arguments.of(LocalDate.of(2024, 1, 1), 1),
                Arguments.of(LocalDate.of(2024, 2, 29), 1),
                Arguments.of(LocalDate.of(2024, 3, 31), 1),
                Arguments.of(LocalDate.of(2024, 4, 1), 2),
                Arguments.of(LocalDate.of(2024, 5, 17), 2),
                Arguments.of(LocalDate.of(2024, 6, 30), 2),
                Arguments.of(LocalDate.of(2024, 7, 1), 3),
                Arguments.of(LocalDate.of(2024, 9, 30), 3),
                Arguments.of(LocalDate.of(2024, 10, 1), 4),
                Arguments.of(LocalDate.of(2024, 12, 31), 4));
    }

    @ParameterizedTest
    @MethodSource("containing")
    void containing_findsTheQuarterOfTheMonth(LocalDate date, int stage) {
        assertThat(Tahap.containing(date)).isEqualTo(Tahap.of(2024, stage));
    }

    @Test
    void containing_rejectsYearsOutOfRange() {
        assertThatThrownBy(() -> Tahap.containing(LocalDate.of(10_000, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be between 1 and 9999, got 10000");
        assertThatThrownBy(() -> Tahap.containing(LocalDate.of(0, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be between 1 and 9999, got 0");
    }

    static Stream<Arguments> bounds() {
        return Stream.of(
                Arguments.of(1, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31)),
                Arguments.of(2, LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 30)),
                Arguments.of(3, LocalDate.of(2023, 7, 1), LocalDate.of(2023, 9, 30)),
                Arguments.of(4, LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31)));
    }

    @ParameterizedTest
    @MethodSource("bounds")
    void firstDayAndLastDay_boundTheQuarter(int stage, LocalDate first, LocalDate last) {
        Tahap t = Tahap.of(2023, stage);
        assertThat(t.firstDay()).isEqualTo(first);
        assertThat(t.lastDay()).isEqualTo(last);
    }

    @Test
    void months_areTheThreeMonthsInOrder() {
        assertThat(Tahap.of(2024, 1).months())
                .containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2), YearMonth.of(2024, 3));
        assertThat(Tahap.of(2024, 4).months())
                .containsExactly(YearMonth.of(2024, 10), YearMonth.of(2024, 11), YearMonth.of(2024, 12));
    }

    @Test
    void contains_includesBothEndsAndNothingOutside() {
        Tahap t = Tahap.of(2024, 2);
        assertThat(t.contains(LocalDate.of(2024, 4, 1))).isTrue();
        assertThat(t.contains(LocalDate.of(2024, 6, 30))).isTrue();
        assertThat(t.contains(LocalDate.of(2024, 3, 31))).isFalse();
        assertThat(t.contains(LocalDate.of(2024, 7, 1))).isFalse();
        assertThat(t.contains(LocalDate.of(2023, 5, 1))).isFalse();
        assertThat(t.contains(LocalDate.of(2025, 5, 1))).isFalse();
    }

    @Test
    void nextAndPrevious_crossTheYear() {
        assertThat(Tahap.of(2024, 2).next()).isEqualTo(Tahap.of(2024, 3));
        assertThat(Tahap.of(2024, 4).next()).isEqualTo(Tahap.of(2025, 1));
        assertThat(Tahap.of(2024, 3).previous()).isEqualTo(Tahap.of(2024, 2));
        assertThat(Tahap.of(2025, 1).previous()).isEqualTo(Tahap.of(2024, 4));
    }

    @Test
    void nextAndPrevious_rejectLeavingTheYearRange() {
        assertThatThrownBy(() -> Tahap.of(9999, 4).next())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be between 1 and 9999, got 10000");
        assertThatThrownBy(() -> Tahap.of(1, 1).previous())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be between 1 and 9999, got 0");
    }

    @Test
    void isFirstOfYear_onlyForStageOne() {
        assertThat(Tahap.of(2024, 1).isFirstOfYear()).isTrue();
        assertThat(Tahap.of(2024, 2).isFirstOfYear()).isFalse();
        assertThat(Tahap.of(2024, 3).isFirstOfYear()).isFalse();
        assertThat(Tahap.of(2024, 4).isFirstOfYear()).isFalse();
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of(2024, 1, "2024-I"),
                Arguments.of(2024, 2, "2024-II"),
                Arguments.of(2024, 3, "2024-III"),
                Arguments.of(2024, 4, "2024-IV"),
                Arguments.of(1, 1, "0001-I"),
                Arguments.of(999, 4, "0999-IV"),
                Arguments.of(9999, 4, "9999-IV"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void toString_isYearHyphenRomanNumeral(int year, int stage, String text) {
        assertThat(Tahap.of(year, stage)).hasToString(text);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void parse_readsTheCanonicalForm(int year, int stage, String text) {
        assertThat(Tahap.parse(text)).isEqualTo(Tahap.of(year, stage));
    }

    static Stream<String> malformed() {
        return Stream.of(
                "2024",
                "2024-",
                "2024I",
                "2024-V",
                "2024-1",
                "2024-0",
                "2024-IIII",
                "2024-IIV",
                "2024-VI",
                "24-I",
                "02024-I",
                "-024-I");
    }

    static Stream<Arguments> textsNotShown() {
        return Stream.of(
                Arguments.of("", "an empty value"),
                Arguments.of("2024-i", "a value of 6 characters"),
                Arguments.of("2024-iv", "a value of 7 characters"),
                Arguments.of(" 2024-I", "a value of 7 characters"),
                Arguments.of("2024-I ", "a value of 7 characters"),
                Arguments.of("+024-I", "a value of 6 characters"),
                Arguments.of("2024\u2013I", "a value of 6 characters"),
                Arguments.of("2024 I", "a value of 6 characters"),
                Arguments.of("2O24-I", "a value of 6 characters"),
                Arguments.of("\u0662\u0660\u0662\u0664-I", "a value of 6 characters"),
                // A NIK and a name in the wrong field.
                Arguments.of("5208014101900001", "a value of 16 characters"),
                Arguments.of("SITI", "a value of 4 characters"));
    }

    @ParameterizedTest
    @MethodSource("textsNotShown")
    void parse_rejectsTextOfAnotherShapeGivingOnlyItsLength(String text, String shown) {
        assertThatThrownBy(() -> Tahap.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Tahap text is not of the form 2024-I, 2024-II, 2024-III or 2024-IV, got " + shown);
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void parse_rejectsMalformedText(String text) {
        assertThatThrownBy(() -> Tahap.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Tahap text is not of the form 2024-I, 2024-II, 2024-III or 2024-IV, got \"" + text + "\"");
    }

    @Test
    void parse_rejectsYearZero() {
        assertThatThrownBy(() -> Tahap.parse("0000-II"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be between 1 and 9999, got 0");
    }

    @Test
    void factories_rejectNull() {
        assertThatThrownBy(() -> Tahap.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text must not be null");
        assertThatThrownBy(() -> Tahap.containing(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("date must not be null");
        assertThatThrownBy(() -> Tahap.of(2024, 1).contains(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("date must not be null");
    }

    @Test
    void compareTo_ordersByYearThenStage() {
        List<Tahap> sorted = List.of(Tahap.of(2023, 4), Tahap.of(2024, 1), Tahap.of(2024, 2), Tahap.of(2025, 1));
        List<Tahap> shuffled = new ArrayList<>(List.of(sorted.get(2), sorted.get(0), sorted.get(3), sorted.get(1)));
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(sorted);
        assertThat(Tahap.of(2024, 2).compareTo(Tahap.of(2024, 2))).isZero();
    }

    @Test
    void equalsAndHashCode_followYearAndStage() {
        EqualsVerifier.forClass(Tahap.class).verify();
    }

    @Test
    void serialization_keepsTheValue() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(Tahap.of(2024, 3));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(Tahap.of(2024, 3));
        }
    }

    @Test
    void containingContainsTheDate() {
        qt().withFixedSeed(1L)
                .forAll(localDates()
                        .withDaysBetween(
                                LocalDate.of(1, 1, 1).toEpochDay(),
                                LocalDate.of(9999, 12, 31).toEpochDay()))
                .checkAssert(d -> {
                    Tahap t = Tahap.containing(d);
                    assertThat(t.contains(d)).isTrue();
                    assertThat(d).isBetween(t.firstDay(), t.lastDay());
                });
    }

    @Test
    void nextThenPreviousIsIdentity() {
        qt().withFixedSeed(2L)
                .forAll(TAHAP)
                .assuming(t -> !t.equals(Tahap.of(9999, 4)))
                .checkAssert(t -> assertThat(t.next().previous()).isEqualTo(t));
    }

    @Test
    void nextStartsTheDayAfterLastDay() {
        qt().withFixedSeed(3L)
                .forAll(TAHAP)
                .assuming(t -> !t.equals(Tahap.of(9999, 4)))
                .checkAssert(t -> {
                    assertThat(t.next().firstDay()).isEqualTo(t.lastDay().plusDays(1));
                    assertThat(t.next()).isGreaterThan(t);
                });
    }

    @Test
    void monthsRunFromFirstDayToLastDay() {
        qt().withFixedSeed(4L).forAll(TAHAP).checkAssert(t -> {
            List<YearMonth> months = t.months();
            assertThat(months).hasSize(3);
            assertThat(months.get(0).atDay(1)).isEqualTo(t.firstDay());
            assertThat(months.get(2).atEndOfMonth()).isEqualTo(t.lastDay());
            assertThat(months.get(1)).isEqualTo(months.get(0).plusMonths(1));
            assertThat(months.get(2)).isEqualTo(months.get(1).plusMonths(1));
        });
    }

    @Test
    void parseReadsToStringBack() {
        qt().withFixedSeed(5L)
                .forAll(TAHAP)
                .checkAssert(t -> assertThat(Tahap.parse(t.toString())).isEqualTo(t));
    }
}
