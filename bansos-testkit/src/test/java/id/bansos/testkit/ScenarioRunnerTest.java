package id.bansos.testkit;

import static id.bansos.testkit.ScenarioReaderTest.HEAD;
import static id.bansos.testkit.ScenarioReaderTest.VALID;
import static id.bansos.testkit.ScenarioReaderTest.WIFE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.Relationship;
import id.bansos.model.Sex;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.id.Nik;
import id.bansos.model.id.RegionCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Program;
import id.bansos.rules.Engine;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRunnerTest {
    static final ScenarioRunner RUNNER = ScenarioRunner.national();

    /** The runner reporting in English: a file's mistake is in the runner's language, as its reasons. */
    static final ScenarioRunner ENGLISH = RUNNER.withLocale(Locale.ENGLISH);

    @TempDir
    Path dir;

    /** A pregnant wife (3.000.000) and nothing else; the expectation wrongly adds a child in SD. */
    static final String WRONG = "- name: Ibu hamil dan anak SD\n"
            + "  program: PKH\n"
            + "  as_of: 2024-03-01\n"
            + "  household:\n"
            + "    id: H1\n"
            + "    region: 52.08.01.2001\n"
            + "    members:\n"
            + "      - " + HEAD + "\n"
            + "      - " + WIFE + "\n"
            + "  expect:\n"
            + "    eligible: true\n"
            + "    annual_amount: 3900000\n"
            + "    components: [IBU_HAMIL, SD]\n"
            + "    reasons: [MEMENUHI_KOMPONEN]\n";

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static ScenarioResult runText(ScenarioRunner runner, String yaml) {
        return runner.run(runner.read(new StringReader(yaml), "test.yaml").get(0));
    }

    @Test
    void report_showsEachFailedExpectationAndTheDecisionWithItsReasons() throws IOException {
        Path file = write("pkh.yaml", VALID + WRONG);
        RunResult result = RUNNER.run(List.of(file));
        assertThat(result.report())
                .isEqualTo("FAILED " + file + ":12: Ibu hamil dan anak SD\n"
                        + "  annual_amount: expected 3900000, actual 3000000\n"
                        + "  components: expected [IBU_HAMIL, SD], actual [IBU_HAMIL]\n"
                        + "  decision for H1 (PKH, 2024-03-01): eligible, annual_amount 3000000,"
                        + " amount_per_payment 750000, components [IBU_HAMIL]\n"
                        + "    TIDAK_DIKECUALIKAN (common.exclusion): Tidak ada anggota keluarga yang hidup dengan"
                        + " pekerjaan yang dikecualikan.\n"
                        + "    MEMENUHI_KOMPONEN (pkh.component): 1 anggota keluarga memenuhi komponen PKH.\n"
                        // 3.000.000 a year (IBU_HAMIL, 2024); 2024-03-01 is in tahap 1: 3.000.000 / 4.
                        + "    JUMLAH_BANTUAN (pkh.amount): Bantuan setahun Rp3.000.000, dibayar dalam empat tahap;"
                        + " pembayaran Tahap I Rp750.000.\n"
                        + "\n"
                        + "1 passed, 1 failed\n");
        assertThat(result.passed()).isEqualTo(1);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.exitCode()).isEqualTo(1);
        ScenarioResult failed = result.results().get(1);
        assertThat(failed.mismatches())
                .containsExactly(
                        Mismatch.of("H1", "annual_amount", "3900000", "3000000"),
                        Mismatch.of("H1", "components", "[IBU_HAMIL, SD]", "[IBU_HAMIL]"));
        assertThat(failed.decisions()).hasSize(1);
        assertThat(failed.line()).isEqualTo(12);
    }

    @Test
    void report_rendersReasonsInEnglishOnRequest() {
        ScenarioResult r = runText(RUNNER.withLocale(Locale.ENGLISH), WRONG);
        assertThat(r.report())
                .contains("    MEMENUHI_KOMPONEN (pkh.component): 1 family members qualify for a PKH component.\n");
    }

    @Test
    void report_namesTheHouseholdInABatchAndShowsOnlyTheDecisionsConcerned() {
        String yaml = "- name: Dua keluarga berbagi NIK\n"
                + "  program: PKH\n"
                + "  as_of: 2024-03-01\n"
                + "  households:\n"
                + "    - {id: A, region: 52.08.01.2001, members: [" + HEAD + ", " + WIFE + "]}\n"
                + "    - {id: B, region: 52.08.01.2001, members: [" + WIFE.replace("SPOUSE", "HEAD") + "]}\n"
                + "  expect:\n"
                + "    A: {eligible: false}\n"
                + "    B: {eligible: true, reasons: [DATA_GANDA]}\n";
        ScenarioResult r = runText(RUNNER, yaml);
        assertThat(r.report())
                .isEqualTo("FAILED test.yaml:1: Dua keluarga berbagi NIK\n"
                        + "  B eligible: expected true, actual false\n"
                        + "  decision for B (PKH, 2024-03-01): not eligible, annual_amount 0, amount_per_payment 0,"
                        + " components []\n"
                        + "    TIDAK_DIKECUALIKAN (common.exclusion): Tidak ada anggota keluarga yang hidup dengan"
                        + " pekerjaan yang dikecualikan.\n"
                        + "    MEMENUHI_KOMPONEN (pkh.component): 1 anggota keluarga memenuhi komponen PKH.\n"
                        + "    DATA_GANDA (common.data_ganda): NIK anggota keluarga juga tercatat di keluarga lain"
                        + " (A; seluruhnya 1 keluarga lain).\n");
    }

    @Test
    void report_showsComponentsCutByTheCap() {
        String yaml = WRONG.replace(
                "  as_of: 2024-03-01\n", "  as_of: 2024-03-01\n  parameters: {pkh.max_component_persons: 0}\n");
        // With a cap of 0 the household stays eligible, with its one component listed as not paid.
        ScenarioResult r = runText(RUNNER, yaml);
        assertThat(r.report())
                .contains("  decision for H1 (PKH, 2024-03-01): eligible, annual_amount 0, amount_per_payment 0,"
                        + " components [], not paid [IBU_HAMIL]\n");
    }

    @Test
    void run_changesTheAmountWithAParameterOverride() {
        String fiveComponents = "- name: Lima komponen\n"
                + "  program: PKH\n"
                + "  as_of: 2024-03-01\n"
                + "  household:\n"
                + "    id: H5\n"
                + "    region: 52.08.01.2001\n"
                + "    members:\n"
                + "      - " + HEAD + "\n"
                + "      - " + WIFE + "\n"
                + "      - {nik: \"5208012203200003\", sex: MALE, birth_date: 2020-03-22, relationship: CHILD}\n"
                + "      - {nik: \"5208016304160004\", sex: FEMALE, birth_date: 2016-04-23, relationship: CHILD,"
                + " school_level: SD}\n"
                + "      - {nik: \"5208012405110005\", sex: MALE, birth_date: 2011-05-24, relationship: CHILD,"
                + " school_level: SMP}\n"
                + "      - {nik: \"5208016506080006\", sex: FEMALE, birth_date: 2008-06-25, relationship: CHILD,"
                + " school_level: SMA}\n"
                + "  expect:\n"
                + "    eligible: true\n";
        // Cap 4: 3.000.000 + 3.000.000 + 2.000.000 + 1.500.000 = 9.500.000.
        // Cap 3: 3.000.000 + 3.000.000 + 2.000.000 = 8.000.000, a quarter 2.000.000.
        ScenarioResult national = runText(RUNNER, fiveComponents);
        ScenarioResult reform = runText(
                RUNNER,
                fiveComponents.replace(
                        "  as_of: 2024-03-01\n",
                        "  as_of: 2024-03-01\n  parameters: {pkh.max_component_persons: 3}\n"));
        assertThat(national.decisions().get(0).annualAmount()).isEqualTo(Rupiah.of(9_500_000));
        assertThat(reform.decisions().get(0).annualAmount()).isEqualTo(Rupiah.of(8_000_000));
        assertThat(reform.decisions().get(0).amountPerPayment()).isEqualTo(Rupiah.of(2_000_000));
        assertThat(reform.decisions().get(0).policyVersion())
                .isNotEqualTo(national.decisions().get(0).policyVersion());
    }

    @Test
    void run_failsAScenarioDatedBeforeThePolicy() {
        ScenarioResult r = runText(ENGLISH, VALID.replace("2024-03-01", "2018-06-01"));
        assertThat(r.passed()).isFalse();
        assertThat(r.error())
                .contains("parameter pkh.target_desil_max has no value on 2018-06-01 (its first value is from"
                        + " 2019-01-01)");
        assertThat(r.report())
                .isEqualTo("FAILED test.yaml:1: Contoh\n  error: parameter pkh.target_desil_max has no value on"
                        + " 2018-06-01 (its first value is from 2019-01-01)\n");
        assertThat(r.decisions()).isEmpty();
        // The runner's own language, Indonesian by default, as the command line says it.
        assertThat(runText(RUNNER, VALID.replace("2024-03-01", "2018-06-01")).report())
                .isEqualTo("FAILED test.yaml:1: Contoh\n  error: parameter pkh.target_desil_max tidak memiliki nilai"
                        + " pada 2018-06-01 (nilai pertamanya berlaku sejak 2019-01-01)\n");
    }

    @Test
    void run_failsAScenarioWithAMemberBornAfterTheDate() {
        ScenarioResult r = runText(RUNNER, VALID.replace("2024-03-01", "1988-01-01"));
        assertThat(r.error()).isPresent();
        assertThat(r.passed()).isFalse();
    }

    @Test
    void run_failsAProgrammeTheRunnerDoesNotKnow() {
        ScenarioRunner pkhOnly = ScenarioRunner.of(List.of(Programs.pkh()), NationalPolicy.load());
        Scenario sembako = Scenario.builder()
                .name("Sembako")
                .program(Program.SEMBAKO)
                .asOf(LocalDate.of(2024, 3, 1))
                .addHouseholds(household("S1", nik("5208011207850001")))
                .putExpectations("S1", Expectation.builder().eligible(true).build())
                .build();
        ScenarioResult r = pkhOnly.withLocale(Locale.ENGLISH).run(sembako);
        assertThat(r.error()).contains("unknown programme SEMBAKO; this runner knows PKH");
        assertThat(r.report())
                .isEqualTo("FAILED <code>: Sembako\n  error: unknown programme SEMBAKO; this runner" + " knows PKH\n");
        assertThat(pkhOnly.run(sembako).report())
                .isEqualTo("FAILED <code>: Sembako\n  error: program SEMBAKO tidak dikenal; runner ini mengenal PKH\n");
    }

    @Test
    void runFile_saysAFileCannotBeReadInTheRunnersLanguage() {
        Path missing = dir.resolve("hilang.yaml");
        assertThat(RUNNER.runFile(missing).get(0).error()).contains(missing + ": tidak dapat dibaca: berkas tidak ada");
        assertThat(ENGLISH.runFile(missing).get(0).error()).contains(missing + ": cannot read: no such file");
    }

    @Test
    void run_decidesAScenarioBuiltInCode() {
        Household h = household("K1", nik("5208011207850001"));
        Scenario s = Scenario.builder()
                .name("Sembako dari kode")
                .program(Program.SEMBAKO)
                .asOf(LocalDate.of(2024, 3, 1))
                .addHouseholds(h)
                .putExpectations(
                        "K1",
                        Expectation.builder()
                                .eligible(true)
                                .annualAmount(Rupiah.of(2_400_000))
                                .build())
                .build();
        ScenarioResult r = RUNNER.run(s);
        assertThat(r.passed()).isTrue();
        assertThat(r.report()).isEmpty();
        assertThat(r.scenario()).contains(s);
        assertThat(r.toString()).isEqualTo("<code>: Sembako dari kode: passed");
    }

    @Test
    void withDuplicateNiks_namesEveryOtherHouseholdSharingANik() {
        Nik shared = nik("5208011207850001");
        List<Household> batch = List.of(
                household("A", shared),
                household("B", nik("5208014503900002")),
                household("C", shared),
                household("D", shared));
        Engine engine = Engine.create();
        List<Decision> decisions = new ArrayList<>();
        for (Household h : batch) {
            decisions.add(engine.evaluate(h, Programs.sembako(), NationalPolicy.load(), LocalDate.of(2024, 3, 1)));
        }
        List<Decision> out = ScenarioRunner.withDuplicateNiks(batch, decisions);
        assertThat(out.get(1)).isSameAs(decisions.get(1));
        assertThat(out.get(0).eligible()).isFalse();
        assertThat(out.get(0).reasons().get(out.get(0).reasons().size() - 1).args())
                .containsEntry("others", "C, D")
                .containsEntry("total", "2");
        assertThat(out.get(2).reasons().get(out.get(2).reasons().size() - 1).args())
                .containsEntry("others", "A, D");
        assertThat(out.get(3).reasonCodes()).endsWith(ReasonCode.DATA_GANDA);
    }

    @Test
    void run_searchesFoldersRecursivelyForYamlAndYmlInPathOrder() throws IOException {
        write("b/dua.yaml", VALID.replace("Contoh", "Dua"));
        write("a/satu.yaml", VALID.replace("Contoh", "Satu"));
        write("a/sub/tiga.yaml", VALID.replace("Contoh", "Tiga"));
        write("a/catatan.txt", "not a scenario");
        write("a/lain.yml", VALID.replace("Contoh", "Lain"));
        RunResult r = RUNNER.run(List.of(dir));
        // .yml files are read as well as .yaml ones, in path order: a/lain.yml before a/satu.yaml.
        assertThat(r.results()).extracting(ScenarioResult::name).containsExactly("Lain", "Satu", "Tiga", "Dua");
        assertThat(r.report()).isEqualTo("4 passed, 0 failed\n");
        assertThat(r.exitCode()).isZero();
        assertThat(ScenarioRunner.find(List.of(dir.resolve("b"), dir.resolve("a/lain.yml"), dir.resolve("b"))))
                .containsExactly(dir.resolve("b/dua.yaml"), dir.resolve("a/lain.yml"));
    }

    @Test
    void run_countsAMalformedFileAsOneFailure() throws IOException {
        Path good = write("a.yaml", VALID);
        Path bad = write("b.yaml", VALID.replace("eligible: true", "eligble: true"));
        RunResult r = ENGLISH.run(List.of(good, bad));
        assertThat(r.report())
                .isEqualTo("FAILED " + bad + ":11:5: expect: unknown key \"eligble\", did you mean \"eligible\"?\n"
                        + "\n"
                        + "1 passed, 1 failed\n");
        assertThat(r.exitCode()).isEqualTo(1);
        ScenarioResult failed = r.results().get(1);
        assertThat(failed.scenario()).isEmpty();
        assertThat(failed.source()).isEqualTo(bad.toString());
        assertThat(failed.line()).isEqualTo(11);
        assertThat(failed.toString()).isEqualTo(bad + ":11: failed");
        // In the default language, Bahasa Indonesia (reader-messages_id.properties, key.unknownDidYouMean).
        assertThat(RUNNER.run(List.of(bad)).report())
                .startsWith("FAILED " + bad + ":11:5: expect: kunci \"eligble\" tidak dikenal, maksud Anda"
                        + " \"eligible\"?\n");
    }

    @Test
    void run_reportsNoScenarioFound() throws IOException {
        write("kosong.yaml", "# belum ada skenario\n");
        RunResult r = RUNNER.run(List.of(dir));
        assertThat(r.results()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.report()).isEqualTo("no scenario found\n0 passed, 0 failed\n");
    }

    @Test
    void run_runsATextAndCountsAMistakeAsOneFailure() {
        List<ScenarioResult> ok = RUNNER.run(new StringReader(VALID + VALID), "mem.yaml");
        assertThat(ok).hasSize(2).allMatch(ScenarioResult::passed);
        List<ScenarioResult> bad = ENGLISH.run(new StringReader("name: X\n"), "mem.yaml");
        assertThat(bad).hasSize(1);
        assertThat(bad.get(0).error())
                .contains("mem.yaml:1:1: a scenario file must be a list of scenarios, each starting with"
                        + " \"- name:\", got a mapping");
        assertThat(RUNNER.run(new StringReader(""), "mem.yaml")).isEmpty();
    }

    @Test
    void runFile_countsAnUnreadableFileAsOneFailure() throws IOException {
        Path notText = write("biner.yaml", "");
        Files.write(notText, new byte[] {(byte) 0xC3, (byte) 0x28});
        List<ScenarioResult> r = ENGLISH.runFile(notText);
        assertThat(r).hasSize(1);
        String message = notText + ":1: is not valid UTF-8 (has byte 0xC3; perhaps Windows-1252 or another legacy"
                + " encoding); save the file as UTF-8";
        assertThat(r.get(0).error()).hasValue(message);
        assertThat(r.get(0).report()).startsWith("FAILED " + message);
    }

    @Test
    void run_rejectsAPathThatDoesNotExist() {
        assertThatThrownBy(() -> RUNNER.run(List.of(dir.resolve("tidak-ada"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("path does not exist: " + dir.resolve("tidak-ada"));
    }

    @Test
    void of_rejectsBadArguments() {
        assertThatThrownBy(() -> ScenarioRunner.of(List.of(), NationalPolicy.load()))
                .hasMessage("programs must not be empty");
        assertThatThrownBy(() -> ScenarioRunner.of(List.of(Programs.pkh(), Programs.pkh()), NationalPolicy.load()))
                .hasMessageStartingWith("programs must not repeat a programme, got");
        assertThatThrownBy(() -> ScenarioRunner.of(null, NationalPolicy.load()))
                .hasMessage("programs must not be null");
        assertThatThrownBy(() -> ScenarioRunner.of(List.of(Programs.pkh()), null))
                .hasMessage("parameters must not be null");
    }

    @Test
    void methods_rejectNull() {
        assertThatThrownBy(() -> RUNNER.run((Scenario) null)).hasMessage("scenario must not be null");
        assertThatThrownBy(() -> RUNNER.run((List<Path>) null)).hasMessage("paths must not be null");
        assertThatThrownBy(() -> RUNNER.runFile(null)).hasMessage("file must not be null");
        assertThatThrownBy(() -> RUNNER.run(null, "x")).hasMessage("in must not be null");
        assertThatThrownBy(() -> RUNNER.read((Path) null)).hasMessage("file must not be null");
        assertThatThrownBy(() -> RUNNER.read(null, "x")).hasMessage("in must not be null");
        assertThatThrownBy(() -> RUNNER.read(new StringReader(""), null)).hasMessage("source must not be null");
        assertThatThrownBy(() -> RUNNER.withLocale(null)).hasMessage("locale must not be null");
        assertThatThrownBy(() -> RUNNER.withRenderer(null)).hasMessage("renderer must not be null");
    }

    @Test
    void toString_namesTheProgrammesAndLanguage() {
        assertThat(RUNNER.toString()).isEqualTo("ScenarioRunner[PKH, SEMBAKO; id]");
        assertThat(RUNNER.withLocale(Locale.ENGLISH).toString()).isEqualTo("ScenarioRunner[PKH, SEMBAKO; en]");
    }

    @Test
    void run_failsAScenarioWhoseAmountOverflows_insteadOfThrowing() {
        // Built in code, past the reader's bounds: the index and the fixed benefit overflow a long when added.
        LegalBasis basis = LegalBasis.builder().instrument("Test").build();
        LocalDate from = LocalDate.of(2019, 1, 1);
        ParameterSet huge = ParameterSet.of(List.of(
                Parameter.of(
                        "pkh.index.IBU_HAMIL",
                        Rupiah.class,
                        List.of(DatedValue.of(from, Rupiah.of(Long.MAX_VALUE), basis))),
                Parameter.of("pkh.fixed_benefit", Rupiah.class, List.of(DatedValue.of(from, Rupiah.of(1), basis)))));
        Scenario scenario = Scenario.builder()
                .from(ScenarioReaderTest.read(WRONG).get(0))
                .parameters(huge)
                .build();

        ScenarioResult r = ENGLISH.run(scenario);

        assertThat(r.passed()).isFalse();
        assertThat(r.error())
                .contains("an amount is too large to compute; check the parameter values (bounds in"
                        + " docs/parameters.md)");
        assertThat(r.report()).doesNotContain("Exception");
        assertThat(RUNNER.run(scenario).error())
                .contains("jumlah terlalu besar untuk dihitung; periksa nilai parameter (batasnya di"
                        + " docs/parameters.md)");
    }

    @Test
    void run_countsAFileThatIsNotUtf8AsFailed_withoutAClassName() throws IOException {
        Path bad = dir.resolve("latin1.yaml");
        Files.write(bad, new byte[] {'-', ' ', 'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9, '\n'});
        Path good = write("good.yaml", VALID);

        RunResult result = ENGLISH.run(List.of(bad, good));

        assertThat(result.report())
                .contains("FAILED " + bad + ":1: is not valid UTF-8 (has byte 0xE9;")
                .doesNotContain("Exception")
                .endsWith("1 passed, 1 failed\n");
    }

    static Nik nik(String digits) {
        return Nik.parse(digits);
    }

    /** A household of one head with the given NIK; the birth date and sex are the NIK's own. */
    static Household household(String id, Nik nik) {
        Sex sex = nik.sex();
        LocalDate birth = nik.birthDate(LocalDate.of(2024, 1, 1)).orElseThrow();
        return Household.builder()
                .id(id)
                .region(RegionCode.parse("52.08.01.2001"))
                .addMembers(Person.builder()
                        .nik(nik)
                        .sex(sex)
                        .birthDate(birth)
                        .relationship(Relationship.HEAD)
                        .build())
                .build();
    }
}
