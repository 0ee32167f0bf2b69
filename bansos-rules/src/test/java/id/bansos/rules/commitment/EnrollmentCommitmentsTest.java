package id.bansos.rules.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.decision.ReasonCode;
import id.bansos.model.lifecycle.CommitmentCheck;
import id.bansos.model.lifecycle.CommitmentKind;
import id.bansos.model.lifecycle.CommitmentRecord;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.EnrollmentStatus;
import id.bansos.model.time.Tahap;
import id.bansos.rules.Families;
import id.bansos.rules.NationalPolicy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The national values: school 0.85, P2K2 1 (every session); warning 1, suspension 2, termination 3. */
class EnrollmentCommitmentsTest {
    private static final String ID = "KEL-0001";
    private static final CommitmentRule NATIONAL = CommitmentRule.of(NationalPolicy.load());

    private static Enrollment active(String since) {
        return Families.pkhSince(ID, since);
    }

    /** The SD child at member 2 attends {@code attended} of 60 days: 51 (= 0.85 × 60) passes, 50 fails. */
    private static CommitmentRecord school(int year, int stage, int attended) {
        return Families.schoolDays(ID, Tahap.of(year, stage), attended);
    }

    private static List<CommitmentStatus> statuses(EnrollmentCommitments c) {
        return c.history().tahaps().stream()
                .map(TahapCompliance::commitmentStatus)
                .toList();
    }

    @Test
    void everyTahapFromSince_upToTheOneContainingTheDate_unverifiedOnesIncluded() {
        EnrollmentCommitments c = NATIONAL.assess(
                active("2024-02-10"), List.of(school(2024, 1, 50), school(2024, 3, 50)), LocalDate.of(2024, 10, 1));

        assertThat(c.history().tahaps())
                .extracting(TahapCompliance::tahap)
                .containsExactly(Tahap.of(2024, 1), Tahap.of(2024, 2), Tahap.of(2024, 3), Tahap.of(2024, 4));
        assertThat(statuses(c))
                .containsExactly(
                        CommitmentStatus.WARNING,
                        CommitmentStatus.UNVERIFIED,
                        CommitmentStatus.SUSPENDED,
                        CommitmentStatus.UNVERIFIED);
        // The suspension of 2024-III still holds in the unverified 2024-IV.
        assertThat(c.status()).isEqualTo(EnrollmentStatus.SUSPENDED);
        assertThat(c.suspendedByCommitments()).isTrue();
    }

    @Test
    void suspensionThenCompliance_isActiveAgain_fromTheCompliantTahap() {
        List<CommitmentRecord> records = List.of(school(2024, 1, 50), school(2024, 2, 0), school(2024, 3, 51));

        assertThat(NATIONAL.assess(active("2024-01-01"), records, LocalDate.of(2024, 6, 30))
                        .status())
                .isEqualTo(EnrollmentStatus.SUSPENDED);
        EnrollmentCommitments july = NATIONAL.assess(active("2024-01-01"), records, LocalDate.of(2024, 7, 1));
        assertThat(statuses(july))
                .containsExactly(CommitmentStatus.WARNING, CommitmentStatus.SUSPENDED, CommitmentStatus.COMPLIANT);
        assertThat(july.status()).isEqualTo(EnrollmentStatus.ACTIVE);
    }

    @Test
    void terminationThenCompliance_staysTerminated() {
        // The family of the issue: terminated in 2020-III, compliant in 2020-IV.
        EnrollmentCommitments c = NATIONAL.assess(
                active("2019-07-01"),
                List.of(school(2020, 1, 0), school(2020, 2, 50), school(2020, 3, 10), school(2020, 4, 60)),
                LocalDate.of(2020, 12, 31));

        assertThat(statuses(c))
                .containsExactly(
                        CommitmentStatus.UNVERIFIED,
                        CommitmentStatus.UNVERIFIED,
                        CommitmentStatus.WARNING,
                        CommitmentStatus.SUSPENDED,
                        CommitmentStatus.TERMINATED,
                        CommitmentStatus.TERMINATED);
        assertThat(c.status()).isEqualTo(EnrollmentStatus.TERMINATED);
        assertThat(c.terminatedByCommitments()).isTrue();
    }

    @Test
    void p2k2_needsEverySession_twoOfThreeFails() {
        CommitmentRecord r = CommitmentRecord.builder()
                .householdId(ID)
                .tahap(Tahap.of(2024, 1))
                .addChecks(CommitmentCheck.builder()
                        .kind(CommitmentKind.P2K2)
                        .scheduled(3)
                        .attended(2)
                        .build())
                .build();
        EnrollmentCommitments c = NATIONAL.assess(active("2024-01-01"), List.of(r), LocalDate.of(2024, 1, 31));

        TahapCompliance t = c.history().tahaps().get(0);
        assertThat(t.commitmentStatus()).isEqualTo(CommitmentStatus.WARNING);
        assertThat(t.failedChecks()).hasSize(1);
        assertThat(t.failedChecks().get(0).minShare())
                .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("1"));
        assertThat(c.status()).isEqualTo(EnrollmentStatus.ACTIVE);
    }

    @Test
    void theRegistersExit_onOrBeforeTheDate_isTheStatus_afterItTheCommitmentsDecide() {
        Enrollment graduated = Enrollment.builder()
                .from(active("2024-01-01"))
                .status(EnrollmentStatus.GRADUATED)
                .exitReason(ReasonCode.GRAD_MANDIRI)
                .exitDate(LocalDate.of(2024, 5, 1))
                .build();
        List<CommitmentRecord> failing = List.of(school(2024, 1, 0), school(2024, 2, 0));

        assertThat(NATIONAL.assess(graduated, failing, LocalDate.of(2024, 5, 1)).status())
                .isEqualTo(EnrollmentStatus.GRADUATED);
        assertThat(NATIONAL.assess(graduated, failing, LocalDate.of(2024, 4, 30))
                        .status())
                .isEqualTo(EnrollmentStatus.SUSPENDED);
    }

    @Test
    void aSuspensionInTheRegister_holdsWithoutRecords() {
        Enrollment suspended = Enrollment.builder()
                .from(active("2024-01-01"))
                .status(EnrollmentStatus.SUSPENDED)
                .build();

        EnrollmentCommitments c = NATIONAL.assess(suspended, List.of(), LocalDate.of(2024, 4, 1));

        assertThat(statuses(c)).containsExactly(CommitmentStatus.UNVERIFIED, CommitmentStatus.UNVERIFIED);
        assertThat(c.status()).isEqualTo(EnrollmentStatus.SUSPENDED);
        assertThat(c.suspendedByCommitments()).isFalse();
    }

    @Test
    void anEnrolmentOlderThanTheParameters_isUnverifiedBeforeItsFirstRecord() {
        // The commitment parameters start on 2019-01-01; 2018-IV has no record, so needs none.
        EnrollmentCommitments c =
                NATIONAL.assess(active("2018-11-01"), List.of(school(2019, 1, 51)), LocalDate.of(2019, 2, 1));

        assertThat(statuses(c)).containsExactly(CommitmentStatus.UNVERIFIED, CommitmentStatus.COMPLIANT);
        assertThat(c.history().tahaps().get(0).parameters()).isEmpty();
    }

    @Test
    void aDateBeforeSince_isRejected() {
        assertThatThrownBy(() -> NATIONAL.assess(active("2024-02-01"), List.of(), LocalDate.of(2024, 1, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("asOf");
    }
}
