package id.bansos.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.id.KkNumber;
import id.bansos.model.id.Nik;
import id.bansos.model.id.RegionCode;
import id.bansos.model.money.Rupiah;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdTest {
    static final RegionCode VILLAGE = RegionCode.parse("52.08.01.2001");

    static Person head() {
        return PersonTest.woman().build();
    }

    static Person child() {
        return Person.builder()
                .nik(PersonTest.BOY_2018)
                .sex(Sex.MALE)
                .birthDate(LocalDate.of(2018, 3, 15))
                .relationship(Relationship.CHILD)
                .schoolLevel(SchoolLevel.SD)
                .build();
    }

    static Household.Builder household() {
        return Household.builder().id("KLU-0001").region(VILLAGE).addMembers(head(), child());
    }

    @Test
    void build_keepsMembersInOrder() {
        Household h = household()
                .desil(3)
                .monthlyIncome(Rupiah.of(1_500_000))
                .kkNumber(KkNumber.parse("5208010101200001"))
                .build();
        assertThat(h.members()).containsExactly(head(), child());
        assertThat(h.desil()).hasValue(3);
        assertThat(h.monthlyIncome()).contains(Rupiah.of(1_500_000));
    }

    @Test
    void build_rejectsDesilOutOfRange() {
        assertThatThrownBy(() -> household().desil(11).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("desil must be between 1 and 10, got 11");
        assertThatThrownBy(() -> household().desil(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("desil must be between 1 and 10, got 0");
    }

    @Test
    void build_rejectsNegativeIncome() {
        assertThatThrownBy(() -> household().monthlyIncome(Rupiah.of(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("monthly_income must not be negative, got -1");
    }

    @Test
    void build_rejectsRegionAboveVillage() {
        assertThatThrownBy(
                        () -> household().region(RegionCode.parse("52.08.01")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("region must be a village code PP.KK.CC.DDDD, got 52.08.01");
    }

    @Test
    void build_rejectsBlankId() {
        assertThatThrownBy(() -> household().id(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must not be blank");
    }

    @Test
    void build_rejectsNoMembers() {
        assertThatThrownBy(
                        () -> Household.builder().id("KLU-0001").region(VILLAGE).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("members must hold 1 to 100 persons, got 0");
    }

    @Test
    void build_acceptsHundredMembersAndRejectsHundredAndOne() {
        List<Person> many = new ArrayList<>();
        many.add(head());
        for (int i = 2; i <= 101; i++) {
            many.add(Person.builder()
                    .nik(Nik.parse(String.format(java.util.Locale.ROOT, "520801150318%04d", i)))
                    .sex(Sex.MALE)
                    .birthDate(LocalDate.of(2018, 3, 15))
                    .relationship(Relationship.CHILD)
                    .build());
        }
        assertThat(Household.builder()
                        .id("BIG")
                        .region(VILLAGE)
                        .members(many.subList(0, 100))
                        .build()
                        .members())
                .hasSize(100);
        assertThatThrownBy(() -> Household.builder()
                        .id("BIG")
                        .region(VILLAGE)
                        .members(many)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("members must hold 1 to 100 persons, got 101");
    }

    @Test
    void build_rejectsHouseholdWithoutHead() {
        assertThatThrownBy(() -> Household.builder()
                        .id("KLU-0001")
                        .region(VILLAGE)
                        .addMembers(child())
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("members must include a HEAD");
    }

    @Test
    void build_rejectsTwoLivingHeads() {
        Person secondHead =
                Person.builder().from(child()).relationship(Relationship.HEAD).build();
        assertThatThrownBy(() -> Household.builder()
                        .id("KLU-0001")
                        .region(VILLAGE)
                        .addMembers(head(), secondHead)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("members must include at most one living HEAD, got 2");
    }

    @Test
    void build_acceptsDeceasedOldHeadBesideNewHead() {
        Person oldHead = Person.builder()
                .from(child())
                .relationship(Relationship.HEAD)
                .deceased(true)
                .build();
        Household h = Household.builder()
                .id("KLU-0001")
                .region(VILLAGE)
                .addMembers(head(), oldHead)
                .build();
        assertThat(h.livingMembers()).containsExactly(head());
    }

    @Test
    void build_rejectsNikTwiceWithoutShowingIt() {
        assertThatThrownBy(() -> Household.builder()
                        .id("KLU-0001")
                        .region(VILLAGE)
                        .addMembers(head(), child(), child())
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("members must not repeat a NIK, but members 1 and 2 share one");
    }

    @Test
    void toString_neverShowsPersonalData() {
        Household h = household().kkNumber(KkNumber.parse("5208010101200001")).build();
        assertThat(h.toString())
                .contains("KLU-0001")
                .contains("520801******0001")
                .doesNotContain("5208014101900001")
                .doesNotContain("5208010101200001")
                .doesNotContain("Siti");
    }
}
