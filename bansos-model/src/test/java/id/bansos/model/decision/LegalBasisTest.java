package id.bansos.model.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegalBasisTest {
    @Test
    void builder_keepsEveryAttribute() {
        LegalBasis basis = LegalBasis.builder()
                .instrument("Permensos")
                .number("1")
                .year(2018)
                .article("Pasal 3")
                .note("[S]")
                .build();

        assertThat(basis.instrument()).isEqualTo("Permensos");
        assertThat(basis.number()).contains("1");
        assertThat(basis.year()).contains(2018);
        assertThat(basis.article()).contains("Pasal 3");
        assertThat(basis.note()).contains("[S]");
    }

    @Test
    void builder_leavesUnknownPartsEmpty() {
        LegalBasis basis = LegalBasis.builder().instrument("Inpres").build();

        assertThat(basis.number()).isEmpty();
        assertThat(basis.year()).isEmpty();
        assertThat(basis.article()).isEmpty();
        assertThat(basis.note()).isEmpty();
    }

    @Test
    void builder_acceptsOptionalsDirectly() {
        LegalBasis basis = LegalBasis.builder()
                .instrument("Kepdirjen")
                .number(Optional.of("300.2.2-2138"))
                .year(Optional.empty())
                .build();

        assertThat(basis.number()).contains("300.2.2-2138");
        assertThat(basis.year()).isEmpty();
    }

    @Test
    void build_requiresTheInstrument() {
        assertThatThrownBy(() -> LegalBasis.builder().number("1").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build LegalBasis, some of required attributes are not set [instrument]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n"})
    void build_rejectsBlankInstrument(String instrument) {
        assertThatThrownBy(() -> LegalBasis.builder().instrument(instrument).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("instrument must not be blank");
    }

    @Test
    void builder_rejectsNulls() {
        assertThatThrownBy(() -> LegalBasis.builder().instrument(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("instrument");
        assertThatThrownBy(() -> LegalBasis.builder().number((String) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("number");
    }

    @Test
    void toString_namesEveryPart() {
        LegalBasis basis = LegalBasis.builder()
                .instrument("Permensos")
                .number("1")
                .year(2018)
                .build();

        assertThat(basis).hasToString("LegalBasis{instrument=Permensos, number=1, year=2018}");
    }

    @Test
    void equalsAndHashCode_honourTheContract() {
        EqualsVerifier.forClass(ImmutableLegalBasis.class)
                // The builder rejects null instruments; the optional parts' fields may be null.
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
