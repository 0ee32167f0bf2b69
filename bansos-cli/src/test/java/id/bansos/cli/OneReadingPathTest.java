package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.batch.BatchEvaluator;
import id.bansos.io.HouseholdSource;
import id.bansos.io.json.DecisionWriter;
import id.bansos.model.decision.Decision;
import id.bansos.rules.MessageRenderer;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command reads a household file as {@code evaluate} does: a repeated id or a split CSV
 * household is rejected in every record, a member born after the date is a reject, and {@code
 * DATA_GANDA} applies wherever a command decides.
 */
class OneReadingPathTest {
    /**
     * As of 2025-06-01, PKH: A a pregnant head (IBU_HAMIL, Rp3.000.000); B and C each a head with a
     * child born 2020 (ANAK_USIA_DINI) whose NIK is in both, so DATA_GANDA; S split in two (lines 7
     * and 10), rejected in both records; D a head with an SD child (Rp900.000) whose NIK is also in
     * S's second record, which, rejected, makes no DATA_GANDA. Decided: A, B, C, D; eligible A and
     * D, Rp3.900.000 in all; rejected 2 of 6 records.
     */
    private static final String ROSTER = """
            household_id,region,desil,nik,sex,birth_date,relationship,pregnant,school_level
            A,52.08.01.2001,2,5208014101900001,FEMALE,1990-01-01,HEAD,true,
            B,52.08.01.2001,2,5208010101800002,MALE,1980-01-01,HEAD,,
            B,52.08.01.2001,2,5208010101200003,MALE,2020-01-01,CHILD,,
            C,52.08.01.2001,2,5208010101810004,MALE,1981-01-01,HEAD,,
            C,52.08.01.2001,2,5208010101200003,MALE,2020-01-01,CHILD,,
            S,52.08.01.2001,2,5208010101820005,MALE,1982-01-01,HEAD,,
            D,52.08.01.2001,2,5208010101830006,MALE,1983-01-01,HEAD,,
            D,52.08.01.2001,2,5208010101150007,MALE,2015-01-01,CHILD,,SD
            S,52.08.01.2001,2,5208010101150007,MALE,2015-01-01,CHILD,,SD
            """;

    private static final String SPLIT_7 =
            "roster.csv:7: household S: household_id: household id appears in 2 records, at lines 7, 10";
    /** The second part has no head: the reader's reject, with the repeated id appended. */
    private static final String SPLIT_10 =
            "roster.csv:10: household S: members must include a HEAD; household id appears in 2 records, at lines 7, 10";
    /** The same two rejects in Bahasa Indonesia, the default language. */
    private static final String SPLIT_7_ID =
            "roster.csv:7: keluarga S: household_id: id keluarga muncul di 2 rekaman, di baris 7, 10";

    private static final String SPLIT_10_ID = "roster.csv:10: keluarga S: members harus memuat satu HEAD (kepala"
            + " keluarga); id keluarga muncul di 2 rekaman, di baris 7, 10";

    private static Path roster(Path dir) throws Exception {
        Path file = dir.resolve("roster.csv");
        Files.writeString(file, ROSTER);
        return file;
    }

