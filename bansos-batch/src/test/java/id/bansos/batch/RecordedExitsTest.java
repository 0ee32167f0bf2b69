package id.bansos.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.id.RegionCode;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.EnrollmentStatus;
import id.bansos.model.program.Program;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordedExitsTest {
    private final List<Reject> rejects = new ArrayList<>();
    private final List<Enrollment> register = new ArrayList<>();

    private static InputStream lines(String... lines) {
        return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String exit(String id, String program, String reason, String date) {
        return "{\"household_id\":\"" + id + "\",\"program\":\"" + program + "\",\"exit_reason\":\"" + reason
                + "\",\"exit_date\":\"" + date + "\"}";
    }

    private static Enrollment.Builder enrolled(String id, Program program, String since, EnrollmentStatus status) {
        return Enrollment.builder()
                .householdId(id)
                .program(program)
                .since(LocalDate.parse(since))
                .status(status);
    }

    private static final String REGISTER_TEXT = """
            {"household_id":"KEL-1","program":"PKH","since":"2018-02-01","status":"ACTIVE","region":"52.08.01.2001"}
            {"household_id":"KEL-2","program":"PKH","since":"2019-01-01","status":"SUSPENDED"}
            {"household_id":"KEL-3","program":"PKH","since":"2018-01-01","status":"GRADUATED",\
            "exit_reason":"GRAD_ALAMIAH","exit_date":"2023-03-01"}
            {"household_id":"KEL-4","program":"SEMBAKO","since":"2020-04-01","status":"ACTIVE"}
            {"household_id":"KEL-5","program":"PKH","since":"2024-08-01","status":"ACTIVE"}
            {"household_id":"KEL-6","program":"PKH","since":"2020-01-01","status":"ACTIVE"}
            """;

    @Test
    void apply_endsMatchingEnrolments_rejectsTheRest_andKeepsTheRegisterOtherwise() throws IOException {
        RecordedExits exits = RecordedExits.create();
        long exitRejects = exits.readExits(
                lines(
                        exit("KEL-1", "PKH", "GRAD_MANDIRI", "2024-07-15"),
                        exit("KEL-2", "PKH", "PINDAH", "2024-06-30"),
                        exit("KEL-3", "PKH", "MENOLAK", "2024-05-01"),
                        exit("KEL-4", "PKH", "TIDAK_MISKIN", "2024-05-01"),
                        exit("KEL-5", "PKH", "PINDAH", "2024-07-01"),
                        exit("KEL-1", "PKH", "PINDAH", "2024-07-20"),
                        exit("KEL-9", "PKH", "PINDAH", "2024-07-01"),
                        exit("KEL-4", "SEMBAKO", "GRAD_DAERAH", "2024-12-31")),
                "exits.jsonl",
                ReadLimits.defaults(),
                rejects::add);
        long applyRejects = exits.apply(
                new ByteArrayInputStream(REGISTER_TEXT.getBytes(StandardCharsets.UTF_8)),
                "register.jsonl",
                ReadLimits.defaults(),
                register::add,
                rejects::add);

        // Exits 1, 2 and 8 end an enrolment; 3 to 7 are rejects, line 6 as a second exit while reading.
        assertThat(exitRejects).isEqualTo(1);
        assertThat(applyRejects).isEqualTo(4);
        assertThat(register)
                .containsExactly(
                        enrolled("KEL-1", Program.PKH, "2018-02-01", EnrollmentStatus.GRADUATED)
                                .exitReason(ReasonCode.GRAD_MANDIRI)
                                .exitDate(LocalDate.of(2024, 7, 15))
                                .region(RegionCode.parse("52.08.01.2001"))
                                .build(),
                        enrolled("KEL-2", Program.PKH, "2019-01-01", EnrollmentStatus.TERMINATED)
                                .exitReason(ReasonCode.of("PINDAH"))
                                .exitDate(LocalDate.of(2024, 6, 30))
                                .build(),
                        enrolled("KEL-3", Program.PKH, "2018-01-01", EnrollmentStatus.GRADUATED)
                                .exitReason(ReasonCode.GRAD_ALAMIAH)
                                .exitDate(LocalDate.of(2023, 3, 1))
                                .build(),
                        enrolled("KEL-4", Program.SEMBAKO, "2020-04-01", EnrollmentStatus.GRADUATED)
                                .exitReason(ReasonCode.of("GRAD_DAERAH"))
                                .exitDate(LocalDate.of(2024, 12, 31))
                                .build(),
                        enrolled("KEL-5", Program.PKH, "2024-08-01", EnrollmentStatus.ACTIVE)
                                .build(),
                        enrolled("KEL-6", Program.PKH, "2020-01-01", EnrollmentStatus.ACTIVE)
                                .build());
        assertThat(exits.graduated()).isEqualTo(2);
        assertThat(exits.terminated()).isEqualTo(1);
        assertThat(rejects)
                .extracting(
                        Reject::line,
                        r -> r.householdId().orElseThrow(),
                        r -> r.field().orElseThrow())
                .containsExactly(
                        tuple(6L, "KEL-1", "program"),
                        tuple(3L, "KEL-3", "program"),
                        tuple(4L, "KEL-4", "program"),
                        tuple(5L, "KEL-5", "exit_date"),
                        tuple(7L, "KEL-9", "program"));
        assertThat(rejects)
                .extracting(Reject::error)
                .containsExactly(
                        "exits.jsonl:6: household KEL-1: program: the household already has an exit from PKH on line 1",
                        "exits.jsonl:3: household KEL-3: program: the household already exited PKH on 2023-03-01"
                                + " (GRAD_ALAMIAH)",
                        "exits.jsonl:4: household KEL-4: program: the household is not enrolled in PKH",
                        "exits.jsonl:5: household KEL-5: exit_date: the exit date 2024-07-01 is before the enrolment"
                                + " in PKH began on 2024-08-01",
                        "exits.jsonl:7: household KEL-9: program: the household is not enrolled in PKH");
    }

    @Test
    void anUnreadableRegisterLine_isARejectAndIsNotWritten() throws IOException {
        RecordedExits exits = RecordedExits.create();
        long rejected = exits.apply(
                lines(
                        "{\"household_id\":\"KEL-1\",\"program\":\"PKH\",\"since\":\"2018-02-01\",\"status\":\"ACTIVE\"}",
                        "{\"household_id\":\"KEL-2\",\"program\":\"PKH\",\"since\":\"2018-02-31\",\"status\":\"ACTIVE\"}"),
                "register.jsonl",
                ReadLimits.defaults(),
                register::add,
                rejects::add);

        assertThat(rejected).isEqualTo(1);
        assertThat(register).extracting(Enrollment::householdId).containsExactly("KEL-1");
        assertThat(rejects.get(0).line()).isEqualTo(2);
        assertThat(rejects.get(0).field()).hasValue("since");
    }

    @Test
    void theExitsApplyOnce() throws IOException {
        RecordedExits exits = RecordedExits.create();
        exits.apply(lines(""), "register.jsonl", ReadLimits.defaults(), register::add, rejects::add);

        assertThatThrownBy(() -> exits.apply(lines(""), "r", ReadLimits.defaults(), register::add, rejects::add))
                .isInstanceOf(IllegalStateException.class);
    }
}
