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
 * The YAML files' mistakes (district parameter files, scenario files, programme files) in the
 * language of {@code --lang}, through the command line: file, line, column and field as written, the
 * detail worked by hand from reader-messages_id.properties and reader-messages_en.properties, exit 2
 * for an input file ({@code bansos test} counts a malformed scenario file as failed: exit 1,
 * EXCHANGE-V1).
 */
class YamlMessagesTest {
    private static final String HEAD = "schema_version: 1\nparameters:\n";

    /** A parameter file, its mistake's location, and the detail in Bahasa Indonesia and in English. */
    static Stream<Arguments> badParameterFiles() {
        return Stream.of(
                // The tab is on line 3, column 1; SnakeYAML's own message points at line 2.
                Arguments.of(
                        HEAD + "\tpkh.max_component_persons:\n",
                        ":3:1: ",
                        "tab tidak diperbolehkan, gunakan spasi",
                        "a tab is not allowed, use spaces"),
                // values: indented under type's value: the colon on line 5, column 13, ends a key where
                // none can start (read as a value of type, this was "type must be integer, got
                // \"integer values\"" on line 4).
                Arguments.of(
                        HEAD + "  pkh.max_component_persons:\n    type: integer\n      values:\n",
                        ":5:13: ",
                        "periksa indentasi baris 5: kunci-kunci satu pemetaan dimulai di kolom yang sama",
                        "check the indentation of line 5: keys of one mapping start in the same column"),
                // values: one space left of type: on line 5, column 4, in no mapping's column (this
                // ended the mapping early: "values is missing" on line 4).
                Arguments.of(
                        HEAD + "  pkh.max_component_persons:\n    type: integer\n   values:\n",
                        ":5:4: ",
                        "periksa indentasi baris 5: kunci-kunci satu pemetaan dimulai di kolom yang sama",
                        "check the indentation of line 5: keys of one mapping start in the same column"),
                // value: on line 7 from column 16; the bound of a rupiah value is Rp 1 trillion.
                Arguments.of(
                        HEAD + "  pkh.index.IBU_HAMIL:\n    type: rupiah\n    values:\n      - from: 2025-01-01\n"
                                + "        value: 2000000000000\n        legal_basis: {instrument: Perbup}\n",
                        ":7:16: pkh.index.IBU_HAMIL: ",
                        "value harus paling besar 1000000000000, didapat 2000000000000",
                        "value must be at most 1000000000000, got 2000000000000"),
                Arguments.of(
                        HEAD + "  pkh.max_component_persons:\n    type: integer\n    valeus: []\n",
                        ":5:5: pkh.max_component_persons: ",
                        "kunci valeus tidak dikenal (maksud Anda values?); yang diharapkan salah satu dari [type,"
                                + " values]",
                        "unknown key valeus (did you mean values?); expected one of [type, values]"),
                // parameters: [ opens a list at column 13 of line 2.
                Arguments.of(
                        "schema_version: 1\nparameters: []\n",
                        ":2:13: ",
                        "parameters harus pemetaan dari kunci parameter ke linimasanya, didapat daftar",
                        "parameters must be a mapping from parameter key to its timeline, got a list"));
    }

    @ParameterizedTest
    @MethodSource("badParameterFiles")
    void aBadParameterFile_isReportedInTheLanguageOfLang(
            String text, String where, String indonesian, String english, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("kab.yaml"), text);