    @Test
    void explain_givesTheDecisionEvaluateWrites_forEveryHouseholdOfTheFile(@TempDir Path dir) throws Exception {
        Path roster = roster(dir);
        Path decisions = dir.resolve("decisions.jsonl");
        CliRun evaluate = evaluate(roster, decisions, dir.resolve("summary.json"));
        assertThat(evaluate.exit()).as(evaluate.err()).isEqualTo(3);
        List<String> lines = Files.readAllLines(decisions, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);

        // The library call explain makes gives, for each id, the very line evaluate wrote.
        BatchEvaluator evaluator = BatchEvaluator.builder()
                .program(Programs.pkh())
                .parameters(NationalPolicy.load())
                .asOf(LocalDate.of(2025, 6, 1))
                .threads(1)
                .build();
        MessageRenderer renderer = MessageRenderer.forLocale(Locale.forLanguageTag("id"));
        List<String> ids = List.of("A", "B", "C", "D");
        for (int i = 0; i < ids.size(); i++) {
            Decision d = evaluator
                    .decide(HouseholdSource.of(roster), ids.get(i))
                    .decision()
                    .orElseThrow();
            assertThat(new String(DecisionWriter.encode(d, renderer), StandardCharsets.UTF_8))
                    .isEqualTo(lines.get(i) + "\n");
        }
        assertThat(lines.get(1)).contains("\"eligible\":false").contains("DATA_GANDA");
        assertThat(lines.get(3)).contains("\"eligible\":true").doesNotContain("DATA_GANDA");

        // And the page says so: B shares a NIK with C.
        CliRun explainB = explain(roster, "B");
        assertThat(explainB.exit()).as(explainB.err()).isZero();
        assertThat(explainB.out())
                .contains("Outcome: NOT ELIGIBLE")
                .contains("DATA_GANDA")
                .doesNotContain("Outcome: ELIGIBLE");
        CliRun explainD = explain(roster, "D");
        assertThat(explainD.exit()).as(explainD.err()).isZero();
        assertThat(explainD.out()).contains("Outcome: ELIGIBLE").doesNotContain("DATA_GANDA");
    }

    @Test
    void explain_ofASplitHousehold_givesEvaluatesRejectsAndExitsThree(@TempDir Path dir) throws Exception {
        Path roster = roster(dir);

        CliRun run = explain(roster, "S");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(SPLIT_7 + System.lineSeparator() + SPLIT_10 + System.lineSeparator());
    }

    @Test
    void explain_ofARepeatedIdOrALateBirth_givesTheRejects(@TempDir Path dir) throws Exception {
        String head = "{\"nik\":\"5208014101900001\",\"sex\":\"FEMALE\",\"birth_date\":\"1990-01-01\","
                + "\"relationship\":\"HEAD\",\"pregnant\":true}";
        String baby = "{\"nik\":\"5208010206250002\",\"sex\":\"MALE\",\"birth_date\":\"2025-06-02\","
                + "\"relationship\":\"CHILD\"}";
        Path file = dir.resolve("r.jsonl");
        Files.writeString(
                file,
                "{\"id\":\"R\",\"region\":\"52.08.01.2001\",\"desil\":2,\"members\":[" + head + "]}\n"
                        + "{\"id\":\"L\",\"region\":\"52.08.01.2001\",\"desil\":2,\"members\":["
                        + head.replace("0001\"", "0003\"") + "," + baby + "]}\n"
                        + "{\"id\":\"R\",\"region\":\"52.08.01.2001\",\"desil\":2,\"members\":["
                        + head.replace("0001\"", "0004\"") + "]}\n");

        CliRun repeated = explain(file, "R");
        CliRun late = explain(file, "L");
        CliRun absent = explain(file, "X");

        assertThat(repeated.exit()).isEqualTo(3);
        assertThat(repeated.err())
                .isEqualTo("r.jsonl:1: household R: id: household id appears in 2 records, at lines 1, 3"
                        + System.lineSeparator()
                        + "r.jsonl:3: household R: id: household id appears in 2 records, at lines 1, 3"
                        + System.lineSeparator());
        assertThat(late.exit()).isEqualTo(3);
        assertThat(late.err())
                .isEqualTo("r.jsonl:2: household L: birth_date: member 1 is born after the date of evaluation"
                        + " 2025-06-01" + System.lineSeparator());
        assertThat(absent.exit()).isEqualTo(2);
        assertThat(absent.err()).contains("household X is not among the valid records of r.jsonl");
    }

