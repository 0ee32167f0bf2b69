package id.bansos.model.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReasonTest {
    static final LegalBasis PERMENSOS_1_2018 =
            LegalBasis.builder().instrument("Permensos").number("1").year(2018).build();

    private static Reason.Builder desil() {
        return Reason.builder()
                .code(ReasonCode.DESIL_DI_LUAR_SASARAN)
                .rule("pkh.desil")
                .legalBasis(PERMENSOS_1_2018);
    }

    @Test
    void builder_keepsEveryAttribute() {
        ParameterUse max = ParameterUse.of("pkh.target_desil_max", "4", LocalDate.of(2025, 4, 1));
        Reason reason = desil().putArgs("desil", "6")
                .putArgs("max", "4")
                .addParameters(max)
                .build();

        assertThat(reason.code()).isEqualTo(ReasonCode.DESIL_DI_LUAR_SASARAN);
        assertThat(reason.rule()).isEqualTo("pkh.desil");
        assertThat(reason.legalBasis()).isEqualTo(PERMENSOS_1_2018);
        assertThat(reason.args()).containsExactly(Map.entry("desil", "6"), Map.entry("max", "4"));
        assertThat(reason.parameters()).containsExactly(max);
    }

    @Test
    void argsAndParameters_defaultToEmpty() {
        Reason reason = desil().build();

        assertThat(reason.args()).isEmpty();
        assertThat(reason.parameters()).isEmpty();
    }

    @Test
    void args_keepInsertionOrder() {
        // Keys chosen so that neither alphabetical nor hash order is the insertion order.
        Reason reason = desil().putArgs("zeta", "1")
                .putArgs("alpha", "2")
                .putArgs("mu", "3")
                .putArgs("beta", "4")
                .build();

        assertThat(reason.args().keySet()).containsExactly("zeta", "alpha", "mu", "beta");
    }

    @Test
    void args_fromAMapKeepItsOrder() {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("total", "3");
        args.put("households", "KEL-002, KEL-009");

        Reason reason = desil().code(ReasonCode.DATA_GANDA)
                .rule("batch.data_ganda")
                .args(args)
                .build();

        assertThat(reason.args().keySet()).containsExactly("total", "households");
    }

    @Test
    void argsAndParameters_cannotBeChanged() {
        Reason reason = desil().putArgs("desil", "6")
                .addParameters(ParameterUse.of("pkh.target_desil_max", "4", LocalDate.of(2025, 4, 1)))
                .build();

        assertThatThrownBy(() -> reason.args().put("max", "4")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> reason.parameters().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pkh", "pkh.exclusion", "pkh.index.sd", "sembako.target_desil_max", "batch.data_ganda2"})
    void build_acceptsLowerCaseDottedRuleIds(String rule) {
        assertThat(desil().rule(rule).build().rule()).isEqualTo(rule);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", " ", "PKH", "pkh.Exclusion", "pkh..desil", ".pkh", "pkh.", "pkh desil", "pkh-desil", "1pkh"})
    void build_rejectsMalformedRuleIds(String rule) {
        assertThatThrownBy(() -> desil().rule(rule).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule must be a lower-case dotted id like pkh.exclusion, got \"" + rule + "\"");
    }

    @Test
    void build_namesTheMissingAttributes() {
        assertThatThrownBy(() -> Reason.builder().rule("pkh.desil").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build Reason, some of required attributes are not set [code, legalBasis]");
    }

    @Test
    void builder_rejectsNulls() {
        assertThatThrownBy(() -> Reason.builder().code(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("code");
        assertThatThrownBy(() -> Reason.builder().rule(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("rule");
        assertThatThrownBy(() -> Reason.builder().legalBasis(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("legalBasis");
        assertThatThrownBy(() -> Reason.builder().putArgs("desil", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Reason.builder().putArgs(null, "6")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Reason.builder().addParameters((ParameterUse) null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalsAndHashCode_honourTheContract() {
        EqualsVerifier.forClass(ImmutableReason.class)
                // The builder rejects nulls, so no field is ever null.
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
