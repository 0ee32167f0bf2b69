package id.bansos.io.json;

import id.bansos.model.Household;
import id.bansos.model.Occupation;
import id.bansos.model.Person;
import id.bansos.model.Relationship;
import id.bansos.model.SchoolLevel;
import id.bansos.model.Sex;
import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.id.KkNumber;
import id.bansos.model.id.Nik;
import id.bansos.model.id.RegionCode;
import id.bansos.model.lifecycle.CommitmentCheck;
import id.bansos.model.lifecycle.CommitmentKind;
import id.bansos.model.lifecycle.CommitmentRecord;
import id.bansos.model.lifecycle.Observation;
import id.bansos.model.lifecycle.ObservedOccupation;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Component;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.EnrollmentStatus;
import id.bansos.model.program.Program;
import id.bansos.model.time.Tahap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Households, decisions and enrolments made by hand to match the golden files. */
final class Fixtures {
    static final String POLICY_VERSION = "952a79b99a9bae70a472743db6df9cbeb4cd5dbe507ae31aa9bea56c9886cc18";

    /** A line of JSON Lines that is a valid household; its NIK and name must never show in an error. */
    static final String MINIMAL_LINE =
            "{\"id\":\"KEL-0002\",\"region\":\"52.08.01.2001\",\"members\":[{\"nik\":\"5208011207850001\","
                    + "\"sex\":\"MALE\",\"birth_date\":\"1985-07-12\",\"relationship\":\"HEAD\"}]}";

    private Fixtures() {}

    static Person head() {
        return Person.builder()
                .nik(Nik.parse("5208011207850001"))
                .name("Ahmad Fauzi")
                .sex(Sex.MALE)
                .birthDate(LocalDate.of(1985, 7, 12))
                .relationship(Relationship.HEAD)
                .occupation(Occupation.LAINNYA)
                .build();
    }

    /** The household of {@code golden/household.json}: every key of the v1 table is used. */
    static Household fullHousehold() {
        return Household.builder()
                .id("KEL-0001")
                .kkNumber(KkNumber.parse("5208011503180007"))
                .region(RegionCode.parse("52.08.01.2001"))
                .desil(3)
                .monthlyIncome(Rupiah.of(1_500_000))
                .addMembers(head())
                .addMembers(Person.builder()
                        .nik(Nik.parse("5208014503900002"))
                        .name("Siti Aminah")
                        .sex(Sex.FEMALE)
                        .birthDate(LocalDate.of(1990, 3, 5))
                        .relationship(Relationship.SPOUSE)
                        .pregnant(true)
                        .build())
                .addMembers(Person.builder()
                        .nik(Nik.parse("5208012009150003"))
                        .name("Rizky Maulana")
                        .sex(Sex.MALE)
                        .birthDate(LocalDate.of(2015, 9, 20))
                        .relationship(Relationship.CHILD)
                        .schoolLevel(SchoolLevel.SD)
                        .build())
                .addMembers(Person.builder()
                        .nik(Nik.parse("5208015001230004"))
                        .name("Nur Aisyah")
                        .sex(Sex.FEMALE)
                        .birthDate(LocalDate.of(2023, 1, 10))
                        .relationship(Relationship.CHILD)
                        .build())
                .addMembers(Person.builder()
                        .nik(Nik.parse("5208015506000006"))
                        .name("Dewi Lestari")
                        .sex(Sex.FEMALE)
                        .birthDate(LocalDate.of(2000, 6, 15))
                        .relationship(Relationship.IN_LAW)
                        .postpartum(true)
                        .build())
                .addMembers(Person.builder()
                        .nik(Nik.parse("5208010101400005"))
                        .name("Ma'ruf")
                        .sex(Sex.MALE)
                        .birthDate(LocalDate.of(1940, 1, 1))
                        .relationship(Relationship.PARENT)
                        .severeDisability(true)
                        .deceased(true)
                        .build())
                .build();
    }

    /** The household of {@code golden/household-minimal.json}: required keys only. */
    static Household minimalHousehold() {
        return Household.builder()
                .id("KEL-0002")
                .region(RegionCode.parse("5208012001"))
                .addMembers(Person.builder()
                        .nik(Nik.parse("5208011207850001"))
                        .sex(Sex.MALE)
                        .birthDate(LocalDate.of(1985, 7, 12))
                        .relationship(Relationship.HEAD)
                        .build())
                .build();
    }

