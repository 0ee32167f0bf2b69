package id.bansos.rules.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.lifecycle.CommitmentCheck;
import id.bansos.model.lifecycle.CommitmentKind;
import id.bansos.model.lifecycle.CommitmentRecord;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.MissingParameterException;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.time.Tahap;
import id.bansos.rules.NationalPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommitmentRuleTest {
    private static final String ID = "KEL-0001";
    private static final CommitmentRule NATIONAL = CommitmentRule.of(NationalPolicy.load());
    private static final LegalBasis PERBUP =
            LegalBasis.builder().instrument("Perbup").build();
    private static final Tahap T1 = Tahap.of(2024, 1);
    private static final Tahap T4 = Tahap.of(2024, 4);

    /** A record of one SD child (member 2) attending {@code attended} of 60 effective school days. */
    private static CommitmentRecord school(Tahap tahap, int attended) {
        return CommitmentRecord.builder()
                .householdId(ID)
                .tahap(tahap)
                .addChecks(check(CommitmentKind.SCHOOL_ATTENDANCE, 60, attended))
                .build();
    }

    private static CommitmentCheck check(CommitmentKind kind, int scheduled, int attended) {
        CommitmentCheck.Builder b =
                CommitmentCheck.builder().kind(kind).scheduled(scheduled).attended(attended);
        if (kind.isPerMember()) {
            b.memberIndex(2);
        }
        return b.build();
    }

    private static List<ComplianceStatus> statuses(CommitmentHistory h) {
        return h.tahaps().stream().map(TahapCompliance::status).toList();
    }

    private static List<Integer> counts(CommitmentHistory h) {
        return h.tahaps().stream().map(TahapCompliance::consecutiveFailures).toList();
    }

    private static List<Consequence> consequences(CommitmentHistory h) {
        return h.tahaps().stream().map(TahapCompliance::consequence).toList();
    }

    private static <T> ParameterSet with(String key, Class<T> type, String from, T value) {
        LocalDate date = LocalDate.parse(from);
        DatedValue<T> entry = value == null ? DatedValue.none(date, PERBUP) : DatedValue.of(date, value, PERBUP);
        return ParameterSet.of(List.of(Parameter.of(key, type, List.of(entry)))).layeredOver(NationalPolicy.load());
    }

    /** 85 % of 60 effective days is exactly 51 days; of 59 days 50.15, so 50 fails and 51 passes. */
    static Stream<Arguments> schoolThreshold() {
        return Stream.of(
                Arguments.of(60, 51, CheckOutcome.MET),
                Arguments.of(60, 50, CheckOutcome.NOT_MET),
                Arguments.of(60, 60, CheckOutcome.MET),
                Arguments.of(59, 51, CheckOutcome.MET),
                Arguments.of(59, 50, CheckOutcome.NOT_MET),
                Arguments.of(20, 17, CheckOutcome.MET),
                Arguments.of(20, 16, CheckOutcome.NOT_MET),
                Arguments.of(1, 0, CheckOutcome.NOT_MET),
                Arguments.of(1, 1, CheckOutcome.MET));
    }

    @ParameterizedTest
    @MethodSource("schoolThreshold")
    void schoolAttendance_isMetFrom85PercentOfEffectiveDaysExactly(int scheduled, int attended, CheckOutcome outcome) {
        CommitmentRecord r = CommitmentRecord.builder()
                .householdId(ID)
                .tahap(T1)
                .addChecks(check(CommitmentKind.SCHOOL_ATTENDANCE, scheduled, attended))
                .build();

        CheckResult result =
                NATIONAL.assess(ID, List.of(r), T1, T1).tahaps().get(0).checks().get(0);

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.minShare()).contains(new BigDecimal("0.85"));
        assertThat(result.parameter())
                .isEqualTo(ParameterUse.of(
                        "pkh.commitment.min_share.SCHOOL_ATTENDANCE", "0.85", LocalDate.of(2019, 1, 1)));
    }

    @ParameterizedTest
    @MethodSource("healthAndP2k2")
    void healthAndP2k2_needEveryScheduledVisit(CommitmentKind kind) {
        CommitmentRecord missedOne = CommitmentRecord.builder()
                .householdId(ID)
                .tahap(T1)
                .addChecks(check(kind, 3, 2))
                .build();
        CommitmentRecord all = CommitmentRecord.builder()
                .householdId(ID)
                .tahap(T1.next())
                .addChecks(check(kind, 3, 3))
                .build();

        CommitmentHistory h = NATIONAL.assess(ID, List.of(missedOne, all), T1, T1.next());

        // Share 1: 2 of 3 < 3, 3 of 3 = 3.
        assertThat(statuses(h)).containsExactly(ComplianceStatus.NOT_COMPLIANT, ComplianceStatus.COMPLIANT);
    }

    static Stream<CommitmentKind> healthAndP2k2() {
        return Stream.of(
                CommitmentKind.ANTENATAL_CHECK,
                CommitmentKind.IMMUNISATION,
                CommitmentKind.WEIGHING,
                CommitmentKind.P2K2);
    }

    @Test
    void oneFailedCommitment_makesTheTahapNotCompliant() {
        CommitmentRecord r = CommitmentRecord.builder()
                .householdId(ID)
                .tahap(T1)
                .addChecks(check(CommitmentKind.SCHOOL_ATTENDANCE, 60, 60))
                .addChecks(check(CommitmentKind.P2K2, 3, 2))
                .build();

        TahapCompliance t = NATIONAL.assess(ID, List.of(r), T1, T1).tahaps().get(0);

        assertThat(t.status()).isEqualTo(ComplianceStatus.NOT_COMPLIANT);
        assertThat(t.checks()).extracting(CheckResult::outcome).containsExactly(CheckOutcome.MET, CheckOutcome.NOT_MET);
    }

    @Test
    void compliantTahaps_haveNoConsequence() {
        CommitmentHistory h = NATIONAL.assess(ID, List.of(school(T1, 60), school(T1.next(), 55)), T1, T1.next());

        assertThat(statuses(h)).containsExactly(ComplianceStatus.COMPLIANT, ComplianceStatus.COMPLIANT);
        assertThat(counts(h)).containsExactly(0, 0);
        assertThat(h.consequence()).isEqualTo(Consequence.NONE);
    }

    @Test
    void oneNonCompliantTahap_bringsAWarning() {
        // 50 of 60 days: 50 < 51. Count 1 = warning_after 1.
        CommitmentHistory h = NATIONAL.assess(ID, List.of(school(T1, 50)), T1, T1);

        assertThat(counts(h)).containsExactly(1);
        assertThat(h.consequence()).isEqualTo(Consequence.WARNING);
    }

    @Test
    void twoConsecutiveNonCompliantTahaps_bringASuspension() {
        CommitmentHistory h = NATIONAL.assess(ID, List.of(school(T1, 50), school(T1.next(), 40)), T1, T1.next());

        assertThat(counts(h)).containsExactly(1, 2);
        assertThat(consequences(h)).containsExactly(Consequence.WARNING, Consequence.SUSPENSION);
    }

    @Test
    void threeConsecutiveNonCompliantTahaps_bringTermination() {
        CommitmentHistory h = NATIONAL.assess(
                ID,
                List.of(school(T1, 50), school(Tahap.of(2024, 2), 40), school(Tahap.of(2024, 3), 0)),
                T1,
                Tahap.of(2024, 3));

        assertThat(counts(h)).containsExactly(1, 2, 3);
        assertThat(consequences(h))
                .containsExactly(Consequence.WARNING, Consequence.SUSPENSION, Consequence.TERMINATION);
        assertThat(h.tahaps().get(2).parameters())
                .containsExactly(
                        ParameterUse.of("pkh.commitment.warning_after", "1", LocalDate.of(2019, 1, 1)),
                        ParameterUse.of("pkh.commitment.suspension_after", "2", LocalDate.of(2019, 1, 1)),
                        ParameterUse.of("pkh.commitment.termination_after", "3", LocalDate.of(2019, 1, 1)));
    }

    @Test
    void aTahapWithoutRecord_isUnverified_neitherCountingNorResetting() {
        // The worked example of the class: fail, no record, fail, pass.
        CommitmentHistory h =
                NATIONAL.assess(ID, List.of(school(T1, 50), school(Tahap.of(2024, 3), 40), school(T4, 51)), T1, T4);

        assertThat(statuses(h))
                .containsExactly(
                        ComplianceStatus.NOT_COMPLIANT,
                        ComplianceStatus.UNVERIFIED,
                        ComplianceStatus.NOT_COMPLIANT,
                        ComplianceStatus.COMPLIANT);
        assertThat(counts(h)).containsExactly(1, 1, 2, 0);
        assertThat(consequences(h))
                .containsExactly(Consequence.WARNING, Consequence.WARNING, Consequence.SUSPENSION, Consequence.NONE);
        assertThat(h.tahaps().get(1).checks()).isEmpty();
    }

    @Test
    void aCompliantTahap_resetsTheCount() {
        // fail, fail, pass, fail: 1, 2, 0, 1.
        CommitmentHistory h = NATIONAL.assess(
                ID,
                List.of(school(T1, 50), school(Tahap.of(2024, 2), 50), school(Tahap.of(2024, 3), 51), school(T4, 0)),
                T1,
                T4);

        assertThat(counts(h)).containsExactly(1, 2, 0, 1);
        assertThat(h.consequence()).isEqualTo(Consequence.WARNING);
    }

    @Test
    void theCountRunsAcrossYears() {
        CommitmentHistory h = NATIONAL.assess(
                ID,
                List.of(school(Tahap.of(2023, 4), 50), school(T1, 50), school(Tahap.of(2024, 2), 50)),
                Tahap.of(2023, 4),
                Tahap.of(2024, 2));

        assertThat(counts(h)).containsExactly(1, 2, 3);
        assertThat(h.consequence()).isEqualTo(Consequence.TERMINATION);
    }

    @Test
    void aTerminationIsFinal_aCompliantTahapAfterItDoesNotUndoIt() {
        // 2020-I, II, III fail (0 of 60 < 51): count 3, termination in 2020-III; 2020-IV attends 60 of 60.
        Tahap from = Tahap.of(2020, 1);
        Tahap last = Tahap.of(2020, 4);
        CommitmentHistory h = NATIONAL.assess(
                ID,
                List.of(school(from, 0), school(Tahap.of(2020, 2), 0), school(Tahap.of(2020, 3), 0), school(last, 60)),
                from,
                last);

        assertThat(statuses(h)).endsWith(ComplianceStatus.COMPLIANT);
        assertThat(counts(h)).containsExactly(1, 2, 3, 3);
        assertThat(consequences(h)).endsWith(Consequence.TERMINATION, Consequence.TERMINATION);
        assertThat(h.tahaps().stream().map(TahapCompliance::commitmentStatus))
                .containsExactly(
                        CommitmentStatus.WARNING,
                        CommitmentStatus.SUSPENDED,
                        CommitmentStatus.TERMINATED,
                        CommitmentStatus.TERMINATED);
        assertThat(h.terminatedIn()).map(TahapCompliance::tahap).contains(Tahap.of(2020, 3));
        assertThat(h.consequence()).isEqualTo(Consequence.TERMINATION);
    }

    @Test
    void commitmentStatus_showsUnverifiedBetweenFailures_andCompliantAfterASuspension() {
        // fail (1, warning), none (1, unverified), fail (2, suspended), pass (0, compliant), none.
        Tahap t3 = Tahap.of(2024, 3);
        CommitmentHistory h =
                NATIONAL.assess(ID, List.of(school(T1, 50), school(t3, 50), school(T4, 51)), T1, Tahap.of(2025, 1));

        assertThat(h.tahaps().stream().map(TahapCompliance::commitmentStatus))
                .containsExactly(
                        CommitmentStatus.WARNING,
                        CommitmentStatus.UNVERIFIED,
                        CommitmentStatus.SUSPENDED,
                        CommitmentStatus.COMPLIANT,
                        CommitmentStatus.UNVERIFIED);
        assertThat(h.tahaps().get(0).failedChecks())
                .extracting(c -> c.check().attended())
                .containsExactly(50);
        assertThat(h.tahaps().get(3).failedChecks()).isEmpty();
        assertThat(h.terminatedIn()).isEmpty();
    }

    @Test
    void noRecordsAtAll_isUnverifiedThroughout() {
        CommitmentHistory h = NATIONAL.assess(ID, List.of(), T1, T4);

        assertThat(statuses(h)).hasSize(4).containsOnly(ComplianceStatus.UNVERIFIED);
        assertThat(h.consecutiveFailures()).isZero();
        assertThat(h.consequence()).isEqualTo(Consequence.NONE);
    }

    @Test
    void recordsOutsideTheSpan_areIgnored() {
        CommitmentHistory h = NATIONAL.assess(
                ID, List.of(school(Tahap.of(2023, 4), 0), school(T1, 60), school(Tahap.of(2024, 2), 0)), T1, T1);

        assertThat(statuses(h)).containsExactly(ComplianceStatus.COMPLIANT);
        assertThat(h.tahaps()).extracting(TahapCompliance::tahap).containsExactly(T1);
    }

    @Test
    void aShareThatIsNone_switchesThatCommitmentOff() {
        CommitmentRule rule = CommitmentRule.of(
                with("pkh.commitment.min_share.SCHOOL_ATTENDANCE", BigDecimal.class, "2024-01-01", null));
        CommitmentRecord r = CommitmentRecord.builder()
                .householdId(ID)
                .tahap(T1)
                .addChecks(check(CommitmentKind.SCHOOL_ATTENDANCE, 60, 0))
                .build();

        TahapCompliance t = rule.assess(ID, List.of(r), T1, T1).tahaps().get(0);

        assertThat(t.status()).isEqualTo(ComplianceStatus.UNVERIFIED);
        assertThat(t.checks().get(0).outcome()).isEqualTo(CheckOutcome.NOT_IN_FORCE);
        assertThat(t.checks().get(0).minShare()).isEmpty();
        assertThat(t.checks().get(0).parameter())
                .isEqualTo(ParameterUse.of(
                        "pkh.commitment.min_share.SCHOOL_ATTENDANCE", "none", LocalDate.of(2024, 1, 1)));
    }

    @Test
    void aDistrictsHigherShare_appliesFromTheTahapStartingOnItsDate() {
        CommitmentRule rule = CommitmentRule.of(with(
                "pkh.commitment.min_share.SCHOOL_ATTENDANCE", BigDecimal.class, "2024-04-01", new BigDecimal("0.9")));

        // 52 of 60: 52 >= 51 (0.85) in 2024-I, 52 < 54 (0.9) in 2024-II.
        CommitmentHistory h =
                rule.assess(ID, List.of(school(T1, 52), school(Tahap.of(2024, 2), 52)), T1, Tahap.of(2024, 2));

        assertThat(statuses(h)).containsExactly(ComplianceStatus.COMPLIANT, ComplianceStatus.NOT_COMPLIANT);
    }

    @Test
    void aStepThatIsNone_isSkipped() {
        CommitmentRule rule =
                CommitmentRule.of(with("pkh.commitment.termination_after", Integer.class, "2024-01-01", null));

        CommitmentHistory h = rule.assess(
                ID,
                List.of(school(T1, 0), school(Tahap.of(2024, 2), 0), school(Tahap.of(2024, 3), 0), school(T4, 0)),
                T1,
                T4);

        assertThat(counts(h)).containsExactly(1, 2, 3, 4);
        assertThat(h.consequence()).isEqualTo(Consequence.SUSPENSION);
    }

    @Test
    void aDistrictsLaterTermination_keepsSuspendingUntilIt() {
        CommitmentRule rule =
                CommitmentRule.of(with("pkh.commitment.termination_after", Integer.class, "2024-01-01", 4));

        CommitmentHistory h = rule.assess(
                ID,
                List.of(school(T1, 0), school(Tahap.of(2024, 2), 0), school(Tahap.of(2024, 3), 0), school(T4, 0)),
                T1,
                T4);

        assertThat(consequences(h))
                .containsExactly(
                        Consequence.WARNING, Consequence.SUSPENSION, Consequence.SUSPENSION, Consequence.TERMINATION);
    }

    @Test
    void countsOutOfOrder_areRejected() {
        CommitmentRule rule =
                CommitmentRule.of(with("pkh.commitment.suspension_after", Integer.class, "2024-01-01", 5));

        assertThatThrownBy(() -> rule.assess(ID, List.of(), T1, T1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pkh.commitment.termination_after must not be below pkh.commitment.suspension_after (5),"
                        + " got 3");
    }

    @Test
    void aCountBelowOne_isRejected() {
        CommitmentRule rule = CommitmentRule.of(with("pkh.commitment.warning_after", Integer.class, "2024-01-01", 0));

        assertThatThrownBy(() -> rule.assess(ID, List.of(), T1, T1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pkh.commitment.warning_after must be at least 1, got 0");
    }

    @Test
    void aShareAboveOne_isRejected() {
        CommitmentRule rule = CommitmentRule.of(
                with("pkh.commitment.min_share.P2K2", BigDecimal.class, "2024-01-01", new BigDecimal("1.5")));

        assertThatThrownBy(() -> rule.assess(ID, List.of(), T1, T1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pkh.commitment.min_share.P2K2 must be between 0 and 1, got 1.5");
    }

    @Test
    void aTahapBeforeTheParameters_isAMissingParameter() {
        assertThatThrownBy(() -> NATIONAL.assess(ID, List.of(), Tahap.of(2018, 4), Tahap.of(2018, 4)))
                .isInstanceOf(MissingParameterException.class)
                .hasMessage("parameter pkh.commitment.min_share.SCHOOL_ATTENDANCE has no value on 2018-10-01 (its first"
                        + " value is from 2019-01-01)");
    }

    @Test
    void assess_rejectsBadArguments() {
        CommitmentRecord other = CommitmentRecord.builder()
                .from(school(T1, 60))
                .householdId("KEL-0002")
                .build();
        assertThatThrownBy(() -> NATIONAL.assess(ID, List.of(other), T1, T1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("records must be of household KEL-0001, got one of KEL-0002");
        assertThatThrownBy(() -> NATIONAL.assess(ID, List.of(school(T1, 60), school(T1, 50)), T1, T1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("records must hold at most one record per tahap, got two for 2024-I");
        assertThatThrownBy(() -> NATIONAL.assess(ID, List.of(), T4, T1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to must not be before from 2024-IV, got 2024-I");
        assertThatThrownBy(() -> NATIONAL.assess(" ", List.of(), T1, T1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("householdId must not be blank");
        assertThatThrownBy(() -> NATIONAL.assess(ID, null, T1, T1))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("records must not be null");
        assertThatThrownBy(() -> CommitmentRule.of(ParameterSet.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule pkh.commitment reads parameter pkh.commitment.min_share.SCHOOL_ATTENDANCE, which the"
                        + " parameter set does not hold");
    }

    @Test
    void legalBasis_citesPermensos1of2018() {
        assertThat(CommitmentRule.legalBasis().instrument()).isEqualTo("Permensos");
        assertThat(CommitmentRule.legalBasis().number()).hasValue("1");
        assertThat(CommitmentRule.legalBasis().year()).hasValue(2018);
        assertThat(CommitmentRule.ID).isEqualTo("pkh.commitment");
    }

    /**
     * For a random sequence of tahap (0 = no record, 1 = compliant, 2 = not compliant), the count is
     * the not-compliant tahap since the last compliant one, unverified ones skipped, until it reaches
     * 3: then the family is terminated for good and the count stays 3.
     */
    @Test
    void countIsTheNotCompliantTahapSinceTheLastCompliantOne() {
        qt().withFixedSeed(20240222L)
                .forAll(lists().of(integers().between(0, 2)).ofSizeBetween(1, 16))
                .checkAssert(kinds -> {
                    Tahap from = Tahap.of(2021, 1);
                    List<CommitmentRecord> records = new ArrayList<>();
                    Tahap t = from;
                    for (int k : kinds) {
                        if (k > 0) {
                            records.add(school(t, k == 1 ? 60 : 0));
                        }
                        t = t.next();
                    }
                    CommitmentHistory h = NATIONAL.assess(ID, records, from, t.previous());
                    for (int i = 0; i < kinds.size(); i++) {
                        int expected = 0;
                        for (int j = 0; j <= i && expected < 3; j++) {
                            // Three in a row terminate, and a termination is final.
                            if (kinds.get(j) == 1) {
                                expected = 0;
                            } else if (kinds.get(j) == 2) {
                                expected++;
                            }
                        }
                        TahapCompliance tc = h.tahaps().get(i);
                        assertThat(tc.consecutiveFailures()).isEqualTo(expected);
                        Consequence c = expected >= 3
                                ? Consequence.TERMINATION
                                : expected == 2
                                        ? Consequence.SUSPENSION
                                        : expected == 1 ? Consequence.WARNING : Consequence.NONE;
                        assertThat(tc.consequence()).isEqualTo(c);
                    }
                });
    }

    private static CheckOutcome schoolOutcome(int scheduled, int attended) {
        CommitmentRecord r = CommitmentRecord.builder()
                .householdId(ID)
                .tahap(T1)
                .addChecks(check(CommitmentKind.SCHOOL_ATTENDANCE, scheduled, attended))
                .build();
        return NATIONAL.assess(ID, List.of(r), T1, T1)
                .tahaps()
                .get(0)
                .checks()
                .get(0)
                .outcome();
    }

    @Test
    void moreAttendanceNeverTurnsAMetCheckIntoAFailure() {
        qt().withFixedSeed(20240223L)
                .forAll(
                        integers().between(1, 120),
                        integers().between(0, 120),
                        integers().between(0, 120))
                .checkAssert((scheduled, x, y) -> {
                    int lower = Math.min(Math.min(x, y), scheduled);
                    int higher = Math.min(Math.max(x, y), scheduled);
                    if (schoolOutcome(scheduled, lower) == CheckOutcome.MET) {
                        assertThat(schoolOutcome(scheduled, higher)).isEqualTo(CheckOutcome.MET);
                    }
                    // And the line sits at 85 %: met exactly when 100 x attended >= 85 x scheduled.
                    assertThat(schoolOutcome(scheduled, higher) == CheckOutcome.MET)
                            .isEqualTo(100 * higher >= 85 * scheduled);
                });
    }
}
