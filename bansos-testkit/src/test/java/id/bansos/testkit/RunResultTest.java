package id.bansos.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class RunResultTest {
    static final ScenarioResult PASSED = ScenarioResult.builder()
            .source("a.yaml")
            .line(1)
            .scenario(ScenarioTest.valid().build())
            .report("")
            .build();
    static final ScenarioResult FAILED = ScenarioResult.builder()
            .source("b.yaml")
            .line(2)
            .error("b.yaml:2:3: bad")
            .report("FAILED b.yaml:2:3: bad\n")
            .build();

    @Test
    void report_listsFailuresThenTheCounts() {
        RunResult r =
                RunResult.builder().addResults(PASSED, FAILED, PASSED, FAILED).build();
        assertThat(r.passed()).isEqualTo(2);
        assertThat(r.failed()).isEqualTo(2);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.report()).isEqualTo("FAILED b.yaml:2:3: bad\n\nFAILED b.yaml:2:3: bad\n\n2 passed, 2 failed\n");
        assertThat(r.toString()).isEqualTo("RunResult[2 passed, 2 failed]");
    }

    @Test
    void verboseReport_listsEveryScenarioInOrder_aPassAsOneLine() {
        RunResult r = RunResult.builder().addResults(PASSED, FAILED).build();

        // PASSED is the scenario "Contoh" of a.yaml, line 1; FAILED keeps its block.
        assertThat(r.verboseReport())
                .isEqualTo("PASS a.yaml:1: Contoh\nFAILED b.yaml:2:3: bad\n\n1 passed, 1 failed\n");
        assertThat(RunResult.builder().addResults(PASSED).build().report()).isEqualTo("1 passed, 0 failed\n");
    }

    @Test
    void exitCode_isZeroWhenAllPassedAndTwoWhenNothingRan() {
        assertThat(RunResult.builder().addResults(PASSED).build().exitCode()).isZero();
        assertThat(RunResult.builder().addResults(PASSED).build().report()).isEqualTo("1 passed, 0 failed\n");
        RunResult none = RunResult.builder().build();
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.report()).isEqualTo("no scenario found\n0 passed, 0 failed\n");
    }

    @Test
    void equalsAndHashCode() {
        EqualsVerifier.forClass(ImmutableRunResult.class)
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
