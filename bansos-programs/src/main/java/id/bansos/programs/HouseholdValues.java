package id.bansos.programs;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import id.bansos.rules.Evaluation;

/**
 * The household as a CEL expression sees it (PROGRAMS-V1): a message {@code bansos.Household} with
 * {@code id}, {@code region} (dotted), {@code desil}, {@code has_desil}, {@code monthly_income},
 * {@code has_income}, {@code receives} and {@code members}, each member a {@code bansos.Member} with
 * {@code index}, {@code sex}, {@code age} (whole years on the date), {@code relationship}, {@code
 * alive}, {@code pregnant}, {@code postpartum}, {@code severe_disability}, {@code school_level} and
 * {@code occupation}. No NIK, KK number or name is copied: an expression cannot reach them.
 *
 * <p>The message types are built in code from a descriptor, so that no {@code .proto} file or
 * {@code protoc} step is needed; a field CEL does not know is a type-check error. The checker reads
 * the descriptors; at run time CEL reads a {@link HouseholdView} instead of a message, which reads
 * the household's fields only when an expression selects them.
 */
final class HouseholdValues {
    static final String HOUSEHOLD_TYPE = "bansos.Household";

    static final Descriptor HOUSEHOLD;
    static final Descriptor MEMBER;

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
    }

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
     * Returns the household of an evaluation as CEL sees it: a view that reads a field only when an
     * expression selects it.
     */
    static HouseholdView of(Evaluation evaluation) {
        return new HouseholdView(evaluation);
    }
}
