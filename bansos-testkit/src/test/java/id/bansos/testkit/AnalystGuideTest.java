package id.bansos.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The examples of {@code docs/analyst-guide.md} are what the runner really reads and prints. */
class AnalystGuideTest {
    static final Path GUIDE = Path.of("../docs/analyst-guide.md");

    private static String guide() throws IOException {
        return Files.readString(GUIDE, StandardCharsets.UTF_8);
    }

    /** The example scenario of step 1. */
    private static String example(String guide) {
        int start = guide.indexOf("```yaml\n# Hitungan") + "```yaml\n".length();
        return guide.substring(start, guide.indexOf("```", start));
    }

    private static RunResult run(String yaml, String source) {
        return RunResult.builder()
                .addAllResults(ScenarioRunner.national().run(new StringReader(yaml), source))
                .build();
    }

    @Test
    void theExampleOfStepOnePasses() throws IOException {
        assertThat(run(example(guide()), "skenario/pkh.yaml").report()).isEqualTo("1 passed, 0 failed\n");
    }

    @Test
    void theReportOfStepSevenIsTheRealOne() throws IOException {
        String guide = guide();
        String withoutChild = example(guide)
                .lines()
                .filter(line -> !line.contains("school_level: SD"))
                .collect(Collectors.joining("\n", "", "\n"));
        String shown = guide.substring(
                guide.indexOf("FAILED skenario/pkh.yaml:2:"), guide.indexOf("0 passed, 1 failed\n") + 19);
        assertThat(run(withoutChild, "skenario/pkh.yaml").report()).isEqualTo(shown);
    }

    @Test
    void theMisspeltKeyOfStepSevenIsTheRealMessage() throws IOException {
        String guide = guide();
        String misspelt = example(guide).replace("eligible: true", "eligble: true");
        String report = run(misspelt, "skenario/pkh.yaml").report();
        assertThat(guide).contains(report.substring(0, report.indexOf('\n')) + "\n");
    }
}
