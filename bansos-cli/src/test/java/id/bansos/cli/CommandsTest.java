package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** test, sample, reconcile and graduate, run in-process. */
class CommandsTest {
    private static final String HOUSEHOLD =
            "{id: KLU-1, region: 52.08.01.2001, desil: 2, members: [{nik: \"5208014101900001\","
                    + " sex: FEMALE, birth_date: 1990-01-01, relationship: HEAD, pregnant: true}]}";

    /** KLU-1, a pregnant mother alone, as one JSON line. */
    static final String MOTHER_JSONL =
            "{\"id\":\"KLU-1\",\"region\":\"52.08.01.2001\",\"desil\":2,\"members\":[{\"nik\":"
                    + "\"5208014101900001\",\"sex\":\"FEMALE\",\"birth_date\":\"1990-01-01\",\"relationship\":\"HEAD\","
                    + "\"pregnant\":true}]}\n";

    /** Evaluates PKH as of 2025-06-01 with one parameter file. */
    static CliRun evaluateWith(Path parameters, Path households) {
        return CliRun.of(
                "evaluate",
                "--program",
                "PKH",
                "--as-of",
                "2025-06-01",
                "--parameters",
                parameters.toString(),
                households.toString());
    }

    @Test
    void test_passesTheShippedScenarios() {
        CliRun run = CliRun.of("test", Path.of("..", "docs", "scenarios").toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).matches("(?s).*\n?[0-9]+ passed, 0 failed\n");
    }

    @Test
    void test_listsNothingButTheCountsOnAPass_andEveryScenarioWithVerbose(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ibu.yaml");
        // A pregnant mother in 2025: IBU_HAMIL Rp3.000.000 a year; the second scenario starts on line 8, after an empty
        // line.
        String scenario = "  program: PKH\n  as_of: 2025-06-01\n  household: " + HOUSEHOLD
                + "\n  expect:\n    annual_amount: 3000000\n";
        Files.writeString(file, "- name: Ibu hamil\n" + scenario + "\n- name: Ibu hamil lagi\n" + scenario);

        CliRun quiet = CliRun.of("test", file.toString());
        CliRun verbose = CliRun.of("test", "-v", file.toString());
        CliRun longForm = CliRun.of("test", "--verbose", "--lang", "en", file.toString());

        assertThat(quiet.exit()).isZero();
        assertThat(quiet.out()).isEqualTo("2 passed, 0 failed\n");
        assertThat(verbose.exit()).isZero();
        assertThat(verbose.out())
                .isEqualTo("PASS " + file + ":1: Ibu hamil\nPASS " + file + ":8: Ibu hamil lagi\n2 passed, 0 failed\n");
        assertThat(longForm.out()).isEqualTo(verbose.out());
    }

