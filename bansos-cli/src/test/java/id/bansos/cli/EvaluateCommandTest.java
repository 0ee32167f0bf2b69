package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    static String roster() throws URISyntaxException {
        return Path.of(EvaluateCommandTest.class
                        .getResource("/roster-with-errors.jsonl")
                        .toURI())
                .toString();
    }

    @Test
    void evaluate_withBadRecords_exitsThreeWithExactCountsAndRejectLines() throws Exception {
        CliRun run = CliRun.of("evaluate", "--program", "PKH", "--as-of", "2025-06-01", roster());

        assertThat(run.exit()).isEqualTo(3);
        // Records 2 (NIK disagrees with the birth date) and 4 (misspelt key) are rejected; 1, 3, 5 decided.
        assertThat(run.out().lines()).hasSize(3);
        assertThat(run.out().lines().map(l -> l.substring(0, l.indexOf(",\"program\""))))
                .containsExactly(
                        "{\"household_id\":\"KLU-1\"", "{\"household_id\":\"KLU-3\"", "{\"household_id\":\"KLU-5\"");
        // The rejects in Bahasa Indonesia, the default: the location as in English, the rest translated.
        assertThat(run.err())
                .contains(
                        "{\"line\":2,\"column\":61,\"household_id\":\"KLU-2\",\"error\":\"roster-with-errors.jsonl:2:61:"
                                + " keluarga KLU-2: members[0].nik: tidak sesuai dengan birth_date dan sex\"}")
                .contains(
                        "{\"line\":4,\"column\":40,\"household_id\":\"KLU-4\",\"error\":\"roster-with-errors.jsonl:4:40:"
                                + " keluarga KLU-4: desill: kunci \\\"desill\\\" tidak dikenal, maksud Anda \\\"desil\\\"?\"}");
        // Summary worked by hand for 2025-06-01: KLU-1 pregnant, desil 2 -> IBU_HAMIL Rp3.000.000;
        // KLU-3 desil 7 -> out of target 1-4; KLU-5 aged 75 (>= 70), desil 1 -> LANJUT_USIA Rp2.400.000.
        assertThat(run.err())
                .containsPattern("Rekaman dibaca +5\n")
                .containsPattern("Diputuskan +3\n")
                .containsPattern("Ditolak +2\n")
                .containsPattern("Layak +2\n")
                .containsPattern("Tidak layak +1\n")
                .containsPattern("DESIL_DI_LUAR_SASARAN +1\n")
                .containsPattern("Total bantuan setahun +Rp5\\.400\\.000\n");
    }

    @Test
    void evaluate_inEnglish_writesRejectsAndSummaryInEnglish_withCommasInCountsAndAmounts() throws Exception {
        CliRun run = CliRun.of("evaluate", "--program", "PKH", "--as-of", "2025-06-01", "--lang", "en", roster());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err())
                .contains(
                        "{\"line\":2,\"column\":61,\"household_id\":\"KLU-2\",\"error\":\"roster-with-errors.jsonl:2:61:"
                                + " household KLU-2: members[0].nik: does not agree with birth_date and sex\"}")
                .contains(
                        "{\"line\":4,\"column\":40,\"household_id\":\"KLU-4\",\"error\":\"roster-with-errors.jsonl:4:40:"
                                + " household KLU-4: desill: unknown key \\\"desill\\\", did you mean \\\"desil\\\"?\"}")
                .containsPattern("Records read +5\n")
                .containsPattern("Not eligible +1\n")
                // Rp3.000.000 + Rp2.400.000 (see above), grouped the English way.
                .containsPattern("Total annual amount +Rp5,400,000\n");
    }

    @Test
    void evaluate_writesFilesAtomicallyAndSummaryAsJson(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("d.csv");
        Path rejects = dir.resolve("r.jsonl");
        Path summary = dir.resolve("s.json");
        CliRun run = CliRun.of(
                "evaluate",
                "--program",
                "SEMBAKO",
                "--as-of",
                "2024-03-01",
                "--format",
                "csv",
                "--lang",
                "en",
                "--output",
                out.toString(),
                "--rejects",
                rejects.toString(),
                "--summary",
                summary.toString(),
                roster());

        assertThat(run.exit()).isEqualTo(3);
        // Sembako 2024 has no desil test: all three valid households get Rp200.000 a month, Rp2.400.000 a year.
        List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(rows).hasSize(4);
        // POLICY-V2: an eligible Sembako decision also carries JUMLAH_BANTUAN (sembako.amount).
        assertThat(rows.get(1))
                .startsWith("KLU-1,SEMBAKO,2024-03-01,true,2400000,200000,,TIDAK_DIKECUALIKAN;JUMLAH_BANTUAN,,");
        assertThat(Files.readAllLines(rejects)).hasSize(2);
        String json = Files.readString(summary);
        assertThat(json)
                .contains(
                        "\"records_read\" : 5",
                        "\"decided\" : 3",
                        "\"rejected\" : 2",
                        "\"eligible\" : 3",
                        "\"total_annual_amount\" : 7200000");
        assertThat(run.err()).containsPattern("Total annual amount +Rp7,200,000\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("d.csv", "r.jsonl", "s.json");
        }
    }

    @Test
    void evaluate_givesSameBytesOnOneAndTwoThreads(@TempDir Path dir) throws Exception {
        Path roster = dir.resolve("g.jsonl");
        assertThat(CliRun.of("generate", "--households", "3000", "--seed", "5", "--output", roster.toString())
                        .exit())
                .isZero();
        CliRun one =
                CliRun.of("evaluate", "--program", "PKH", "--as-of", "2025-06-01", "--threads", "1", roster.toString());
        CliRun two =
                CliRun.of("evaluate", "--program", "PKH", "--as-of", "2025-06-01", "--threads", "2", roster.toString());
        assertThat(one.exit()).isZero();
        assertThat(one.out().lines()).hasSize(3000);
        assertThat(two.out()).isEqualTo(one.out());
    }

    @Test
    void badArguments_exitTwoWithoutStackTrace() throws Exception {
        CliRun program = CliRun.of("evaluate", "--program", "BLT", "--as-of", "2025-06-01", roster());
        assertThat(program.exit()).isEqualTo(2);
        assertThat(program.err()).isEqualTo("bansos: --program harus salah satu dari PKH, SEMBAKO, didapat \"BLT\"\n");
        CliRun english = CliRun.of("evaluate", "--program", "BLT", "--as-of", "2025-06-01", "--lang", "en", roster());
        assertThat(english.err()).isEqualTo("bansos: --program must be one of PKH, SEMBAKO, got \"BLT\"\n");

        CliRun date = CliRun.of("evaluate", "--program", "PKH", "--as-of", "1-6-2025", roster());
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).isEqualTo("bansos: --as-of harus berupa tanggal YYYY-MM-DD, didapat \"1-6-2025\"\n");

        CliRun missing = CliRun.of("evaluate", "--program", "PKH", "--as-of", "2025-06-01", "no-such-file.jsonl");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err())
                .isEqualTo("bansos: tidak dapat membaca berkas masukan no-such-file.jsonl: berkas tidak ada\n");

        CliRun before = CliRun.of("evaluate", "--program", "PKH", "--as-of", "2018-12-31", roster());
        assertThat(before.exit()).isEqualTo(2);
        assertThat(before.err()).startsWith("bansos: parameter ").doesNotContain("\tat ");

        CliRun unknownOption = CliRun.of("evaluate", "--programme", "PKH", roster());
        assertThat(unknownOption.exit()).isEqualTo(2);
        assertThat(unknownOption.err()).doesNotContain("\tat ");
    }

    @Test
    void debug_printsTheStackTraceAfterTheMessage() throws Exception {
        CliRun run = CliRun.of("evaluate", "--debug", "--program", "BLT", "--as-of", "2025-06-01", roster());
        assertThat(run.exit()).isEqualTo(2);
        // The message in the language of --lang; the exception's own message, for the trace, in English.
        assertThat(run.err())
                .startsWith("bansos: --program harus salah satu dari PKH, SEMBAKO, didapat \"BLT\"\n"
                        + "id.bansos.cli.UsageException: --program must be one of PKH, SEMBAKO, got \"BLT\"\n\tat ");
    }

    @Test
    void version_printsLibraryAndPolicyVersion() throws IOException {
        CliRun run = CliRun.of("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).matches("bansos 0\\.1\\.0-SNAPSHOT\npolicy [0-9a-f]{64}\n");
    }
}
