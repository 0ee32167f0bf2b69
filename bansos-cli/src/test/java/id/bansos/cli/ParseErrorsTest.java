package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParseErrorsTest {
    @Test
    void missingOptions_inIndonesian_thenTheIndonesianUsage() {
        CliRun run = CliRun.of("evaluate", "--program", "PKH");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("argumen wajib belum diberikan: '--as-of=DATE', 'INPUT'\nPenggunaan: bansos evaluate ");
    }

    @Test
    void missingOptions_inEnglish_arePicocliOwnMessage() {
        CliRun run = CliRun.of("evaluate", "--program", "PKH", "--lang", "en");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(
                        "Missing required options and parameters: '--as-of=DATE', 'INPUT'\nUsage: bansos evaluate ");
    }

    @Test
    void aValueOfTheWrongType_andAMissingValue_inIndonesian() {
        CliRun threads =
                CliRun.of("evaluate", "--program", "PKH", "--as-of", "2025-06-01", "--threads", "x", "in.jsonl");
        CliRun noValue = CliRun.of("generate", "--households", "1", "--seed", "1", "--output");

        assertThat(threads.exit()).isEqualTo(2);
        assertThat(threads.err()).startsWith("nilai tidak sah untuk '--threads': 'x'\n");
        assertThat(noValue.exit()).isEqualTo(2);
        assertThat(noValue.err()).startsWith("opsi '--output' memerlukan nilai (FILE)\n");
    }

    @Test
    void anUnknownOption_inIndonesian() {
        CliRun run = CliRun.of("sample", "--size-for-margin", "0.05", "--colour", "in.jsonl");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("opsi tidak dikenal: '--colour'\n");
    }

    @Test
    void aLanguageThatIsNeitherIdNorEn_isTheFirstErrorReported_inIndonesian() {
        CliRun run =
                CliRun.of("evaluate", "--program", "PKH", "--as-of", "2025-06-01", "--lang", "fr", "nothere.jsonl");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("--lang harus id atau en, didapat \"fr\"\n");
    }
}
