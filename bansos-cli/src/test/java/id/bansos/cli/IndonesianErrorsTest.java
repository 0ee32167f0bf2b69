package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rarer errors under {@code --lang id} (the default): each is in Bahasa Indonesia, worked by
 * hand from texts.properties and reader-messages_id.properties, and exits 2 (EXCHANGE-V1).
 */
class IndonesianErrorsTest {
    private static CliRun evaluate(String... more) throws Exception {
        String[] args = new String[6 + more.length];
        String[] base = {"evaluate", "--lang", "id", "--program", "PKH", EvaluateCommandTest.roster()};
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliRun.of(args);
    }

    private static Path district(Path dir, String type, String value, String basis) throws Exception {
        return Files.writeString(
                dir.resolve("kab.yaml"),
                "schema_version: 1\n"
                        + "parameters:\n"
                        + "  pkh.max_component_persons:\n"
                        + "    type: " + type + "\n"
                        + "    values:\n"
                        + "      - from: 2025-01-01\n"
                        + "        value: " + value + "\n"
                        + "        legal_basis: " + basis + "\n");
    }

    static Stream<Arguments> badParameterFiles() {
        return Stream.of(
                Arguments.of(
                        "rupiah",
                        "4",
                        "{instrument: Perbup}",
                        "kab.yaml:4:11: pkh.max_component_persons: type harus integer untuk kunci ini, didapat rupiah"),
                // "4" quoted is a string, not the whole number an integer key needs.
                Arguments.of(
                        "integer",
                        "\"4\"",
                        "{instrument: Perbup}",
                        "pkh.max_component_persons: value harus bilangan bulat atau none, didapat \"4\""),
                Arguments.of(
                        "integer",
                        "3",
                        "{instrument: Perbup, provenance: [{grade: s, text: x}]}",
                        "values[0].legal_basis.provenance[0].grade harus S, I atau P, didapat \"s\""));
    }

    @ParameterizedTest
    @MethodSource("badParameterFiles")
    void aBadParameterFile_isReportedInIndonesian(
            String type, String value, String basis, String indonesian, @TempDir Path dir) throws Exception {
        Path file = district(dir, type, value, basis);

        CliRun run = evaluate("--as-of", "2025-06-01", "--parameters", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(indonesian).doesNotContain("must be", "for this key", " or none");
    }

    @Test
    void aDateBeforeThePolicy_namesTheKeyInIndonesian() throws Exception {
        CliRun run = evaluate("--as-of", "2018-06-01");

        assertThat(run.exit()).isEqualTo(2);
        // Every national key starts on 2019-01-01 (POLICY-V2); the first one the rules ask for is named.
        assertThat(run.err())
                .containsPattern("parameter [a-z_.A-Z]+ tidak memiliki nilai pada 2018-06-01 \\(nilai"
                        + " pertamanya berlaku sejak 2019-01-01\\)");
        assertThat(run.err()).doesNotContain("has no value", "first value is from");
    }

    @Test
    void anUnknownOption_isReportedInIndonesian() throws Exception {
        CliRun run = evaluate("--as-of", "2025-06-01", "--foo");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("opsi tidak dikenal: '--foo'").doesNotContain("Unknown option");
    }

    @Test
    void anOptionWithoutItsValue_isReportedInIndonesian() throws Exception {
        CliRun run = evaluate("--as-of");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("opsi '--as-of' memerlukan nilai").doesNotContain("Missing required");
    }

    @Test
    void anOptionFollowedByAnotherOption_namesBoth() throws Exception {
        // picocli: "Expected parameter for option '--parameters' but found '--as-of'".
        CliRun run = evaluate("--parameters", "--as-of", "2025-06-01");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("opsi '--parameters' memerlukan nilai, tetapi yang berikutnya adalah opsi '--as-of'")
                .doesNotContain("Expected parameter", "argumen wajib");
    }

    @Test
    void aValueOfTheWrongType_isReportedInIndonesian() throws Exception {
        CliRun run = evaluate("--as-of", "2025-06-01", "--threads", "dua");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("nilai tidak sah untuk '--threads': 'dua'")
                .doesNotContain("Invalid value");
    }

    @Test
    void anOptionGivenTwice_isReportedInIndonesian() throws Exception {
        CliRun run = evaluate("--as-of", "2025-06-01", "--as-of", "2025-07-01");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("opsi '--as-of' hanya boleh diberikan sekali")
                .doesNotContain("should be specified only once");
    }
}
