package id.bansos.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's errors, in Bahasa Indonesia by default and in English with {@code --lang en}:
 * all found before a Spark session starts.
 */
class MainTest {
    private static final String USAGE_ID = "Penggunaan: id.bansos.spark.Main --program P --as-of YYYY-MM-DD"
            + " [--parameters FILE]... [--programs FILE]... [--lang id|en] --output DIR [--rejects DIR] INPUT";

    @TempDir
    Path dir;

    private record Run(int code, List<String> err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code;
        try (PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, err);
        }
        return new Run(code, bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private static String[] args(String... more) {
        List<String> all = new ArrayList<>(List.of("--program", "PKH", "--as-of", "2025-06-01", "--output", "out"));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void missingOptions_areAUsageErrorInIndonesianByDefault() {
        Run r = run("roster.jsonl");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .containsExactly("bansos-spark: --program, --as-of, --output dan INPUT wajib diberikan", USAGE_ID);
    }

    @Test
    void aBadDate_inEnglishWithLangEn_evenWhenLangComesLast() {
        Run r = run("--program", "PKH", "--as-of", "2025-13-01", "--output", "out", "in.jsonl", "--lang", "en");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().get(0)).isEqualTo("bansos-spark: --as-of must be a date YYYY-MM-DD, got \"2025-13-01\"");
        assertThat(r.err().get(1)).startsWith("Usage: id.bansos.spark.Main --program P");
    }

    @Test
    void anUnknownLanguage_isRefusedInIndonesian() {
        Run r = run(args("--lang", "fr", "in.jsonl"));

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().get(0)).isEqualTo("bansos-spark: --lang harus id atau en, didapat \"fr\"");
    }

    @Test
    void unknownOptionAndSecondInput_andCsvInput() {
        assertThat(run(args("--threads", "2", "in.jsonl")).err().get(0))
                .isEqualTo("bansos-spark: opsi tidak dikenal: --threads");
        assertThat(run(args("a.jsonl", "b.jsonl")).err().get(0))
                .isEqualTo("bansos-spark: hanya satu INPUT, didapat \"a.jsonl\" dan \"b.jsonl\"");
        assertThat(run(args("--lang", "en", "roster.csv")).err().get(0))
                .isEqualTo("bansos-spark: roster.csv: bansos-spark reads JSON Lines (.jsonl) only");
        assertThat(run(args("in.jsonl", "--rejects")).err().get(0))
                .isEqualTo("bansos-spark: opsi --rejects memerlukan nilai");
        // The rejects' part files would overwrite the decisions' in one directory.
        Run same = run(args("--rejects", "./out", "in.jsonl"));
        assertThat(same.code()).isEqualTo(2);
        assertThat(same.err().get(0))
                .isEqualTo(
                        "bansos-spark: --rejects ./out juga direktori --output; beri masing-masing direktorinya sendiri");
    }

    @Test
    void anUnknownProgramme_listsTheNationalOnesAndThoseOfTheProgrammeFiles() {
        Run plain = run("--program", "BLT", "--as-of", "2025-06-01", "--output", "out", "in.jsonl");
        Run withFile = run(
                "--program",
                "BLT",
                "--programs",
                "../docs/programs/lansia-daerah.yaml",
                "--lang",
                "en",
                "--as-of",
                "2025-06-01",
                "--output",
                "out",
                "in.jsonl");

        assertThat(plain.code()).isEqualTo(2);
        assertThat(plain.err())
                .containsExactly(
                        "bansos-spark: --program harus salah satu dari PKH, SEMBAKO, didapat \"BLT\"", USAGE_ID);
        assertThat(withFile.code()).isEqualTo(2);
        assertThat(withFile.err().get(0))
                .isEqualTo("bansos-spark: --program must be one of PKH, SEMBAKO, LANSIA_DAERAH, got \"BLT\"");
    }

    /** docs/programs/lansia-daerah.yaml with its first rule (line 19) naming a field households lack. */
    private Path badProgrammeFile() throws IOException {
        Path file = dir.resolve("salah.yaml");
        String good = Files.readString(Path.of("../docs/programs/lansia-daerah.yaml"), StandardCharsets.UTF_8);
        Files.writeString(file, good.replace("household.region.startsWith", "household.regoin.startsWith"));
        return file;
    }

    @Test
    void aBadProgrammeFile_namesTheFileLineColumnAndField() throws IOException {
        Path file = badProgrammeFile();

        Run en = run(args("--programs", file.toString(), "--lang", "en", "in.jsonl"));
        Run id = run(args("--programs", file.toString(), "in.jsonl"));

        // Line 19: `        rule: "` puts the expression at column 16; the '.' before regoin is its
        // 10th character, so column 25.
        assertThat(en.code()).isEqualTo(2);
        assertThat(en.err())
                .containsExactly("bansos-spark: " + file + ":19:25: LANSIA_DAERAH: requires[1].rule: undefined"
                        + " field 'regoin' (column 10 of the expression) in: household.regoin.startsWith('52.08.')");
        assertThat(id.code()).isEqualTo(2);
        assertThat(id.err()).hasSize(1);
        assertThat(id.err().get(0)).startsWith("bansos-spark: " + file + ":19:25: LANSIA_DAERAH: requires[1].rule: ");
    }

    @Test
    void aMissingParameterFile_isNamed() {
        Path missing = dir.resolve("tidak-ada.yaml");

        Run r = run(args("--parameters", missing.toString(), "in.jsonl"));

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).containsExactly("bansos-spark: berkas tidak ada: " + missing);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(MainTexts.of("id").keys())
                .isEqualTo(MainTexts.of("en").keys())
                .contains("usage", "option.program");
    }
}
