package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.Provenance;
import id.bansos.model.decision.Reason;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * POLICY-V2 "Provenance" and "Legal bases in force on the date", checked on every hand-worked case
 * (2019 to 2025, PKH and Sembako): provenance travels as data beside each basis ({@link
 * LegalBasis#provenance()}) and never in an officer-facing message, and no reason cites an
 * instrument from a year after the decision's date.
 */
class ProvenanceAndBasesTest {
    private static final List<MessageRenderer> RENDERERS =
            List.of(MessageRenderer.forLocale(Locale.forLanguageTag("id")), MessageRenderer.forLocale(Locale.ENGLISH));

    static List<HandWorkedCases.Case> cases() {
        return HandWorkedCases.all();
    }

    private static Decision decide(HandWorkedCases.Case c) {
        return Engine.create().evaluate(c.household(), c.program(), NationalPolicy.load(), c.asOf());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void messages_citeNoProvenanceMarkerAndNoNote(HandWorkedCases.Case c) {
        for (Reason reason : decide(c).reasons()) {
            for (MessageRenderer renderer : RENDERERS) {
                String message = renderer.render(reason);
                assertThat(message).as(reason.code() + " in " + renderer).doesNotContain("[S", "[I", "[P", "secondary");
                for (Provenance p : reason.legalBasis().provenance()) {
                    assertThat(message).doesNotContain(p.text());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reasons_citeNoInstrumentLaterThanTheDecisionsYear_andEveryBasisSaysItsProvenance(HandWorkedCases.Case c) {
        for (Reason reason : decide(c).reasons()) {
            reason.legalBasis()
                    .year()
                    .ifPresent(year -> assertThat(year)
                            .as(reason.code().toString())
                            .isLessThanOrEqualTo(c.asOf().getYear()));
            assertThat(reason.legalBasis().provenance())
                    .as(reason.code() + " provenance")
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(p.text()).isNotBlank());
            assertThat(reason.legalBasis().note()).as(reason.code() + " note").isEmpty();
        }
    }
}
