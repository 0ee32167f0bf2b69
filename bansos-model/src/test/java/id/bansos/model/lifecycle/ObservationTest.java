package id.bansos.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.Household;
import id.bansos.model.Occupation;
import id.bansos.model.Person;
import id.bansos.model.Relationship;
import id.bansos.model.Sex;
import id.bansos.model.id.Nik;
import id.bansos.model.id.RegionCode;
import id.bansos.model.money.Rupiah;
import java.time.LocalDate;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObservationTest {
    private static Observation.Builder visit() {
        return Observation.builder().householdId("KEL-0001").observedOn(LocalDate.of(2024, 5, 20));
    }

    @Test
    void builder_keepsEveryAttribute() {
        Observation o = visit().monthlyIncome(Rupiah.of(4_500_000))
                .business(true)
                .assetValue(Rupiah.of(80_000_000))
                .signedStatement(true)
                .build();

        assertThat(o.householdId()).isEqualTo("KEL-0001");
        assertThat(o.observedOn()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(o.monthlyIncome()).contains(Rupiah.of(4_500_000));
        assertThat(o.business()).contains(true);
        assertThat(o.assetValue()).contains(Rupiah.of(80_000_000));
        assertThat(o.signedStatement()).isTrue();
    }

    @Test
    void signedStatement_isFalseByDefault() {
        assertThat(visit().business(false).build().signedStatement()).isFalse();
    }

    @Test
    void build_acceptsEachFindingOnItsOwn() {
        assertThat(visit().monthlyIncome(Rupiah.ZERO).build().monthlyIncome()).contains(Rupiah.ZERO);
        assertThat(visit().business(false).build().business()).contains(false);
        assertThat(visit().assetValue(Rupiah.ZERO).build().assetValue()).contains(Rupiah.ZERO);
        assertThat(visit().signedStatement(true).build().signedStatement()).isTrue();
    }

    @Test
    void build_rejectsAnObservationWithoutFindings() {
        assertThatThrownBy(() -> visit().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("observation must record at least one of monthly_income, business, asset_value,"
                        + " occupations, signed_statement");
        assertThatThrownBy(() -> visit().signedStatement(false).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void build_acceptsAnOccupationAsTheOnlyFinding() {
        Observation o = visit().addOccupations(ObservedOccupation.of(0, Occupation.PERANGKAT_DESA))
                .build();
        assertThat(o.occupations()).containsExactly(ObservedOccupation.of(0, Occupation.PERANGKAT_DESA));
        assertThat(o.signedStatement()).isFalse();
    }

    @Test
    void build_rejectsAMemberNamedTwice() {
        assertThatThrownBy(() -> visit().addOccupations(
                                ObservedOccupation.of(1, Occupation.ASN), ObservedOccupation.of(1, Occupation.LAINNYA))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("occupations must not name a member twice, got 1");
    }

    @Test
    void observedOccupation_rejectsAMemberIndexOutOfRange() {
        assertThatThrownBy(() -> ObservedOccupation.of(-1, Occupation.ASN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("member_index");
        assertThatThrownBy(() -> ObservedOccupation.of(100, Occupation.ASN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("member_index");
    }

    // Woman born 1 January 1990 in district 52.08.01 (day 01 + 40 = 41), and her son born 15 March 2018.
    private static Household family() {
        Person head = Person.builder()
                .nik(Nik.parse("5208014101900001"))
                .sex(Sex.FEMALE)
                .birthDate(LocalDate.of(1990, 1, 1))
                .relationship(Relationship.HEAD)
                .build();
        Person son = Person.builder()
                .nik(Nik.parse("5208011503180002"))
                .sex(Sex.MALE)
                .birthDate(LocalDate.of(2018, 3, 15))
                .relationship(Relationship.CHILD)
                .occupation(Occupation.LAINNYA)
                .build();
        return Household.builder()
                .id("KEL-0001")
                .region(RegionCode.parse("52.08.01.2001"))
                .addMembers(head, son)
                .build();
    }

    @Test
    void applyTo_putsTheFoundOccupationInPlaceOfTheRecordedOne() {
        Household found = visit().addOccupations(ObservedOccupation.of(0, Occupation.PERANGKAT_DESA))
                .build()
                .applyTo(family());

        assertThat(found.members().get(0).occupation()).contains(Occupation.PERANGKAT_DESA);
        // The other member and the rest of the record are as recorded.
        assertThat(found.members().get(1)).isEqualTo(family().members().get(1));
        assertThat(found.region()).isEqualTo(family().region());
    }

    @Test
    void applyTo_givesTheRecordBackWhenTheVisitFoundNoOccupation() {
        Household h = family();
        assertThat(visit().business(true).build().applyTo(h)).isSameAs(h);
    }

    @Test
    void applyTo_rejectsAMemberTheRecordDoesNotHave() {
        Observation o =
                visit().addOccupations(ObservedOccupation.of(2, Occupation.ASN)).build();
        assertThatThrownBy(() -> o.applyTo(family()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("occupations: member_index 2 is not a member of household KEL-0001, which has 2 members");
    }

    @Test
    void applyTo_rejectsAnotherHousehold() {
        Observation o = visit().householdId("KEL-0002").business(true).build();
        assertThatThrownBy(() -> o.applyTo(family())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void build_rejectsNegativeAmounts() {
        assertThatThrownBy(() -> visit().monthlyIncome(Rupiah.of(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("monthly_income must not be negative, got -1");
        assertThatThrownBy(() -> visit().assetValue(Rupiah.of(-5)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("asset_value must not be negative, got -5");
    }

    @ParameterizedTest
    @CsvSource({"''", "' '"})
    void build_rejectsBlankHouseholdId(String id) {
        assertThatThrownBy(() -> visit().householdId(id).business(true).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("household_id must not be blank");
    }

    @Test
    void build_namesTheMissingAttributes() {
        assertThatThrownBy(() -> Observation.builder().business(true).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build Observation, some of required attributes are not set"
                        + " [householdId, observedOn]");
    }

    @Test
    void builder_rejectsNulls() {
        assertThatThrownBy(() -> visit().observedOn(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("observedOn");
        assertThatThrownBy(() -> visit().monthlyIncome((Rupiah) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("monthlyIncome");
    }

    @Test
    void equalsAndHashCode_honourTheContract() {
        EqualsVerifier.forClass(ImmutableObservation.class)
                // The builder rejects nulls, so only the Optional attributes' fields are ever null.
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
