package id.bansos.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.bansos.batch.BatchEvaluator;
import id.bansos.batch.BatchSummary;
import id.bansos.batch.SummaryJson;
import id.bansos.io.HouseholdSource;
import id.bansos.io.Masking;
import id.bansos.io.json.DecisionWriter;
import id.bansos.io.json.HouseholdWriter;
import id.bansos.io.json.RejectJson;
import id.bansos.model.Household;
import id.bansos.rules.MessageRenderer;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.ProgramDefinition;
import id.bansos.rules.Programs;
import id.bansos.synthetic.SyntheticPopulation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SparkEvaluation} on a {@code local[2]} session against {@link BatchEvaluator} on the same
 * files: the part files in name order must be the bytes of {@code evaluate}, whatever the splits.
 */
class SparkEvaluationTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = Sessions.local();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    /** The JSON lines of synthetic households, one per line, ending in a line feed. */
    private static List<String> lines(long seed, int count, double duplicateNikShare) throws IOException {
        List<String> lines = new ArrayList<>();
        SyntheticPopulation population = SyntheticPopulation.builder()
                .seed(seed)
                .duplicateNikShare(duplicateNikShare)
                .build();
        for (Household h : (Iterable<Household>) population.stream(count)::iterator) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (HouseholdWriter w = HouseholdWriter.of(out, Masking.NONE)) {
                w.write(h);
            }
            lines.add(out.toString(StandardCharsets.UTF_8).strip());
        }
        return lines;
    }

    private Path write(String name, List<String> lines, String lineEnd) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join(lineEnd, lines) + lineEnd, StandardCharsets.UTF_8);
        return file;
    }

    /** What {@code bansos evaluate --output --rejects --summary} writes for a file. */
    private record Expected(String decisions, String rejects, String summary, BatchSummary counts) {}

    private static Expected evaluate(Path file, ProgramDefinition program, Locale locale) throws IOException {
        BatchEvaluator evaluator = BatchEvaluator.builder()
                .program(program)
                .parameters(NationalPolicy.load())
                .asOf(AS_OF)
                .threads(2)
                .build();
        MessageRenderer renderer = MessageRenderer.forLocale(locale);
        ByteArrayOutputStream decisions = new ByteArrayOutputStream();
        ByteArrayOutputStream rejects = new ByteArrayOutputStream();
        JsonGenerator json = new JsonFactory().createGenerator(rejects, JsonEncoding.UTF8);
        json.setRootValueSeparator(null);
        BatchSummary summary = evaluator.run(
                HouseholdSource.of(file),
                decisions,
                d -> DecisionWriter.encode(d, renderer),
                r -> RejectJson.write(json, r, locale));
        json.flush();
        ByteArrayOutputStream summaryJson = new ByteArrayOutputStream();
        SummaryJson.write(summary, Optional.empty(), summaryJson);
        return new Expected(
                decisions.toString(StandardCharsets.UTF_8),
                rejects.toString(StandardCharsets.UTF_8),
                summaryJson.toString(StandardCharsets.UTF_8),
                summary);
    }

    private SparkEvaluation.Result runSpark(Path file, String program, String language, long splitBytes)
            throws IOException {
        spark.conf().set("spark.sql.files.maxPartitionBytes", Long.toString(splitBytes));
        return SparkEvaluation.builder()
                .program(program)
                .asOf(AS_OF)
                .language(language)
                .build()
                .run(
                        spark,
                        file.toString(),
                        dir.resolve("out").toString(),
                        dir.resolve("rejects").toString());
    }

    /** The part files of a directory, in name order, one after the other. */
    static byte[] concatenated(Path partDir) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.list(partDir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("part-"))
                    .sorted()
                    .toList()) {
                all.write(Files.readAllBytes(p));
            }
        }
        return all.toByteArray();
    }

    private void assertSameAsEvaluate(Path file, ProgramDefinition program, String language, long splitBytes)
            throws IOException {
        Locale locale = language.equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("id");
        Expected expected = evaluate(file, program, locale);
        SparkEvaluation.Result result = runSpark(file, program.program().code(), language, splitBytes);
        assertThat(new String(concatenated(dir.resolve("out")), StandardCharsets.UTF_8))
                .isEqualTo(expected.decisions());
        assertThat(new String(concatenated(dir.resolve("rejects")), StandardCharsets.UTF_8))
                .isEqualTo(expected.rejects());
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        SummaryJson.write(result.summary(), Optional.empty(), summary);
        assertThat(summary.toString(StandardCharsets.UTF_8)).isEqualTo(expected.summary());
        assertThat(result.summary()).isEqualTo(expected.counts());
        assertThat(dir.resolve("out").resolve("_temporary")).doesNotExist();
    }

    @Test
    void manySmallSplitsGiveTheBytesOfEvaluateWithDuplicatesAcrossPartitions() throws IOException {
        // 300 households, a fifth of the NIKs also in another household: ~100 splits of 2 KB.
        List<String> lines = lines(7, 300, 0.2);
        Path file = write("roster.jsonl", lines, "\n");
        assertSameAsEvaluate(file, Programs.pkh(), "id", 2_000);
    }

    @Test
    void repeatedIdsRejectsBlankLinesAndCrLfAcrossSplitsAsEvaluateDoes() throws IOException {
        List<String> households = lines(11, 120, 0.0);
        List<String> all = new ArrayList<>(households);
        // Line 11 blank, line 21 not JSON, then at the end a copy of line 6 (the same id twice) and
        // household 41 again under another id (every NIK now in two households).
        all.add(10, "");
        all.add(20, "{not json");
        String copied = households.get(5);
        String shared = households.get(40);
        all.add(copied);
        all.add(shared.replace("\"id\":\"KLU-00000041\"", "\"id\":\"COPY-41\""));
        assertThat(all.get(all.size() - 1)).contains("COPY-41");
        Path file = write("roster.jsonl", all, "\r\n");
        assertSameAsEvaluate(file, Programs.sembako(), "en", 4_096);

        // Worked out from the file: 124 lines; the id of line 6 is also on line 123, the last but one.
        String rejects = new String(concatenated(dir.resolve("rejects")), StandardCharsets.UTF_8);
        assertThat(rejects.lines()).hasSize(3);
        assertThat(rejects).contains("\"line\":21,");
        assertThat(rejects).contains("household id appears in 2 records, at lines 6, 123");
        String decisions = new String(concatenated(dir.resolve("out")), StandardCharsets.UTF_8);
        // 122 household records, the two with the repeated id rejected.
        assertThat(decisions.lines()).hasSize(120);
        assertThat(decisions.lines().filter(d -> d.contains("DATA_GANDA"))).hasSize(2);
    }
}