    /** The decision of {@code golden/decision.json}. */
    static Decision eligibleDecision() {
        return Decision.builder()
                .householdId("KEL-0001")
                .program(Program.PKH)
                .asOf(LocalDate.of(2024, 3, 1))
                .eligible(true)
                .annualAmount(Rupiah.of(6_900_000))
                .amountPerPayment(Rupiah.of(1_725_000))
                .addComponents(award(1, "520801******0002", Component.IBU_HAMIL, 3_000_000))
                .addComponents(award(2, "520801******0003", Component.SD, 900_000))
                .addComponents(award(3, "520801******0004", Component.ANAK_USIA_DINI, 3_000_000))
                .addReasons(Reason.builder()
                        .code(ReasonCode.TIDAK_DIKECUALIKAN)
                        .rule("pkh.exclusion")
                        .legalBasis(LegalBasis.builder()
                                .instrument("Permensos")
                                .number("1")
                                .year(2018)
                                .article("Pasal 5")
                                .build())
                        .build())
                .addReasons(Reason.builder()
                        .code(ReasonCode.MEMENUHI_KOMPONEN)
                        .rule("pkh.components")
                        .legalBasis(LegalBasis.builder()
                                .instrument("Kepdirjen Linjamsos")
                                .note("[I] yearly index decree")
                                .build())
                        .putArgs("count", "3")
                        .addParameters(ParameterUse.of("pkh.index.IBU_HAMIL", "3000000", LocalDate.of(2020, 1, 1)))
                        .addParameters(ParameterUse.of("pkh.target_desil_max", "none", LocalDate.of(2024, 1, 1)))
                        .addParameters(ParameterUse.of("pkh.ratio", "0.25", LocalDate.of(2024, 1, 1)))
                        .build())
                .policyVersion(POLICY_VERSION)
                .engineVersion("0.1.0")
                .build();
    }

    /** The decision of {@code golden/decision-not-eligible.json}. */
    static Decision notEligibleDecision() {
        return Decision.builder()
                .householdId("KEL-0003")
                .program(Program.SEMBAKO)
                .asOf(LocalDate.of(2025, 6, 1))
                .eligible(false)
                .annualAmount(Rupiah.ZERO)
                .amountPerPayment(Rupiah.ZERO)
                .addReasons(Reason.builder()
                        .code(ReasonCode.DESIL_DI_LUAR_SASARAN)
                        .rule("sembako.desil")
                        .legalBasis(LegalBasis.builder()
                                .instrument("Inpres")
                                .number("4")
                                .year(2025)
                                .build())
                        .putArgs("desil", "6")
                        .putArgs("max", "4")
                        .addParameters(ParameterUse.of("sembako.target_desil_max", "4", LocalDate.of(2025, 4, 1)))
                        .build())
                .policyVersion(POLICY_VERSION)
                .engineVersion("0.1.0")
                .build();
    }

    /** The enrolment of {@code golden/enrollment.json}. */
    static Enrollment graduated() {
        return Enrollment.builder()
                .householdId("KEL-0001")
                .program(Program.PKH)
                .since(LocalDate.of(2018, 2, 1))
                .status(EnrollmentStatus.GRADUATED)
                .exitReason(ReasonCode.GRAD_MANDIRI)
                .exitDate(LocalDate.of(2024, 7, 15))
                .region(RegionCode.parse("52.08.01.2001"))
                .build();
    }

    /** The enrolment of {@code golden/enrollment-active.json}. */
    static Enrollment active() {
        return Enrollment.builder()
                .householdId("KEL-0002")
                .program(Program.SEMBAKO)
                .since(LocalDate.of(2020, 4, 1))
                .status(EnrollmentStatus.ACTIVE)
                .build();
    }

    private static ComponentAward award(int index, String maskedNik, Component component, long amount) {
        return ComponentAward.builder()
                .memberIndex(index)
                .memberNikMasked(maskedNik)
                .component(component)
                .annualAmount(Rupiah.of(amount))
                .paid(true)
                .build();
    }

    /** The bytes of a golden file. */
    static byte[] goldenBytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a golden file. */
    static String golden(String name) {
        return new String(goldenBytes(name), StandardCharsets.UTF_8);
    }

    /** The record of {@code golden/commitment.json}: a school child, a young child and P2K2 without member. */
    static CommitmentRecord commitmentRecord() {
        return CommitmentRecord.builder()
                .householdId("KEL-0001")
                .tahap(Tahap.of(2024, 1))
                .addChecks(CommitmentCheck.builder()
                        .kind(CommitmentKind.SCHOOL_ATTENDANCE)
                        .memberIndex(2)
                        .scheduled(60)
                        .attended(52)
                        .build())
                .addChecks(CommitmentCheck.builder()
                        .kind(CommitmentKind.IMMUNISATION)
                        .memberIndex(3)
                        .scheduled(1)
                        .attended(1)
                        .build())
                .addChecks(CommitmentCheck.builder()
                        .kind(CommitmentKind.P2K2)
                        .scheduled(3)
                        .attended(2)
                        .build())
                .build();
    }

    /** The observation of {@code golden/observation.json}: every finding. */
    static Observation fullObservation() {
        return Observation.builder()
                .householdId("KEL-0001")
                .observedOn(LocalDate.of(2024, 5, 20))
                .monthlyIncome(Rupiah.of(4_500_000))
                .business(true)
                .assetValue(Rupiah.of(80_000_000))
                .addOccupations(ObservedOccupation.of(0, Occupation.PERANGKAT_DESA))
                .signedStatement(true)
                .build();
    }

    /** The observation of {@code golden/observation-minimal.json}: one finding. */
    static Observation minimalObservation() {
        return Observation.builder()
                .householdId("KEL-0002")
                .observedOn(LocalDate.of(2024, 5, 21))
                .business(false)
                .build();
    }
}
