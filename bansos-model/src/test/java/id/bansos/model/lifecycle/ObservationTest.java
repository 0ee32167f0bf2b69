package id.bansos.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                        + " signed_statement");
        assertThatThrownBy(() -> visit().signedStatement(false).build()).isInstanceOf(IllegalArgumentException.class);
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
