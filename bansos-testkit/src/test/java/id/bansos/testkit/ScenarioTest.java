package id.bansos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.Household;
import id.bansos.model.id.Nik;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Program;
import java.time.LocalDate;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class ScenarioTest {
    static final Household H1 = ScenarioRunnerTest.household("H1", Nik.parse("5208011207850001"));
    static final Household H2 = ScenarioRunnerTest.household("H2", Nik.parse("5208014503900002"));
    static final Expectation ELIGIBLE = Expectation.builder().eligible(true).build();

    static Scenario.Builder valid() {
        return Scenario.builder()
                .name("Contoh")
                .program(Program.PKH)
                .asOf(LocalDate.of(2024, 3, 1))
                .addHouseholds(H1)
                .putExpectations("H1", ELIGIBLE);
    }

    @Test
    void build_defaultsToAScenarioInCodeWithoutOverrides() {
        Scenario s = valid().build();
        assertThat(s.source()).isEqualTo(Scenario.IN_CODE);
        assertThat(s.line()).isZero();
        assertThat(s.parameters()).isEqualTo(ParameterSet.empty());
        assertThat(s.toString()).isEqualTo("<code>: Contoh");
        assertThat(valid().source("a.yaml").line(3).build().toString()).isEqualTo("a.yaml:3: Contoh");
    }

    @Test
    void build_rejectsAnInconsistentScenario() {
        assertThatThrownBy(() -> valid().name(" ").build()).hasMessage("name must not be blank");
        assertThatThrownBy(() -> valid().line(-1).build()).hasMessage("line must not be negative, got -1");
        assertThatThrownBy(() -> Scenario.builder()
                        .name("X")
                        .program(Program.PKH)
                        .asOf(LocalDate.of(2024, 3, 1))
                        .putExpectations("H1", ELIGIBLE)
                        .build())
                .hasMessage("households must hold at least one household");
        assertThatThrownBy(() -> valid().addHouseholds(H1).build())
                .hasMessage("households must not repeat a household id, got H1");
        assertThatThrownBy(() -> valid().putExpectations("H2", ELIGIBLE).build())
                .hasMessage("expectations must name households of the scenario, got H2");
        assertThatThrownBy(() -> Scenario.builder()
                        .name("X")
                        .program(Program.PKH)
                        .asOf(LocalDate.of(2024, 3, 1))
                        .addHouseholds(H1)
                        .build())
                .hasMessage("expectations must hold at least one expectation");
    }

    @Test
    void build_keepsHouseholdsAndExpectationsInOrder() {
        Scenario s = valid().addHouseholds(H2).putExpectations("H2", ELIGIBLE).build();
        assertThat(s.households()).containsExactly(H1, H2);
        assertThat(s.expectations().keySet()).containsExactly("H1", "H2");
    }

    @Test
    void equalsAndHashCode() {
        EqualsVerifier.forClass(ImmutableScenario.class)
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
