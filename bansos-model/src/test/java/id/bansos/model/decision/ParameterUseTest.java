package id.bansos.model.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterUseTest {
    private static final LocalDate JAN_2020 = LocalDate.of(2020, 1, 1);

    @Test
    void of_keepsKeyValueAndDate() {
        ParameterUse use = ParameterUse.of("pkh.lanjut_usia.min_age", "70", JAN_2020);

        assertThat(use.key()).isEqualTo("pkh.lanjut_usia.min_age");
        assertThat(use.value()).isEqualTo("70");
        assertThat(use.effectiveFrom()).isEqualTo(JAN_2020);
    }

    @Test
    void of_acceptsNoneAsAValue() {
        assertThat(ParameterUse.of("pkh.target_desil_max", "none", LocalDate.of(2019, 1, 1))
                        .value())
                .isEqualTo("none");
    }

    @Test
    void of_rejectsNulls() {
        assertThatThrownBy(() -> ParameterUse.of(null, "70", JAN_2020))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("key must not be null");
        assertThatThrownBy(() -> ParameterUse.of("pkh.lanjut_usia.min_age", null, JAN_2020))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("value must not be null");
        assertThatThrownBy(() -> ParameterUse.of("pkh.lanjut_usia.min_age", "70", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("effectiveFrom must not be null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void of_rejectsBlankKey(String key) {
        assertThatThrownBy(() -> ParameterUse.of(key, "70", JAN_2020))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void of_rejectsBlankValue(String value) {
        assertThatThrownBy(() -> ParameterUse.of("pkh.max_component_persons", value, JAN_2020))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value must not be blank");
    }

    @Test
    void equals_comparesEveryAttribute() {
        ParameterUse use = ParameterUse.of("pkh.index.SD", "900000", LocalDate.of(2019, 1, 1));

        assertThat(use)
                .isEqualTo(ParameterUse.of("pkh.index.SD", "900000", LocalDate.of(2019, 1, 1)))
                .isNotEqualTo(ParameterUse.of("pkh.index.SMP", "900000", LocalDate.of(2019, 1, 1)))
                .isNotEqualTo(ParameterUse.of("pkh.index.SD", "1500000", LocalDate.of(2019, 1, 1)))
                .isNotEqualTo(ParameterUse.of("pkh.index.SD", "900000", JAN_2020));
    }

    @Test
    void equalsAndHashCode_honourTheContract() {
        EqualsVerifier.forClass(ImmutableParameterUse.class)
                // of() rejects nulls, so no field is ever null.
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
