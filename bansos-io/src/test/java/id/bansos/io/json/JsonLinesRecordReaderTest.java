package id.bansos.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.io.InputException;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.lifecycle.CommitmentRecord;
import id.bansos.model.lifecycle.ExitRecord;
import id.bansos.model.lifecycle.Observation;
import id.bansos.model.lifecycle.P2k2Module;
import id.bansos.model.lifecycle.WaitlistEntry;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.Program;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonLinesRecordReaderTest {
    private static <T> List<JsonLinesRecordReader.Line<T>> read(String content, Class<T> type, ReadLimits limits)
            throws IOException {
        List<JsonLinesRecordReader.Line<T>> out = new ArrayList<>();
        try (JsonLinesRecordReader<T> r = JsonLinesRecordReader.open(
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "x.jsonl", type, limits)) {
            for (Optional<JsonLinesRecordReader.Line<T>> l = r.read(); l.isPresent(); l = r.read()) {
                out.add(l.get());
            }
            assertThat(r.read()).isEmpty();
        }
        return out;
    }

    private static Reject reject(JsonLinesRecordReader.Line<?> line) {
        return ((JsonLinesRecordReader.Line.Rejected<?>) line).reject();
    }

    @Test
    void read_givesEachRecordWithItsLine_skippingBlankLines() throws IOException {
        String content = "\uFEFF" + Fixtures.golden("commitment.json") + "\n" + Fixtures.golden("commitment.json");

        List<JsonLinesRecordReader.Line<CommitmentRecord>> lines =
                read(content, CommitmentRecord.class, ReadLimits.defaults());

        assertThat(lines).extracting(JsonLinesRecordReader.Line::line).containsExactly(1L, 3L);
        assertThat(((JsonLinesRecordReader.Line.Accepted<CommitmentRecord>) lines.get(0)).value())
                .isEqualTo(Fixtures.commitmentRecord());
    }

    @Test
    void read_readsEnrolmentsAndObservations() throws IOException {
        assertThat(read(Fixtures.golden("enrollment.json"), Enrollment.class, ReadLimits.defaults()))
                .containsExactly(new JsonLinesRecordReader.Line.Accepted<>(Fixtures.graduated(), 1));
        assertThat(read(Fixtures.golden("observation.json"), Observation.class, ReadLimits.defaults()))
                .containsExactly(new JsonLinesRecordReader.Line.Accepted<>(Fixtures.fullObservation(), 1));
    }

    @Test
    void aBadLine_isARejectWithLineColumnHouseholdAndField_andReadingGoesOn() throws IOException {
        String bad = Fixtures.golden("observation.json").trim().replace("4500000", "-1");
        String content = bad + "\n" + Fixtures.golden("observation-minimal.json");

        List<JsonLinesRecordReader.Line<Observation>> lines = read(content, Observation.class, ReadLimits.defaults());

        assertThat(lines).hasSize(2);
        Reject r = reject(lines.get(0));
        assertThat(r.line()).isEqualTo(1);
        // {"household_id":"KEL-0001","observed_on":"2024-05-20","monthly_income": is 71 characters.
        assertThat(r.column()).hasValue(72);
        assertThat(r.householdId()).hasValue("KEL-0001");
        assertThat(r.field()).hasValue("monthly_income");
        assertThat(r.error()).endsWith("must not be negative, got -1");
        assertThat(lines.get(1)).isInstanceOf(JsonLinesRecordReader.Line.Accepted.class);
    }

    @Test
    void p2k2Sessions_areReadWithModuleAndSessionDate_andWrittenBackTheSame() throws IOException {
        String line = "{\"household_id\":\"KEL-0001\",\"tahap\":\"2024-I\",\"checks\":["
                + "{\"kind\":\"P2K2\",\"scheduled\":1,\"attended\":1,\"module\":\"PENGASUHAN_PENDIDIKAN\","
                + "\"session_date\":\"2024-01-17\"},"
                + "{\"kind\":\"P2K2\",\"scheduled\":1,\"attended\":0,\"module\":\"EKONOMI\","
                + "\"session_date\":\"2024-02-14\"}]}";

        List<JsonLinesRecordReader.Line<CommitmentRecord>> lines =
                read(line, CommitmentRecord.class, ReadLimits.defaults());

        CommitmentRecord r = ((JsonLinesRecordReader.Line.Accepted<CommitmentRecord>) lines.get(0)).value();
        assertThat(r.checks())
                .extracting(c -> c.module().orElseThrow())
                .containsExactly(P2k2Module.PENGASUHAN_PENDIDIKAN, P2k2Module.EKONOMI);
        assertThat(r.checks().get(1).sessionDate()).contains(java.time.LocalDate.of(2024, 2, 14));
        java.io.StringWriter out = new java.io.StringWriter();
        try (com.fasterxml.jackson.core.JsonGenerator g =
                new com.fasterxml.jackson.core.JsonFactory().createGenerator(out)) {
            LifecycleJson.write(r, g);
        }
        assertThat(out.toString()).isEqualTo(line);
    }

    @Test
    void aBadModule_aModuleOnASchoolCheck_andASessionOutsideTheTahap_areRejectsNamingTheField() throws IOException {
        String unknown = "{\"household_id\":\"KEL-1\",\"tahap\":\"2024-I\",\"checks\":[{\"kind\":\"P2K2\","
                + "\"scheduled\":1,\"attended\":1,\"module\":\"AGAMA\"}]}";
        String onSchool = "{\"household_id\":\"KEL-2\",\"tahap\":\"2024-I\",\"checks\":[{\"kind\":"
                + "\"SCHOOL_ATTENDANCE\",\"member_index\":2,\"scheduled\":60,\"attended\":60,\"module\":\"EKONOMI\"}]}";
        String outside = "{\"household_id\":\"KEL-3\",\"tahap\":\"2024-I\",\"checks\":[{\"kind\":\"P2K2\","
                + "\"scheduled\":1,\"attended\":1,\"session_date\":\"2024-04-01\"}]}";

        List<JsonLinesRecordReader.Line<CommitmentRecord>> lines =
                read(unknown + "\n" + onSchool + "\n" + outside, CommitmentRecord.class, ReadLimits.defaults());

        assertThat(lines).hasSize(3).allMatch(l -> l instanceof JsonLinesRecordReader.Line.Rejected);
        assertThat(reject(lines.get(0)).field()).hasValue("checks[0].module");
        assertThat(reject(lines.get(0)).line()).isEqualTo(1);
        assertThat(reject(lines.get(1)).field()).hasValue("checks[0].module");
        assertThat(reject(lines.get(2)).field()).hasValue("checks");
        assertThat(reject(lines.get(1)).error()).contains("must be absent for SCHOOL_ATTENDANCE");
        assertThat(reject(lines.get(2)).error())
                .endsWith("must have every P2K2 session_date in the tahap 2024-I, got 2024-04-01");
        assertThat(reject(lines.get(2)).householdId()).hasValue("KEL-3");
    }

    @Test
    void anErrorBeforeTheHouseholdId_stillNamesTheHousehold() throws IOException {
        String content = "{\"observed_on\":\"2024-13-01\",\"household_id\":\"KEL-0003\",\"business\":true}\n";

        Reject r =
                reject(read(content, Observation.class, ReadLimits.defaults()).get(0));

        assertThat(r.householdId()).hasValue("KEL-0003");
        assertThat(r.field()).hasValue("observed_on");
    }

    @Test
    void exits_areReadWithEveryKeyRequired_andABadLineNamesItsField() throws IOException {
        String content = "{\"household_id\":\"KEL-0001\",\"program\":\"PKH\",\"exit_reason\":\"GRAD_MANDIRI\","
                + "\"exit_date\":\"2024-07-15\"}\n"
                + "{\"household_id\":\"KEL-0002\",\"program\":\"PKH\",\"exit_reason\":\"PINDAH\"}\n"
                + "{\"household_id\":\"KEL-0003\",\"program\":\"PKH\",\"exit_reason\":\"pindah\","
                + "\"exit_date\":\"2024-07-15\"}\n";

        List<JsonLinesRecordReader.Line<ExitRecord>> lines = read(content, ExitRecord.class, ReadLimits.defaults());

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .isEqualTo(new JsonLinesRecordReader.Line.Accepted<>(
                        ExitRecord.builder()
                                .householdId("KEL-0001")
                                .program(Program.PKH)
                                .exitReason(ReasonCode.GRAD_MANDIRI)
                                .exitDate(LocalDate.of(2024, 7, 15))
                                .build(),
                        1));
        Reject missing = reject(lines.get(1));
        assertThat(missing.line()).isEqualTo(2);
        assertThat(missing.householdId()).hasValue("KEL-0002");
        assertThat(missing.error()).contains("missing required key \"exit_date\"");
        Reject lowerCase = reject(lines.get(2));
        assertThat(lowerCase.line()).isEqualTo(3);
        assertThat(lowerCase.field()).hasValue("exit_reason");
        assertThat(lowerCase.error()).endsWith("must be an upper-case code [A-Z][A-Z0-9_]*, got \"pindah\"");
    }

    @Test
    void waitlist_readsTheHouseholdId_andABlankOrUnknownKeyIsAReject() throws IOException {
        String content = """
                {"household_id":"KEL-0042"}
                {"household_id":" "}
                {"household_id":"KEL-0043","rank":1}
                """;

        List<JsonLinesRecordReader.Line<WaitlistEntry>> lines =
                read(content, WaitlistEntry.class, ReadLimits.defaults());

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(new JsonLinesRecordReader.Line.Accepted<>(WaitlistEntry.of("KEL-0042"), 1));
        Reject blank = reject(lines.get(1));
        assertThat(blank.line()).isEqualTo(2);
        assertThat(blank.field()).hasValue("household_id");
        Reject unknown = reject(lines.get(2));
        assertThat(unknown.line()).isEqualTo(3);
        assertThat(unknown.householdId()).hasValue("KEL-0043");
        assertThat(unknown.field()).hasValue("rank");
    }

    @Test
    void malformedJsonAndNonObjects_areRejects() throws IOException {
        List<JsonLinesRecordReader.Line<Enrollment>> lines =
                read("{\"household_id\":\n[1]\n{} {}\n", Enrollment.class, ReadLimits.defaults());

        assertThat(lines).hasSize(3);
        assertThat(reject(lines.get(0)).error()).contains("malformed JSON");
        assertThat(reject(lines.get(1)).error()).endsWith("must be an object, got an array");
        assertThat(reject(lines.get(2)).error()).contains("missing required key \"household_id\"");
    }

    @Test
    void aLineOverTheLimit_isRejectedWhole() throws IOException {
        ReadLimits small = ReadLimits.builder().maxRecordBytes(64).build();

        List<JsonLinesRecordReader.Line<CommitmentRecord>> lines =
                read(Fixtures.golden("commitment.json"), CommitmentRecord.class, small);

        assertThat(reject(lines.get(0)).error()).endsWith("record is larger than 64 bytes");
    }

    @Test
    void open_acceptsOnlyTheLifecycleTypes() {
        assertThatThrownBy(() -> JsonLinesRecordReader.open(
                        new ByteArrayInputStream(new byte[0]), "x", String.class, ReadLimits.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "type must be Enrollment, CommitmentRecord, Observation, ExitRecord or WaitlistEntry, got String");
        assertThatThrownBy(() -> JsonLinesRecordReader.open(null, "x", Observation.class, ReadLimits.defaults()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("in must not be null");
    }

    /**
     * A line with NUL bytes (a record saved in UTF-16 or UTF-32 among UTF-8 lines) is one reject at its
     * first NUL, and reading goes on: Jackson used to read the UTF-16LE line as a record and abort the
     * whole file with a CharConversionException on a UTF-32 shape.
     */
    @Test
    void read_linesWithNulBytes_areRejectsAtTheFirstNul_andReadingGoesOn() throws IOException {
        String minimal = Fixtures.golden("observation-minimal.json").trim();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((minimal + "\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(minimal.getBytes(StandardCharsets.UTF_16LE)); // '{' NUL '"' NUL ...
        out.write('\n');
        out.writeBytes(new byte[] {0, '{', 0, 0, '}', '\n'}); // UCS-4 in the order 3412
        out.writeBytes(minimal.getBytes(StandardCharsets.UTF_8));
        List<JsonLinesRecordReader.Line<Observation>> lines = new ArrayList<>();
        try (JsonLinesRecordReader<Observation> r = JsonLinesRecordReader.open(
                new ByteArrayInputStream(out.toByteArray()), "x.jsonl", Observation.class, ReadLimits.defaults())) {
            for (Optional<JsonLinesRecordReader.Line<Observation>> l = r.read(); l.isPresent(); l = r.read()) {
                lines.add(l.get());
            }
        }

        String ctrl = ": malformed JSON: Illegal character ((CTRL-CHAR, code 0)): only regular white space"
                + " (\\r, \\n, \\t) is allowed between tokens";
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isInstanceOf(JsonLinesRecordReader.Line.Accepted.class);
        // Jackson places a bad character between tokens just after it: the NUL at byte 2 is at column 3.
        assertThat(reject(lines.get(1)).error()).isEqualTo("x.jsonl:2:3" + ctrl);
        assertThat(reject(lines.get(2)).error()).isEqualTo("x.jsonl:3:2" + ctrl);
        assertThat(lines.get(3)).isInstanceOf(JsonLinesRecordReader.Line.Accepted.class);
        assertThat(lines.get(3).line()).isEqualTo(4);
    }

    @Test
    void read_utf16File_isRefusedAsAWholeNamingTheEncoding() throws IOException {
        byte[] utf16 =
                "{\"household_id\":\"KEL-0003\",\"observed_on\":\"2024-03-01\"}\n".getBytes(StandardCharsets.UTF_16);
        try (JsonLinesRecordReader<Observation> r = JsonLinesRecordReader.open(
                new ByteArrayInputStream(utf16), "x.jsonl", Observation.class, ReadLimits.defaults())) {
            assertThatThrownBy(r::read)
                    .isInstanceOf(InputException.class)
                    .hasMessage("x.jsonl: is encoded in UTF-16BE (byte order mark), not UTF-8; save it as UTF-8");
        }
    }
}
