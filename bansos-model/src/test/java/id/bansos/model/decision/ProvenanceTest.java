package id.bansos.model.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.decision.Provenance.Grade;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProvenanceTest {
    @Test
    void marker_namesTheGradeAndASecondarySource() {
        assertThat(Provenance.of(Grade.S, false, "x").marker()).isEqualTo("[S]");
        assertThat(Provenance.of(Grade.S, true, "x").marker()).isEqualTo("[S, secondary]");
        assertThat(Provenance.of(Grade.I, true, "x").marker()).isEqualTo("[I, secondary]");
        assertThat(Provenance.of(Grade.P, false, "x").marker()).isEqualTo("[P]");
    }

    @Test
    void parse_splitsAtMarkersAfterSemicolonOrComma_andKeepsOtherBrackets() {
        // A lifecycle note separates one entry by a comma; "[x]" inside a text is no marker.
        List<Provenance> entries =
                Provenance.parse("[S] poverty line Rp454.652 [x], per capita, [I] release day 15 July"
                        + " 2020 (medcom.id); [P] threshold = 1.5 x the line");

        assertThat(entries)
                .containsExactly(
                        Provenance.of(Grade.S, false, "poverty line Rp454.652 [x], per capita"),
                        Provenance.of(Grade.I, false, "release day 15 July 2020 (medcom.id)"),
                        Provenance.of(Grade.P, false, "threshold = 1.5 x the line"));
    }

    @Test
    void parse_readsTheSecondaryMarker_andAMarkerInsideTextIsText() {
        assertThat(Provenance.parse("[S, secondary] cap of four, see [P] in the spec"))
                .containsExactly(Provenance.of(Grade.S, true, "cap of four, see [P] in the spec"));
    }

    @Test
    void format_writesWhatParseReads() {
        List<Provenance> entries = List.of(
                Provenance.of(Grade.S, true, "cap of four (Kemensos text)"), Provenance.of(Grade.P, false, "ties"));

        assertThat(Provenance.format(entries)).isEqualTo("[S, secondary] cap of four (Kemensos text); [P] ties");
        assertThat(Provenance.parse(Provenance.format(entries))).isEqualTo(entries);
        assertThat(Provenance.format(List.of())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no marker", " [S] leading space", "[Q] unknown", "(S) round"})
    void parse_rejectsTextsWithoutAMarkerFirst(String marked) {
        assertThatThrownBy(() -> Provenance.parse(marked))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("marked must start with [S], [I] or [P]");
    }

    @Test
    void aBareMarker_isAGradeWithoutText_andIsWrittenBare() {
        assertThat(Provenance.parse("[S, secondary]; [I] "))
                .containsExactly(Provenance.of(Grade.S, true, ""), Provenance.of(Grade.I, false, ""));
        assertThat(Provenance.format(List.of(Provenance.of(Grade.S, true, " "))))
                .isEqualTo("[S, secondary]");
    }

    @Test
    void of_stripsTheTextAndRejectsNulls() {
        assertThat(Provenance.of(Grade.P, false, " decided\n").text()).isEqualTo("decided");
        assertThatThrownBy(() -> Provenance.of(null, false, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Provenance.of(Grade.S, false, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalsAndHashCode_honourTheContract() {
        EqualsVerifier.forClass(ImmutableProvenance.class)
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
