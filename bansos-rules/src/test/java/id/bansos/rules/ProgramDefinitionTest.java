package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.decision.LegalBasis;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Program;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramDefinitionTest {
    /** A rule that reads given parameters and does nothing. */
    static Rule rule(String id, ParameterSpec<?>... specs) {
        return new Rule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "Does nothing.";
            }

            @Override
            public LegalBasis legalBasis() {
                return Policies.PERBUP;
            }

            @Override
            public List<ParameterSpec<?>> parameters() {
                return Arrays.asList(specs);
            }

            @Override
            public Step bind(ParameterValues values) {
                return evaluation -> {};
            }
        };
    }

    @Test
    void parameters_listsEachKeyOnceInRuleOrder() {
        ProgramDefinition p = ProgramDefinition.of(
                Program.of("DISTRICT"),
                List.of(
                        rule("d.one", ParameterSpec.of("d.b", Integer.class), ParameterSpec.of("d.a", Rupiah.class)),
                        rule("d.two", ParameterSpec.of("d.a", Rupiah.class), ParameterSpec.of("d.c", String.class))));
        assertThat(p.parameters())
                .containsExactly(
                        ParameterSpec.of("d.b", Integer.class),
                        ParameterSpec.of("d.a", Rupiah.class),
                        ParameterSpec.of("d.c", String.class));
        assertThat(p.program()).isEqualTo(Program.of("DISTRICT"));
        assertThat(p.rules()).extracting(Rule::id).containsExactly("d.one", "d.two");
        assertThat(p).hasToString("ProgramDefinition[DISTRICT: d.one, d.two]");
    }

    @Test
    void national_declareTheParametersOfPolicyV2() {
        // desil 1 + index 7 + age limits 3 + pregnancy order 1 (component rule) + cap 1 + limits 3
        // (cap rule) + fixed benefit 1 + schedule 1 (amount rule)
        assertThat(Programs.pkh().parameters())
                .extracting(ParameterSpec::key)
                .containsExactly(
                        "pkh.target_desil_max",
                        "pkh.index.IBU_HAMIL",
                        "pkh.index.ANAK_USIA_DINI",
                        "pkh.index.SD",
                        "pkh.index.SMP",
                        "pkh.index.SMA",
                        "pkh.index.DISABILITAS_BERAT",
                        "pkh.index.LANJUT_USIA",
                        "pkh.anak_usia_dini.max_age",
                        "pkh.school.max_age",
                        "pkh.lanjut_usia.min_age",
                        "pkh.ibu_hamil.max_pregnancy_order",
                        "pkh.max_component_persons",
                        "pkh.max_persons.ANAK_USIA_DINI",
                        "pkh.max_persons.LANJUT_USIA",
                        "pkh.max_persons.DISABILITAS_BERAT",
                        "pkh.fixed_benefit",
                        "pkh.payment_schedule");
        assertThat(Programs.sembako().parameters())
                .containsExactly(
                        ParameterSpec.of("sembako.target_desil_max", Integer.class),
                        ParameterSpec.of("sembako.monthly_amount", Rupiah.class));
    }

    @Test
    void of_rejectsTwoRulesWithOneId() {
        assertThatThrownBy(() -> ProgramDefinition.of(Program.PKH, List.of(rule("d.one"), rule("d.one"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rules must not repeat a rule id, got d.one");
    }

    @Test
    void of_rejectsOneKeyWithTwoTypes() {
        assertThatThrownBy(() -> ProgramDefinition.of(
                        Program.PKH,
                        List.of(
                                rule("d.one", ParameterSpec.of("d.a", Integer.class)),
                                rule("d.two", ParameterSpec.of("d.a", Rupiah.class)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rules d.one and d.two declare parameter d.a with different types, Integer and Rupiah");
    }

    @Test
    void of_rejectsAnIllFormedRuleId() {
        assertThatThrownBy(() -> ProgramDefinition.of(Program.PKH, List.of(rule("d.One"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must be lower-case words joined by dots, got \"d.One\"");
    }

    @Test
    void of_rejectsNoRulesAndNulls() {
        assertThatThrownBy(() -> ProgramDefinition.of(Program.PKH, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rules must hold at least one rule");
        assertThatThrownBy(() -> ProgramDefinition.of(null, List.of(rule("d.one"))))
                .hasMessage("program must not be null");
        assertThatThrownBy(() -> ProgramDefinition.of(Program.PKH, null)).hasMessage("rules must not be null");
        List<Rule> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> ProgramDefinition.of(Program.PKH, withNull))
                .hasMessage("rules element must not be null");
    }

    @Test
    void rules_isACopy() {
        List<Rule> rules = new ArrayList<>(List.of(rule("d.one")));
        ProgramDefinition p = ProgramDefinition.of(Program.PKH, rules);
        rules.add(rule("d.two"));
        assertThat(p.rules()).hasSize(1);
        assertThatThrownBy(() -> p.rules().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> p.parameters().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
