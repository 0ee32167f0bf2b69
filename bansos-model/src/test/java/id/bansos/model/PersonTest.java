package id.bansos.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.bansos.model.id.Nik;
import java.time.LocalDate;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class PersonTest {
    // Woman born 1 January 1990 in district 52.08.01: day 01 + 40 = 41.
    static final Nik WOMAN_1990 = Nik.parse("5208014101900001");
    // Man born 15 March 2018 in the same district.
    static final Nik BOY_2018 = Nik.parse("5208011503180002");

    static Person.Builder woman() {
        return Person.builder()
                .nik(WOMAN_1990)
                .name("Siti Aminah")
                .sex(Sex.FEMALE)
                .birthDate(LocalDate.of(1990, 1, 1))
                .relationship(Relationship.HEAD);
    }

    @Test
    void builder_defaultsFlagsToFalse() {
        Person p = woman().build();
        assertThat(p.pregnant()).isFalse();
        assertThat(p.postpartum()).isFalse();
        assertThat(p.severeDisability()).isFalse();
        assertThat(p.deceased()).isFalse();
        assertThat(p.schoolLevel()).isEmpty();
        assertThat(p.occupation()).isEmpty();
    }

    @Test
    void build_rejectsNikThatDisagreesWithSex() {
        assertThatThrownBy(() -> woman().sex(Sex.MALE).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nik does not agree with birth_date and sex");
    }

    @Test
    void build_rejectsNikThatDisagreesWithBirthDate() {
        assertThatThrownBy(() -> woman().birthDate(LocalDate.of(1990, 1, 2)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nik does not agree with birth_date and sex");
    }

    @Test
    void build_rejectsPregnantMan() {
        assertThatThrownBy(() -> Person.builder()
                        .nik(BOY_2018)
                        .sex(Sex.MALE)
                        .birthDate(LocalDate.of(2018, 3, 15))
                        .relationship(Relationship.CHILD)
                        .pregnant(true)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pregnant is only allowed for a FEMALE person");
    }

    @Test
    void build_rejectsPostpartumMan() {
        assertThatThrownBy(() -> Person.builder()
                        .nik(BOY_2018)
                        .sex(Sex.MALE)
                        .birthDate(LocalDate.of(2018, 3, 15))
                        .relationship(Relationship.CHILD)
                        .postpartum(true)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("postpartum is only allowed for a FEMALE person");
    }

    @Test
    void pregnancyOrder_isAbsentByDefaultAndKeptWhenPregnantOrPostpartum() {
        assertThat(woman().build().pregnancyOrder()).isEmpty();
        assertThat(woman().pregnant(true).pregnancyOrder(3).build().pregnancyOrder())
                .hasValue(3);
        assertThat(woman().postpartum(true).pregnancyOrder(1).build().pregnancyOrder())
                .hasValue(1);
        assertThat(woman().pregnant(true).pregnancyOrder(2).build().toString())
                .contains(", pregnant, pregnancyOrder=2");
    }

    @Test
    void build_rejectsPregnancyOrderBelowOne() {
        assertThatThrownBy(() -> woman().pregnant(true).pregnancyOrder(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pregnancy_order must be 1 or more, got 0");
    }

    @Test
    void build_rejectsPregnancyOrderWithoutPregnancyOrPostpartum() {
        assertThatThrownBy(() -> woman().pregnancyOrder(1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pregnancy_order is only allowed with pregnant or postpartum, got 1");
    }

    @Test
    void build_rejectsBlankName() {
        assertThatThrownBy(() -> woman().name("  ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank when present");
    }

    @Test
    void build_rejectsMissingNik() {
        assertThatThrownBy(() -> Person.builder()
                        .sex(Sex.FEMALE)
                        .birthDate(LocalDate.of(1990, 1, 1))
                        .relationship(Relationship.HEAD)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nik");
    }

    @Test
    void ageOn_countsWholeYearsAsPeriodDoes() {
        Person p = woman().build();
        assertThat(p.ageOn(LocalDate.of(1990, 1, 1))).isZero();
        assertThat(p.ageOn(LocalDate.of(2059, 12, 31))).isEqualTo(69);
        assertThat(p.ageOn(LocalDate.of(2060, 1, 1))).isEqualTo(70);
    }

    @Test
    void ageOn_leapDayBirthdayFallsOnFirstMarchInCommonYears() {
        // Born 29 February 1956 (man, day 29): 70 on 1 March 2026, still 69 on 28 February 2026.
        Person p = Person.builder()
                .nik(Nik.parse("5208012902560003"))
                .sex(Sex.MALE)
                .birthDate(LocalDate.of(1956, 2, 29))
                .relationship(Relationship.HEAD)
                .build();
        assertThat(p.ageOn(LocalDate.of(2026, 2, 28))).isEqualTo(69);
        assertThat(p.ageOn(LocalDate.of(2026, 3, 1))).isEqualTo(70);
        assertThat(p.ageOn(LocalDate.of(2028, 2, 29))).isEqualTo(72);
    }

    @Test
    void ageOn_rejectsDateBeforeBirth() {
        assertThatThrownBy(() -> woman().build().ageOn(LocalDate.of(1989, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("date must not be before birth_date, got 1989-12-31");
    }

    @Test
    void ageOn_rejectsNull() {
        assertThatThrownBy(() -> woman().build().ageOn(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("date must not be null");
    }

    @Test
    void toString_masksNikAndLeavesNameOut() {
        String s = woman().pregnant(true).build().toString();
        assertThat(s)
                .isEqualTo(
                        "Person{nik=520801******0001, sex=FEMALE, birthDate=1990-01-01, relationship=HEAD, pregnant}")
                .doesNotContain("5208014101900001")
                .doesNotContain("Siti");
    }

    @Test
    void ageNeverDecreasesWithTheDate() {
        Person p = woman().build();
        LocalDate birth = p.birthDate();
        qt().withFixedSeed(20261122L)
                .forAll(integers().between(0, 40_000), integers().between(0, 40_000))
                .checkAssert((a, b) -> {
                    LocalDate d1 = birth.plusDays(Math.min(a, b));
                    LocalDate d2 = birth.plusDays(Math.max(a, b));
                    assertThat(p.ageOn(d1)).isLessThanOrEqualTo(p.ageOn(d2));
                });
    }

    @Test
    void ageOn_agreesWithPeriodBetween_forAnyBirthAndDate() {
        // The JDK's Period is the oracle for the hand-written arithmetic, leap days included.
        LocalDate first = LocalDate.of(1900, 1, 1);
        qt().withFixedSeed(20261123L)
                .forAll(integers().between(0, 60_000), integers().between(0, 45_000))
                .checkAssert((born, lived) -> {
                    LocalDate birth = first.plusDays(born);
                    LocalDate date = birth.plusDays(lived);
                    Person p = Person.builder()
                            .nik(Nik.parse(String.format(
                                    java.util.Locale.ROOT,
                                    "520801%02d%02d%02d0001",
                                    birth.getDayOfMonth(),
                                    birth.getMonthValue(),
                                    birth.getYear() % 100)))
                            .sex(Sex.MALE)
                            .birthDate(birth)
                            .relationship(Relationship.HEAD)
                            .build();
                    assertThat(p.ageOn(date))
                            .isEqualTo(java.time.Period.between(birth, date).getYears());
                });
    }

    @Test
    void equalsContract() {
        EqualsVerifier.forClass(ImmutablePerson.class)
                .withNonnullFields("nik", "sex", "birthDate", "relationship")
                .verify();
    }
}
