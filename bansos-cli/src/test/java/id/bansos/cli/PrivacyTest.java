package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No NIK or name from the input appears in any output, reject, stderr or message of any command. */
class PrivacyTest {
    @Test
    void noInputNikOrNameAppearsInAnyOutput(@TempDir Path dir) throws Exception {
        String roster = EvaluateCommandTest.roster();
        String input = Files.readString(Path.of(roster));
        List<String> secrets = new ArrayList<>();
        Matcher nik = Pattern.compile("\"nik\":\"([0-9]{16})\"").matcher(input);
        while (nik.find()) {
            secrets.add(nik.group(1));
        }
        Matcher name = Pattern.compile("\"name\":\"([^\"]+)\"").matcher(input);
        while (name.find()) {
            secrets.add(name.group(1));
        }
        assertThat(secrets).hasSize(12);

        Path reform = dir.resolve("cap3.yaml");
        Files.writeString(reform, """
                schema_version: 1
                parameters:
                  pkh.max_component_persons:
                    type: integer
                    values:
                      - from: 2025-01-01
                        value: 3
                        legal_basis: {instrument: Perbup, note: "[P] test"}
                """);
        List<String> outputs = new ArrayList<>();
        for (String lang : List.of("id", "en")) {
            Path rejects = dir.resolve("rejects-" + lang + ".jsonl");
            CliRun evaluate = CliRun.of(
                    "evaluate",
                    "--program",
                    "PKH",
                    "--as-of",
                    "2025-06-01",
                    "--lang",
                    lang,
                    "--rejects",
                    rejects.toString(),
                    roster);
            outputs.add(evaluate.out());
            outputs.add(evaluate.err());
            outputs.add(Files.readString(rejects));
            CliRun csv =
                    CliRun.of("evaluate", "--program", "SEMBAKO", "--as-of", "2024-01-01", "--format", "csv", roster);
            outputs.add(csv.out());
            outputs.add(csv.err());
            for (String id : List.of("KLU-1", "KLU-2", "KLU-3", "KLU-5")) {
                CliRun explain = CliRun.of(
                        "explain",
                        "--program",
                        "PKH",
                        "--as-of",
                        "2025-06-01",
                        "--lang",
                        lang,
                        "--household",
                        id,
                        roster);
                outputs.add(explain.out());
                outputs.add(explain.err());
            }
            CliRun whatif = CliRun.of(
                    "whatif",
                    "--program",
                    "PKH",
                    "--as-of",
                    "2025-06-01",
                    "--parameters",
                    reform.toString(),
                    "--lang",
                    lang,
                    roster);
            outputs.add(whatif.out());
            outputs.add(whatif.err());
        }
        assertThat(String.join("", outputs)).contains("520801******0001");
        for (String output : outputs) {
            for (String secret : secrets) {
                assertThat(output).doesNotContain(secret);
            }
        }
    }
}
