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
                .note("read with Pasal 4")
                .addProvenance(Provenance.of(Provenance.Grade.S, false, "the regulation itself"))
                .build();

        assertThat(basis.instrument()).isEqualTo("Permensos");
        assertThat(basis.number()).contains("1");
        assertThat(basis.year()).contains(2018);
        assertThat(basis.article()).contains("Pasal 3");
        assertThat(basis.note()).contains("read with Pasal 4");
        assertThat(basis.provenance())
                .containsExactly(Provenance.of(Provenance.Grade.S, false, "the regulation itself"));
    }

    @Test
    void aMarkedNote_isReadIntoTheProvenanceAndDropped() {
        // The note form of earlier versions and files: provenance is data once the basis is built.
        LegalBasis basis = LegalBasis.builder()
                .instrument("Kepdirjen Linjamsos")
                .year(2019)
                .note("[S] PKH index 2019 (Antara 2019); [I] decree number not found")
                .build();

        assertThat(basis.note()).isEmpty();
        assertThat(basis.provenance())
                .containsExactly(
                        Provenance.of(Provenance.Grade.S, false, "PKH index 2019 (Antara 2019)"),
                        Provenance.of(Provenance.Grade.I, false, "decree number not found"));
    }

    @Test
    void aMarkedNoteBesideTheSameEntries_addsNothing_andOtherEntriesFollowThoseGiven() {
        Provenance stated = Provenance.of(Provenance.Grade.S, true, "cap of four (Kemensos text)");
        LegalBasis same = LegalBasis.builder()
                .instrument("Kemensos")
                .addProvenance(stated)
                .note("[S, secondary] cap of four (Kemensos text)")
                .build();
        LegalBasis more = LegalBasis.builder()
                .instrument("Kemensos")
                .addProvenance(stated)
                .note("[P] ties by member order")
                .build();

        assertThat(same.provenance()).containsExactly(stated);
        assertThat(same.note()).isEmpty();
        assertThat(more.provenance())
                .containsExactly(stated, Provenance.of(Provenance.Grade.P, false, "ties by member order"));
    }

    @Test
    void provenanceFromMarkedText_replacesTheEntriesCopiedByFrom() {
        LegalBasis pkh = LegalBasis.builder()
                .instrument("Permensos")
                .provenance("[S] the PKH regulation")
                .build();

        LegalBasis deceased = LegalBasis.builder()
                .from(pkh)
                .provenance("[P] deceased members take no part")
                .build();

        assertThat(deceased.provenance())
                .containsExactly(Provenance.of(Provenance.Grade.P, false, "deceased members take no part"));
        assertThat(deceased.instrument()).isEqualTo("Permensos");
    }

    @Test
    void aNoteWithoutAMarkerAtItsStart_staysANote() {
        LegalBasis basis =
                LegalBasis.builder().instrument("Inpres").note("see [S] below").build();

        assertThat(basis.note()).contains("see [S] below");
        assertThat(basis.provenance()).isEmpty();
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

        assertThat(basis).hasToString("LegalBasis{instrument=Permensos, number=1, year=2018, provenance=[]}");
    }

    @Test
    void equalsAndHashCode_honourTheContract() {
        EqualsVerifier.forClass(ImmutableLegalBasis.class)
                // The builder rejects null instruments; the optional parts' fields may be null.
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
