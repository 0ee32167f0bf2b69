package id.bansos.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.model.Household;
import id.bansos.model.Relationship;
import id.bansos.model.Sex;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.graduation.GraduationAssessment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraduationRunTest {
    private static final ParameterSet POLICY = NationalPolicy.load();
    private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 1);

    private final List<Reject> rejects = new ArrayList<>();
    private final List<GraduationAssessment> assessments = new ArrayList<>();

    private static InputStream lines(String... lines) {
        return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String enrollment(String id, String program, String since) {
        return "{\"household_id\":\"" + id + "\",\"program\":\"" + program + "\",\"since\":\"" + since
                + "\",\"status\":\"ACTIVE\"}";
    }

    private static String commitment(String id, String tahap) {
        return "{\"household_id\":\"" + id + "\",\"tahap\":\"" + tahap
                + "\",\"checks\":[{\"kind\":\"P2K2\",\"member_index\":0,\"scheduled\":4,\"attended\":4}]}";
    }

    private static Household pregnantMother(String id) {
        return Household.builder()
                .id(id)
                .region(Rosters.TANJUNG_1)
                .desil(2)
                .addMembers(Rosters.personBuilder(Sex.FEMALE, "1990-01-01", 1, Relationship.HEAD)
                        .pregnant(true)
                        .build())
                .build();
    }

    private List<String> errors() {
        return rejects.stream().map(Reject::error).toList();
    }

    @Test
    void readEnrollments_rejectsEachBadLineAndKeepsTheRest() throws IOException {
        GraduationRun run = GraduationRun.of(POLICY, JUNE_2025);

        long rejected = run.readEnrollments(
                lines(
                        enrollment("KLU-1", "BANSOS_KAB", "2018-02-01"),
                        enrollment("KLU-1", "PKH", "2025-07-01"),
                        "{\"household_id\":\"KLU-3\",",
                        "{\"household_id\":\"KLU-4\",\"program\":\"PKH\",\"since\":\"2018-02-01\",\"statis\":\"ACTIVE\"}",
                        enrollment("KLU-2", "PKH", "2018-02-01"),
                        enrollment("KLU-2", "PKH", "2019-02-01"),
                        enrollment("KLU-2", "SEMBAKO", "2019-02-01")),
                "e.jsonl",
                ReadLimits.defaults(),
                rejects::add);

        assertThat(rejected).isEqualTo(4);
        assertThat(run.skippedEnrollments()).isEqualTo(1);
        assertThat(rejects).extracting(Reject::line).containsExactly(2L, 3L, 4L, 6L);
        assertThat(errors().get(0))
                .isEqualTo("e.jsonl:2: household KLU-1: since: the enrolment starts after the date of the assessment"
                        + " 2025-06-01, on 2025-07-01");
        assertThat(errors().get(1)).startsWith("e.jsonl:3:");
        assertThat(errors().get(2))
                .startsWith("e.jsonl:4:")
                .contains("household KLU-4")
                .contains("statis");
        assertThat(errors().get(3))
                .isEqualTo("e.jsonl:6: household KLU-2: program: the household already has an enrolment in PKH that"
                        + " has not ended, on line 5");
        assertThat(rejects.get(3).householdId()).contains("KLU-2");

        // KLU-2 is assessed once in PKH (line 5) and once in SEMBAKO; KLU-1 not at all.
        run.assess(pregnantMother("KLU-1"), assessments::add, rejects::add);
        run.assess(pregnantMother("KLU-2"), assessments::add, rejects::add);
        assertThat(assessments).extracting(a -> a.program().code()).containsExactly("PKH", "SEMBAKO");
        assertThat(assessments.get(0).yearsEnrolled()).isEqualTo(7);
        assertThat(rejects).hasSize(4);
    }

    @Test
    void readCommitments_rejectsARepeatedTahapAndOneBeforeTheRulesFirstDate() throws IOException {
        GraduationRun run = GraduationRun.of(POLICY, JUNE_2025);
        run.readEnrollments(
                lines(enrollment("KLU-1", "PKH", "2010-02-01")), "e.jsonl", ReadLimits.defaults(), rejects::add);

        long rejected = run.readCommitments(
                lines(
                        commitment("KLU-1", "2024-I"),
                        commitment("KLU-1", "2024-I"),
                        commitment("KLU-1", "2011-I"),
                        commitment("KLU-2", "2024-I")),
                "c.jsonl",
                ReadLimits.defaults(),
                rejects::add);

        assertThat(rejected).isEqualTo(2);
        assertThat(errors())
                .containsExactly(
                        "c.jsonl:2: household KLU-1: tahap: the household already has a commitment record for 2024-I,"
                                + " on line 1",
                        "c.jsonl:3: household KLU-1: tahap: no commitment rule in force in 2011-I: parameter"
                                + " pkh.commitment.min_share.SCHOOL_ATTENDANCE"
                                + " has no value on 2011-01-01 (its first value is from"
                                + " 2019-01-01)");

        // The enrolment from 2010 is assessed with the record of 2024-I; before, the 2011-I record aborted the run.
        run.assess(pregnantMother("KLU-1"), assessments::add, rejects::add);
        assertThat(assessments).hasSize(1);
        assertThat(assessments.get(0).commitments().tahaps()).isNotEmpty();
        assertThat(rejects).hasSize(2);
    }

    @Test
    void assess_rejectsTheEnrolmentLineOfAHouseholdThatCannotBeAssessed_andGoesOn() throws IOException {
        GraduationRun run = GraduationRun.of(POLICY, JUNE_2025);
        run.readEnrollments(
                lines(enrollment("KLU-1", "PKH", "2018-02-01"), enrollment("KLU-1", "SEMBAKO", "2018-02-01")),
                "e.jsonl",
                ReadLimits.defaults(),
                rejects::add);
        Household bornLater = Household.builder()
                .from(pregnantMother("KLU-1"))
                .addMembers(Rosters.child("2025-06-02", 2))
                .build();

        long rejected = run.assess(bornLater, assessments::add, rejects::add);

        assertThat(rejected).isEqualTo(2);
        assertThat(assessments).isEmpty();
        assertThat(rejects).extracting(Reject::line).containsExactly(1L, 2L);
        assertThat(errors().get(0)).startsWith("e.jsonl:1: household KLU-1: cannot be assessed: ");
    }

    @Test
    void of_checksItsArguments() {
        assertThatThrownBy(() -> GraduationRun.of(null, JUNE_2025))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("parameters must not be null");
        assertThatThrownBy(() -> GraduationRun.of(POLICY, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("asOf must not be null");
    }
}
