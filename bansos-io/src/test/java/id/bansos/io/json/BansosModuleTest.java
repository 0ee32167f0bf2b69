package id.bansos.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import id.bansos.io.Masking;
import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.Sex;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Provenance;
import id.bansos.model.decision.ReasonRenderer;
import id.bansos.model.id.KkNumber;
import id.bansos.model.id.Nik;
import id.bansos.model.id.RegionCode;
import id.bansos.model.lifecycle.CommitmentKind;
import id.bansos.model.lifecycle.CommitmentRecord;
import id.bansos.model.lifecycle.Observation;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Component;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.Program;
import id.bansos.model.time.Tahap;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BansosModuleTest {
    private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new BansosModule());

    /** Configured the way Spring Boot configures its mapper, plus the lenient features users turn on. */
    private static final ObjectMapper SPRING_LIKE = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .enable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .findAndAddModules()
            .build();

    private static final String HEAD = "{\"nik\":\"5208011207850001\",\"sex\":\"MALE\",\"birth_date\":\"1985-07-12\","
            + "\"relationship\":\"HEAD\"}";

    static Stream<ObjectMapper> mappers() {
        return Stream.of(PLAIN, SPRING_LIKE);
    }

    static Stream<Arguments> goldens() {
        return Stream.of(
                Arguments.of("household.json", Household.class, Fixtures.fullHousehold()),
                Arguments.of("household-minimal.json", Household.class, Fixtures.minimalHousehold()),
                Arguments.of("decision.json", Decision.class, Fixtures.eligibleDecision()),
                Arguments.of("decision-not-eligible.json", Decision.class, Fixtures.notEligibleDecision()),
                Arguments.of("enrollment.json", Enrollment.class, Fixtures.graduated()),
                Arguments.of("enrollment-active.json", Enrollment.class, Fixtures.active()),
                Arguments.of("commitment.json", CommitmentRecord.class, Fixtures.commitmentRecord()),
                Arguments.of("observation.json", Observation.class, Fixtures.fullObservation()),
                Arguments.of("observation-minimal.json", Observation.class, Fixtures.minimalObservation()));
    }

    @ParameterizedTest
    @MethodSource("goldens")
    void readGolden_givesTheHandBuiltValue(String file, Class<?> type, Object expected) throws Exception {
        for (ObjectMapper mapper : List.of(PLAIN, SPRING_LIKE)) {
            assertThat(mapper.readValue(Fixtures.golden(file), type)).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("goldens")
    void writeValue_isByteIdenticalToGolden(String file, Class<?> type, Object value) throws Exception {
        for (ObjectMapper mapper : List.of(PLAIN, SPRING_LIKE)) {
            assertThat(mapper.writeValueAsString(value) + "\n").isEqualTo(Fixtures.golden(file));
        }
    }

    @ParameterizedTest
    @MethodSource("goldens")
    void writeThenRead_givesAnEqualValue(String file, Class<?> type, Object value) throws Exception {
        assertThat(PLAIN.readValue(PLAIN.writeValueAsBytes(value), type)).isEqualTo(value);
    }

    @Test
    void person_pregnancyOrder_isReadWrittenAndChecked() throws Exception {
        String json = "{\"nik\":\"5208014703850002\",\"sex\":\"FEMALE\",\"birth_date\":\"1985-03-07\","
                + "\"relationship\":\"HEAD\",\"pregnant\":true,\"pregnancy_order\":3}";
        id.bansos.model.Person p = PLAIN.readValue(json, id.bansos.model.Person.class);
        assertThat(p.pregnancyOrder()).hasValue(3);
        assertThat(PLAIN.writeValueAsString(p)).isEqualTo(json);
        assertThatThrownBy(() -> PLAIN.readValue(json.replace(",\"pregnant\":true", ""), id.bansos.model.Person.class))
                .hasMessage("pregnancy_order: is only allowed with pregnant or postpartum, got 3 (line 1, column 1)");
        assertThatThrownBy(() -> PLAIN.readValue(
                        json.replace("\"pregnancy_order\":3", "\"pregnancy_order\":0"), id.bansos.model.Person.class))
                .hasMessageContaining("pregnancy_order: must be between 1 and 99, got 0");
    }

    @Test
    void writeValue_withMaskedAttribute_masksNikAndKkAndDropsNames() throws Exception {
        String json = PLAIN.writer()
                .withAttribute(Masking.class, Masking.MASKED)
                .writeValueAsString(Fixtures.fullHousehold());
        assertThat(json + "\n").isEqualTo(Fixtures.golden("household-masked.json"));
    }

    @Test
    void writeValue_withRenderer_writesMessages() throws Exception {
        ReasonRenderer renderer = r -> "rule " + r.rule();
        String json = PLAIN.writer()
                .withAttribute(ReasonRenderer.class, renderer)
                .writeValueAsString(Fixtures.eligibleDecision());
        assertThat(json + "\n").isEqualTo(Fixtures.golden("decision-with-messages.json"));
    }

    @Test
    void readDecision_ignoresMessages() throws Exception {
        assertThat(PLAIN.readValue(Fixtures.golden("decision-with-messages.json"), Decision.class))
                .isEqualTo(Fixtures.eligibleDecision());
    }

    @Test
    void findAndRegisterModules_findsTheModule() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertThat(mapper.getRegisteredModuleIds()).contains("BansosModule");
    }

    @Test
    void registerModule_twice_registersOnce() {
        ObjectMapper mapper =
                new ObjectMapper().registerModule(new BansosModule()).findAndRegisterModules();
        assertThat(mapper.getRegisteredModuleIds()).containsOnlyOnce("BansosModule");
    }

    static Stream<Arguments> badHouseholds() {
        return Stream.of(
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":[{\"nik\":\"5208011207850001\","
                                + "\"sex\":\"MALE\",\"birthdate\":\"1985-07-12\",\"relationship\":\"HEAD\"}]}",
                        "members[0].birthdate: unknown key \"birthdate\", did you mean \"birth_date\"?"),
                Arguments.of(
                        "{\"id\":\"K\",\"desill\":3,\"region\":\"52.08.01.2001\",\"members\":[" + HEAD + "]}",
                        "desill: unknown key \"desill\", did you mean \"desil\"?"),
                Arguments.of(
                        "{\"id\":\"K\",\"regionCode\":\"52.08.01.2001\",\"members\":[" + HEAD + "]}",
                        "regionCode: unknown key \"regionCode\""),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":[{\"NIK\":\"5208011207850001\"}]}",
                        "members[0]: unknown key (not shown: it does not look like a key and could be personal data),"
                                + " did you mean \"nik\"?"),
                Arguments.of(
                        "{\"id\":\"K\",\"5208011207850001\":1,\"region\":\"52.08.01.2001\",\"members\":[" + HEAD + "]}",
                        "unknown key (not shown: it does not look like a key and could be personal data)"),
                Arguments.of(
                        "{\"id\":\"K\",\"desil\":3,\"desil\":4,\"region\":\"52.08.01.2001\",\"members\":[" + HEAD
                                + "]}",
                        "desil: duplicate key \"desil\""),
                Arguments.of(
                        "{\"id\":\"K\",\"desil\":\"4\",\"region\":\"52.08.01.2001\",\"members\":[" + HEAD + "]}",
                        "desil: must be an integer, got a string"),
                Arguments.of(
                        "{\"id\":\"K\",\"desil\":4.5,\"region\":\"52.08.01.2001\",\"members\":[" + HEAD + "]}",
                        "desil: must be an integer, got a number with a fraction"),
                Arguments.of(
                        "{\"id\":\"K\",\"desil\":4.0,\"region\":\"52.08.01.2001\",\"members\":[" + HEAD + "]}",
                        "desil: must be an integer, got a number with a fraction"),
                Arguments.of(
                        "{\"id\":\"K\",\"desil\":11,\"region\":\"52.08.01.2001\",\"members\":[" + HEAD + "]}",
                        "desil: must be between 1 and 10, got 11"),
                Arguments.of(
                        "{\"id\":\"K\",\"desil\":5208011207850001,\"region\":\"52.08.01.2001\",\"members\":[" + HEAD
                                + "]}",
                        "desil: must be between 1 and 10, got a number of 16 characters"),
                Arguments.of(
                        "{\"id\":true,\"region\":\"52.08.01.2001\",\"members\":[" + HEAD + "]}",
                        "id: must be a string, got a boolean"),
                Arguments.of(
                        "{\"id\":\" \",\"region\":\"52.08.01.2001\",\"members\":[" + HEAD + "]}",
                        "id: must not be blank"),
                Arguments.of("{\"id\":\"K\",\"members\":[" + HEAD + "]}", "region: missing required key \"region\""),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":null,\"members\":[" + HEAD + "]}",
                        "region: must be a string PP.KK.CC.DDDD, got null"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08\",\"members\":[" + HEAD + "]}",
                        "region: must be a village code PP.KK.CC.DDDD, got 52.08"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"Jalan Merdeka 5\",\"members\":[" + HEAD + "]}",
                        "region: region code must be 2, 4, 6 or 10 digits (PP.KK.CC.DDDD)"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"5208011207850001\",\"members\":[" + HEAD + "]}",
                        "region: region code must be 2, 4, 6 or 10 digits (PP.KK.CC.DDDD)"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"SUPARMAN\",\"members\":[" + HEAD + "]}",
                        "region: region code must be 2, 4, 6 or 10 digits (PP.KK.CC.DDDD)"),
                Arguments.of(
                        "{\"id\":\"K\",\"kk_number\":\"123\",\"region\":\"52.08.01.2001\",\"members\":[" + HEAD + "]}",
                        "kk_number: KK number must have 16 digits, got 3"),
                Arguments.of(
                        "{\"id\":\"K\",\"monthly_income\":-5,\"region\":\"52.08.01.2001\",\"members\":[" + HEAD + "]}",
                        "monthly_income: must not be negative, got -5"),
                Arguments.of(
                        "{\"id\":\"K\",\"monthly_income\":\"1.500.000\",\"region\":\"52.08.01.2001\",\"members\":["
                                + HEAD + "]}",
                        "monthly_income: must be an integer, got a string"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":[]}",
                        "members: must hold 1 to 100 persons, got 0"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":{}}",
                        "members: must be an array of persons, got an object"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":[\"Ahmad Fauzi\"]}",
                        "members[0]: must be an object, got a string"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":[" + HEAD.replace("HEAD", "CHILD")
                                + "]}",
                        "members: must include a HEAD"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":[" + HEAD + "," + HEAD + "]}",
                        "members: must not repeat a NIK, but members 0 and 1 share one"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":["
                                + HEAD.replace("5208011207850001", "52080112078500AB") + "]}",
                        "members[0].nik: NIK must contain only digits"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":["
                                + HEAD.replace("1985-07-12", "1985-07-13") + "]}",
                        "members[0].nik: does not agree with birth_date and sex"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":["
                                + HEAD.replace("\"5208011207850001\"", "5208011207850001") + "]}",
                        "members[0].nik: must be a string of 16 digits, got an integer"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":["
                                + HEAD.replace("\"MALE\"", "\"male\"") + "]}",
                        "members[0].sex: must be one of \"MALE\", \"FEMALE\", got \"male\""),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":["
                                + HEAD.replace("\"MALE\"", "\"Budi\"") + "]}",
                        "members[0].sex: must be one of \"MALE\", \"FEMALE\""),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":["
                                + HEAD.replace("\"MALE\"", "\"5208011207850001\"") + "]}",
                        "members[0].sex: must be one of \"MALE\", \"FEMALE\""),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":[" + HEAD.replace("\"MALE\"", "0")
                                + "]}",
                        "members[0].sex: must be a string, got an integer"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":["
                                + HEAD.replace("1985-07-12", "12-07-1985") + "]}",
                        "members[0].birth_date: must be a date YYYY-MM-DD"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":["
                                + HEAD.replace("1985-07-12", "1985-7-12") + "]}",
                        "members[0].birth_date: must be a date YYYY-MM-DD"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":["
                                + HEAD.replace("1985-07-12", "1985/07/12") + "]}",
                        "members[0].birth_date: must be a date YYYY-MM-DD"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":["
                                + HEAD.replace("1985-07-12", "1985-07-12T00") + "]}",
                        "members[0].birth_date: must be a date YYYY-MM-DD"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":["
                                + HEAD.replace("1985-07-12", "\u0661985-07-12") + "]}",
                        "members[0].birth_date: must be a date YYYY-MM-DD"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":["
                                + HEAD.replace("1985-07-12", "1985-02-30") + "]}",
                        "members[0].birth_date: must be a real date YYYY-MM-DD, got \"1985-02-30\""),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":["
                                + HEAD.replace("}", ",\"pregnant\":true}") + "]}",
                        "members[0].pregnant: is only allowed for a FEMALE person"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":["
                                + HEAD.replace("}", ",\"deceased\":\"true\"}") + "]}",
                        "members[0].deceased: must be a boolean, got a string"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":["
                                + HEAD.replace("}", ",\"name\":\"\"}") + "]}",
                        "members[0].name: must not be blank when present"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":["
                                + HEAD.replace("}", ",\"occupation\":\"PNS\"}") + "]}",
                        "members[0].occupation: must be one of \"ASN\", \"TNI\", \"POLRI\", \"PENSIUNAN_ASN_TNI_POLRI\","
                                + " \"BUMN_BUMD\", \"PERANGKAT_DESA\", \"GURU_SERTIFIKASI\", \"TENAGA_KESEHATAN\","
                                + " \"PEMILIK_USAHA\", \"PEKERJA_APBN_APBD\", \"LAINNYA\""),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":[" + HEAD
                                + ",{\"nik\":\"5208014503900002\","
                                + "\"sex\":\"FEMALE\",\"birth_date\":\"1990-03-05\",\"relationship\":\"SPOUSE\","
                                + "\"schoollevel\":\"SD\"}]}",
                        "members[1].schoollevel: unknown key \"schoollevel\", did you mean \"school_level\"?"),
                Arguments.of(
                        "{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":[{\"sex\":\"MALE\"}]}",
                        "members[0].nik: missing required key \"nik\""),
                Arguments.of("[]", "must be an object, got an array"));
    }

    @ParameterizedTest
    @MethodSource("badHouseholds")
    void readHousehold_rejectsWithTheFieldNamed_onPlainAndSpringLikeMappers(String json, String message) {
        for (ObjectMapper mapper : List.of(PLAIN, SPRING_LIKE)) {
            assertThatThrownBy(() -> mapper.readValue(json, Household.class))
                    .isInstanceOf(JsonMappingException.class)
                    .satisfies(e -> assertThat(((JsonMappingException) e).getOriginalMessage())
                            .isEqualTo(message));
        }
    }

    @Test
    void readHousehold_messageNamesHouseholdAndLocation() {
        String json = "{\"id\":\"K-9\",\"region\":\"52.08.01.2001\",\"members\":["
                + HEAD.replace("1985-07-12", "12-07-1985") + "]}";
        // 48 characters before the person, then {"nik":"…", (26), "sex":"MALE", (13), "birth_date": (13): 100.
        assertThatThrownBy(() -> PLAIN.readValue(json, Household.class))
                .hasMessage("household K-9: members[0].birth_date: must be a date YYYY-MM-DD (line 1, column 101)");
    }

    @Test
    void readHousehold_insideAUsersOwnClass_staysStrictOnSpringLikeMapper() {
        String json = "{\"note\":\"x\",\"household\":{\"id\":\"K\",\"desil\":\"4\",\"region\":\"52.08.01.2001\","
                + "\"members\":[" + HEAD + "]}}";
        assertThatThrownBy(() -> SPRING_LIKE.readValue(json, Holder.class))
                .isInstanceOf(JsonMappingException.class)
                .satisfies(e -> assertThat(((JsonMappingException) e).getOriginalMessage())
                        .isEqualTo("desil: must be an integer, got a string"));
    }

    @Test
    void readHousehold_insideAUsersOwnClass_reads() throws Exception {
        String json = "{\"note\":\"x\",\"household\":" + Fixtures.golden("household-minimal.json") + "}";
        assertThat(SPRING_LIKE.readValue(json, Holder.class).household).isEqualTo(Fixtures.minimalHousehold());
    }

    @Test
    void readHousehold_acceptsNullForOptionalKeys() throws Exception {
        String json = "{\"id\":\"KEL-0002\",\"kk_number\":null,\"region\":\"5208012001\",\"desil\":null,"
                + "\"members\":[" + HEAD.replace("}", ",\"name\":null,\"pregnant\":null}") + "]}";
        assertThat(PLAIN.readValue(json, Household.class)).isEqualTo(Fixtures.minimalHousehold());
    }

    @Test
    void readHousehold_acceptsExplicitFalseAndKeysInAnyOrder() throws Exception {
        String json = "{\"members\":[{\"relationship\":\"HEAD\",\"deceased\":false,\"birth_date\":\"1985-07-12\","
                + "\"sex\":\"MALE\",\"nik\":\"5208011207850001\",\"pregnant\":false}],\"region\":\"52.08.01.2001\","
                + "\"id\":\"KEL-0002\"}";
        assertThat(PLAIN.readValue(json, Household.class)).isEqualTo(Fixtures.minimalHousehold());
    }

    @Test
    void readHousehold_overHundredMembers_stopsAtTheLimit() {
        StringBuilder sb = new StringBuilder("{\"id\":\"K\",\"region\":\"52.08.01.2001\",\"members\":[");
        for (int i = 0; i < 101; i++) {
            sb.append(i == 0 ? "" : ",").append("{}");
        }
        sb.append("]}");
        // Persons 0-99 would each fail on their own; the limit is checked first, so {} is never read past 100.
        assertThatThrownBy(() -> PLAIN.readValue(sb.toString(), Household.class))
                .satisfies(e -> assertThat(((JsonMappingException) e).getOriginalMessage())
                        .isEqualTo("members[0].nik: missing required key \"nik\""));
    }

    @Test
    void readHousehold_fromYaml_readsBareNumbersAsDigits() throws Exception {
        ObjectMapper yaml = new YAMLMapper().registerModule(new BansosModule());
        String text = """
                      id: KEL-0002
                      region: 5208012001
                      members:
                        - nik: 5208011207850001
                          sex: MALE
                          birth_date: 1985-07-12
                          relationship: HEAD
                      """;
        assertThat(yaml.readValue(text, Household.class)).isEqualTo(Fixtures.minimalHousehold());
    }

    @Test
    void readHousehold_fromYaml_namesLineOfMisspeltKey() {
        ObjectMapper yaml = new YAMLMapper().registerModule(new BansosModule());
        String text = """
                      id: KEL-0002
                      region: 5208012001
                      members:
                        - nik: 5208011207850001
                          sex: MALE
                          birthdate: 1985-07-12
                          relationship: HEAD
                      """;
        assertThatThrownBy(() -> yaml.readValue(text, Household.class))
                .hasMessage("household KEL-0002: members[0].birthdate: unknown key \"birthdate\","
                        + " did you mean \"birth_date\"? (line 6, column 5)");
    }

    static Stream<Arguments> badDecisions() {
        String golden = Fixtures.golden("decision.json").trim();
        return Stream.of(
                Arguments.of(
                        golden.replace("\"520801******0002\"", "\"5208014503900002\""),
                        "components[0].member_nik: must be a masked NIK of the form 123456******7890"),
                Arguments.of(
                        golden.replace("\"year\":2018", "\"year\":\"2018\""),
                        "reasons[0].legal_basis.year: must be an integer, got a string"),
                Arguments.of(
                        golden.replace("\"program\":\"PKH\"", "\"program\":\"pkh\""),
                        "program: must be an upper-case code [A-Z][A-Z0-9_]*, got \"pkh\""),
                Arguments.of(
                        golden.replace("\"value\":3000000", "\"value\":0.5"),
                        "reasons[1].parameters[0].value: must be a string or an integer, got a number with a fraction"),
                Arguments.of(
                        golden.replace("\"count\":\"3\"", "\"count\":3"),
                        "reasons[1].args.count: must be a string, got an integer"),
                Arguments.of(
                        golden.replace("\"count\":\"3\"", "\"count\":\"3\",\"count\":\"4\""),
                        "reasons[1].args.count: duplicate key \"count\""),
                Arguments.of(
                        golden.replace("\"rule\":\"pkh.exclusion\"", "\"rule\":\"PKH Exclusion\""),
                        "reasons[0].rule: must be a lower-case dotted id like pkh.exclusion, got \"PKH Exclusion\""),
                Arguments.of(
                        golden.replace("\"eligible\":true", "\"eligible\":false"),
                        "a decision that is not eligible must have annual_amount 0, got 6900000"),
                Arguments.of(
                        golden.replace("\"paid\":true", "\"payed\":true"),
                        "components[0].payed: unknown key \"payed\", did you mean \"paid\"?"),
                Arguments.of(
                        golden.replace("\"as_of\":\"2024-03-01\"", "\"as_of\":\"2024-03-01T00:00:00Z\""),
                        "as_of: must be a date YYYY-MM-DD"),
                Arguments.of(
                        golden.replace("\"message\"", "\"x\"").replace("\"args\":{}", "\"args\":{},\"message\":7"),
                        "reasons[0].message: must be a string, got an integer"),
                Arguments.of(
                        golden.replace("\"grade\":\"I\"", "\"grade\":\"X\""),
                        "reasons[1].legal_basis.provenance[0].grade: must be one of \"S\", \"I\", \"P\""),
                Arguments.of(
                        golden.replace(",\"text\":\"yearly index decree\"", ""),
                        "reasons[1].legal_basis.provenance[0].text: missing required key \"text\""));
    }

    @Test
    void legalBasis_readsProvenanceAsData_andAMarkedNoteOfAnEarlierFileAsTheSame() throws Exception {
        LegalBasis expected = LegalBasis.builder()
                .instrument("Kemensos")
                .addProvenance(Provenance.of(Provenance.Grade.S, true, "cap of four (Kemensos text)"))
                .addProvenance(Provenance.of(Provenance.Grade.P, false, "ties by member order"))
                .build();
        String data = "{\"instrument\":\"Kemensos\",\"provenance\":[{\"grade\":\"S\",\"secondary\":true,"
                + "\"text\":\"cap of four (Kemensos text)\"},{\"grade\":\"P\",\"text\":\"ties by member order\"}]}";
        String earlier = "{\"instrument\":\"Kemensos\",\"note\":\"[S, secondary] cap of four (Kemensos text);"
                + " [P] ties by member order\"}";

        assertThat(PLAIN.readValue(data, LegalBasis.class)).isEqualTo(expected);
        assertThat(PLAIN.readValue(earlier, LegalBasis.class)).isEqualTo(expected);
        // Written additively: the note as earlier versions wrote it, and the entries beside it.
        assertThat(PLAIN.writeValueAsString(expected))
                .isEqualTo("{\"instrument\":\"Kemensos\",\"note\":\"[S, secondary] cap of four (Kemensos text);"
                        + " [P] ties by member order\",\"provenance\":[{\"grade\":\"S\",\"secondary\":true,"
                        + "\"text\":\"cap of four (Kemensos text)\"},{\"grade\":\"P\",\"secondary\":false,"
                        + "\"text\":\"ties by member order\"}]}");
    }

    @ParameterizedTest
    @MethodSource("badDecisions")
    void readDecision_rejectsWithTheFieldNamed_onPlainAndSpringLikeMappers(String json, String message) {
        for (ObjectMapper mapper : List.of(PLAIN, SPRING_LIKE)) {
            assertThatThrownBy(() -> mapper.readValue(json, Decision.class))
                    .isInstanceOf(JsonMappingException.class)
                    .satisfies(e -> assertThat(((JsonMappingException) e).getOriginalMessage())
                            .isEqualTo(message));
        }
    }

    static Stream<Arguments> badEnrollments() {
        return Stream.of(
                Arguments.of(
                        "{\"household_id\":\"K\",\"program\":\"PKH\",\"since\":\"2018-02-01\",\"status\":\"graduated\"}",
                        "status: must be one of \"ACTIVE\", \"SUSPENDED\", \"GRADUATED\", \"TERMINATED\", got \"graduated\""),
                Arguments.of(
                        "{\"household_id\":\"K\",\"program\":\"PKH\",\"since\":\"2018-02-01\",\"status\":\"GRADUATED\"}",
                        "exit_reason: must be present when status is GRADUATED"),
                Arguments.of(
                        "{\"household_id\":\"K\",\"program\":\"PKH\",\"since\":\"2018-02-01\",\"status\":\"TERMINATED\","
                                + "\"exit_reason\":\"PINDAH\",\"exit_date\":\"2017-12-31\"}",
                        "exit_date: must not be before since 2018-02-01, got 2017-12-31"),
                Arguments.of(
                        "{\"household_id\":\"K\",\"program\":\"PKH\",\"since\":\"2018-02-01\",\"status\":\"ACTIVE\","
                                + "\"region\":\"Lombok Utara\"}",
                        "region: region code must be 2, 4, 6 or 10 digits (PP.KK.CC.DDDD)"),
                Arguments.of(
                        "{\"householdId\":\"K\",\"program\":\"PKH\",\"since\":\"2018-02-01\",\"status\":\"ACTIVE\"}",
                        "householdId: unknown key \"householdId\", did you mean \"household_id\"?"));
    }

    @ParameterizedTest
    @MethodSource("badEnrollments")
    void readEnrollment_rejectsWithTheFieldNamed(String json, String message) {
        for (ObjectMapper mapper : List.of(PLAIN, SPRING_LIKE)) {
            assertThatThrownBy(() -> mapper.readValue(json, Enrollment.class))
                    .satisfies(e -> assertThat(((JsonMappingException) e).getOriginalMessage())
                            .isEqualTo(message));
        }
    }

    static Stream<Arguments> badCommitmentRecords() {
        String golden = Fixtures.golden("commitment.json").trim();
        return Stream.of(
                Arguments.of(
                        golden.replace("\"2024-I\"", "\"2024-V\""),
                        "tahap: must be a tahap like 2024-I, 2024-II, 2024-III or 2024-IV, got \"2024-V\""),
                Arguments.of(
                        golden.replace("\"2024-I\"", "\"Triwulan satu\""),
                        "tahap: must be a tahap like 2024-I, 2024-II, 2024-III or 2024-IV"),
                Arguments.of(golden.replace("\"2024-I\"", "2024"), "tahap: must be a string, got an integer"),
                Arguments.of(
                        golden.replace("\"member_index\":2,", ""),
                        "checks[0].member_index: must be present for SCHOOL_ATTENDANCE"),
                Arguments.of(
                        golden.replace("\"attended\":52", "\"attended\":61"),
                        "checks[0].attended: must be between 0 and 60, got 61"),
                Arguments.of(
                        golden.replace("\"scheduled\":60", "\"scheduled\":0"),
                        "checks[0].scheduled: must be between 1 and 366, got 0"),
                Arguments.of(
                        golden.replace("\"attended\":52", "\"attended\":52.5"),
                        "checks[0].attended: must be an integer, got a number with a fraction"),
                Arguments.of(
                        golden.replace("\"IMMUNISATION\"", "\"IMUNISASI\""),
                        "checks[1].kind: must be one of \"SCHOOL_ATTENDANCE\", \"ANTENATAL_CHECK\","
                                + " \"IMMUNISATION\", \"WEIGHING\", \"P2K2\""),
                Arguments.of(
                        golden.replace("\"scheduled\":3", "\"schedule\":3"),
                        "checks[2].schedule: unknown key \"schedule\", did you mean \"scheduled\"?"),
                Arguments.of(golden.replaceAll("\\[.*\\]", "[]"), "checks: must hold at least one check"),
                Arguments.of(
                        golden.replace(
                                "\"kind\":\"P2K2\",\"scheduled\":3",
                                "\"kind\":\"IMMUNISATION\"," + "\"member_index\":3,\"scheduled\":3"),
                        "checks: must not repeat a commitment, got IMMUNISATION of member 3"),
                Arguments.of(golden.replace("\"tahap\":\"2024-I\",", ""), "tahap: missing required key \"tahap\""));
    }

    @ParameterizedTest
    @MethodSource("badCommitmentRecords")
    void readCommitmentRecord_rejectsWithTheFieldNamed(String json, String message) {
        for (ObjectMapper mapper : List.of(PLAIN, SPRING_LIKE)) {
            assertThatThrownBy(() -> mapper.readValue(json, CommitmentRecord.class))
                    .isInstanceOf(JsonMappingException.class)
                    .satisfies(e -> assertThat(((JsonMappingException) e).getOriginalMessage())
                            .isEqualTo(message));
        }
    }

    @Test
    void readCommitmentRecord_messageNamesHousehold() {
        String json = Fixtures.golden("commitment.json").trim().replace("\"attended\":52", "\"attended\":61");
        assertThatThrownBy(() -> PLAIN.readValue(json, CommitmentRecord.class))
                .hasMessageStartingWith(
                        "household KEL-0001: checks[0].attended: must be between 0 and 60, got 61 (line 1");
    }

    static Stream<Arguments> badObservations() {
        String golden = Fixtures.golden("observation.json").trim();
        return Stream.of(
                Arguments.of(
                        "{\"household_id\":\"KEL-0001\",\"observed_on\":\"2024-05-20\"}",
                        "observation must record at least one of monthly_income, business, asset_value,"
                                + " occupations, signed_statement"),
                Arguments.of(
                        golden.replace("\"occupation\":\"PERANGKAT_DESA\"", "\"occupation\":\"LURAH\""),
                        "occupations[0].occupation: must be one of \"ASN\", \"TNI\", \"POLRI\","
                                + " \"PENSIUNAN_ASN_TNI_POLRI\", \"BUMN_BUMD\", \"PERANGKAT_DESA\", \"GURU_SERTIFIKASI\","
                                + " \"TENAGA_KESEHATAN\", \"PEMILIK_USAHA\", \"PEKERJA_APBN_APBD\", \"LAINNYA\""),
                Arguments.of(
                        golden.replace("\"member_index\":0", "\"member_index\":100"),
                        "occupations[0].member_index: must be between 0 and 99, got 100"),
                Arguments.of(
                        golden.replace("{\"member_index\":0,", "{"),
                        "occupations[0].member_index: missing required key \"member_index\""),
                Arguments.of(
                        golden.replace("}],", "},{\"member_index\":0,\"occupation\":\"ASN\"}],"),
                        "occupations: must not name a member twice, got 0"),
                Arguments.of(
                        golden.replace(
                                "[{\"member_index\":0,\"occupation\":\"PERANGKAT_DESA\"}]", "\"PERANGKAT_DESA\""),
                        "occupations: must be an array, got a string"),
                Arguments.of(
                        golden.replace("4500000", "\"4.500.000\""), "monthly_income: must be an integer, got a string"),
                Arguments.of(golden.replace("4500000", "-1"), "monthly_income: must not be negative, got -1"),
                Arguments.of(
                        golden.replace("\"business\":true", "\"business\":\"ya\""),
                        "business: must be a boolean, got a string"),
                Arguments.of(
                        golden.replace("\"asset_value\"", "\"assets_value\""),
                        "assets_value: unknown key \"assets_value\", did you mean \"asset_value\"?"),
                Arguments.of(golden.replace("2024-05-20", "20-05-2024"), "observed_on: must be a date YYYY-MM-DD"));
    }

    @ParameterizedTest
    @MethodSource("badObservations")
    void readObservation_rejectsWithTheFieldNamed(String json, String message) {
        for (ObjectMapper mapper : List.of(PLAIN, SPRING_LIKE)) {
            assertThatThrownBy(() -> mapper.readValue(json, Observation.class))
                    .isInstanceOf(JsonMappingException.class)
                    .satisfies(e -> assertThat(((JsonMappingException) e).getOriginalMessage())
                            .isEqualTo(message));
        }
    }

    @Test
    void readObservation_acceptsExplicitFalseStatementBesideAFinding() throws Exception {
        String json = "{\"household_id\":\"KEL-0002\",\"observed_on\":\"2024-05-21\",\"business\":false,"
                + "\"signed_statement\":false,\"monthly_income\":null}";
        assertThat(PLAIN.readValue(json, Observation.class)).isEqualTo(Fixtures.minimalObservation());
    }

    @Test
    void tahapAndCommitmentKind_readAndWriteTheirText() throws Exception {
        assertThat(PLAIN.writeValueAsString(Tahap.of(2024, 3))).isEqualTo("\"2024-III\"");
        assertThat(PLAIN.readValue("\"2024-III\"", Tahap.class)).isEqualTo(Tahap.of(2024, 3));
        assertThat(PLAIN.writeValueAsString(CommitmentKind.P2K2)).isEqualTo("\"P2K2\"");
        assertThat(PLAIN.readValue("\"WEIGHING\"", CommitmentKind.class)).isEqualTo(CommitmentKind.WEIGHING);
        assertThatThrownBy(() -> SPRING_LIKE.readValue("\"2024-3\"", Tahap.class))
                .hasMessage("must be a tahap like 2024-I, 2024-II, 2024-III or 2024-IV (line 1, column 1)");
    }

    @Test
    void singleValues_writeTheirV1Form() throws Exception {
        assertThat(PLAIN.writeValueAsString(Nik.parse("5208011207850001"))).isEqualTo("\"5208011207850001\"");
        assertThat(PLAIN.writer()
                        .withAttribute(Masking.class, Masking.MASKED)
                        .writeValueAsString(Nik.parse("5208011207850001")))
                .isEqualTo("\"520801******0001\"");
        assertThat(PLAIN.writeValueAsString(KkNumber.parse("0000000000000042"))).isEqualTo("\"0000000000000042\"");
        assertThat(PLAIN.writeValueAsString(RegionCode.parse("5208012001"))).isEqualTo("\"52.08.01.2001\"");
        assertThat(PLAIN.writeValueAsString(Rupiah.of(-975_000))).isEqualTo("-975000");
        assertThat(PLAIN.writeValueAsString(Program.of("BANSOS_KAB"))).isEqualTo("\"BANSOS_KAB\"");
        assertThat(PLAIN.writeValueAsString(Sex.FEMALE)).isEqualTo("\"FEMALE\"");
        assertThat(PLAIN.writeValueAsString(ParameterUse.of("k", "007", LocalDate.of(2024, 1, 1))))
                .isEqualTo("{\"key\":\"k\",\"value\":\"007\",\"effective_from\":\"2024-01-01\"}");
        assertThat(PLAIN.writeValueAsString(ParameterUse.of("k", "-12", LocalDate.of(2024, 1, 1))))
                .isEqualTo("{\"key\":\"k\",\"value\":-12,\"effective_from\":\"2024-01-01\"}");
    }

    @Test
    void singleValues_readStrictly() throws Exception {
        assertThat(PLAIN.readValue("\"5208011207850001\"", Nik.class)).isEqualTo(Nik.parse("5208011207850001"));
        assertThat(PLAIN.readValue("\"5208012001\"", RegionCode.class)).isEqualTo(RegionCode.parse("52.08.01.2001"));
        assertThat(PLAIN.readValue("1500000", Rupiah.class)).isEqualTo(Rupiah.of(1_500_000));
        assertThat(PLAIN.readValue("\"ANAK_YATIM\"", Component.class)).isEqualTo(Component.of("ANAK_YATIM"));
        assertThat(PLAIN.readValue("\"SD\"", Component.class)).isSameAs(Component.SD);
        assertThatThrownBy(() -> SPRING_LIKE.readValue("\"1500000\"", Rupiah.class))
                .hasMessage("must be an integer, got a string (line 1, column 1)");
        assertThatThrownBy(() -> SPRING_LIKE.readValue("1500000.5", Rupiah.class))
                .hasMessage("must be an integer, got a number with a fraction (line 1, column 1)");
        assertThatThrownBy(() -> SPRING_LIKE.readValue("5208011207850001", Nik.class))
                .hasMessage("must be a string of 16 digits, got an integer (line 1, column 1)");
        assertThatThrownBy(() -> SPRING_LIKE.readValue("1", Sex.class))
                .hasMessage("must be a string, got an integer (line 1, column 1)");
        assertThatThrownBy(() -> SPRING_LIKE.readValue("\"female\"", Sex.class))
                .hasMessage("must be one of \"MALE\", \"FEMALE\", got \"female\" (line 1, column 1)");
    }

    @Test
    void readPerson_standalone() throws Exception {
        assertThat(PLAIN.readValue(HEAD, Person.class))
                .isEqualTo(Fixtures.minimalHousehold().members().get(0));
    }

    /** A caller's own class that holds a household, as a Spring controller's request body might. */
    static final class Holder {
        public String note;
        public Household household;
    }
}
