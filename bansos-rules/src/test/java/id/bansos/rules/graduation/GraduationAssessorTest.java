package id.bansos.rules.graduation;

import static id.bansos.rules.Families.family;
import static id.bansos.rules.Families.man;
import static id.bansos.rules.Families.rp;
import static id.bansos.rules.Families.woman;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.Household;
import id.bansos.model.Occupation;
import id.bansos.model.SchoolLevel;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Provenance;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.lifecycle.CommitmentRecord;
import id.bansos.model.lifecycle.Observation;
import id.bansos.model.lifecycle.ObservedOccupation;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.EnrollmentStatus;
import id.bansos.model.program.Program;
import id.bansos.model.time.Tahap;
import id.bansos.rules.Families;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.ProgramDefinition;
import id.bansos.rules.Programs;
import id.bansos.rules.Rules;
import id.bansos.rules.commitment.Consequence;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraduationAssessorTest {
    private static final ParameterSet NATIONAL = NationalPolicy.load();
    private static final LocalDate MARCH_2024 = LocalDate.of(2024, 3, 1);
    private static final String ID = "KEL-0001";

    private static Enrollment pkhSince(String since) {
        return Families.pkhSince(ID, since);
    }

    /** Parents 49 and 46, two grown children out of school: no PKH component on 2024-03-01. */
    private static Household.Builder noComponentLeft() {
        return family(ID, man("1975-01-01"), woman("1978-01-01"), man("2002-01-01"), woman("2004-01-01"));
    }

    /** Parents and a child of 9 in SD: a component person. */
    private static Household.Builder withSdChild() {
        return family(
                ID, man("1980-01-01"), woman("1985-01-01"), man("2015-01-01").school(SchoolLevel.SD));
    }

    private static Observation.Builder visit(String on) {
        return Observation.builder().householdId(ID).observedOn(LocalDate.parse(on));
    }

    private static GraduationAssessment assess(Household h, Enrollment e, List<Observation> obs, LocalDate asOf) {
        return GraduationAssessor.assess(h, e, List.of(), obs, NATIONAL, asOf);
    }

    @Test
    void alamiah_whenNoComponentIsLeft_andSejahteraByObservedIncome_theClassExample() {
        Household h = noComponentLeft().build();
        Observation seen = visit("2024-02-10").monthlyIncome(rp(3_600_000)).build();

        GraduationAssessment a = assess(h, pkhSince("2018-02-01"), List.of(seen), MARCH_2024);

        assertThat(a.candidates())
                .extracting(Reason::code)
                .containsExactly(ReasonCode.GRAD_ALAMIAH, ReasonCode.GRAD_SEJAHTERA);
        assertThat(a.type()).contains(ReasonCode.GRAD_ALAMIAH);
        assertThat(a.isCandidate()).isTrue();
        Reason alamiah = a.candidates().get(0);
        assertThat(alamiah.rule()).isEqualTo("graduation.alamiah");
        assertThat(alamiah.args()).containsExactly(Map.entry("found", "TIDAK_ADA_KOMPONEN"));
        assertThat(alamiah.legalBasis().provenance().get(0).grade()).isEqualTo(Provenance.Grade.S);
        assertThat(alamiah.legalBasis().provenance().get(0).text()).startsWith("graduasi alamiah");
        // 3.600.000 / 4 living members = 900.000, above 825.687 (1.5 x Rp550.458, from 2023-07-17).
        assertThat(a.incomePerCapita()).contains(rp(900_000));
        assertThat(a.incomeSource()).contains(IncomeSource.OBSERVATION);
        Reason sejahtera = a.candidates().get(1);
        assertThat(sejahtera.args())
                .containsExactly(
                        Map.entry("income_per_capita", "900000"),
                        Map.entry("threshold", "825687"),
                        Map.entry("monthly_income", "3600000"),
                        Map.entry("living_members", "4"),
                        Map.entry("income_source", "OBSERVATION"));
        assertThat(sejahtera.parameters())
                .containsExactly(
                        ParameterUse.of("graduation.sejahtera.income_per_capita", "825687", LocalDate.of(2023, 7, 17)));
        // Since 2018-02-01: 6 whole years, more than 5, so a priority.
        assertThat(a.yearsEnrolled()).isEqualTo(6);
        assertThat(a.priority()).isTrue();
        assertThat(a.exclusions()).isEmpty();
        assertThat(a.decision().reasonCodes()).contains(ReasonCode.TIDAK_ADA_KOMPONEN);
    }

    @Test
    void alamiah_whenEveryMemberIsDeceased() {
        Household h = family(
                        ID, man("1940-01-01").deceased(), woman("1945-01-01").deceased())
                .monthlyIncome(rp(1_000_000))
                .build();

        GraduationAssessment a = assess(h, pkhSince("2020-01-01"), List.of(), MARCH_2024);

        assertThat(a.type()).contains(ReasonCode.GRAD_ALAMIAH);
        assertThat(a.candidates().get(0).args()).containsExactly(Map.entry("found", "MENINGGAL"));
        // Nobody alive: no income per capita, even with an income on record.
        assertThat(a.incomePerCapita()).isEmpty();
        assertThat(a.incomeSource()).isEmpty();
    }

    @Test
    void mandiri_whenASignedStatementIsOnRecord() {
        Household h = withSdChild().monthlyIncome(rp(900_000)).build();
        Observation statement = visit("2024-02-15").signedStatement(true).build();

        GraduationAssessment a = assess(h, pkhSince("2021-01-01"), List.of(statement), MARCH_2024);

        assertThat(a.candidates()).extracting(Reason::code).containsExactly(ReasonCode.GRAD_MANDIRI);
        assertThat(a.candidates().get(0).args()).containsExactly(Map.entry("statement_on", "2024-02-15"));
        assertThat(a.candidates().get(0).rule()).isEqualTo("graduation.mandiri");
        // 900.000 / 3 = 300.000 from the registry: below the threshold.
        assertThat(a.incomePerCapita()).contains(rp(300_000));
        assertThat(a.incomeSource()).contains(IncomeSource.REGISTRY);
        assertThat(a.priority()).isFalse();
    }

    @Test
    void mandiri_precedesSejahtera() {
        Household h = withSdChild().monthlyIncome(rp(9_000_000)).build();
        Observation statement = visit("2024-02-15").signedStatement(true).build();

        GraduationAssessment a = assess(h, pkhSince("2021-01-01"), List.of(statement), MARCH_2024);

        assertThat(a.candidates())
                .extracting(Reason::code)
                .containsExactly(ReasonCode.GRAD_MANDIRI, ReasonCode.GRAD_SEJAHTERA);
        assertThat(a.type()).contains(ReasonCode.GRAD_MANDIRI);
    }

    @Test
    void anOccupationFoundOnAVisit_excludesAsTheRegistryWould() {
        // The father (member 0) found to be a village official on 2024-02-20: EXCL_PERANGKAT_DESA
        // naming member 0, as the same occupation in the registry record gives; the SD child is still a
        // component person, so no graduation ground, only the exclusion.
        Observation found = visit("2024-02-20")
                .addOccupations(ObservedOccupation.of(0, Occupation.PERANGKAT_DESA))
                .build();

        GraduationAssessment a = assess(withSdChild().build(), pkhSince("2021-01-01"), List.of(found), MARCH_2024);

        assertThat(a.decision().eligible()).isFalse();
        assertThat(a.exclusions()).extracting(Reason::code).containsExactly(ReasonCode.EXCL_PERANGKAT_DESA);
        assertThat(a.exclusions().get(0).args())
                .containsEntry("member_index", "0")
                .containsEntry("occupation", "PERANGKAT_DESA");
        assertThat(a.candidates()).isEmpty();
    }

    @Test
    void anOccupationFoundAfterTheDate_orCorrectedByALaterVisit_doesNotExclude() {
        Observation after = visit("2024-03-02")
                .addOccupations(ObservedOccupation.of(0, Occupation.ASN))
                .build();
        Observation first = visit("2024-01-10")
                .addOccupations(ObservedOccupation.of(1, Occupation.PERANGKAT_DESA))
                .build();
        Observation corrected = visit("2024-02-10")
                .addOccupations(ObservedOccupation.of(1, Occupation.LAINNYA))
                .build();

        GraduationAssessment a =
                assess(withSdChild().build(), pkhSince("2021-01-01"), List.of(after, corrected, first), MARCH_2024);

        assertThat(a.decision().eligible()).isTrue();
        assertThat(a.exclusions()).isEmpty();
    }

    @Test
    void anOccupationForAMemberTheRecordDoesNotHave_isAnError() {
        Observation found = visit("2024-02-20")
                .addOccupations(ObservedOccupation.of(3, Occupation.ASN))
                .build();

        assertThatThrownBy(() -> assess(withSdChild().build(), pkhSince("2021-01-01"), List.of(found), MARCH_2024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("occupations: member_index 3 is not a member of household KEL-0001, which has 3 members");
    }

    @Test
    void aStatementAfterTheDate_isIgnored() {
        Observation later = visit("2024-03-02").signedStatement(true).build();

        GraduationAssessment a = assess(withSdChild().build(), pkhSince("2021-01-01"), List.of(later), MARCH_2024);

        assertThat(a.isCandidate()).isFalse();
        assertThat(a.type()).isEmpty();
    }

    @Test
    void sejahtera_byRegistryIncome_countingLivingMembersOnly() {
        // Four listed, one deceased: 3.000.000 / 3 = 1.000.000 > 825.687.
        Household h = family(
                        ID,
                        man("1980-01-01"),
                        woman("1985-01-01"),
                        man("2015-01-01").school(SchoolLevel.SD),
                        woman("1950-01-01").deceased())
                .monthlyIncome(rp(3_000_000))
                .build();

        GraduationAssessment a = assess(h, pkhSince("2021-01-01"), List.of(), MARCH_2024);

        assertThat(a.type()).contains(ReasonCode.GRAD_SEJAHTERA);
        assertThat(a.incomePerCapita()).contains(rp(1_000_000));
        assertThat(a.candidates().get(0).args())
                .containsEntry("living_members", "3")
                .containsEntry("income_source", "REGISTRY");
    }

    /**
     * Three living members against the Rp825.687 in force on 2024-03-01: the income per capita is
     * rounded down, and must be above the threshold, not equal to it.
     */
    @ParameterizedTest
    @CsvSource({
        "2477061, 825687, false", // 3 x 825.687 exactly
        "2477062, 825687, false", // 825.687,33 rounds down to 825.687
        "2477063, 825687, false", // 825.687,67 rounds down too
        "2477064, 825688, true",
        "0, 0, false",
    })
    void sejahtera_needsIncomePerCapitaStrictlyAboveTheThreshold(long income, long perCapita, boolean candidate) {
        Household h = withSdChild().monthlyIncome(rp(income)).build();

        GraduationAssessment a = assess(h, pkhSince("2021-01-01"), List.of(), MARCH_2024);

        assertThat(a.incomePerCapita()).contains(rp(perCapita));
        assertThat(a.isCandidate()).isEqualTo(candidate);
    }

    @Test
    void observedIncome_winsOverTheRegistrys_andTheLatestObservationWins() {
        Household h = withSdChild().monthlyIncome(rp(9_000_000)).build();
        List<Observation> visits = List.of(
                visit("2024-02-20").monthlyIncome(rp(1_200_000)).build(),
                visit("2024-01-10").monthlyIncome(rp(6_000_000)).business(true).build(),
                visit("2024-02-25").assetValue(rp(15_000_000)).build());

        GraduationAssessment a = assess(h, pkhSince("2021-01-01"), visits, MARCH_2024);

        // The 2024-02-20 visit is the latest with an income: 1.200.000 / 3 = 400.000.
        assertThat(a.incomePerCapita()).contains(rp(400_000));
        assertThat(a.incomeSource()).contains(IncomeSource.OBSERVATION);
        assertThat(a.isCandidate()).isFalse();
    }

    @Test
    void ofTwoObservationsOnOneDay_theLaterInTheListWins() {
        List<Observation> sameDay = List.of(
                visit("2024-02-20").monthlyIncome(rp(6_000_000)).build(),
                visit("2024-02-20").monthlyIncome(rp(1_500_000)).build());

        GraduationAssessment a = assess(withSdChild().build(), pkhSince("2021-01-01"), sameDay, MARCH_2024);

        // 1.500.000 / 3 = 500.000.
        assertThat(a.incomePerCapita()).contains(rp(500_000));
    }

    @Test
    void sejahtera_reportsTheVisitsBusinessAndAssets() {
        Household h = withSdChild().build();
        List<Observation> visits = List.of(
                visit("2024-01-10").monthlyIncome(rp(6_000_000)).business(true).build(),
                visit("2024-02-25").assetValue(rp(150_000_000)).build());

        GraduationAssessment a = assess(h, pkhSince("2021-01-01"), visits, MARCH_2024);

        // 6.000.000 / 3 = 2.000.000.
        assertThat(a.candidates().get(0).args())
                .containsEntry("income_per_capita", "2000000")
                .containsEntry("business", "true")
                .containsEntry("asset_value", "150000000");
    }

    @Test
    void sejahtera_byDesilAboveTheTarget_onceADesilTestIsInForce() {
        Household h = withSdChild().desil(6).build();
        LocalDate june2025 = LocalDate.of(2025, 6, 2);

        GraduationAssessment a = assess(h, pkhSince("2021-01-01"), List.of(), june2025);

        assertThat(a.type()).contains(ReasonCode.GRAD_SEJAHTERA);
        Reason r = a.candidates().get(0);
        assertThat(r.args()).containsExactly(Map.entry("desil", "6"), Map.entry("max", "4"));
        assertThat(r.parameters())
                .containsExactly(ParameterUse.of("pkh.target_desil_max", "4", LocalDate.of(2025, 4, 1)));
        // The same family before DTSEN: no desil test, no candidate.
        assertThat(assess(h, pkhSince("2021-01-01"), List.of(), MARCH_2024).isCandidate())
                .isFalse();
    }

    private static CommitmentRecord schoolDays(Tahap tahap, int attended) {
        return Families.schoolDays(ID, tahap, attended);
    }

    @Test
    void paksa_afterThreeConsecutiveNonCompliantTahap() {
        List<CommitmentRecord> records = List.of(
                schoolDays(Tahap.of(2023, 3), 0), schoolDays(Tahap.of(2023, 4), 30), schoolDays(Tahap.of(2024, 1), 50));

        GraduationAssessment a = GraduationAssessor.assess(
                withSdChild().build(), pkhSince("2021-01-01"), records, List.of(), NATIONAL, MARCH_2024);

        assertThat(a.type()).contains(ReasonCode.GRAD_PAKSA);
        Reason r = a.candidates().get(0);
        assertThat(r.rule()).isEqualTo("graduation.paksa");
        assertThat(r.args())
                .containsExactly(
                        Map.entry("consecutive_failures", "3"),
                        Map.entry("termination_after", "3"),
                        Map.entry("tahap", "2024-I"));
        assertThat(r.parameters())
                .containsExactly(ParameterUse.of("pkh.commitment.termination_after", "3", LocalDate.of(2019, 1, 1)));
        assertThat(a.commitments().consequence()).isEqualTo(Consequence.TERMINATION);
        // The history starts at the first verified tahap and ends at the tahap of the date.
        assertThat(a.commitments().tahaps()).hasSize(3);
    }

    @Test
    void paksa_staysAfterACompliantTahap_namingTheTahapThatTerminated() {
        // Terminated in 2023-IV (third failure: 0, 30, 50 of 60, each below 51); 2024-I is compliant.
        List<CommitmentRecord> records = List.of(
                schoolDays(Tahap.of(2023, 2), 0),
                schoolDays(Tahap.of(2023, 3), 30),
                schoolDays(Tahap.of(2023, 4), 50),
                schoolDays(Tahap.of(2024, 1), 60));

        GraduationAssessment a = GraduationAssessor.assess(
                withSdChild().build(), pkhSince("2021-01-01"), records, List.of(), NATIONAL, MARCH_2024);

        assertThat(a.type()).contains(ReasonCode.GRAD_PAKSA);
        assertThat(a.candidates().get(0).args())
                .containsExactly(
                        Map.entry("consecutive_failures", "3"),
                        Map.entry("termination_after", "3"),
                        Map.entry("tahap", "2023-IV"));
    }

    @Test
    void twoFailuresThenACompliantTahap_isNoCandidate() {
        List<CommitmentRecord> records = List.of(
                schoolDays(Tahap.of(2023, 3), 0), schoolDays(Tahap.of(2023, 4), 30), schoolDays(Tahap.of(2024, 1), 51));

        GraduationAssessment a = GraduationAssessor.assess(
                withSdChild().build(), pkhSince("2021-01-01"), records, List.of(), NATIONAL, MARCH_2024);

        assertThat(a.isCandidate()).isFalse();
        assertThat(a.commitments().consequence()).isEqualTo(Consequence.NONE);
    }

    @Test
    void commitmentsBeforeTheEnrolmentOrAfterTheDate_areIgnored() {
        List<CommitmentRecord> records = List.of(
                schoolDays(Tahap.of(2020, 4), 0),
                schoolDays(Tahap.of(2024, 1), 60),
                schoolDays(Tahap.of(2024, 2), 0),
                schoolDays(Tahap.of(2024, 3), 0));

        GraduationAssessment a = GraduationAssessor.assess(
                withSdChild().build(), pkhSince("2021-01-01"), records, List.of(), NATIONAL, MARCH_2024);

        assertThat(a.commitments().tahaps()).extracting(t -> t.tahap()).containsExactly(Tahap.of(2024, 1));
        assertThat(a.isCandidate()).isFalse();
    }

    @Test
    void aRecordOfTheEnrolmentsOwnTahap_startsTheHistory() {
        // Enrolled 2021-01-01, so 2021-I is the first tahap that counts; as of 2024-03-01 the
        // history runs 2021-I to 2024-I: 4 + 4 + 4 + 1 = 13 tahap.
        List<CommitmentRecord> records = List.of(schoolDays(Tahap.of(2021, 1), 60));

        GraduationAssessment a = GraduationAssessor.assess(
                withSdChild().build(), pkhSince("2021-01-01"), records, List.of(), NATIONAL, MARCH_2024);

        assertThat(a.commitments().tahaps()).hasSize(13);
        assertThat(a.commitments().tahaps().get(0).tahap()).isEqualTo(Tahap.of(2021, 1));
    }

    @Test
    void priorityYears_ofZeroIsAccepted_andANegativeOneIsRefused() {
        GraduationAssessment zero = GraduationAssessor.of(Programs.pkh(), priorityYears(0), MARCH_2024)
                .assess(withSdChild().build(), pkhSince("2024-01-01"), List.of(), List.of());
        // Enrolled 2024-01-01: priority from the day after since + 0 years, so on 2024-03-01.
        assertThat(zero.yearsEnrolled()).isZero();
        assertThat(zero.priority()).isTrue();

        assertThatThrownBy(() -> GraduationAssessor.of(Programs.pkh(), priorityYears(-1), MARCH_2024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("graduation.priority_years must not be negative, got -1");
    }

    private static ParameterSet priorityYears(int years) {
        return ParameterSet.of(List.of(id.bansos.model.param.Parameter.of(
                        "graduation.priority_years",
                        Integer.class,
                        List.of(id.bansos.model.param.DatedValue.of(
                                LocalDate.of(2024, 1, 1),
                                years,
                                id.bansos.model.decision.LegalBasis.builder()
                                        .instrument("Perbup")
                                        .build())))))
                .layeredOver(NATIONAL);
    }

    @Test
    void anOldEnrolmentWithoutRecords_hasAnEmptyHistory() {
        GraduationAssessment a = assess(withSdChild().build(), pkhSince("2012-06-01"), List.of(), MARCH_2024);

        assertThat(a.commitments().tahaps()).isEmpty();
        assertThat(a.yearsEnrolled()).isEqualTo(11);
    }

    @Test
    void exclusions_areReportedApartFromTheCandidates() {
        Household h = family(
                        ID,
                        man("1980-01-01").works(Occupation.ASN),
                        woman("1985-01-01"),
                        man("2015-01-01").school(SchoolLevel.SD))
                .build();

        GraduationAssessment a = assess(h, pkhSince("2021-01-01"), List.of(), MARCH_2024);

        assertThat(a.isCandidate()).isFalse();
        assertThat(a.exclusions()).extracting(Reason::code).containsExactly(ReasonCode.EXCL_ASN_TNI_POLRI);
        assertThat(a.decision().eligible()).isFalse();
    }

    @Test
    void anUnknownDesilUnderADesilTest_isAnExclusionNotAGraduation() {
        GraduationAssessment a =
                assess(withSdChild().build(), pkhSince("2021-01-01"), List.of(), LocalDate.of(2025, 6, 2));

        assertThat(a.isCandidate()).isFalse();
        assertThat(a.exclusions()).extracting(Reason::code).containsExactly(ReasonCode.DESIL_TIDAK_DIKETAHUI);
    }

    /** More than five years: from the day after the fifth anniversary. */
    @ParameterizedTest
    @CsvSource({"2024-02-29, 4, false", "2024-03-01, 5, false", "2024-03-02, 5, true", "2025-03-01, 6, true"})
    void priority_forFamiliesEnrolledMoreThanFiveYears(LocalDate asOf, int years, boolean priority) {
        GraduationAssessment a = assess(withSdChild().build(), pkhSince("2019-03-01"), List.of(), asOf);

        assertThat(a.yearsEnrolled()).isEqualTo(years);
        assertThat(a.priority()).isEqualTo(priority);
    }

    @Test
    void sembakoEnrolments_areAssessedWithSembakosRules() {
        Enrollment sembako = Enrollment.builder()
                .householdId(ID)
                .program(Program.SEMBAKO)
                .since(LocalDate.of(2020, 1, 1))
                .status(EnrollmentStatus.SUSPENDED)
                .build();

        GraduationAssessment a = assess(noComponentLeft().build(), sembako, List.of(), MARCH_2024);

        // Sembako has no components, so no alamiah for want of one.
        assertThat(a.program()).isEqualTo(Program.SEMBAKO);
        assertThat(a.isCandidate()).isFalse();
        assertThat(a.decision().eligible()).isTrue();
    }

    @Test
    void aDistrictProgramme_isBoundWithOf() {
        ProgramDefinition district = ProgramDefinition.of(Program.of("BANSOS_KAB"), List.of(Rules.exclusion()));
        Enrollment e = Enrollment.builder()
                .householdId(ID)
                .program(Program.of("BANSOS_KAB"))
                .since(LocalDate.of(2020, 1, 1))
                .status(EnrollmentStatus.ACTIVE)
                .build();

        assertThatThrownBy(() -> assess(withSdChild().build(), e, List.of(), MARCH_2024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("enrollment must be in a national programme (PKH, SEMBAKO) here, got BANSOS_KAB; bind a"
                        + " district's programme with of(..)");
        GraduationAssessment a = GraduationAssessor.of(district, NATIONAL, MARCH_2024)
                .assess(withSdChild().build(), e, List.of(), List.of());
        assertThat(a.program()).isEqualTo(Program.of("BANSOS_KAB"));
    }

    @Test
    void assess_rejectsInconsistentInputs() {
        Household h = withSdChild().build();
        GraduationAssessor pkh = GraduationAssessor.of(Programs.pkh(), NATIONAL, MARCH_2024);
        assertThat(pkh.asOf()).isEqualTo(MARCH_2024);

        Enrollment other = Enrollment.builder()
                .from(pkhSince("2021-01-01"))
                .householdId("KEL-0009")
                .build();
        assertThatThrownBy(() -> pkh.assess(h, other, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("enrollment must be of household KEL-0001, got KEL-0009");

        Enrollment ended = Enrollment.builder()
                .from(pkhSince("2021-01-01"))
                .status(EnrollmentStatus.GRADUATED)
                .exitReason(ReasonCode.GRAD_MANDIRI)
                .exitDate(LocalDate.of(2023, 12, 1))
                .build();
        assertThatThrownBy(() -> pkh.assess(h, ended, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("enrollment must not have ended, got GRADUATED on 2023-12-01");

        assertThatThrownBy(() -> pkh.assess(h, pkhSince("2024-03-02"), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("enrollment must start on or before 2024-03-01, got 2024-03-02");

        Enrollment sembako = Enrollment.builder()
                .from(pkhSince("2021-01-01"))
                .program(Program.SEMBAKO)
                .build();
        assertThatThrownBy(() -> pkh.assess(h, sembako, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("enrollment must be in programme PKH, got SEMBAKO");

        Observation elsewhere = Observation.builder()
                .householdId("KEL-0002")
                .observedOn(LocalDate.of(2024, 1, 1))
                .business(true)
                .build();
        assertThatThrownBy(() -> pkh.assess(h, pkhSince("2021-01-01"), List.of(), List.of(elsewhere)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("observations must be of household KEL-0001, got KEL-0002");

        CommitmentRecord foreign = CommitmentRecord.builder()
                .from(schoolDays(Tahap.of(2024, 1), 60))
                .householdId("KEL-0002")
                .build();
        assertThatThrownBy(() -> pkh.assess(h, pkhSince("2021-01-01"), List.of(foreign), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("commitments must be of household KEL-0001, got KEL-0002");

        assertThatThrownBy(() -> pkh.assess(null, pkhSince("2021-01-01"), List.of(), List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("household must not be null");
        assertThatThrownBy(() -> GraduationAssessor.of(Programs.pkh(), ParameterSet.empty(), MARCH_2024))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDistrictsThresholdOfNone_switchesTheIncomeTestOff() {
        ParameterSet noIncomeTest = ParameterSet.of(List.of(id.bansos.model.param.Parameter.of(
                        "graduation.sejahtera.income_per_capita",
                        Rupiah.class,
                        List.of(id.bansos.model.param.DatedValue.<Rupiah>none(
                                LocalDate.of(2024, 1, 1),
                                id.bansos.model.decision.LegalBasis.builder()
                                        .instrument("Perbup")
                                        .build())))))
                .layeredOver(NATIONAL);
        Household rich = withSdChild().monthlyIncome(rp(90_000_000)).build();

        GraduationAssessment a = GraduationAssessor.of(Programs.pkh(), noIncomeTest, MARCH_2024)
                .assess(rich, pkhSince("2021-01-01"), List.of(), List.of());

        assertThat(a.incomePerCapita()).contains(rp(30_000_000));
        assertThat(a.isCandidate()).isFalse();
    }
}
