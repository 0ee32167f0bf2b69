package id.bansos.programs;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructTypeReference;
import java.util.List;

/**
 * A field's value as a view hands it to CEL's runtime: a Long, Boolean, String or List wrapped in a
 * {@code CelValue}, which the runtime unwraps to the value itself.
 *
 * <p>Why wrapped: the runtime converts every value it selects, and before it unwraps a {@code
 * CelValue} (one check against a class) it asks whether a plain value is one of several
 * interfaces ({@code MessageOrBuilder}, {@code List}, {@code Collection}, {@code Map}, …). On Java
 * 17 each such question for a Long or Boolean scans the class's interfaces, and a member's {@code
 * alive} or {@code age} would be asked about a dozen of them every time an expression reads it
 * (ProgramFileBenchmark in docs/performance.md). The class itself implements no interface.
 */
@SuppressWarnings("Immutable") // the value is a Long, Boolean, String or an unmodifiable list of them or of views
final class FieldValue extends dev.cel.common.values.CelValue {
    private static final FieldValue TRUE = new FieldValue(true, SimpleType.BOOL);
    private static final FieldValue FALSE = new FieldValue(false, SimpleType.BOOL);
    private static final CelType STRINGS = ListType.create(SimpleType.STRING);
    private static final CelType MEMBERS =
            ListType.create(StructTypeReference.create(HouseholdValues.MEMBER.getFullName()));

    private final Object value;
    private final CelType type;

    private FieldValue(Object value, CelType type) {
        this.value = value;
        this.type = type;
    }

    static FieldValue of(long value) {
        return new FieldValue(value, SimpleType.INT);
    }

    static FieldValue of(boolean value) {
        return value ? TRUE : FALSE;
    }

    static FieldValue of(String value) {
        return new FieldValue(value, SimpleType.STRING);
    }

    /** A list of texts, e.g. {@code receives}. */
    static FieldValue ofStrings(List<String> value) {
        return new FieldValue(value, STRINGS);
    }

    /** The list {@code members}. */
    static FieldValue ofMembers(List<MemberView> value) {
        return new FieldValue(value, MEMBERS);
    }

    @Override
    public Object value() {
        return value;
    }

    @Override
    public boolean isZeroValue() {
        if (value instanceof Long l) {
            return l == 0L;
        }
        if (value instanceof Boolean b) {
            return !b;
        }
        if (value instanceof String s) {
            return s.isEmpty();
        }
        return ((List<?>) value).isEmpty();
    }

    @Override
    public CelType celType() {
        return type;
    }

    @Override
    public String toString() {
        return "FieldValue[" + type.name() + "]";
    }
}
