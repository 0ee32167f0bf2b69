package id.bansos.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.io.HouseholdRecord;
import id.bansos.io.Reject;
import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.Relationship;
import id.bansos.model.Sex;
import id.bansos.model.id.Nik;
import id.bansos.model.id.RegionCode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BornAfterTest {
    private static final LocalDate MARCH_2024 = LocalDate.of(2024, 3, 1);

    private static Person man(String nik, String birth, Relationship relationship) {
        return Person.builder()
                .nik(Nik.parse(nik))
                .sex(Sex.MALE)
                .birthDate(LocalDate.parse(birth))
                .relationship(relationship)
                .build();
    }

    // Head born 1980, a child born on the date itself, a child born the day after.
    private static final Household FAMILY = Household.builder()
            .id("KLU-7")
            .region(RegionCode.parse("52.08.01.2001"))
            .addMembers(
                    man("5208010101800001", "1980-01-01", Relationship.HEAD),
                    man("5208010103240002", "2024-03-01", Relationship.CHILD),
                    man("5208010203240003", "2024-03-02", Relationship.CHILD))
            .build();

    @Test
    void firstMember_isTheFirstBornAfterTheDate_notOnIt() {
        assertThat(BornAfter.firstMember(FAMILY, MARCH_2024)).isEqualTo(2);
        assertThat(BornAfter.firstMember(FAMILY, LocalDate.of(2024, 3, 2))).isEqualTo(-1);
        assertThat(BornAfter.firstMember(FAMILY, LocalDate.of(2024, 2, 29))).isEqualTo(1);
    }

    @Test
    void reject_namesSourceLineHouseholdFieldAndMember_butNoBirthDate() {
        Optional<Reject> reject = BornAfter.reject("roster.jsonl", new HouseholdRecord.Accepted(FAMILY, 7), MARCH_2024);

        assertThat(reject).isPresent();
        assertThat(reject.get().line()).isEqualTo(7);
        assertThat(reject.get().error())
                .isEqualTo("roster.jsonl:7: household KLU-7: birth_date: member 2 is born after the date of"
                        + " evaluation 2024-03-01")
                .doesNotContain("2024-03-02");
        assertThat(BornAfter.reject("roster.jsonl", new HouseholdRecord.Accepted(FAMILY, 7), LocalDate.of(2024, 3, 2)))
                .isEmpty();
    }

    @Test
    void nullArguments_areRefused() {
        assertThatThrownBy(() -> BornAfter.firstMember(null, MARCH_2024))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("household must not be null");
        assertThatThrownBy(() -> BornAfter.firstMember(FAMILY, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("asOf must not be null");
        assertThatThrownBy(() -> BornAfter.reject(null, new HouseholdRecord.Accepted(FAMILY, 7), MARCH_2024))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("sourceName must not be null");
    }
}