    @Test
    void whatif_baseTotals_equalEvaluatesTotalsOnTheSameFile(@TempDir Path dir) throws Exception {
        Path roster = roster(dir);
        Path summary = dir.resolve("summary.json");
        Path reform = CliRun.writeCap3(dir);
        CliRun evaluate = evaluate(roster, dir.resolve("d.jsonl"), summary);
        CliRun whatif = CliRun.of(
                "whatif",
                "--program",
                "PKH",
                "--as-of",
                "2025-06-01",
                "--parameters",
                reform.toString(),
                "--lang",
                "en",
                roster.toString());

        String json = Files.readString(summary);
        assertThat(number(json, "\"decided\"\\s*:\\s*(\\d+)")).isEqualTo("4");
        assertThat(number(json, "\"eligible\"\\s*:\\s*(\\d+)")).isEqualTo("2");
        assertThat(number(json, "\"total_annual_amount\"\\s*:\\s*(\\d+)")).isEqualTo("3900000");
        assertThat(whatif.exit()).as(whatif.err()).isEqualTo(3);
        assertThat(whatif.err())
                .contains(SPLIT_7)
                .contains(SPLIT_10)
                .contains("Households compared: 4")
                .contains("Eligible before/after: 2 / 2")
                .contains("Total annual amount before: Rp3,900,000")
                .contains("Total annual amount after: Rp3,900,000");
        assertThat(evaluate.err()).contains(SPLIT_7_ID);
    }

    @Test
    void sampleAndGraduate_leaveOutTheRecordsEvaluateRejects(@TempDir Path dir) throws Exception {
        Path roster = roster(dir);
        Path enrollments = dir.resolve("e.jsonl");
        Files.writeString(enrollments, """
                {"household_id":"S","program":"PKH","since":"2018-02-01","status":"ACTIVE"}
                {"household_id":"A","program":"PKH","since":"2018-02-01","status":"ACTIVE"}
                """);

        CliRun margin = CliRun.of("sample", "--size-for-margin", "0.05", roster.toString());
        CliRun sample = CliRun.of("sample", "--size", "4", "--seed", "1", roster.toString());
        CliRun graduate = CliRun.of(
                "graduate", "--as-of", "2025-06-01", "--enrollments", enrollments.toString(), roster.toString());

        assertThat(margin.exit()).as(margin.err()).isEqualTo(3);
        // Cochran for 4 households at 5 %: n0 = 384.15; 384.15 / (1 + 383.15 / 4) = 3.97, rounded up to 4.
        assertThat(margin.err())
                .contains(SPLIT_7_ID)
                .contains(SPLIT_10_ID)
                .contains("populasi 4, margin galat 0,05, tingkat kepercayaan 0,95: ukuran sampel 4\n");
        assertThat(sample.exit()).as(sample.err()).isEqualTo(3);
        assertThat(sample.out().lines().toList()).hasSize(4).noneMatch(l -> l.contains("\"household_id\":\"S\""));
        assertThat(graduate.exit()).as(graduate.err()).isEqualTo(3);
        assertThat(graduate.err()).contains(SPLIT_7_ID).contains(SPLIT_10_ID).contains("dinilai 1 kepesertaan aktif");
        assertThat(graduate.out()).contains("\"household_id\":\"A\"").doesNotContain("\"household_id\":\"S\"");
    }

    private static CliRun evaluate(Path roster, Path decisions, Path summary) {
        return CliRun.of(
                "evaluate",
                "--program",
                "PKH",
                "--as-of",
                "2025-06-01",
                "--output",
                decisions.toString(),
                "--summary",
                summary.toString(),
                roster.toString());
    }

    private static CliRun explain(Path file, String id) {
        return CliRun.of(
                "explain",
                "--program",
                "PKH",
                "--as-of",
                "2025-06-01",
                "--lang",
                "en",
                "--household",
                id,
                file.toString());
    }

    private static String number(String json, String regex) {
        Matcher m = Pattern.compile(regex).matcher(json);
        assertThat(m.find()).as(regex + " in " + json).isTrue();
        return m.group(1);
    }
}
