package id.bansos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class ScenarioResultTest {
    @Test
    void passed_onlyWithoutErrorAndMismatch() {
        Scenario s = ScenarioTest.valid().build();
        ScenarioResult ok = ScenarioResult.builder()
                .source("a")
                .line(1)
                .scenario(s)
                .report("")
                .build();
        assertThat(ok.passed()).isTrue();
        assertThat(ok.name()).isEqualTo("Contoh");
        assertThat(ok.toString()).isEqualTo("a:1: Contoh: passed");
        ScenarioResult mismatch = ScenarioResult.builder()
                .source("a")
                .line(1)
                .scenario(s)
                .addMismatches(Mismatch.of("H1", "eligible", "true", "false"))
                .report("FAILED a:1: Contoh\n")
                .build();
        assertThat(mismatch.passed()).isFalse();
        ScenarioResult error = ScenarioResult.builder()
                .source("a")
                .line(0)
                .error("a:3:1: bad")
                .report("FAILED a:3:1: bad\n")
                .build();
        assertThat(error.passed()).isFalse();
        assertThat(error.name()).isEmpty();
        assertThat(error.toString()).isEqualTo("a: failed");
    }

    @Test
    void build_keepsTheReportConsistent() {
        Scenario s = ScenarioTest.valid().build();
        assertThatThrownBy(() -> ScenarioResult.builder()
                        .source("a")
                        .line(1)
                        .scenario(s)
                        .report("FAILED")
                        .build())
                .hasMessage("report must be empty exactly when the scenario passed");
        assertThatThrownBy(() ->
                        ScenarioResult.builder().source("a").line(1).report("").build())
                .hasMessage("error is required without a scenario");
        assertThatThrownBy(() -> ScenarioResult.builder()
                        .source("a")
                        .line(-1)
                        .scenario(s)
                        .report("")
                        .build())
                .hasMessage("line must not be negative, got -1");
    }

    @Test
    void equalsAndHashCode() {
        EqualsVerifier.forClass(ImmutableScenarioResult.class)
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
