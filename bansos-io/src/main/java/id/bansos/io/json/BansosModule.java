package id.bansos.io.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import id.bansos.io.Masking;
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
import id.bansos.model.lifecycle.ExitRecord;
import id.bansos.model.lifecycle.Observation;
import id.bansos.model.lifecycle.WaitlistEntry;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Component;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.EnrollmentStatus;
import id.bansos.model.program.Program;
import id.bansos.model.time.Tahap;

/**
 * The Jackson 2 module for exchange format v1: registered on any {@code ObjectMapper}, it reads
 * and writes every bansos model type in the v1 JSON form (also YAML, through a {@code YAMLMapper}).
 *
 * <p>Register it with {@code mapper.registerModule(new BansosModule())}, or let
 * {@code mapper.findAndRegisterModules()} find it. The strictness of the format is the module's
 * own and holds whatever the mapper's settings (a Spring Boot mapper does not fail on unknown
 * properties): an unknown key (with a "did you mean" for a misspelling), a repeated key, a missing
 * required key, {@code "4"} or {@code 4.5} where an integer belongs, or an invalid value is a
 * {@link com.fasterxml.jackson.databind.JsonMappingException} whose message names the field, e.g.
 * {@code members[2].nik: NIK month of birth must be 01-12, got 13}. Messages never hold a NIK, a
 * KK number or a name.
 *
 * <p>Written households show NIK and KK number in full unless the writer carries
 * {@link Masking#MASKED}: {@code mapper.writer().withAttribute(Masking.class, Masking.MASKED)}.
 * The lifecycle records (commitment records, observations, exits) and enrolments are one object per line
 * of a JSON Lines file keyed by {@code household_id}; a {@link Tahap} is its text {@code 2024-II}.
 * Decisions fill each reason's {@code message} when the writer carries a {@link id.bansos.model.decision.ReasonRenderer}:
 * {@code mapper.writer().withAttribute(ReasonRenderer.class, renderer)}.
 *
 * <p>The module registers nothing for {@code java.time.LocalDate}: dates inside model types are
 * read and written as {@code YYYY-MM-DD} by the module itself, so a mapper's own date settings for
 * other classes are left alone.
 */
public final class BansosModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the module.
     */
    public BansosModule() {
        super("BansosModule", moduleVersion());
        addSerializer(Household.class, new HouseholdJson.HouseholdSerializer());
        addDeserializer(Household.class, HouseholdJson.HOUSEHOLD);
        addSerializer(Person.class, new HouseholdJson.PersonSerializer());
        addDeserializer(Person.class, HouseholdJson.PERSON);

        addSerializer(Decision.class, new DecisionJson.DecisionSerializer());
        addDeserializer(Decision.class, DecisionJson.DECISION);
        addSerializer(ComponentAward.class, new DecisionJson.ComponentAwardSerializer());
        addDeserializer(ComponentAward.class, DecisionJson.COMPONENT_AWARD);
        addSerializer(Reason.class, new DecisionJson.ReasonSerializer());
        addDeserializer(Reason.class, DecisionJson.REASON);
        addSerializer(LegalBasis.class, new DecisionJson.LegalBasisSerializer());
        addDeserializer(LegalBasis.class, DecisionJson.LEGAL_BASIS);
        addSerializer(ParameterUse.class, new DecisionJson.ParameterUseSerializer());
        addDeserializer(ParameterUse.class, DecisionJson.PARAMETER_USE);

        addSerializer(Enrollment.class, new EnrollmentJson.EnrollmentSerializer());
        addDeserializer(Enrollment.class, EnrollmentJson.ENROLLMENT);
        addSerializer(ExitRecord.class, new ExitJson.ExitSerializer());
        addDeserializer(ExitRecord.class, ExitJson.EXIT);
        addSerializer(WaitlistEntry.class, new WaitlistJson.WaitlistSerializer());
        addDeserializer(WaitlistEntry.class, WaitlistJson.WAITLIST);

        addSerializer(CommitmentRecord.class, new LifecycleJson.CommitmentRecordSerializer());
        addDeserializer(CommitmentRecord.class, LifecycleJson.RECORD);
        addSerializer(CommitmentCheck.class, new LifecycleJson.CommitmentCheckSerializer());
        addDeserializer(CommitmentCheck.class, LifecycleJson.CHECK);
        addSerializer(Observation.class, new LifecycleJson.ObservationSerializer());
        addDeserializer(Observation.class, LifecycleJson.OBSERVATION);
        addSerializer(Tahap.class, ToStringSerializer.instance);
        addDeserializer(Tahap.class, new LifecycleJson.TahapDeserializer());

        addSerializer(Nik.class, new ScalarJson.NikSerializer());
        addDeserializer(Nik.class, new ScalarJson.NikDeserializer());
        addSerializer(KkNumber.class, new ScalarJson.KkNumberSerializer());
        addDeserializer(KkNumber.class, new ScalarJson.KkNumberDeserializer());
        addSerializer(RegionCode.class, ToStringSerializer.instance);
        addDeserializer(RegionCode.class, new ScalarJson.RegionCodeDeserializer());
        addSerializer(Rupiah.class, new ScalarJson.RupiahSerializer());
        addDeserializer(Rupiah.class, new ScalarJson.RupiahDeserializer());

        addSerializer(Program.class, ToStringSerializer.instance);
        addDeserializer(Program.class, new ScalarJson.CodeDeserializer<>(Program.class));
        addSerializer(Component.class, ToStringSerializer.instance);
        addDeserializer(Component.class, new ScalarJson.CodeDeserializer<>(Component.class));
        addSerializer(ReasonCode.class, ToStringSerializer.instance);
        addDeserializer(ReasonCode.class, new ScalarJson.CodeDeserializer<>(ReasonCode.class));

        addEnum(Sex.class);
        addEnum(Relationship.class);
        addEnum(SchoolLevel.class);
        addEnum(Occupation.class);
        addEnum(EnrollmentStatus.class);
        addEnum(CommitmentKind.class);
    }

    private <E extends Enum<E>> void addEnum(Class<E> type) {
        addSerializer(type, ToStringSerializer.instance);
        addDeserializer(type, new ScalarJson.EnumDeserializer<>(type));
    }

    /** The library version from the jar manifest; unknown when run from classes (tests, IDE). */
    private static Version moduleVersion() {
        String version = BansosModule.class.getPackage().getImplementationVersion();
        return version == null ? Version.unknownVersion() : VersionUtil.parseVersion(version, "id.bansos", "bansos-io");
    }
}
