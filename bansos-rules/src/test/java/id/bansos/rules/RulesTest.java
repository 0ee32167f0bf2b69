package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.model.decision.LegalBasis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesTest {
    private static List<Rule> library() {
        return List.of(
                Rules.pkhDeceased(),
                Rules.exclusion(),
                Rules.pkhDesil(),
                Rules.pkhComponent(),
                Rules.pkhCap(),
                Rules.pkhAmount(),
                Rules.sembakoDeceased(),
                Rules.sembakoDesil(),
                Rules.sembakoAmount());
    }

    @Test
    void library_hasStableIds() {
        assertThat(library())
                .extracting(Rule::id)
                .containsExactly(
                        "pkh.meninggal",
                        "common.exclusion",
                        "pkh.desil",
                        "pkh.component",
                        "pkh.cap",
                        "pkh.amount",
                        "sembako.meninggal",
                        "sembako.desil",
                        "sembako.amount");
    }

    @Test
    void library_rulesAreSharedInstances() {
        assertThat(Rules.pkhDeceased()).isSameAs(Rules.pkhDeceased());
        assertThat(Rules.pkhComponent()).isSameAs(Programs.pkh().rules().get(3));
        assertThat(Rules.sembakoAmount()).isSameAs(Programs.sembako().rules().get(3));
    }

    @Test
    void everyLegalBasis_carriesAProvenanceMarker() {
        List<LegalBasis> bases = new ArrayList<>();
        for (Rule r : library()) {
            bases.add(r.legalBasis());
        }
        bases.add(DuplicateNik.legalBasis());
        assertThat(bases)
                .allSatisfy(b -> assertThat(b.provenance()).as(b.instrument()).isNotEmpty());
    }

    @Test
    void everyRule_describesItself() {
        assertThat(library())
                .allSatisfy(r -> assertThat(r.description()).isNotBlank().endsWith("."));
    }

    @Test
    void legalBases_citeTheInstrumentsOfTheBrief() {
        assertThat(Rules.pkhDeceased().legalBasis().instrument()).isEqualTo("Permensos");
        assertThat(Rules.pkhAmount().legalBasis().number()).hasValue("1");
        assertThat(Rules.pkhAmount().legalBasis().year()).hasValue(2018);
        assertThat(Rules.exclusion().legalBasis().instrument()).isEqualTo("Kepmensos");
        assertThat(Rules.exclusion().legalBasis().provenance().get(0).text()).contains("Permensos 3/2025");
        assertThat(Rules.sembakoDesil().legalBasis().instrument()).isEqualTo("Inpres");
        assertThat(Rules.sembakoDeceased().legalBasis().year()).hasValue(2021);
        assertThat(Rules.pkhCap().legalBasis().provenance().get(0).marker()).isEqualTo("[S, secondary]");
    }
}
