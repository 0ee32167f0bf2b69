package id.bansos.io.json;

import static id.bansos.io.json.ReaderSupport.describe;
import static id.bansos.io.json.ReaderSupport.readJson;
import static id.bansos.io.json.ReaderSupport.syntaxColumn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.bansos.io.HouseholdRecord;
import id.bansos.io.InputException;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.model.program.Program;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonHouseholdReaderTest {
    private static final String LINE = Fixtures.MINIMAL_LINE;
    private static final String FULL = Fixtures.golden("household.json").trim();

    /** A household with id B, pretty-printed over 12 lines, whose person misspells birth_date on its 9th. */
    private static final String PRETTY_B = """
                                           {
                                             "id": "B",
                                             "region": "52.08.01.2001",
                                             "members": [
                                               {
                                                 "nik": "5208011207850001",
                                                 "sex": "MALE",
                                                 "relationship": "HEAD",
                                                 "birthdate": "1985-07-12"
                                               }
                                             ]
                                           }\
                                           """;

    @Test
    void read_singleObject() throws IOException {
        assertThat(describe(readJson(FULL))).containsExactly("1 KEL-0001");
        assertThat(((HouseholdRecord.Accepted) readJson(FULL).get(0)).household())
                .isEqualTo(Fixtures.fullHousehold());
    }

    @Test
    void read_array_givesEachObjectWithTheLineItStartsOn() throws IOException {
        String json = "[\n" + LINE + ",\n" + PRETTY_B.replace("birthdate", "birth_date") + ",\n" + FULL + "\n]\n";
        assertThat(describe(readJson(json))).containsExactly("2 KEL-0002", "3 B", "15 KEL-0001");
    }

    @Test
    void read_arrayWithBomAndCrlf_countsLinesTheSame() throws IOException {
        String json = "\uFEFF[\r\n" + LINE + ",\r\n" + PRETTY_B.replace("\n", "\r\n") + "\r\n]";
        assertThat(describe(readJson(json)))
                .containsExactly(
                        "2 KEL-0002",
                        "h.json:3: household B: members[0].birthdate: unknown key \"birthdate\","
                                + " did you mean \"birth_date\"? (at line 11, column 7)");
    }

    @Test
    void read_badRecordInArray_isRejected_andReadingGoesOn() throws IOException {
        String json = "[\n" + PRETTY_B + ",\n" + LINE + "\n]";
        List<HouseholdRecord> records = readJson(json);
        assertThat(describe(records))
                .containsExactly(
                        "h.json:2: household B: members[0].birthdate: unknown key \"birthdate\","
                                + " did you mean \"birth_date\"? (at line 10, column 7)",
                        "14 KEL-0002");
        Reject reject = ((HouseholdRecord.Rejected) records.get(0)).reject();
        assertThat(reject.line()).isEqualTo(2);
        assertThat(reject.column()).isEmpty();
        assertThat(reject.field()).hasValue("members[0].birthdate");
        assertThat(reject.householdId()).hasValue("B");
    }

    @Test
    void read_errorOnTheRecordsFirstLine_hasAColumn() throws IOException {
        String json = "[" + LINE.replace("\"52.08.01.2001\"", "5208012001") + "]";
        Reject reject = ((HouseholdRecord.Rejected) readJson(json).get(0)).reject();
        assertThat(reject.error())
                .isEqualTo("h.json:1:28: household KEL-0002: region: must be a string PP.KK.CC.DDDD, got an integer");
        assertThat(reject.column()).hasValue(28);
    }

    @Test
    void read_idAfterTheError_isStillNamed() throws IOException {
        String json = "[{\"members\":\"x\",\"id\":\"KEL-8\",\"region\":\"52.08.01.2001\"}," + LINE + "]";
        assertThat(describe(readJson(json)))
                .containsExactly(
                        "h.json:1:13: household KEL-8: members: must be an array of persons, got a string",
                        "1 KEL-0002");
    }

    @Test
    void read_envelope_inEitherKeyOrder() throws IOException {
        String envelope = "{\"schema_version\": 1, \"households\": [\n" + LINE + ",\n" + FULL + "\n]}";
        assertThat(describe(readJson(envelope))).containsExactly("2 KEL-0002", "3 KEL-0001");
        String sorted = "{\"households\": [\n" + LINE + "\n], \"schema_version\": 1}\n";
        assertThat(describe(readJson(sorted))).containsExactly("2 KEL-0002");
    }

    @Test
    void read_envelopeWithWrongVersionFirst_throws() {
        assertThatThrownBy(() -> readJson("{\"schema_version\": 2, \"households\": [" + LINE + "]}"))
                .isInstanceOf(InputException.class)
                .hasMessage("h.json:1:20: schema_version: must be 1, got 2");
        assertThatThrownBy(() -> readJson("{\"schema_version\": \"1\", \"households\": []}"))
                .isInstanceOf(InputException.class)
                .hasMessage("h.json:1:20: schema_version: must be 1, got a string");
    }

    @Test
    void read_envelopeWithWrongVersionAfterTheRecords_endsWithAReject() throws IOException {
        assertThat(describe(readJson("{\"households\": [" + LINE + "], \"schema_version\": 2}")))
                .containsExactly("1 KEL-0002", "h.json:1:180: schema_version: must be 1, got 2");
    }

    @Test
    void read_envelopeWithUnknownKey_throwsWithSuggestion() {
        assertThatThrownBy(() -> readJson("{\"schema_version\": 1, \"household\": []}"))
                .isInstanceOf(InputException.class)
                .hasMessage("h.json:1:23: household: unknown key \"household\", did you mean \"households\"?");
        assertThatThrownBy(() -> readJson("{\"households\": [], \"households\": []}"))
                .isInstanceOf(InputException.class)
                .hasMessage("h.json:1:20: households: duplicate key \"households\"");
        assertThatThrownBy(() -> readJson("{\"schema_version\": 1}"))
                .isInstanceOf(InputException.class)
                .hasMessage("h.json:1:21: households: missing required key \"households\"");
        assertThatThrownBy(() -> readJson("{\"schema_version\": 1, \"households\": {}}"))
                .isInstanceOf(InputException.class)
                .hasMessage("h.json:1:37: households: must be an array of households, got an object");
    }

    @Test
    void read_topLevelScalarOrNotJson_throws() {
        assertThatThrownBy(() -> readJson("\"KEL-0001\""))
                .isInstanceOf(InputException.class)
                .hasMessage("h.json:1:1: must hold a household object, an array of them, or"
                        + " {\"schema_version\": 1, \"households\": [...]}, got a string");
        assertThatThrownBy(() -> readJson("Ahmad Fauzi"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("h.json:1:" + syntaxColumn(1, 7) + ": malformed JSON: Unrecognized token '...'")
                .hasMessageNotContaining("Ahmad");
    }

    @Test
    void read_emptyFile_hasNoRecords() throws IOException {
        assertThat(readJson("")).isEmpty();
        assertThat(readJson(" \r\n\t\n")).isEmpty();
        assertThat(readJson("\uFEFF")).isEmpty();
        assertThat(readJson("[]")).isEmpty();
        assertThat(readJson("{\"schema_version\": 1, \"households\": []}")).isEmpty();
    }

    @Test
    void read_truncatedArray_givesOneRejectAndEnds() throws IOException {
        String json = "[\n" + LINE + ",\n" + LINE.substring(0, 40);
        List<String> records = describe(readJson(json));
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).isEqualTo("2 KEL-0002");
        assertThat(records.get(1)).startsWith("h.json:3:41: malformed JSON: Unexpected end-of-input");
    }

    @Test
    void read_syntaxErrorBetweenRecords_givesOneRejectAndEnds() throws IOException {
        String json = "[" + LINE + " " + LINE + ", " + LINE + "]";
        List<String> records = describe(readJson(json));
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).isEqualTo("1 KEL-0002");
        assertThat(records.get(1))
                .startsWith("h.json:1:" + syntaxColumn(145, 146)
                        + ": malformed JSON: Unexpected character ('{' (code 123))");
    }

    @Test
    void read_nonObjectElements_areRejected_andReadingGoesOn() throws IOException {
        assertThat(describe(readJson("[1, [2, [3]], \"x\", " + LINE + "]")))
                .containsExactly(
                        "h.json:1:2: must be a household object, got an integer",
                        "h.json:1:5: must be a household object, got an array",
                        "h.json:1:15: must be a household object, got a string",
                        "1 KEL-0002");
    }

    @Test
    void read_contentAfterTheValue_endsWithAReject() throws IOException {
        assertThat(describe(readJson(LINE + "\n" + LINE)))
                .containsExactly("1 KEL-0002", "h.json:2:1: unexpected content after the end of the JSON value");
        List<String> records = describe(readJson("[" + LINE + "] x"));
        assertThat(records).hasSize(2);
        assertThat(records.get(1))
                .startsWith("h.json:1:" + syntaxColumn(146, 147) + ": malformed JSON: Unrecognized token");
    }

    @Test
    void read_emptyObject_isRejected() throws IOException {
        // Located at the first token after the brace, since the reader looked at it to rule out an envelope.
        assertThat(describe(readJson("{}"))).containsExactly("h.json:1:2: id: missing required key \"id\"");
    }

    @Test
    void read_recordOverTheByteLimit_isRejectedAtItsStart_andReadingGoesOn() throws IOException {
        ReadLimits limits = ReadLimits.builder().maxRecordBytes(300).build();
        byte[] json = ("[\n" + LINE + ",\n  " + FULL + ",\n" + LINE + "]").getBytes(StandardCharsets.UTF_8);
        assertThat(describe(readJson(json, limits)))
                .containsExactly(
                        "2 KEL-0002", "h.json:3:3: household KEL-0001: record is larger than 300 bytes", "4 KEL-0002");
    }

    @Test
    void read_deepRecordUnderTheHardLimit_isRejected_andReadingGoesOn() throws IOException {
        String deep = "{\"id\":\"D\",\"members\":" + "[".repeat(900) + "]".repeat(900) + "}";
        assertThat(describe(readJson("[" + deep + ",\n" + LINE + "]")))
                .containsExactly("h.json:1:23: household D: members[0]: must be an object, got an array", "2 KEL-0002");
    }

    @Test
    void read_nestingBeyondTheHardLimit_givesOneRejectAndEnds() throws IOException {
        String deep = "{\"id\":\"D\",\"members\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        List<String> records = describe(readJson("[" + deep + ",\n" + LINE + "]"));
        assertThat(records)
                .containsExactly(
                        "h.json:1:1021: household D: input over a hard limit: nesting is deeper than 1000 levels");
    }

    /** Inputs over a hard limit of the parser: what replaces {@code "sex"} in a record, and the reject. */
    static Stream<Arguments> overHardLimits() {
        return Stream.of(
                Arguments.of(
                        "\"name\":\"" + "x".repeat(2 << 20) + "\",\"sex\"", "string is longer than 1048576 characters"),
                Arguments.of("\"desil\":" + "1".repeat(2000) + ",\"sex\"", "number is longer than 1000 characters"),
                // Jackson 2.16 on stops a key itself; on 2.15 (-Pfloor) the KeyGuard does, in the same words.
                Arguments.of("\"" + "k".repeat(8 << 20) + "\":1,\"sex\"", "key is longer than 1048576 bytes"));
    }

    @ParameterizedTest
    @MethodSource("overHardLimits")
    void read_inputOverAHardLimit_givesOneRejectAndEnds(String replacement, String detail) throws IOException {
        String huge = LINE.replace("\"sex\"", replacement);
        List<String> records = describe(readJson("[" + LINE + ",\n" + huge + ",\n" + LINE + "]"));
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).isEqualTo("1 KEL-0002");
        assertThat(records.get(1)).startsWith("h.json:2:").endsWith(": input over a hard limit: " + detail);
    }

    /** Keys and strings over the per-record limit: what replaces {@code "sex"}, and the reject. */
    static Stream<Arguments> overRecordLimits() {
        return Stream.of(
                Arguments.of(
                        "\"" + "k".repeat(20_000) + "\":1,\"sex\"",
                        "h.json:1:81: household KEL-0002: members[0]: key is longer than 10000 characters"),
                Arguments.of(
                        "\"name\":\"" + "x".repeat(20_000) + "\",\"sex\"",
                        "h.json:1:88: household KEL-0002: members[0].name: string is longer than 10000 characters"));
    }

    @ParameterizedTest
    @MethodSource("overRecordLimits")
    void read_longKeyOrStringWithinARecord_isRejected_andReadingGoesOn(String replacement, String reject)
            throws IOException {
        String record = LINE.replace("\"sex\"", replacement);
        assertThat(describe(readJson("[" + record + ",\n" + LINE + "]"))).containsExactly(reject, "2 KEL-0002");
    }

    @Test
    void read_receives_readsTheCodes() throws IOException {
        String record = LINE.replace("\"members\"", "\"receives\":[\"PKH\",\"PBI_JK\"],\"members\"");

        HouseholdRecord.Accepted accepted =
                (HouseholdRecord.Accepted) readJson("[" + record + "]").get(0);

        assertThat(accepted.household().receives()).containsExactly(Program.PKH, Program.of("PBI_JK"));
    }

    @Test
    void read_malformedOrRepeatedReceives_isARejectNamingTheField() throws IOException {
        String lower = LINE.replace("\"members\"", "\"receives\":[\"PKH\",\"pip\"],\"members\"");
        String twice = LINE.replace("\"members\"", "\"receives\":[\"PKH\",\"PKH\"],\"members\"");

        assertThat(describe(readJson("[" + lower + ",\n" + twice + "]")))
                .containsExactly(
                        // Columns as the reader gives every value error: inside the text for a malformed
                        // code (62), at its opening quote (61) for a repeated one.
                        "h.json:1:62: household KEL-0002: receives[1]: must be an upper-case code [A-Z][A-Z0-9_]*,"
                                + " got \"pip\"",
                        "h.json:2:61: household KEL-0002: receives[1]: must not repeat a programme, got \"PKH\" twice");
    }

    @Test
    void read_neverShowsNikOrName_inFileErrors() {
        assertThatThrownBy(() -> readJson("{\"schema_version\": 1, \"Ahmad Fauzi\": []}"))
                .hasMessage("h.json:1:23: unknown key (not shown: it does not look like a key and could be personal"
                        + " data)");
        assertThatThrownBy(() -> readJson("{\"schema_version\": 1, \"households\": 5208011207850001}"))
                .hasMessage("h.json:1:37: households: must be an array of households, got an integer");
    }

    @Test
    void open_rejectsNulls() {
        assertThatThrownBy(() -> JsonHouseholdReader.open(null, ReadLimits.defaults()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("source must not be null");
        assertThatThrownBy(() ->
                        JsonHouseholdReader.open(new ByteArrayInputStream(new byte[0]), null, ReadLimits.defaults()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("sourceName must not be null");
    }

    @Test
    @Timeout(120)
    void randomByteMutations_giveHouseholdsRejectsOrAFileError() {
        byte[] base = ("{\"schema_version\": 1, \"households\": [\n" + LINE + ",\n" + PRETTY_B + ",\n" + FULL + "\n]}")
                .getBytes(StandardCharsets.UTF_8);
        qt().withFixedSeed(20_250_401L)
                .withExamples(400)
                .forAll(lists().of(integers().between(0, base.length * 256 - 1)).ofSizeBetween(1, 12))
                .checkAssert(mutations -> {
                    byte[] mutated = base.clone();
                    for (int m : mutations) {
                        mutated[m / 256] = (byte) (m % 256);
                    }
                    try {
                        List<HouseholdRecord> records = readJson(mutated, ReadLimits.defaults());
                        assertThat(records.size()).isLessThanOrEqualTo(3 + mutations.size());
                    } catch (InputException e) {
                        // A file error has its line, or is the refusal of a file that is not UTF-8.
                        if (e.line().isEmpty()) {
                            assertThat(e.getMessage()).contains("not UTF-8");
                        }
                    } catch (IOException e) {
                        throw new AssertionError("an in-memory read cannot fail", e);
                    }
                });
    }
}
