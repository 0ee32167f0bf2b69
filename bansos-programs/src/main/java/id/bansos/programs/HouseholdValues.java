package id.bansos.programs;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.program.Program;
import id.bansos.rules.Evaluation;
import java.util.List;

/**
 * The household as a CEL expression sees it (PROGRAMS-V1): a message {@code bansos.Household} with
 * {@code id}, {@code region} (dotted), {@code desil}, {@code has_desil}, {@code monthly_income},
 * {@code has_income}, {@code receives} and {@code members}, each member a {@code bansos.Member} with
 * {@code index}, {@code sex}, {@code age} (whole years on the date), {@code relationship}, {@code
 * alive}, {@code pregnant}, {@code postpartum}, {@code severe_disability}, {@code school_level} and
 * {@code occupation}. No NIK, KK number or name is copied: an expression cannot reach them.
 *
 * <p>The message types are built in code from a descriptor, so that no {@code .proto} file or
 * {@code protoc} step is needed; a field CEL does not know is a type-check error.
 */
final class HouseholdValues {
    static final String HOUSEHOLD_TYPE = "bansos.Household";

    static final Descriptor HOUSEHOLD;
    static final Descriptor MEMBER;

    private static final FieldDescriptor H_ID;
    private static final FieldDescriptor H_REGION;
    private static final FieldDescriptor H_DESIL;
    private static final FieldDescriptor H_HAS_DESIL;
    private static final FieldDescriptor H_INCOME;
    private static final FieldDescriptor H_HAS_INCOME;
    private static final FieldDescriptor H_RECEIVES;
    private static final FieldDescriptor H_MEMBERS;
    private static final FieldDescriptor M_INDEX;
    private static final FieldDescriptor M_SEX;
    private static final FieldDescriptor M_AGE;
    private static final FieldDescriptor M_RELATIONSHIP;
    private static final FieldDescriptor M_ALIVE;
    private static final FieldDescriptor M_PREGNANT;
    private static final FieldDescriptor M_POSTPARTUM;
    private static final FieldDescriptor M_DISABILITY;
    private static final FieldDescriptor M_SCHOOL;
    private static final FieldDescriptor M_OCCUPATION;

    static {
        DescriptorProto member = DescriptorProto.newBuilder()
                .setName("Member")
                .addField(field("index", 1, FieldDescriptorProto.Type.TYPE_INT64))
                .addField(field("sex", 2, FieldDescriptorProto.Type.TYPE_STRING))
                .addField(field("age", 3, FieldDescriptorProto.Type.TYPE_INT64))
                .addField(field("relationship", 4, FieldDescriptorProto.Type.TYPE_STRING))
                .addField(field("alive", 5, FieldDescriptorProto.Type.TYPE_BOOL))
                .addField(field("pregnant", 6, FieldDescriptorProto.Type.TYPE_BOOL))
                .addField(field("postpartum", 7, FieldDescriptorProto.Type.TYPE_BOOL))
                .addField(field("severe_disability", 8, FieldDescriptorProto.Type.TYPE_BOOL))
                .addField(field("school_level", 9, FieldDescriptorProto.Type.TYPE_STRING))
                .addField(field("occupation", 10, FieldDescriptorProto.Type.TYPE_STRING))
                .build();
        DescriptorProto household = DescriptorProto.newBuilder()
                .setName("Household")
                .addField(field("id", 1, FieldDescriptorProto.Type.TYPE_STRING))
                .addField(field("region", 2, FieldDescriptorProto.Type.TYPE_STRING))
                .addField(field("desil", 3, FieldDescriptorProto.Type.TYPE_INT64))
                .addField(field("has_desil", 4, FieldDescriptorProto.Type.TYPE_BOOL))
                .addField(field("monthly_income", 5, FieldDescriptorProto.Type.TYPE_INT64))
                .addField(field("has_income", 6, FieldDescriptorProto.Type.TYPE_BOOL))
                .addField(field("receives", 7, FieldDescriptorProto.Type.TYPE_STRING).toBuilder()
                        .setLabel(FieldDescriptorProto.Label.LABEL_REPEATED))
                .addField(field("members", 8, FieldDescriptorProto.Type.TYPE_MESSAGE).toBuilder()
                        .setLabel(FieldDescriptorProto.Label.LABEL_REPEATED)
                        .setTypeName(".bansos.Member"))
                .build();
        FileDescriptorProto file = FileDescriptorProto.newBuilder()
                .setName("id/bansos/programs/household.proto")
                .setPackage("bansos")
                .setSyntax("proto3")
                .addMessageType(member)
                .addMessageType(household)
                .build();
        FileDescriptor built;
        try {
            built = FileDescriptor.buildFrom(file, new FileDescriptor[0]);
        } catch (DescriptorValidationException e) {
            throw new IllegalStateException("the household descriptor is invalid", e);
        }
        HOUSEHOLD = built.findMessageTypeByName("Household");
        MEMBER = built.findMessageTypeByName("Member");
        H_ID = HOUSEHOLD.findFieldByName("id");
        H_REGION = HOUSEHOLD.findFieldByName("region");
        H_DESIL = HOUSEHOLD.findFieldByName("desil");
        H_HAS_DESIL = HOUSEHOLD.findFieldByName("has_desil");
        H_INCOME = HOUSEHOLD.findFieldByName("monthly_income");
        H_HAS_INCOME = HOUSEHOLD.findFieldByName("has_income");
        H_RECEIVES = HOUSEHOLD.findFieldByName("receives");
        H_MEMBERS = HOUSEHOLD.findFieldByName("members");
        M_INDEX = MEMBER.findFieldByName("index");
        M_SEX = MEMBER.findFieldByName("sex");
        M_AGE = MEMBER.findFieldByName("age");
        M_RELATIONSHIP = MEMBER.findFieldByName("relationship");
        M_ALIVE = MEMBER.findFieldByName("alive");
        M_PREGNANT = MEMBER.findFieldByName("pregnant");
        M_POSTPARTUM = MEMBER.findFieldByName("postpartum");
        M_DISABILITY = MEMBER.findFieldByName("severe_disability");
        M_SCHOOL = MEMBER.findFieldByName("school_level");
        M_OCCUPATION = MEMBER.findFieldByName("occupation");
    }

