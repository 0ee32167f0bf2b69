package id.bansos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.io.InputException;
import id.bansos.io.yaml.YamlSupport;
import id.bansos.model.decision.Provenance;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.Parameter;
import id.bansos.model.program.Component;
import id.bansos.model.program.Program;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading scenario files through {@link ScenarioRunner#read}: what is accepted, and each mistake. */
class ScenarioReaderTest {
    static final ScenarioRunner RUNNER = ScenarioRunner.national();

    static final String HEAD = "{nik: \"5208011207850001\", sex: MALE, birth_date: 1985-07-12, relationship: HEAD}";
    static final String WIFE = "{nik: \"5208014503900002\", sex: FEMALE, birth_date: 1990-03-05,"
            + " relationship: SPOUSE, pregnant: true}";

    /** A valid scenario; line 1 is its first line, the expect block is lines 10-11. */
    static final String VALID = "- name: Contoh\n"
            + "  program: PKH\n"
            + "  as_of: 2024-03-01\n"
            + "  household:\n"
            + "    id: H1\n"
            + "    region: 52.08.01.2001\n"
            + "    members:\n"
            + "      - " + HEAD + "\n"
            + "      - " + WIFE + "\n"
            + "  expect:\n"
            + "    eligible: true\n";

    static List<Scenario> read(String yaml) {
        return RUNNER.read(new StringReader(yaml), "test.yaml");
    }

    /** The valid scenario with one line replaced (1-based). */
    static String replacing(int line, String text) {
        String[] lines = VALID.split("\n", -1);
        lines[line - 1] = text;
        return String.join("\n", lines);
    }

    @Test
    void read_givesTheScenarioWithItsSourceLineAndExpectation() {
        Scenario s = read("# comment\n" + VALID).get(0);
        assertThat(s.source()).isEqualTo("test.yaml");
        assertThat(s.line()).isEqualTo(2);
        assertThat(s.name()).isEqualTo("Contoh");
        assertThat(s.program()).isEqualTo(Program.PKH);
        assertThat(s.asOf()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(s.households()).hasSize(1);
        assertThat(s.households().get(0).members()).hasSize(2);
        assertThat(s.parameters().keys()).isEmpty();
        assertThat(s.expectations())
                .containsExactly(java.util.Map.entry(
                        "H1", Expectation.builder().eligible(true).build()));
    }

    @Test
    void read_readsEveryExpectation() {
        Scenario s = read(replacing(
                        11,
                        "    eligible: true\n    annual_amount: 3000000\n    amount_per_payment: 750000\n"
                                + "    components: [IBU_HAMIL]\n    reasons: [TIDAK_DIKECUALIKAN, MEMENUHI_KOMPONEN]"))
                .get(0);
        Expectation e = s.expectations().get("H1");
        assertThat(e.eligible()).contains(true);
        assertThat(e.annualAmount()).contains(Rupiah.of(3_000_000));
        assertThat(e.amountPerPayment()).contains(Rupiah.of(750_000));
        assertThat(e.components()).contains(List.of(Component.IBU_HAMIL));
        assertThat(e.reasons()).containsExactly(ReasonCode.TIDAK_DIKECUALIKAN, ReasonCode.MEMENUHI_KOMPONEN);
    }

    @Test
    void read_acceptsANikWrittenAsABareNumber() {
        Scenario s =
                read(VALID.replace("\"5208011207850001\"", "5208011207850001")).get(0);
        assertThat(s.households().get(0).members().get(0).nik().value()).isEqualTo("5208011207850001");
    }

    @Test
    void read_acceptsExpectationsUnderTheHouseholdIdOfASingleHousehold() {
        Scenario s = read(replacing(11, "    H1: {eligible: false}")).get(0);
        assertThat(s.expectations().get("H1").eligible()).contains(false);
    }

    @Test
    void read_readsSeveralScenariosInOrder() {
        List<Scenario> all = read(VALID + VALID.replace("Contoh", "Kedua"));
        assertThat(all).extracting(Scenario::name).containsExactly("Contoh", "Kedua");
        assertThat(all).extracting(Scenario::line).containsExactly(1L, 12L);
    }

    @Test
    void read_acceptsTheCsvRostersIndonesianKeysAndAliases_asTheSameHousehold() {
        String csvLike = "- name: Ibu hamil dan anak SD, ditulis seperti CSV\n"
                + "  program: PKH\n"
                + "  as_of: 2025-06-01\n"
                + "  household:\n"
                + "    id_keluarga: KLU-2\n"
                + "    kode_wilayah: 52.08.01.2001\n"
                + "    desil: 2\n"
                + "    members:\n"
                + "      - {nik: \"5208014101900001\", jenis_kelamin: P, tanggal_lahir: 1990-01-01,"
                + " hubungan_keluarga: KEPALA_KELUARGA, hamil: ya}\n"
                + "      - {nik: \"5208010101150002\", jenis_kelamin: l, tanggal_lahir: 2015-01-01,"
                + " hubungan_keluarga: ANAK, jenjang_sekolah: SD, meninggal: tidak}\n"
                + "  expect:\n"
                // 3.000.000 (IBU_HAMIL) + 900.000 (SD) a year in 2025 (POLICY-V2).
                + "    components: [IBU_HAMIL, SD]\n"
                + "    annual_amount: 3900000\n";
        String json = csvLike.replace("id_keluarga", "id")
                .replace("kode_wilayah", "region")
                .replace("jenis_kelamin: P", "sex: FEMALE")
                .replace("jenis_kelamin: l", "sex: MALE")
                .replace("tanggal_lahir", "birth_date")
                .replace("hubungan_keluarga: KEPALA_KELUARGA", "relationship: HEAD")
                .replace("hubungan_keluarga: ANAK", "relationship: CHILD")
                .replace("hamil: ya", "pregnant: true")
                .replace("jenjang_sekolah", "school_level")
                .replace(", meninggal: tidak", "");

        assertThat(read(csvLike).get(0).households())
                .isEqualTo(read(json).get(0).households());
        List<ScenarioResult> run = RUNNER.run(new StringReader(csvLike), "csv.yaml");
        assertThat(run)
                .singleElement()
                .satisfies(r -> assertThat(r.passed()).as(r.report()).isTrue());
    }

    @Test
    void read_rejectsAnAliasTheCsvReaderWouldRejectToo() {
        // X is no sex in a CSV roster either: the JSON form's message, at the value.
        assertThatThrownBy(() -> read(replacing(
                        8,
                        "      - {nik: \"5208011207850001\", jenis_kelamin: X,"
                                + " birth_date: 1985-07-12, relationship: HEAD}")))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).hasValue(8);
                    assertThat(e.getMessage()).contains("sex").contains("must be one of \"MALE\", \"FEMALE\"");
                });
    }

    @Test
    void read_givesNothingForAnEmptyFileOrList() {
        assertThat(read("")).isEmpty();
        assertThat(read("# hanya komentar\n")).isEmpty();
        assertThat(read("[]\n")).isEmpty();
    }

    @Test
    void read_readsHouseholdsWithExpectationsById() {
        String yaml = "- name: Dua keluarga\n"
                + "  program: SEMBAKO\n"
                + "  as_of: 2024-03-01\n"
                + "  households:\n"
                + "    - {id: A, region: 52.08.01.2001, members: [" + HEAD + "]}\n"
                + "    - {id: B, region: 52.08.01.2001, members: [" + WIFE.replace("SPOUSE", "HEAD") + "]}\n"
                + "  expect:\n"
                + "    B: {eligible: true}\n"
                + "    A: {annual_amount: 2400000}\n";
        Scenario s = read(yaml).get(0);
        assertThat(s.households()).extracting(h -> h.id()).containsExactly("A", "B");
        assertThat(s.expectations().keySet()).containsExactly("B", "A");
    }

    @Test
    void read_placesAnOverrideFromTheKeysFirstDateSoThatItHoldsForAllDates() {
        Scenario s = read(replacing(
                        3,
                        "  as_of: 2024-03-01\n  parameters: {pkh.max_component_persons: 3,"
                                + " pkh.target_desil_max: none, pkh.index.SD: 950000}"))
                .get(0);
        assertThat(s.parameters().keys())
                .containsExactly("pkh.index.SD", "pkh.max_component_persons", "pkh.target_desil_max");
        Parameter<Integer> cap = s.parameters().get("pkh.max_component_persons", Integer.class);
        assertThat(cap.values()).hasSize(1);
        DatedValue<Integer> only = cap.values().get(0);
        assertThat(only.effectiveFrom()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(only.value()).contains(3);
        assertThat(only.legalBasis().instrument()).isEqualTo("Skenario");
        assertThat(only.legalBasis().provenance())
                .containsExactly(
                        Provenance.of(Provenance.Grade.P, false, "changed by the scenario \"Contoh\" for all dates"));
        assertThat(s.parameters()
                        .get("pkh.target_desil_max", Integer.class)
                        .values()
                        .get(0)
                        .isNone())
                .isTrue();
        assertThat(s.parameters().get("pkh.index.SD", Rupiah.class).valueOn(LocalDate.of(2019, 1, 1)))
                .isEqualTo(Rupiah.of(950_000));
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(
                        "unknown scenario key",
                        replacing(10, "  expcet:"),
                        "test.yaml:10:3: unknown key \"expcet\", did you mean \"expect\"?"),
                Arguments.of(
                        "unknown scenario key without a close one",
                        replacing(2, "  programme_kabupaten: PKH"),
                        "test.yaml:2:3: unknown key \"programme_kabupaten\"; expected one of name, program, programs, as_of,"
                                + " household, households, parameters, expect"),
                Arguments.of(
                        "unknown expect key",
                        replacing(11, "    eligble: true"),
                        "test.yaml:11:5: expect: unknown key \"eligble\", did you mean \"eligible\"?"),
                Arguments.of(
                        "unknown key in a household's expectations",
                        replacing(11, "    H1: {eligible: true, anual_amount: 0}"),
                        "test.yaml:11:26: expect.H1: unknown key \"anual_amount\", did you mean \"annual_amount\"?"),
                Arguments.of(
                        "bad date",
                        replacing(3, "  as_of: 2024-13-01"),
                        "test.yaml:3:10: as_of: must be a date YYYY-MM-DD, got \"2024-13-01\""),
                Arguments.of(
                        "date in another form",
                        replacing(3, "  as_of: 1 Maret 2024"),
                        "test.yaml:3:10: as_of: must be a date YYYY-MM-DD, got \"1 Maret 2024\""),
                Arguments.of(
                        "bad NIK",
                        VALID.replace("5208011207850001", "5208011213850001"),
                        "test.yaml:8:15: household: members[0].nik: NIK month of birth must be 01-12, got 13"),
                Arguments.of(
                        "NIK that disagrees with the birth date",
                        VALID.replace("birth_date: 1985-07-12", "birth_date: 1985-07-13"),
                        "test.yaml:8:9: household: members[0].nik: does not agree with birth_date and sex"),
                Arguments.of(
                        "unknown household key",
                        replacing(6, "    regoin: 52.08.01.2001"),
                        "test.yaml:6:5: household: regoin: unknown key \"regoin\", did you mean \"region\"?"),
                Arguments.of(
                        "unknown programme",
                        replacing(2, "  program: PHK"),
                        "test.yaml:2:12: program: unknown programme \"PHK\", did you mean \"PKH\"?"),
                Arguments.of(
                        "repeated key",
                        replacing(3, "  as_of: 2024-03-01\n  as_of: 2024-03-02"),
                        "test.yaml:4:3: as_of is given twice"),
                Arguments.of(
                        "missing name",
                        replacing(1, "- program: PKH").replaceFirst("  program: PKH\n", ""),
                        "test.yaml:1:3: the scenario has no name; write name: first"),
                Arguments.of(
                        "missing expect",
                        VALID.substring(0, VALID.indexOf("  expect:")),
                        "test.yaml:1:3: the scenario has no expect; write what the decision must show"),
                Arguments.of(
                        "missing household",
                        "- name: X\n  program: PKH\n  as_of: 2024-03-01\n  expect: {eligible: true}\n",
                        "test.yaml:1:3: the scenario has no household; write household: (one) or households:"
                                + " (several)"),
                Arguments.of(
                        "empty expect",
                        replacing(10, "  expect: {}").replace("    eligible: true\n", ""),
                        "test.yaml:10:11: expect: must name at least one of eligible, annual_amount,"
                                + " amount_per_payment, components, reasons"),
                Arguments.of(
                        "expectations for a household not in the scenario",
                        replacing(11, "    H2: {eligible: true}"),
                        "test.yaml:11:5: expect: no household with id \"H2\" in this scenario, did you mean"
                                + " \"H1\"?"),
                Arguments.of(
                        "amount written with dots",
                        replacing(11, "    annual_amount: 3.000.000"),
                        "test.yaml:11:20: expect: annual_amount must be a whole number of Rupiah such as 3900000,"
                                + " got \"3.000.000\""),
                Arguments.of(
                        "negative amount",
                        replacing(11, "    amount_per_payment: -5"),
                        "test.yaml:11:25: expect: amount_per_payment must be a whole number of Rupiah such as"
                                + " 3900000, got -5"),
                Arguments.of(
                        "eligible as a word",
                        replacing(11, "    eligible: ya"),
                        "test.yaml:11:15: expect: eligible must be true or false, got \"ya\""),
                Arguments.of(
                        "components not a list",
                        replacing(11, "    components: SD"),
                        "test.yaml:11:17: expect: components must be a list of component codes such as [SD],"
                                + " got \"SD\""),
                Arguments.of(
                        "reason in lower case",
                        replacing(11, "    reasons: [data_ganda]"),
                        "test.yaml:11:15: expect: reasons must hold upper-case reason codes such as DATA_GANDA,"
                                + " got \"data_ganda\""),
                Arguments.of(
                        "unknown parameter",
                        replacing(3, "  as_of: 2024-03-01\n  parameters: {pkh.max_component_person: 3}"),
                        "test.yaml:4:16: parameters: unknown parameter \"pkh.max_component_person\", did you mean"
                                + " \"pkh.max_component_persons\"?"),
                Arguments.of(
                        "parameter of the wrong type",
                        replacing(3, "  as_of: 2024-03-01\n  parameters: {pkh.max_component_persons: tiga}"),
                        "test.yaml:4:43: parameters: pkh.max_component_persons must be a whole number or none,"
                                + " got \"tiga\""),
                Arguments.of(
                        "Rupiah above the bound",
                        replacing(3, "  as_of: 2024-03-01\n  parameters: {pkh.index.SD: 1000000000001}"),
                        "test.yaml:4:30: parameters: pkh.index.SD must be at most 1000000000000, got 1000000000001"),
                Arguments.of(
                        "Rupiah beyond a long",
                        replacing(3, "  as_of: 2024-03-01\n  parameters: {pkh.index.SD: 99999999999999999999}"),
                        "test.yaml:4:30: parameters: pkh.index.SD must be at most 1000000000000, got"
                                + " 99999999999999999999"),
                Arguments.of(
                        "integer above the bound",
                        replacing(3, "  as_of: 2024-03-01\n  parameters: {pkh.max_component_persons: 2000000000}"),
                        "test.yaml:4:43: parameters: pkh.max_component_persons must be between -10000 and 10000, got"
                                + " 2000000000"),
                Arguments.of(
                        "integer beyond an int",
                        replacing(3, "  as_of: 2024-03-01\n  parameters: {pkh.max_component_persons: 3000000000}"),
                        "test.yaml:4:43: parameters: pkh.max_component_persons must be between -10000 and 10000, got"
                                + " 3000000000"),
                Arguments.of(
                        "both household and households",
                        replacing(10, "  households: []\n  expect:"),
                        "test.yaml:10:3: give either household (one) or households (several), not both"),
                Arguments.of(
                        "a mapping instead of a list of scenarios",
                        "name: X\n",
                        "test.yaml:1:1: a scenario file must be a list of scenarios, each starting with \"- name:\","
                                + " got a mapping"),
                Arguments.of(
                        "not YAML",
                        "- name: [unclosed\n",
                        "test.yaml:1:18: not valid YAML: while parsing a flow sequence"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void read_rejectsAMistakeWithFileLineColumnAndKey(String what, String yaml, String message) {
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(InputException.class).hasMessage(message);
    }

    @Test
    void read_rejectsDuplicateHouseholdIdsInABatch() {
        String yaml = "- name: Ganda\n"
                + "  program: PKH\n"
                + "  as_of: 2024-03-01\n"
                + "  households:\n"
                + "    - {id: A, region: 52.08.01.2001, members: [" + HEAD + "]}\n"
                + "    - {id: A, region: 52.08.01.2001, members: [" + HEAD + "]}\n"
                + "  expect:\n"
                + "    A: {eligible: false}\n";
        assertThatThrownBy(() -> read(yaml))
                .hasMessage("test.yaml:6:7: households[1].id: household id \"A\" is given twice");
    }

    @Test
    void read_rejectsDirectExpectationsInABatch() {
        String yaml = "- name: Ganda\n"
                + "  program: PKH\n"
                + "  as_of: 2024-03-01\n"
                + "  households:\n"
                + "    - {id: A, region: 52.08.01.2001, members: [" + HEAD + "]}\n"
                + "  expect:\n"
                + "    eligible: false\n";
        assertThatThrownBy(() -> read(yaml))
                .hasMessage("test.yaml:7:5: expect: with households:, expect maps each household id to its"
                        + " expectations, e.g. H1: {eligible: false}");
    }

    @Test
    void read_rejectsTheBillionLaughs() {
        StringBuilder yaml = new StringBuilder("- name: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 9; i++) {
            yaml.append("  l").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        assertThatThrownBy(() -> read(yaml.toString()))
                .isInstanceOf(InputException.class)
                .hasMessage("test.yaml:1:9: YAML anchors (&a0) are not allowed in a scenario file");
    }

    @Test
    void read_rejectsAliasesEvenInsideAHousehold() {
        String yaml = VALID.replace("    region: 52.08.01.2001", "    region: *r");
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InputException.class)
                .hasMessage("test.yaml:6:13: YAML aliases (*r) are not allowed in a scenario file");
    }

    @Test
    void read_rejectsTags() {
        assertThatThrownBy(() -> read(replacing(2, "  program: !!str PKH")))
                .hasMessage("test.yaml:2:12: YAML tags (tag:yaml.org,2002:str) are not allowed in a scenario file");
    }

    @Test
    void read_rejectsAFileOverTheLimit() {
        String huge = ("#".repeat(1023) + "\n").repeat(1024) + "#";
        assertThatThrownBy(() -> read(huge))
                .hasMessage("test.yaml: not accepted: the file is larger than " + YamlSupport.MAX_CODE_POINTS
                        + " code points");
    }

    @Test
    void unknownKey_hidesAKeyThatCouldBePersonalData() {
        assertThat(ScenarioReader.unknownKey("key", "5208011207850001", List.of("name")))
                .isEqualTo("unknown key (not shown: it could be personal data); expected one of name");
        assertThat(ScenarioReader.unknownKey("key", "Siti Aminah", List.of("name")))
                .startsWith("unknown key (not shown");
        assertThat(ScenarioReader.isShowable("as_of")).isTrue();
    }

    @Test
    void read_doesNotRepeatALongNumberInAMessage() {
        assertThatThrownBy(() -> read(replacing(1, "- name: 5208011207850001")))
                .hasMessage("test.yaml:1:9: name: must be a text, got a number of 16 characters");
    }
}
