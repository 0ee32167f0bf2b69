package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.money.Rupiah;
import java.math.BigDecimal;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class ParameterSpecTest {
    @Test
    void of_keepsKeyAndType() {
        ParameterSpec<Rupiah> spec = ParameterSpec.of("pkh.index.SD", Rupiah.class);
        assertThat(spec.key()).isEqualTo("pkh.index.SD");
        assertThat(spec.type()).isEqualTo(Rupiah.class);
        assertThat(spec).hasToString("pkh.index.SD: Rupiah");
    }

    @Test
    void of_acceptsTheFiveFileTypes() {
        assertThat(ParameterSpec.of("a.b", Integer.class).type()).isEqualTo(Integer.class);
        assertThat(ParameterSpec.of("a.b", Boolean.class).type()).isEqualTo(Boolean.class);
        assertThat(ParameterSpec.of("a.b", String.class).type()).isEqualTo(String.class);
        assertThat(ParameterSpec.of("a.b", BigDecimal.class).type()).isEqualTo(BigDecimal.class);
    }

    @Test
    void of_rejectsAnIllFormedKey() {
        assertThatThrownBy(() -> ParameterSpec.of("PKH.x", Integer.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key must match [a-z][a-z0-9_]*(\\.[A-Za-z0-9_]+)*, got \"PKH.x\"");
    }

    @Test
    void of_rejectsAnotherType() {
        assertThatThrownBy(() -> ParameterSpec.of("a.b", Long.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("type must be Rupiah, Integer, Boolean, String or BigDecimal, got java.lang.Long");
    }

    @Test
    void of_rejectsNulls() {
        assertThatThrownBy(() -> ParameterSpec.of(null, Integer.class)).hasMessage("key must not be null");
        assertThatThrownBy(() -> ParameterSpec.of("a.b", null)).hasMessage("type must not be null");
    }

    @Test
    void equalsAndHashCode_followKeyAndType() {
        EqualsVerifier.forClass(ImmutableParameterSpec.class)
                .withNonnullFields("key", "type")
                .verify();
        assertThat(ParameterSpec.of("a.b", Integer.class)).isEqualTo(ParameterSpec.of("a.b", Integer.class));
        assertThat(ParameterSpec.of("a.b", Integer.class)).isNotEqualTo(ParameterSpec.of("a.b", String.class));
    }
}
