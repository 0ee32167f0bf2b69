package id.bansos.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.bansos.io.InputException;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.Provenance;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParameterFileReaderTest {
    private static final Map<String, Class<?>> KEYS = keys();

    private static Map<String, Class<?>> keys() {
        Map<String, Class<?>> keys = new LinkedHashMap<>();
        keys.put("pkh.index.SD", Rupiah.class);
        keys.put("pkh.max_component_persons", Integer.class);
        keys.put("pkh.target_desil_max", Integer.class);
        keys.put("district.flag", Boolean.class);
        keys.put("district.label", String.class);
        keys.put("district.rate", BigDecimal.class);
        return keys;
    }

    private static final ParameterFileReader READER = ParameterFileReader.forKeys(KEYS);

    private static ParameterSet read(String yaml) {
        return READER.read(new StringReader(yaml), "test.yaml");
    }

    /** A file with one parameter whose single entry has the given value text. */
    private static String oneValue(String key, String type, String value) {
        return "schema_version: 1\n"
                + "parameters:\n"
                + "  " + key + ":\n"
                + "    type: " + type + "\n"
                + "    values:\n"
                + "      - from: 2019-01-01\n"
                + "        value: " + value + "\n"
                + "        legal_basis: {instrument: Permensos}\n";
    }

    @Test
    void read_givesEveryTypeAndTheLegalBasis() {
        ParameterSet set = read("schema_version: 1\n"
                + "parameters:\n"
                + "  pkh.index.SD:\n"
                + "    type: rupiah\n"
                + "    values:\n"
                + "      - from: 2019-01-01\n"
                + "        value: 900000\n"
                + "        legal_basis:\n"
                + "          instrument: Kepdirjen Linjamsos\n"
                + "          number: 4\n"
                + "          year: 2019\n"
                + "          article: Pasal 3\n"
                + "          note: \"[S] PKH index 2019\"\n"
                + "  pkh.target_desil_max:\n"
                + "    values:\n"
                + "      - {from: 2019-01-01, value: none, legal_basis: {instrument: Permensos, number: \"1\"}}\n"
                + "      - {from: 2025-04-01, value: 4, legal_basis: {instrument: Inpres}}\n"
                + "    type: integer\n"
                + "  district.flag: {type: boolean, values: [{from: 2024-01-01, value: false,"
                + " legal_basis: {instrument: Perbup}}]}\n"
                + "  district.label: {type: string, values: [{from: 2024-01-01, value: Lansia Desa,"
                + " legal_basis: {instrument: Perbup}}]}\n"
                + "  district.rate: {type: decimal, values: [{from: 2024-01-01, value: 0.25,"
                + " legal_basis: {instrument: Perbup}}]}\n");

        assertThat(set.keys())
                .containsExactly(
                        "district.flag", "district.label", "district.rate", "pkh.index.SD", "pkh.target_desil_max");
        Parameter<Rupiah> sd = set.get("pkh.index.SD", Rupiah.class);
        assertThat(sd.values())
                .containsExactly(DatedValue.of(
                        LocalDate.of(2019, 1, 1),
                        Rupiah.of(900_000),
                        LegalBasis.builder()
                                .instrument("Kepdirjen Linjamsos")
                                .number("4")
                                .year(2019)
                                .article("Pasal 3")
                                .note("[S] PKH index 2019")
                                .build()));
        Parameter<Integer> desil = set.get("pkh.target_desil_max", Integer.class);
        assertThat(desil.values())
                .containsExactly(
                        DatedValue.none(
                                LocalDate.of(2019, 1, 1),
                                LegalBasis.builder()
                                        .instrument("Permensos")
                                        .number("1")
                                        .build()),
                        DatedValue.of(
                                LocalDate.of(2025, 4, 1),
                                4,
                                LegalBasis.builder().instrument("Inpres").build()));
        assertThat(set.get("district.flag", Boolean.class).valueOn(LocalDate.of(2024, 1, 1)))
                .isFalse();
        assertThat(set.get("district.label", String.class).valueOn(LocalDate.of(2024, 1, 1)))
                .isEqualTo("Lansia Desa");
        assertThat(set.get("district.rate", BigDecimal.class).valueOn(LocalDate.of(2024, 1, 1)))
                .isEqualTo(new BigDecimal("0.25"));
    }

    @Test
    void read_givesAnEmptySetForNoParameters() {
        assertThat(read("schema_version: 1\nparameters: {}\n")).isEqualTo(ParameterSet.empty());
        assertThatThrownBy(() -> read("schema_version: 1\nparameters:\n"))
                .hasMessage("test.yaml:2:12: parameters must be a mapping from parameter key to its timeline,"
                        + " got an empty value");
    }

    @Test
    void read_acceptsANegativeIntegerAndBooleanTrue() {
        assertThat(read(oneValue("pkh.max_component_persons", "integer", "-3"))
                        .get("pkh.max_component_persons", Integer.class)
                        .valueOn(LocalDate.of(2019, 1, 1)))
                .isEqualTo(-3);
        assertThat(read(oneValue("district.flag", "boolean", "true"))
                        .get("district.flag", Boolean.class)
                        .valueOn(LocalDate.of(2019, 1, 1)))
                .isTrue();
        assertThat(read(oneValue("district.rate", "decimal", "2"))
                        .get("district.rate", BigDecimal.class)
                        .valueOn(LocalDate.of(2019, 1, 1)))
                .isEqualTo(new BigDecimal("2"));
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of(
                        "pkh.max_component_persons", "integer", "4.5", "value must be a whole number or none, got 4.5"),
                Arguments.of(
                        "pkh.max_component_persons",
                        "integer",
                        "abc",
                        "value must be a whole number or none, got \"abc\""),
                Arguments.of(
                        "pkh.max_component_persons",
                        "integer",
                        "\"4\"",
                        "value must be a whole number or none, got \"4\""),
                Arguments.of(
                        "pkh.max_component_persons",
                        "integer",
                        "0x10",
                        "value must be a whole number or none, got 0x10"),
                Arguments.of(
                        "pkh.max_component_persons",
                        "integer",
                        "2147483648",
                        "value must be between -10000 and 10000, got 2147483648"),
                Arguments.of(
                        "pkh.max_component_persons",
                        "integer",
                        "10001",
                        "value must be between -10000 and 10000, got 10001"),
                Arguments.of(
                        "pkh.max_component_persons",
                        "integer",
                        "-10001",
                        "value must be between -10000 and 10000, got -10001"),
                Arguments.of(
                        "pkh.max_component_persons",
                        "integer",
                        "99999999999999999999",
                        "value must be between -10000 and 10000, got 99999999999999999999"),
                Arguments.of(
                        "pkh.index.SD",
                        "rupiah",
                        "1000000000001",
                        "value must be at most 1000000000000, got 1000000000001"),
                Arguments.of(
                        "pkh.index.SD",
                        "rupiah",
                        "1" + "0".repeat(30),
                        "value must be at most 1000000000000, got a number of 31 characters"),
                Arguments.of(
                        "district.rate",
                        "decimal",
                        "1000000000000.5",
                        "value must be between -1000000000000 and 1000000000000, got 1000000000000.5"),
                Arguments.of(
                        "district.rate",
                        "decimal",
                        "0.1234567890123",
                        "value must have at most 12 digits after the point, got 13"),
                Arguments.of(
                        "pkh.max_component_persons",
                        "integer",
                        "~",
                        "value must be a whole number or none, got an empty value"),
                Arguments.of(
                        "pkh.max_component_persons",
                        "integer",
                        "[4]",
                        "value must be a whole number or none, got a list"),
                Arguments.of(
                        "pkh.index.SD",
                        "rupiah",
                        "-1",
                        "value must be a whole number of Rupiah, 0 or more or none, got -1"),
                Arguments.of(
                        "pkh.index.SD",
                        "rupiah",
                        "900000.0",
                        "value must be a whole number of Rupiah, 0 or more or none, got 900000.0"),
                Arguments.of(
                        "pkh.index.SD",
                        "rupiah",
                        "2_400_000",
                        "value must be a whole number of Rupiah, 0 or more or none, got 2_400_000"),
                Arguments.of(
                        "pkh.index.SD",
                        "rupiah",
                        "99999999999999999999",
                        "value must be at most 1000000000000, got 99999999999999999999"),
                Arguments.of("district.flag", "boolean", "yes", "value must be true or false or none, got yes"),
                Arguments.of("district.flag", "boolean", "1", "value must be true or false or none, got 1"),
                Arguments.of("district.label", "string", "12", "value must be a text or none, got 12"),
                Arguments.of("district.label", "string", "\" \"", "value must be a text or none, got \" \""),
                Arguments.of(
                        "district.rate",
                        "decimal",
                        "1e3",
                        "value must be a decimal number such as 0.25 or none, got 1e3"),
                Arguments.of(
                        "district.rate",
                        "decimal",
                        "\"0.25\"",
                        "value must be a decimal number such as 0.25 or none, got \"0.25\""));
    }

    @Test
    void read_acceptsTheBoundsThemselves() {
        LocalDate day = LocalDate.of(2024, 1, 1);
        assertThat(read(oneValue("pkh.index.SD", "rupiah", "1000000000000"))
                        .get("pkh.index.SD", Rupiah.class)
                        .valueOn(day))
                .isEqualTo(Rupiah.of(1_000_000_000_000L));
        assertThat(read(oneValue("pkh.max_component_persons", "integer", "-10000"))
                        .get("pkh.max_component_persons", Integer.class)
                        .valueOn(day))
                .isEqualTo(-10_000);
        assertThat(read(oneValue("pkh.max_component_persons", "integer", "10000"))
                        .get("pkh.max_component_persons", Integer.class)
                        .valueOn(day))
                .isEqualTo(10_000);
        assertThat(read(oneValue("district.rate", "decimal", "0.123456789012"))
                        .get("district.rate", BigDecimal.class)
                        .valueOn(day))
                .isEqualByComparingTo("0.123456789012");
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void read_rejectsAValueOfTheWrongType(String key, String type, String value, String detail) {
        assertThatThrownBy(() -> read(oneValue(key, type, value)))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.source()).isEqualTo("test.yaml");
                    assertThat(e.line()).hasValue(7);
                    assertThat(e.column()).hasValue(16);
                    assertThat(e.field()).hasValue(key);
                    assertThat(e.detail()).isEqualTo(detail);
                })
                .hasMessage("test.yaml:7:16: " + key + ": " + detail);
    }

    @Test
    void read_rejectsAnUnknownParameterWithDidYouMean() {
        assertThatThrownBy(() -> read(oneValue("pkh.max_component_person", "integer", "4")))
                .hasMessage("test.yaml:3:3: pkh.max_component_person: unknown parameter"
                        + " (did you mean pkh.max_component_persons?)");
        assertThatThrownBy(() -> read(oneValue("pkh.index.sd", "rupiah", "4")))
                .hasMessage("test.yaml:3:3: pkh.index.sd: unknown parameter (did you mean pkh.index.SD?)");
    }

    @Test
    void read_rejectsAnUnknownParameterFarFromAnyKeyWithoutSuggestion() {
        assertThatThrownBy(() -> read(oneValue("sembako.monthly_amount", "rupiah", "4")))
                .isInstanceOf(InputException.class)
                .hasMessage("test.yaml:3:3: sembako.monthly_amount: unknown parameter");
    }

    @Test
    void read_rejectsAnUnknownStructuralKeyWithDidYouMean() {
        assertThatThrownBy(() -> read("schema_version: 1\nparameter: {}\n"))
                .hasMessage("test.yaml:2:1: unknown key parameter (did you mean parameters?);"
                        + " expected one of [schema_version, parameters]");
        String yaml = oneValue("pkh.index.SD", "rupiah", "900000").replace("legal_basis:", "legal_bases:");
        assertThatThrownBy(() -> read(yaml))
                .hasMessage("test.yaml:8:9: pkh.index.SD: unknown key legal_bases (did you mean legal_basis?);"
                        + " expected one of [from, value, legal_basis]");
        String basis = oneValue("pkh.index.SD", "rupiah", "900000").replace("{instrument:", "{instrumen:");
        assertThatThrownBy(() -> read(basis))
                .hasMessage("test.yaml:8:23: pkh.index.SD: unknown key instrumen (did you mean instrument?);"
                        + " expected one of [instrument, number, year, article, note, provenance]");
        String param = oneValue("pkh.index.SD", "rupiah", "900000").replace("type:", "tipe:");
        assertThatThrownBy(() -> read(param))
                .hasMessage("test.yaml:4:5: pkh.index.SD: unknown key tipe (did you mean type?);"
                        + " expected one of [type, values]");
    }

    @Test
    void read_rejectsATypeOtherThanTheDeclaredOne() {
        assertThatThrownBy(() -> read(oneValue("pkh.max_component_persons", "rupiah", "4")))
                .hasMessage("test.yaml:4:11: pkh.max_component_persons: type must be integer for this key, got rupiah");
        assertThatThrownBy(() -> read(oneValue("pkh.max_component_persons", "int", "4")))
                .hasMessage(
                        "test.yaml:4:11: pkh.max_component_persons: type must be integer for this key, got \"int\"");
    }

    @Test
    void read_rejectsAMissingLegalBasis() {
        String yaml = """
                      schema_version: 1
                      parameters:
                        pkh.index.SD:
                          type: rupiah
                          values:
                            - from: 2019-01-01
                              value: 900000
                      """;
        assertThatThrownBy(() -> read(yaml))
                .hasMessage("test.yaml:6:9: pkh.index.SD: values[0].legal_basis is missing");
    }

    @Test
    void read_rejectsALegalBasisWithoutInstrumentOrWithBadFields() {
        assertThatThrownBy(() ->
                        read(oneValue("pkh.index.SD", "rupiah", "1").replace("{instrument: Permensos}", "{note: x}")))
                .hasMessage("test.yaml:8:22: pkh.index.SD: values[0].legal_basis.instrument is missing");
        assertThatThrownBy(() -> read(oneValue("pkh.index.SD", "rupiah", "1")
                        .replace("{instrument: Permensos}", "{instrument: P, year: 18}")))
                .hasMessage(
                        "test.yaml:8:44: pkh.index.SD: values[0].legal_basis.year must be a year such as 2018, got 18");
        assertThatThrownBy(() -> read(oneValue("pkh.index.SD", "rupiah", "1")
                        .replace("{instrument: Permensos}", "{instrument: [P]}")))
                .hasMessage(
                        "test.yaml:8:35: pkh.index.SD: values[0].legal_basis.instrument must be a text, got a list");
        assertThatThrownBy(() -> read(oneValue("pkh.index.SD", "rupiah", "1")
                        .replace("legal_basis: {instrument: Permensos}", "legal_basis: Permensos")))
                .hasMessage("test.yaml:8:22: pkh.index.SD: values[0].legal_basis must be a mapping with instrument and"
                        + " optional number, year, article, note, provenance, got \"Permensos\"");
    }

    @Test
    void read_givesTheProvenanceAsData_andReadsTheMarkedNoteOfEarlierFilesAsTheSame() {
        String basis = """
                legal_basis:
                          instrument: Kemensos
                          provenance:
                            - {grade: S, secondary: true, text: "cap of four (Kemensos text)"}
                            - {text: ties by member order, grade: P}""";
        String data = oneValue("pkh.max_component_persons", "integer", "4")
                .replace("legal_basis: {instrument: Permensos}", basis);
        String earlier = oneValue("pkh.max_component_persons", "integer", "4")
                .replace(
                        "{instrument: Permensos}",
                        "{instrument: Kemensos, note: \"[S, secondary] cap of four (Kemensos text); [P] ties by member"
                                + " order\"}");
        LegalBasis expected = LegalBasis.builder()
                .instrument("Kemensos")
                .addProvenance(Provenance.of(Provenance.Grade.S, true, "cap of four (Kemensos text)"))
                .addProvenance(Provenance.of(Provenance.Grade.P, false, "ties by member order"))
                .build();

        for (String yaml : List.of(data, earlier)) {
            assertThat(read(yaml)
                            .get("pkh.max_component_persons", Integer.class)
                            .values())
                    .singleElement()
                    .extracting(DatedValue::legalBasis)
                    .isEqualTo(expected);
        }
    }

    @Test
    void read_rejectsABadProvenanceEntry_namingItsField() {
        String yaml = oneValue("pkh.index.SD", "rupiah", "1");
        assertThatThrownBy(
                        () -> read(yaml.replace("{instrument: Permensos}", "{instrument: P, provenance: \"[S] x\"}")))
                .hasMessage("test.yaml:8:50: pkh.index.SD: values[0].legal_basis.provenance must be a list of"
                        + " mappings with grade, text and optional secondary, got \"[S] x\"");
        assertThatThrownBy(() -> read(
                        yaml.replace("{instrument: Permensos}", "{instrument: P, provenance: [{grade: s, text: x}]}")))
                .hasMessage("test.yaml:8:59: pkh.index.SD: values[0].legal_basis.provenance[0].grade must be S, I"
                        + " or P, got \"s\"");
        assertThatThrownBy(() -> read(yaml.replace(
                        "{instrument: Permensos}",
                        "{instrument: P, provenance: [{grade: S, secondary: \"true\", text: x}]}")))
                .hasMessage("test.yaml:8:73: pkh.index.SD: values[0].legal_basis.provenance[0].secondary must be true"
                        + " or false, got \"true\"");
        assertThatThrownBy(() ->
                        read(yaml.replace("{instrument: Permensos}", "{instrument: P, provenance: [{grade: I}]}")))
                .hasMessage("test.yaml:8:51: pkh.index.SD: values[0].legal_basis.provenance[0].text is missing");
        assertThatThrownBy(() -> read(yaml.replace(
                        "{instrument: Permensos}", "{instrument: P, provenance: [{grade: I, source: x}]}")))
                .hasMessage("test.yaml:8:62: pkh.index.SD: unknown key source; expected one of [grade, secondary,"
                        + " text]");
    }

    @Test
    void read_rejectsARepeatedDate() {
        String yaml = """
                      schema_version: 1
                      parameters:
                        pkh.index.SD:
                          type: rupiah
                          values:
                            - {from: 2019-01-01, value: 1, legal_basis: {instrument: P}}
                            - {from: 2019-01-01, value: 2, legal_basis: {instrument: P}}
                      """;
        assertThatThrownBy(() -> read(yaml))
                .hasMessage(
                        "test.yaml:7:16: pkh.index.SD: values[1].from 2019-01-01 repeats the date of the entry before");
    }

    @Test
    void read_rejectsDatesOutOfOrder() {
        String yaml = """
                      schema_version: 1
                      parameters:
                        pkh.index.SD:
                          type: rupiah
                          values:
                            - {from: 2020-01-01, value: 1, legal_basis: {instrument: P}}
                            - {from: 2019-06-01, value: 2, legal_basis: {instrument: P}}
                      """;
        assertThatThrownBy(() -> read(yaml))
                .hasMessage("test.yaml:7:16: pkh.index.SD: values[1].from 2019-06-01 must be after the date of the"
                        + " entry before, 2020-01-01");
    }

    @Test
    void read_rejectsABadDate() {
        for (String bad : List.of("2019-02-30", "2019-1-1", "20190101", "\"\"")) {
            assertThatThrownBy(
                            () -> read(oneValue("pkh.index.SD", "rupiah", "1").replace("2019-01-01", bad)))
                    .isInstanceOf(InputException.class)
                    .hasMessageStartingWith(
                            "test.yaml:6:15: pkh.index.SD: values[0].from must be a date YYYY-MM-DD, got ");
        }
    }

    @Test
    void read_rejectsMissingFromAndValue() {
        assertThatThrownBy(() ->
                        read(oneValue("pkh.index.SD", "rupiah", "1").replace("- from: 2019-01-01\n        ", "- ")))
                .hasMessage("test.yaml:6:9: pkh.index.SD: values[0].from is missing");
        assertThatThrownBy(() -> read(oneValue("pkh.index.SD", "rupiah", "1").replace("        value: 1\n", "")))
                .hasMessage(
                        "test.yaml:6:9: pkh.index.SD: values[0].value is missing; write none to switch the rule off");
    }

    @Test
    void read_rejectsMissingOrEmptyTypeAndValues() {
        assertThatThrownBy(() -> read("schema_version: 1\nparameters:\n  pkh.index.SD: {values: []}\n"))
                .hasMessage("test.yaml:3:26: pkh.index.SD: values must hold at least one dated value");
        assertThatThrownBy(() -> read("schema_version: 1\nparameters:\n  pkh.index.SD: {type: rupiah}\n"))
                .hasMessage("test.yaml:3:17: pkh.index.SD: values is missing");
        assertThatThrownBy(() -> read(oneValue("pkh.index.SD", "rupiah", "1").replace("    type: rupiah\n", "")))
                .hasMessage("test.yaml:4:5: pkh.index.SD: type is missing; write type: rupiah");
    }

    @Test
    void read_rejectsADuplicateParameterKey() {
        String yaml = oneValue("pkh.index.SD", "rupiah", "1")
                + "  pkh.index.SD:\n    type: rupiah\n    values: [{from: 2020-01-01, value: 2,"
                + " legal_basis: {instrument: P}}]\n";
        assertThatThrownBy(() -> read(yaml)).hasMessage("test.yaml:9:3: pkh.index.SD: is given twice");
    }

    @Test
    void read_rejectsADuplicateFieldKey() {
        String yaml = oneValue("pkh.index.SD", "rupiah", "1").replace("value: 1\n", "value: 1\n        value: 2\n");
        assertThatThrownBy(() -> read(yaml)).hasMessage("test.yaml:8:9: pkh.index.SD: value is given twice");
        assertThatThrownBy(() -> read("schema_version: 1\nschema_version: 1\nparameters: {}\n"))
                .hasMessage("test.yaml:2:1: schema_version is given twice");
    }

    @Test
    void read_rejectsAMissingOrWrongSchemaVersion() {
        assertThatThrownBy(() -> read("parameters: {}\n"))
                .hasMessage("test.yaml:1:1: schema_version is missing; write schema_version: 1");
        assertThatThrownBy(() -> read("schema_version: 2\nparameters: {}\n"))
                .hasMessage("test.yaml:1:17: schema_version: must be 1, got 2");
        assertThatThrownBy(() -> read("schema_version: 1\n")).hasMessage("test.yaml:1:1: parameters is missing");
    }

    @Test
    void read_rejectsAnEmptyFileAndANonMapping() {
        assertThatThrownBy(() -> read(""))
                .hasMessageStartingWith("test.yaml")
                .hasMessageEndingWith(": the file is empty; it must start with schema_version: 1");
        assertThatThrownBy(() -> read("- 1\n"))
                .hasMessage("test.yaml:1:1: the file must be a mapping with schema_version and parameters, got a list");
    }

    @Test
    void read_rejectsASecondDocument() {
        assertThatThrownBy(() -> read("schema_version: 1\nparameters: {}\n---\nschema_version: 1\nparameters: {}\n"))
                .hasMessage("test.yaml:4:1: the file must hold one YAML document, but more follows");
    }

    @Test
    void read_rejectsAliasesAnchorsAndTags() {
        assertThatThrownBy(() -> read(oneValue("pkh.index.SD", "rupiah", "1")
                        .replace("legal_basis: {instrument: Permensos}", "legal_basis: &b {instrument: Permensos}")))
                .hasMessage("test.yaml:8:22: YAML anchors (&b) are not allowed in a parameter file");
        assertThatThrownBy(() -> read(oneValue("pkh.index.SD", "rupiah", "*x")))
                .hasMessageEndingWith("YAML aliases (*x) are not allowed in a parameter file");
        assertThatThrownBy(() -> read(oneValue("pkh.index.SD", "rupiah", "!!int 1")))
                .hasMessage("test.yaml:7:16: YAML tags (tag:yaml.org,2002:int) are not allowed in a parameter file");
    }

    @Test
    void read_refusesBillionLaughsQuickly() {
        StringBuilder sb = new StringBuilder("schema_version: 1\nparameters:\n  pkh.index.SD:\n    type: rupiah\n");
        sb.append("    values: &l0 [{from: 2019-01-01, value: 1, legal_basis: {instrument: lol}}]\n");
        StringBuilder lols = new StringBuilder("lols:\n");
        lols.append("  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String previous = "a";
        for (char c = 'b'; c <= 'i'; c++) {
            lols.append("  ").append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                lols.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            lols.append("]\n");
            previous = String.valueOf(c);
        }
        String inValues = sb.toString();
        String atRoot = "schema_version: 1\n" + lols + "parameters: {}\n";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThatThrownBy(() -> read(inValues))
                    .hasMessage("test.yaml:5:13: YAML anchors (&l0) are not allowed in a parameter file");
            assertThatThrownBy(() -> read(atRoot))
                    .hasMessage("test.yaml:2:1: unknown key lols; expected one of [schema_version, parameters]");
        });
    }

    @Test
    void read_refusesAFileOverTheCodePointLimit_commentsIncluded_beforeParsing() {
        String huge = "# x\n".repeat(ParameterFileReader.MAX_CODE_POINTS / 4) + "schema_version: 1\nparameters: {}\n";
        assertThatThrownBy(() -> read(huge))
                .isInstanceOf(InputException.class)
                .hasMessage("test.yaml: not accepted: the file is larger than 1048576 code points");
    }

    @Test
    void read_refusesOneLongCommentLineFast() {
        // Before: SnakeYAML let the comment through its limit and took time in the square of its length.
        String oneLine =
                "#" + "x".repeat(ParameterFileReader.MAX_CODE_POINTS) + "\nschema_version: 1\nparameters: {}\n";
        assertTimeoutPreemptively(
                Duration.ofSeconds(2),
                () -> assertThatThrownBy(() -> read(oneLine))
                        .isInstanceOf(InputException.class)
                        .hasMessage("test.yaml:1: not accepted: the line is longer than 65536 characters"));
    }

    @Test
    void read_reportsASyntaxErrorWithItsLine() {
        assertThatThrownBy(() -> read("schema_version: 1\nparameters: {\n"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).isPresent();
                    assertThat(e.detail()).startsWith("not valid YAML: ");
                });
    }

    @Test
    void read_namesATabAndItsLine() {
        // SnakeYAML says "while scanning for the next token" and Jackson points at line 2.
        assertThatThrownBy(() -> read("schema_version: 1\nparameters: {}\n\tbad: 1\n"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).hasValue(3);
                    assertThat(e.column()).hasValue(1);
                    assertThat(e.detail()).isEqualTo("a tab is not allowed, use spaces");
                });
    }

    @Test
    void read_readsAFileAndNamesItInErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("district.yaml");
        Files.writeString(file, oneValue("pkh.max_component_persons", "integer", "3"), StandardCharsets.UTF_8);
        assertThat(READER.read(file)
                        .get("pkh.max_component_persons", Integer.class)
                        .valueOn(LocalDate.of(2024, 1, 1)))
                .isEqualTo(3);
        Files.writeString(file, oneValue("pkh.max_component_persons", "integer", "3.0"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> READER.read(file))
                .isInstanceOfSatisfying(
                        InputException.class, e -> assertThat(e.source()).isEqualTo(file.toString()));
    }

    @Test
    void read_fileInAnotherEncoding_isRefusedNamingTheFileAndTheEncoding(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("district.yaml");
        Files.writeString(file, oneValue("pkh.max_component_persons", "integer", "3"), StandardCharsets.UTF_16);
        assertThatThrownBy(() -> READER.read(file))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": is encoded in UTF-16BE (byte order mark), not UTF-8; save it as UTF-8");
        Files.writeString(
                file,
                "# caf\u00e9\n" + oneValue("pkh.max_component_persons", "integer", "3"),
                StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> READER.read(file))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ":1: is not valid UTF-8 (has byte 0xE9; perhaps Windows-1252 or another legacy"
                        + " encoding); save the file as UTF-8");
    }

    @Test
    void read_throwsUncheckedIoExceptionForAMissingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> READER.read(dir.resolve("missing.yaml")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read " + dir.resolve("missing.yaml"));
    }

    @Test
    void read_rejectsNullArguments() {
        assertThatThrownBy(() -> READER.read((Path) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("file must not be null");
        assertThatThrownBy(() -> READER.read(null, "x")).hasMessage("in must not be null");
        assertThatThrownBy(() -> READER.read(new StringReader(""), null)).hasMessage("source must not be null");
    }

    @Test
    void forKeys_rejectsAnUnsupportedTypeAndABadKey() {
        assertThatThrownBy(() -> ParameterFileReader.forKeys(Map.of("a.b", Long.class)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("type must be Rupiah, Integer, Boolean, String or BigDecimal, got java.lang.Long");
        for (String bad : List.of("Pkh.x", "pkh..x", "pkh.", "", "pkh.A-B", "pKh.x")) {
            assertThatThrownBy(() -> ParameterFileReader.forKeys(Map.of(bad, Integer.class)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("declared key must match [a-z][a-z0-9_]*(\\.[A-Za-z0-9_]+)*, got \"" + bad + "\"");
        }
        assertThatThrownBy(() -> ParameterFileReader.forKeys(null)).hasMessage("declared must not be null");
    }

    @Test
    void declaredKeys_returnsTheKeysInOrderWithTheirTypes() {
        assertThat(READER.declaredKeys())
                .containsExactly(
                        Map.entry("district.flag", Boolean.class),
                        Map.entry("district.label", String.class),
                        Map.entry("district.rate", BigDecimal.class),
                        Map.entry("pkh.index.SD", Rupiah.class),
                        Map.entry("pkh.max_component_persons", Integer.class),
                        Map.entry("pkh.target_desil_max", Integer.class));
    }

    @Test
    void didYouMean_suggestsOnlyCloseKeys() {
        assertThat(ParameterFileReader.didYouMean("pkh.idx.SD", List.of("pkh.index.SD", "pkh.index.SMP")))
                .isEqualTo(" (did you mean pkh.index.SD?)");
        assertThat(ParameterFileReader.didYouMean("zzz", List.of("pkh.index.SD")))
                .isEmpty();
        assertThat(ParameterFileReader.didYouMean("zzz", List.of())).isEmpty();
    }

    @Test
    void read_layersADistrictFileOverTheNationalOne() {
        ParameterSet national = read("""
                                     schema_version: 1
                                     parameters:
                                       pkh.max_component_persons:
                                         type: integer
                                         values: [{from: 2019-01-01, value: 4, legal_basis: {instrument: Kemensos}}]
                                     """);
        ParameterSet district = read("""
                                     schema_version: 1
                                     parameters:
                                       pkh.max_component_persons:
                                         type: integer
                                         values: [{from: 2024-01-01, value: 3, legal_basis: {instrument: Perbup}}]
                                     """);
        Parameter<Integer> cap = district.layeredOver(national).get("pkh.max_component_persons", Integer.class);
        assertThat(cap.valueOn(LocalDate.of(2023, 12, 31))).isEqualTo(4);
        assertThat(cap.valueOn(LocalDate.of(2024, 1, 1))).isEqualTo(3);
    }
}