        for (String lang : new String[] {"id", "en"}) {
            CliRun run = CliRun.of(
                    "evaluate",
                    "--lang",
                    lang,
                    "--program",
                    "PKH",
                    "--as-of",
                    "2025-06-01",
                    "--parameters",
                    file.toString(),
                    EvaluateCommandTest.roster());

            assertThat(run.exit()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).contains(file + where + (lang.equals("id") ? indonesian : english));
            assertThat(run.err()).doesNotContain("while scanning", "not valid YAML", "Exception");
        }
    }

    @Test
    void aTabInAScenarioFile_failsTheFileInTheLanguageOfLang(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("s.yaml"), "- name: Ibu hamil\n\tprogram: PKH\n");

        CliRun id = CliRun.of("test", file.toString());
        CliRun en = CliRun.of("test", "--lang", "en", file.toString());

        assertThat(id.exit()).isEqualTo(1);
        assertThat(id.out()).contains("FAILED " + file + ":2:1: tab tidak diperbolehkan, gunakan spasi");
        assertThat(en.exit()).isEqualTo(1);
        assertThat(en.out()).contains("FAILED " + file + ":2:1: a tab is not allowed, use spaces");
    }

    @Test
    void anUnknownProgrammeInAScenarioFile_isNamedWithASuggestion(@TempDir Path dir) throws Exception {
        // program: PKHH, its value from column 12 of line 2.
        Path file = Files.writeString(
                dir.resolve("s.yaml"),
                "- name: Ibu hamil\n  program: PKHH\n  as_of: 2025-06-01\n  household: " + HOUSEHOLD
                        + "\n  expect: {eligible: true}\n");

        CliRun id = CliRun.of("test", file.toString());
        CliRun en = CliRun.of("test", "--lang", "en", file.toString());

        assertThat(id.out()).contains(file + ":2:12: program: program \"PKHH\" tidak dikenal, maksud Anda \"PKH\"?");
        assertThat(en.out()).contains(file + ":2:12: program: unknown programme \"PKHH\", did you mean \"PKH\"?");
        assertThat(id.exit()).isEqualTo(1);
    }

    @Test
    void aBadProgrammeFile_isReportedInTheLanguageOfLang(@TempDir Path dir) throws Exception {
        // Line 8 of the shipped file is "    payment_schedule: MONTHLY": its value starts in column 23.
        String text = Files.readString(Path.of(ProgramsOptionTest.LANSIA)).replace("MONTHLY", "WEEKLY");
        Path file = Files.writeString(dir.resolve("lansia.yaml"), text);

        CliRun id = programs(file, "id");
        CliRun en = programs(file, "en");

        assertThat(id.exit()).isEqualTo(2);
        assertThat(id.err())
                .contains(file + ":8:23: ")
                .contains("payment_schedule harus salah satu dari MONTHLY, TAHAP, YEARLY, ONCE, didapat \"WEEKLY\"");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err())
                .contains(file + ":8:23: ")
                .contains("payment_schedule must be one of MONTHLY, TAHAP, YEARLY, ONCE, got \"WEEKLY\"");
    }

    @Test
    void anUnknownParameterInACelRule_isReportedInTheLanguageOfLang(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(ProgramsOptionTest.LANSIA))
                .replace("m.age >= param('lansia_daerah.min_age')", "m.age >= param('lansia_daerah.umur')");
        Path file = Files.writeString(dir.resolve("lansia.yaml"), text);

        CliRun id = programs(file, "id");
        CliRun en = programs(file, "en");

        assertThat(id.exit()).isEqualTo(2);
        assertThat(id.err())
                .contains("requires[2].rule: parameter 'lansia_daerah.umur' tidak dikenal")
                .contains(" ekspresi) di: household.members.exists");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err())
                .contains("requires[2].rule: unknown parameter 'lansia_daerah.umur'")
                .contains(" of the expression) in: household.members.exists");
    }

    private static CliRun programs(Path file, String lang) throws Exception {
        return CliRun.of(
                "evaluate",
                "--lang",
                lang,
                "--programs",
                file.toString(),
                "--program",
                "LANSIA_DAERAH",
                "--as-of",
                "2024-03-01",
                EvaluateCommandTest.roster());
    }

    private static final String HOUSEHOLD =
            "{id: KLU-1, region: 52.08.01.2001, desil: 2, members: [{nik: \"5208014101900001\","
                    + " sex: FEMALE, birth_date: 1990-01-01, relationship: HEAD, pregnant: true}]}";
}
