package id.bansos.model.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.localDates;

import id.bansos.model.decision.ReasonCode;
import java.time.LocalDate;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EnrollmentTest {
    private static final LocalDate SINCE = LocalDate.of(2018, 2, 1);

    private static Enrollment.Builder active() {
        return Enrollment.builder()
                .householdId("KEL-001")
                .program(Program.PKH)
                .since(SINCE)
                .status(EnrollmentStatus.ACTIVE);
    }

    @Test
    void builder_keepsEveryAttribute() {
        Enrollment e = active().status(EnrollmentStatus.GRADUATED)
                .exitReason(ReasonCode.GRAD_MANDIRI)
                .exitDate(LocalDate.of(2024, 7, 15))
                .build();

        assertThat(e.householdId()).isEqualTo("KEL-001");
        assertThat(e.program()).isEqualTo(Program.PKH);
        assertThat(e.since()).isEqualTo(SINCE);
        assertThat(e.status()).isEqualTo(EnrollmentStatus.GRADUATED);
        assertThat(e.exitReason()).contains(ReasonCode.GRAD_MANDIRI);
        assertThat(e.exitDate()).contains(LocalDate.of(2024, 7, 15));
    }

    @Test
    void activeEnrollment_hasNoExit() {
        Enrollment e = active().build();

        assertThat(e.exitReason()).isEmpty();
        assertThat(e.exitDate()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = EnrollmentStatus.class,
            names = {"ACTIVE", "SUSPENDED"})
    void build_rejectsExitReasonWhileEnrolled(EnrollmentStatus status) {
        assertThatThrownBy(() ->
                        active().status(status).exitReason(ReasonCode.PINDAH).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exit_reason must be absent when status is " + status + ", got PINDAH");
    }

    @ParameterizedTest
    @EnumSource(
            value = EnrollmentStatus.class,
            names = {"ACTIVE", "SUSPENDED"})
    void build_rejectsExitDateWhileEnrolled(EnrollmentStatus status) {
        assertThatThrownBy(() -> active().status(status)
                        .exitDate(LocalDate.of(2020, 1, 1))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exit_date must be absent when status is " + status + ", got 2020-01-01");
    }

    @ParameterizedTest
    @EnumSource(
            value = EnrollmentStatus.class,
            names = {"GRADUATED", "TERMINATED"})
    void build_requiresExitReasonOnExit(EnrollmentStatus status) {
        assertThatThrownBy(() -> active().status(status)
                        .exitDate(LocalDate.of(2020, 1, 1))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exit_reason must be present when status is " + status);
    }

    @ParameterizedTest
    @EnumSource(
            value = EnrollmentStatus.class,
            names = {"GRADUATED", "TERMINATED"})
    void build_requiresExitDateOnExit(EnrollmentStatus status) {
        assertThatThrownBy(() -> active().status(status)
                        .exitReason(ReasonCode.TIDAK_DITEMUKAN)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exit_date must be present when status is " + status);
    }

    @Test
    void build_rejectsExitBeforeSince() {
        assertThatThrownBy(() -> active().status(EnrollmentStatus.TERMINATED)
                        .exitReason(ReasonCode.PENYALAHGUNAAN)
                        .exitDate(LocalDate.of(2018, 1, 31))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exit_date must not be before since 2018-02-01, got 2018-01-31");
    }

    @Test
    void build_acceptsExitOnTheFirstDay() {
        Enrollment e = active().status(EnrollmentStatus.TERMINATED)
                .exitReason(ReasonCode.NIK_TIDAK_PADAN)
                .exitDate(SINCE)
                .build();

        assertThat(e.exitDate()).contains(SINCE);
    }

    @Test
    void build_acceptsADistrictsOwnExitReason() {
        Enrollment e = active().status(EnrollmentStatus.TERMINATED)
                .exitReason(ReasonCode.of("TIDAK_HADIR_P2K2"))
                .exitDate(LocalDate.of(2021, 3, 1))
                .build();

        assertThat(e.exitReason()).contains(ReasonCode.of("TIDAK_HADIR_P2K2"));
    }

    @ParameterizedTest
    @CsvSource({"''", "' '", "'\t'"})
    void build_rejectsBlankHouseholdId(String id) {
        assertThatThrownBy(() -> active().householdId(id).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("household_id must not be blank");
    }

    @Test
    void build_namesTheMissingAttributes() {
        assertThatThrownBy(() -> Enrollment.builder().householdId("KEL-001").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "Cannot build Enrollment, some of required attributes are not set [program, since, status]");
    }

    @Test
    void builder_rejectsNulls() {
        assertThatThrownBy(() -> Enrollment.builder().householdId(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("householdId");
        assertThatThrownBy(() -> Enrollment.builder().program(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("program");
        assertThatThrownBy(() -> Enrollment.builder().since(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("since");
        assertThatThrownBy(() -> Enrollment.builder().status(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("status");
        assertThatThrownBy(() -> Enrollment.builder().exitReason((ReasonCode) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("exitReason");
    }

    @ParameterizedTest
    @CsvSource({
        "2018-02-01, 0",
        "2019-01-31, 0",
        "2019-02-01, 1",
        "2024-01-31, 5",
        "2024-02-01, 6",
    })
    void fullYearsEnrolledOn_countsWholeYears(LocalDate date, int years) {
        assertThat(active().build().fullYearsEnrolledOn(date)).isEqualTo(years);
    }

    @ParameterizedTest
    @CsvSource({
        // Enrolled on a 29 February: the anniversary in a common year is 1 March, as Period counts.
        "2021-02-28, 0",
        "2021-03-01, 1",
        "2024-02-28, 3",
        "2024-02-29, 4",
    })
    void fullYearsEnrolledOn_countsFrom29FebruaryAsPeriodDoes(LocalDate date, int years) {
        Enrollment e = active().since(LocalDate.of(2020, 2, 29)).build();

        assertThat(e.fullYearsEnrolledOn(date)).isEqualTo(years);
    }

    @Test
    void fullYearsEnrolledOn_keepsCountingAfterExit() {
        Enrollment e = active().status(EnrollmentStatus.GRADUATED)
                .exitReason(ReasonCode.GRAD_SEJAHTERA)
                .exitDate(LocalDate.of(2020, 6, 1))
                .build();

        assertThat(e.fullYearsEnrolledOn(LocalDate.of(2025, 2, 1))).isEqualTo(7);
    }

    @Test
    void fullYearsEnrolledOn_rejectsADateBeforeSince() {
        assertThatThrownBy(() -> active().build().fullYearsEnrolledOn(LocalDate.of(2018, 1, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("date must not be before since 2018-02-01, got 2018-01-31");
    }

    @Test
    void fullYearsEnrolledOn_rejectsNull() {
        assertThatThrownBy(() -> active().build().fullYearsEnrolledOn(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("date must not be null");
    }

    @Test
    void fullYearsEnrolledOnTheNthAnniversaryIsN() {
        // A 29 February start has no anniversary in common years: the table above covers it.
        qt().withFixedSeed(20180201L)
                .forAll(
                        localDates()
                                .withDaysBetween(0, 40_000)
                                .assuming(d -> d.getMonthValue() != 2 || d.getDayOfMonth() != 29),
                        integers().between(0, 60))
                .checkAssert((since, n) -> {
                    Enrollment e = active().since(since).build();
                    assertThat(e.fullYearsEnrolledOn(since.plusYears(n))).isEqualTo(n);
                    if (n > 0) {
                        assertThat(e.fullYearsEnrolledOn(since.plusYears(n).minusDays(1)))
                                .isEqualTo(n - 1);
                    }
                });
    }

    @Test
    void fullYearsEnrolledNeverDecreaseAsTheDateAdvances() {
        qt().withFixedSeed(20180202L)
                .forAll(
                        localDates().withDaysBetween(0, 40_000),
                        integers().between(0, 20_000),
                        integers().between(0, 400))
                .checkAssert((since, days, more) -> {
                    Enrollment e = active().since(since).build();
                    LocalDate date = since.plusDays(days);
                    assertThat(e.fullYearsEnrolledOn(date.plusDays(more)))
                            .isGreaterThanOrEqualTo(e.fullYearsEnrolledOn(date));
                });
    }

    @Test
    void equalsAndHashCode_honourTheContract() {
        EqualsVerifier.forClass(ImmutableEnrollment.class)
                // The builder rejects nulls, so only the Optional attributes' fields are ever null.
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }

    @ParameterizedTest
    @CsvSource({"2018-01-31, false", "2018-02-01, true", "2024-07-15, true", "2024-07-16, false"})
    void isActiveOn_fromSinceToTheExitDateInclusive(LocalDate day, boolean expected) {
        Enrollment graduated = active().status(EnrollmentStatus.GRADUATED)
                .exitReason(ReasonCode.GRAD_MANDIRI)
                .exitDate(LocalDate.of(2024, 7, 15))
                .build();

        assertThat(graduated.isActiveOn(day)).isEqualTo(expected);
    }

    @Test
    void isActiveOn_anEnrolmentThatHasNotEndedStaysActive() {
        Enrollment suspended = active().status(EnrollmentStatus.SUSPENDED).build();

        assertThat(suspended.isActiveOn(LocalDate.of(2099, 12, 31))).isTrue();
        assertThat(suspended.isActiveOn(SINCE.minusDays(1))).isFalse();
    }

    @Test
    void region_isKeptWhenGiven() {
        assertThat(active().region(id.bansos.model.id.RegionCode.parse("52.08.01.2001"))
                        .build()
                        .region())
                .map(Object::toString)
                .contains("52.08.01.2001");
        assertThat(active().build().region()).isEmpty();
    }
}
