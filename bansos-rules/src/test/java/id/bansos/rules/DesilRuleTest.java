package id.bansos.rules;

import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.param.ParameterSet;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DesilRuleTest {
    private static final Engine ENGINE = Engine.create();
    private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 1);
    private static final ParameterUse PKH_MAX_4 =
            ParameterUse.of("pkh.target_desil_max", "4", LocalDate.of(2025, 4, 1));
    private static final LegalBasis INPRES = LegalBasis.builder()
            .instrument("Inpres")
            .number("4")
            .year(2025)
            .note("[I, secondary] DTSEN replaced DTKS from triwulan II 2025; target desil 1-4 (Kompas, May 2025)")
            .build();

    private static Decision pkh(Integer desil, LocalDate asOf, ParameterSet set) {
        return ENGINE.evaluate(household(desil, male("1980-01-01")), Programs.pkh(), set, asOf);
    }

    @Test
    void desilAboveTheTarget_givesDesilDiLuarSasaranWithDesilMaxAndTheParameter() {
        Decision d = pkh(6, JUNE_2025, NationalPolicy.load());
        assertThat(Policies.reason(d, ReasonCode.DESIL_DI_LUAR_SASARAN))
                .isEqualTo(Reason.builder()
                        .code(ReasonCode.DESIL_DI_LUAR_SASARAN)
                        .rule("pkh.desil")
                        .legalBasis(INPRES)
                        .putArgs("desil", "6")
                        .putArgs("max", "4")
                        .addParameters(PKH_MAX_4)
                        .build());
        assertThat(d.reasons().get(1).args().keySet()).containsExactly("desil", "max");
    }

    @Test
    void desilAtTheTarget_givesDesilDalamSasaran() {
        Decision d = pkh(4, JUNE_2025, NationalPolicy.load());
        assertThat(Policies.reason(d, ReasonCode.DESIL_DALAM_SASARAN))
                .isEqualTo(Reason.builder()
                        .code(ReasonCode.DESIL_DALAM_SASARAN)
                        .rule("pkh.desil")
                        .legalBasis(INPRES)
                        .putArgs("desil", "4")
                        .putArgs("max", "4")
                        .addParameters(PKH_MAX_4)
                        .build());
    }

    @Test
    void desilOne_isInTarget() {
        assertThat(pkh(1, JUNE_2025, NationalPolicy.load()).reasonCodes()).contains(ReasonCode.DESIL_DALAM_SASARAN);
    }

    @Test
    void desilFive_isJustOutsideTheTarget() {
        assertThat(pkh(5, JUNE_2025, NationalPolicy.load()).reasonCodes())
                .contains(ReasonCode.DESIL_DI_LUAR_SASARAN)
                .doesNotContain(ReasonCode.DESIL_DALAM_SASARAN);
    }

    @Test
    void missingDesil_givesDesilTidakDiketahuiWithMax() {
        Decision d = pkh(null, JUNE_2025, NationalPolicy.load());
        assertThat(Policies.reason(d, ReasonCode.DESIL_TIDAK_DIKETAHUI))
                .isEqualTo(Reason.builder()
                        .code(ReasonCode.DESIL_TIDAK_DIKETAHUI)
                        .rule("pkh.desil")
                        .legalBasis(INPRES)
                        .putArgs("max", "4")
                        .addParameters(PKH_MAX_4)
                        .build());
    }

    @Test
    void noneTarget_givesNoReasonAtAll() {
        Decision d = pkh(9, LocalDate.of(2025, 3, 31), NationalPolicy.load());
        assertThat(d.reasons()).extracting(Reason::rule).doesNotContain("pkh.desil");
    }

    @Test
    void aDistrictCanSwitchTheTestOffWithNone() {
        ParameterSet set = Policies.nationalWith("pkh.target_desil_max", Integer.class, "2025-05-01", null);
        assertThat(pkh(9, LocalDate.of(2025, 4, 30), set).reasonCodes()).contains(ReasonCode.DESIL_DI_LUAR_SASARAN);
        assertThat(pkh(9, LocalDate.of(2025, 5, 1), set).reasons())
                .extracting(Reason::rule)
                .doesNotContain("pkh.desil");
    }

    @Test
    void aDistrictCanWidenTheTarget() {
        ParameterSet set = Policies.nationalWith("pkh.target_desil_max", Integer.class, "2025-05-01", 6);
        Decision d = pkh(6, LocalDate.of(2025, 5, 1), set);
        assertThat(Policies.reason(d, ReasonCode.DESIL_DALAM_SASARAN).parameters())
                .containsExactly(ParameterUse.of("pkh.target_desil_max", "6", LocalDate.of(2025, 5, 1)));
    }

    @Test
    void sembakoDesil_readsItsOwnKey() {
        Decision d =
                ENGINE.evaluate(household(7, male("1980-01-01")), Programs.sembako(), NationalPolicy.load(), JUNE_2025);
        Reason r = Policies.reason(d, ReasonCode.DESIL_DI_LUAR_SASARAN);
        assertThat(r.rule()).isEqualTo("sembako.desil");
        assertThat(r.args()).isEqualTo(Map.of("desil", "7", "max", "4"));
        assertThat(r.parameters())
                .containsExactly(ParameterUse.of("sembako.target_desil_max", "4", LocalDate.of(2025, 4, 1)));
    }

    @Test
    void rule_declaresItsKeyAndDescribesIt() {
        Rule rule = Rules.pkhDesil();
        assertThat(rule.id()).isEqualTo("pkh.desil");
        assertThat(rule.parameters()).containsExactly(ParameterSpec.of("pkh.target_desil_max", Integer.class));
        assertThat(rule.legalBasis()).isEqualTo(INPRES);
        assertThat(rule.description()).startsWith("Where pkh.target_desil_max is in force (not none)");
        assertThat(rule).hasToString("Rule[pkh.desil]");
        assertThat(Rules.sembakoDesil().parameters())
                .containsExactly(ParameterSpec.of("sembako.target_desil_max", Integer.class));
    }

    @Test
    void desilFactory_buildsARuleOnAnyKey() {
        Rule rule = Rules.desil("district.desil", "district.target_desil_max", Policies.PERBUP);
        assertThat(rule.id()).isEqualTo("district.desil");
        assertThat(rule.parameters()).containsExactly(ParameterSpec.of("district.target_desil_max", Integer.class));
        assertThat(rule.legalBasis()).isEqualTo(Policies.PERBUP);
        assertThatThrownBy(() -> Rules.desil("District.Desil", "k.x", Policies.PERBUP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must be lower-case words joined by dots, got \"District.Desil\"");
        assertThatThrownBy(() -> Rules.desil("d.x", null, Policies.PERBUP)).hasMessage("key must not be null");
        assertThatThrownBy(() -> Rules.desil("d.x", "k.x", null)).hasMessage("basis must not be null");
        assertThat(rule.parameters().get(0).type()).isEqualTo(Integer.class);
    }
}
