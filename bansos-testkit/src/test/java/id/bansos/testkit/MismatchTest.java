package id.bansos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class MismatchTest {
    @Test
    void toString_isTheReportLine() {
        Mismatch m = Mismatch.of("H1", "annual_amount", "3900000", "3000000");
        assertThat(m.toString()).isEqualTo("annual_amount: expected 3900000, actual 3000000");
        assertThat(m.householdId()).isEqualTo("H1");
        assertThat(m.field()).isEqualTo("annual_amount");
        assertThat(m.expected()).isEqualTo("3900000");
        assertThat(m.actual()).isEqualTo("3000000");
    }

    @Test
    void of_rejectsNullAndBlank() {
        assertThatThrownBy(() -> Mismatch.of(null, "f", "e", "a")).hasMessage("householdId must not be null");
        assertThatThrownBy(() -> Mismatch.of("H", null, "e", "a")).hasMessage("field must not be null");
        assertThatThrownBy(() -> Mismatch.of("H", "f", null, "a")).hasMessage("expected must not be null");
        assertThatThrownBy(() -> Mismatch.of("H", "f", "e", null)).hasMessage("actual must not be null");
        assertThatThrownBy(() -> Mismatch.of(" ", "f", "e", "a")).hasMessage("householdId must not be blank");
        assertThatThrownBy(() -> Mismatch.of("H", "", "e", "a")).hasMessage("field must not be blank");
    }

    @Test
    void equalsAndHashCode() {
        EqualsVerifier.forClass(ImmutableMismatch.class)
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