    /** The last household built on this thread: the rules of one programme share it. */
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

    private HouseholdValues() {}

    private static FieldDescriptorProto field(String name, int number, FieldDescriptorProto.Type type) {
        return FieldDescriptorProto.newBuilder()
                .setName(name)
                .setNumber(number)
                .setType(type)
                .setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL)
                .build();
    }

    /**
     * Returns the household of an evaluation as CEL sees it, built once per evaluation: the
     * requirement and amount rules of one programme run one after another on one thread.
     */
    static DynamicMessage of(Evaluation evaluation) {
        Object[] last = LAST.get();
        if (last[0] == evaluation) {
            return (DynamicMessage) last[1];
        }
        DynamicMessage built = build(evaluation);
        last[0] = evaluation;
        last[1] = built;
        return built;
    }

    private static DynamicMessage build(Evaluation evaluation) {
        Household h = evaluation.household();
        DynamicMessage.Builder b = DynamicMessage.newBuilder(HOUSEHOLD)
                .setField(H_ID, h.id())
                .setField(H_REGION, h.region().toString())
                .setField(H_DESIL, (long) h.desil().orElse(0))
                .setField(H_HAS_DESIL, h.desil().isPresent())
                .setField(H_INCOME, h.monthlyIncome().map(r -> r.amount()).orElse(0L))
                .setField(H_HAS_INCOME, h.monthlyIncome().isPresent());
        for (Program p : h.receives()) {
            b.addRepeatedField(H_RECEIVES, p.code());
        }
        List<Person> members = h.members();
        for (int i = 0; i < members.size(); i++) {
            Person p = members.get(i);
            b.addRepeatedField(
                    H_MEMBERS,
                    DynamicMessage.newBuilder(MEMBER)
                            .setField(M_INDEX, (long) i)
                            .setField(M_SEX, p.sex().name())
                            .setField(M_AGE, (long) evaluation.ageOf(i))
                            .setField(M_RELATIONSHIP, p.relationship().name())
                            .setField(M_ALIVE, !p.deceased())
                            .setField(M_PREGNANT, p.pregnant())
                            .setField(M_POSTPARTUM, p.postpartum())
                            .setField(M_DISABILITY, p.severeDisability())
                            .setField(M_SCHOOL, p.schoolLevel().map(Enum::name).orElse(""))
                            .setField(
                                    M_OCCUPATION, p.occupation().map(Enum::name).orElse(""))
                            .build());
        }
        return b.build();
    }
}