    @Test
    void test_reportsAWrongExpectationWithExpectedAndActual(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("salah.yaml");
        // A pregnant mother in 2025 gets IBU_HAMIL Rp3.000.000 a year, not Rp2.400.000.
        Files.writeString(
                file,
                "- name: Ibu hamil, harapan keliru\n  program: PKH\n  as_of: 2025-06-01\n  household: " + HOUSEHOLD
                        + "\n  expect:\n    annual_amount: 2400000\n");
        CliRun run = CliRun.of("test", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("salah.yaml:1")
                .contains("Ibu hamil, harapan keliru")
                .contains("2400000")
                .contains("3000000")
                .endsWith("0 passed, 1 failed\n");
    }

    @Test
    void test_countsMalformedAndOutOfBoundsFilesAsFailed_andRunsTheOthers(@TempDir Path dir) throws Exception {
        String scenario = "- name: Ibu hamil\n  program: PKH\n  as_of: 2025-06-01\n  household: " + HOUSEHOLD
                + "\n  expect:\n    annual_amount: 3000000\n";
        Files.writeString(dir.resolve("a-rusak.yaml"), "- name: [tidak ditutup\n");
        // Before: this index passed the reader and overflowed a long, losing the whole report (exit 1).
        Files.writeString(
                dir.resolve("b-besar.yaml"),
                scenario.replace("  as_of:", "  parameters: {pkh.index.IBU_HAMIL: 4611686018427387904}\n  as_of:"));
        Files.writeString(dir.resolve("c-baik.yaml"), scenario);

        CliRun run = CliRun.of("test", dir.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains("a-rusak.yaml:1:")
                .contains("b-besar.yaml:3:37:")
                // The reader's English in the default language, Bahasa Indonesia.
                .contains("pkh.index.IBU_HAMIL harus paling besar 1000000000000, didapat 4611686018427387904")
                .doesNotContain("Exception")
                .endsWith("1 passed, 2 failed\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void evaluate_refusesAParameterValueThatCouldOverflow_namingTheKey(@TempDir Path dir) throws Exception {
        Path params = dir.resolve("kab.yaml");
        Files.writeString(params, """
                schema_version: 1
                parameters:
                  pkh.index.IBU_HAMIL:
                    type: rupiah
                    values:
                      - from: 2019-01-01
                        value: 4611686018427387904
                        legal_basis: {instrument: Perbup}
                """);
        Path households = dir.resolve("h.jsonl");
        Files.writeString(households, MOTHER_JSONL);

        CliRun run = evaluateWith(params, households);

        // Before: exit 1, "ArithmeticException: long overflow".
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("bansos: " + params + ":7:16: pkh.index.IBU_HAMIL: value harus paling besar 1000000000000,"
                        + " didapat 4611686018427387904\n");
    }

    @Test
    void test_withNoScenarioExitsTwo(@TempDir Path dir) {
        CliRun run = CliRun.of("test", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void sample_isReproducibleAndRejectsSizeAbovePopulation(@TempDir Path dir) throws Exception {
        Path roster = dir.resolve("r.jsonl");
        assertThat(CliRun.of("generate", "--households", "500", "--seed", "1", "--output", roster.toString())
                        .exit())
                .isZero();
        CliRun a = CliRun.of("sample", "--size", "20", "--seed", "9", "--by", "district", roster.toString());
        CliRun b = CliRun.of("sample", "--size", "20", "--seed", "9", "--by", "district", roster.toString());
        assertThat(a.exit()).isZero();
        assertThat(a.out().lines()).hasSize(20).doesNotHaveDuplicates();
        assertThat(b.out()).isEqualTo(a.out());
        CliRun tooMany = CliRun.of("sample", "--size", "501", "--seed", "9", roster.toString());
        assertThat(tooMany.exit()).isEqualTo(2);
        assertThat(tooMany.err())
                .isEqualTo("bansos: --size tidak boleh melebihi 500 keluarga dalam masukan, didapat 501\n");
        CliRun tooManyEn = CliRun.of("sample", "--size", "501", "--seed", "9", "--lang", "en", roster.toString());
        assertThat(tooManyEn.err())
                .isEqualTo("bansos: --size must not exceed the 500 households of the input, got 501\n");
        // Cochran, 5 % at 95 %: n0 = 384.15; 384.15 / (1 + 383.15 / 500) = 217.5 -> 218.
        CliRun margin = CliRun.of("sample", "--size-for-margin", "0.05", roster.toString());
        assertThat(margin.out()).isEqualTo("218\n");
    }

    @Test
    void reconcile_countsAddUp(@TempDir Path dir) throws Exception {
        Path before = dir.resolve("before.jsonl");
        assertThat(CliRun.of("generate", "--households", "40", "--seed", "4", "--output", before.toString())
                        .exit())
                .isZero();
        List<String> lines = Files.readAllLines(before);
        Path after = dir.resolve("after.jsonl");
        Files.write(after, lines.subList(0, 30));
        CliRun run = CliRun.of(
                "reconcile",
                "--program",
                "SEMBAKO",
                "--as-of",
                "2025-06-01",
                "--lang",
                "en",
                "--before",
                before.toString(),
                "--after",
                after.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        // 40 before, 30 after, all 30 stayed: 10 left, each with a primary reason.
        assertThat(run.out().lines()).hasSize(10);
        assertThat(run.err())
                .containsPattern("before +40")
                .containsPattern("after +30")
                .containsPattern("left +10");
    }

    @Test
    void reconcile_readsRecordedExitsAndVisits_andWritesTheDesilBeforeAndAfter(@TempDir Path dir) throws Exception {
        // Three one-person families; KLU-1 stays. KLU-2 left with MENOLAK recorded; KLU-3's head was found a
        // village official on a visit. Registry: KLU-2 now desil 5 (desil test in force on 2025-06-01).
        String head = "{\"nik\":\"5208014101900001\",\"sex\":\"FEMALE\",\"birth_date\":\"1990-01-01\","
                + "\"relationship\":\"HEAD\"}";
        String line = "{\"id\":\"KLU-%d\",\"region\":\"52.08.01.2001\",\"desil\":%d,\"members\":[%s]}\n";
        Path before = dir.resolve("before.jsonl");
        Files.writeString(
                before,
                String.format(line, 1, 2, head)
                        + String.format(line, 2, 2, head.replace("0001\"", "0002\""))
                        + String.format(line, 3, 3, head.replace("0001\"", "0003\"")));
        Path after = dir.resolve("after.jsonl");
        Files.writeString(after, String.format(line, 1, 2, head));
        Path registry = dir.resolve("registry.jsonl");
        Files.writeString(
                registry,
                String.format(line, 2, 5, head.replace("0001\"", "0002\""))
                        + String.format(line, 3, 3, head.replace("0001\"", "0003\"")));
        Path enrollments = dir.resolve("e.jsonl");
        Files.writeString(
                enrollments,
                "{\"household_id\":\"KLU-2\",\"program\":\"SEMBAKO\",\"since\":\"2019-01-01\",\"status\":\"TERMINATED\","
                        + "\"exit_reason\":\"MENOLAK\",\"exit_date\":\"2025-03-01\"}\n");
        Path observations = dir.resolve("o.jsonl");
        Files.writeString(
                observations,
                "{\"household_id\":\"KLU-3\",\"observed_on\":\"2025-05-01\",\"occupations\":[{\"member_index\":0,"
                        + "\"occupation\":\"PERANGKAT_DESA\"}]}\n");

        CliRun run = CliRun.of(
                "reconcile",
                "--program",
                "SEMBAKO",
                "--as-of",
                "2025-06-01",
                "--before",
                before.toString(),
                "--after",
                after.toString(),
                "--registry",
                registry.toString(),
                "--enrollments",
                enrollments.toString(),
                "--observations",
                observations.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines())
                .containsExactly(
                        "{\"household_id\":\"KLU-2\",\"region\":\"52.08.01.2001\",\"source\":\"ENROLLMENT\","
                                + "\"primary_reason\":\"MENOLAK\",\"desil_before\":2,\"desil_after\":5,"
                                + "\"reasons\":[\"MENOLAK\",\"DESIL_DI_LUAR_SASARAN\"]}",
                        "{\"household_id\":\"KLU-3\",\"region\":\"52.08.01.2001\",\"source\":\"REGISTRY\","
                                + "\"primary_reason\":\"EXCL_PERANGKAT_DESA\",\"desil_before\":3,\"desil_after\":3,"
                                + "\"reasons\":[\"EXCL_PERANGKAT_DESA\"]}");
    }

    @Test
    void reconcile_writesRejectsOfEveryFileToRejects_asJsonLines_andExitsThree(@TempDir Path dir) throws Exception {
        // Line 2 of the before roster has no members; line 1 of the enrolments names an unknown status.
        // Both are rejects with file, line, household and field; KLU-1 stays, so nobody left.
        String head = "{\"nik\":\"5208014101900001\",\"sex\":\"FEMALE\",\"birth_date\":\"1990-01-01\","
                + "\"relationship\":\"HEAD\"}";
        String one = "{\"id\":\"KLU-1\",\"region\":\"52.08.01.2001\",\"desil\":2,\"members\":[" + head + "]}\n";
        Path before = dir.resolve("before.jsonl");
        Files.writeString(before, one + "{\"id\":\"KLU-2\",\"region\":\"52.08.01.2001\",\"members\":[]}\n");
        Path after = dir.resolve("after.jsonl");
        Files.writeString(after, one);
        Path enrollments = dir.resolve("e.jsonl");
        Files.writeString(
                enrollments,
                "{\"household_id\":\"KLU-9\",\"program\":\"SEMBAKO\",\"since\":\"2019-01-01\",\"status\":\"GONE\"}\n");
        Path output = dir.resolve("left.jsonl");
        Path rejects = dir.resolve("rejects.jsonl");

        CliRun run = CliRun.of(
                "reconcile",
                "--program",
                "SEMBAKO",
                "--as-of",
                "2025-06-01",
                "--before",
                before.toString(),
                "--after",
                after.toString(),
                "--enrollments",
                enrollments.toString(),
                "--output",
                output.toString(),
                "--rejects",
                rejects.toString(),
                "--lang",
                "en");

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        List<String> lines = Files.readAllLines(rejects);
        // The lines of --enrollments are read first; the rosters as the comparison reads them.
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .startsWith("{\"line\":1,")
                .contains("\"household_id\":\"KLU-9\"")
                .contains("\"error\":\"e.jsonl:1:75: household KLU-9: status: must be one of");
        assertThat(lines.get(1))
                .startsWith("{\"line\":2,")
                .contains("\"household_id\":\"KLU-2\"")
                .contains("\"error\":\"before.jsonl:2:");
        assertThat(Files.readString(output)).isEmpty();
        assertThat(run.err()).doesNotContain("before.jsonl:2").containsPattern("before +1");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void reconcileAndGraduate_rejectAHouseholdWithAMemberBornAfterTheDate(@TempDir Path dir) throws Exception {
        // KLU-2's child is born 2025-06-02, the day after the date: a reject (exit 3), not exit 2.
        String head = "{\"nik\":\"5208014101900001\",\"sex\":\"FEMALE\",\"birth_date\":\"1990-01-01\","
                + "\"relationship\":\"HEAD\"}";
        String baby = "{\"nik\":\"5208010206250002\",\"sex\":\"MALE\",\"birth_date\":\"2025-06-02\","
                + "\"relationship\":\"CHILD\"}";
        Path households = dir.resolve("h.jsonl");
        Files.writeString(
                households,
                "{\"id\":\"KLU-1\",\"region\":\"52.08.01.2001\",\"desil\":2,\"members\":[" + head + "]}\n"
                        + "{\"id\":\"KLU-2\",\"region\":\"52.08.01.2001\",\"desil\":2,\"members\":["
                        + head.replace("0001\"", "0003\"") + "," + baby + "]}\n");
        Path enrollments = dir.resolve("e.jsonl");
        Files.writeString(
                enrollments,
                "{\"household_id\":\"KLU-2\",\"program\":\"PKH\",\"since\":\"2018-02-01\",\"status\":\"ACTIVE\"}\n");
        String expected = "h.jsonl:2: keluarga KLU-2: birth_date: anggota 1 lahir setelah tanggal evaluasi 2025-06-01";

        CliRun graduate = CliRun.of(
                "graduate", "--as-of", "2025-06-01", "--enrollments", enrollments.toString(), households.toString());
        CliRun reconcile = CliRun.of(
                "reconcile",
                "--program",
                "PKH",
                "--as-of",
                "2025-06-01",
                "--before",
                households.toString(),
                "--after",
                households.toString());

        assertThat(graduate.exit()).as(graduate.err()).isEqualTo(3);
        assertThat(graduate.err()).contains(expected).contains("dinilai 0 kepesertaan aktif");
        assertThat(reconcile.exit()).as(reconcile.err()).isEqualTo(3);
        assertThat(reconcile.err()).contains(expected).doesNotContain("2025-06-02");
    }

    @Test
    void graduate_findsTheSignedStatement(@TempDir Path dir) throws Exception {
        Path households = dir.resolve("h.jsonl");
        Files.writeString(households, MOTHER_JSONL);
        Path enrollments = dir.resolve("e.jsonl");
        Files.writeString(
                enrollments,
                "{\"household_id\":\"KLU-1\",\"program\":\"PKH\",\"since\":\"2018-02-01\","
                        + "\"status\":\"ACTIVE\"}\n");
        Path observations = dir.resolve("o.jsonl");
        Files.writeString(
                observations,
                "{\"household_id\":\"KLU-1\",\"observed_on\":\"2025-05-20\"," + "\"signed_statement\":true}\n");
        CliRun run = CliRun.of(
                "graduate",
                "--as-of",
                "2025-06-01",
                "--enrollments",
                enrollments.toString(),
                "--observations",
                observations.toString(),
                households.toString());
        assertThat(run.exit()).isZero();
        // Enrolled since 2018-02-01: seven whole years on 2025-06-01, more than five, so a priority.
        assertThat(run.out())
                .contains("\"type\":\"GRAD_MANDIRI\"")
                .contains("\"years_enrolled\":7")
                .contains("\"priority\":true");
    }

    @Test
    void graduate_rejectsBadEnrolmentAndCommitmentLines_andAssessesTheRest(@TempDir Path dir) throws Exception {
        // Before: the first of these lines aborted the run with exit 2 and no assessment.
        Path households = dir.resolve("h.jsonl");
        Files.writeString(
                households,
                MOTHER_JSONL + MOTHER_JSONL.replace("KLU-1", "KLU-2").replace("0001\"", "0003\""));
        Path enrollments = dir.resolve("e.jsonl");
        Files.writeString(enrollments, """
                {"household_id":"KLU-1","program":"BANSOS_KAB","since":"2018-02-01","status":"ACTIVE"}
                {"household_id":"KLU-1","program":"PKH","since":"2025-07-01","status":"ACTIVE"}
                {"household_id":"KLU-2","program":"PKH","since":"2010-02-01","status":"ACTIVE"}
                """);
        String check = "\"checks\":[{\"kind\":\"P2K2\",\"member_index\":0,\"scheduled\":4,\"attended\":4}]}\n";
        Path commitments = dir.resolve("c.jsonl");
        Files.writeString(
                commitments,
                "{\"household_id\":\"KLU-2\",\"tahap\":\"2024-I\"," + check
                        + "{\"household_id\":\"KLU-2\",\"tahap\":\"2024-I\"," + check
                        + "{\"household_id\":\"KLU-2\",\"tahap\":\"2011-I\"," + check
                        + "{\"household_id\":\"KLU-2\",\"tahap\":\n");
        Path rejects = dir.resolve("rejects.jsonl");

        CliRun run = CliRun.of(
                "graduate",
                "--as-of",
                "2025-06-01",
                "--enrollments",
                enrollments.toString(),
                "--commitments",
                commitments.toString(),
                "--rejects",
                rejects.toString(),
                households.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).contains("\"household_id\":\"KLU-2\"").doesNotContain("KLU-1");
        assertThat(run.err())
                .contains("dinilai 1 kepesertaan aktif per 2025-06-01")
                .contains("  bukan kandidat: 1\n")
                .contains("dilewati 1 kepesertaan dalam program selain PKH dan SEMBAKO")
                .doesNotContain("Exception");
        List<String> lines = Files.readAllLines(rejects);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0))
                .isEqualTo("{\"line\":2,\"household_id\":\"KLU-1\",\"error\":\"e.jsonl:2: keluarga KLU-1: since:"
                        + " kepesertaan dimulai setelah tanggal penilaian 2025-06-01, pada 2025-07-01\"}");
        assertThat(lines.get(1)).startsWith("{\"line\":2,\"household_id\":\"KLU-2\",\"error\":\"c.jsonl:2:");
        assertThat(lines.get(2)).startsWith("{\"line\":3,\"household_id\":\"KLU-2\",\"error\":\"c.jsonl:3:");
        assertThat(lines.get(3)).startsWith("{\"line\":4,\"column\":");
    }

    @Test
    void everyHouseholdFormatInUtf16_isRefusedAsAWholeWithExitTwo(@TempDir Path dir) throws Exception {
        String line = Files.readString(Path.of(EvaluateCommandTest.roster()))
                .lines()
                .findFirst()
                .orElseThrow();
        String csv = """
                household_id,region,nik,sex,birth_date,relationship
                KLU-1,52.08.01.2001,5208014101900001,P,1990-01-01,HEAD
                """;
        for (String[] file :
                new String[][] {{"h.jsonl", line + "\n" + line + "\n"}, {"h.json", "[" + line + "]"}, {"h.csv", csv}}) {
            Path input = dir.resolve(file[0]);
            Files.write(input, file[1].getBytes(StandardCharsets.UTF_16LE));
            Path output = dir.resolve("out-" + file[0] + ".jsonl");
            CliRun run = CliRun.of(
                    "evaluate",
                    "--program",
                    "PKH",
                    "--as-of",
                    "2025-06-01",
                    "--output",
                    output.toString(),
                    input.toString());
            assertThat(run.exit()).as(file[0]).isEqualTo(2);
            assertThat(run.err())
                    .as(file[0])
                    .isEqualTo("bansos: " + file[0] + ": berenkode UTF-16LE (NUL bytes), bukan UTF-8; simpan sebagai"
                            + " UTF-8\n");
            assertThat(output).doesNotExist();
        }
    }
}
