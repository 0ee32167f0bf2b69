package id.bansos.programs;

import com.google.protobuf.Descriptors.Descriptor;
import dev.cel.common.types.CelType;
import dev.cel.common.types.StructTypeReference;
import dev.cel.common.values.StructValue;
import java.util.Optional;

/**
 * A struct CEL's runtime reads in place of a message of {@link HouseholdValues}: the fields of the
 * message's descriptor, read by {@link #select} when an expression selects them. A field is present
 * ({@code has()}) when the message's proto3 field would be: a scalar that is not 0, {@code false} or
 * {@code ""}, a list that is not empty.
 *
 * @param <V> the view itself
 */
// Not immutable: a view reads an evaluation that caches what it works out, and may make its lists
// when first read. A view lives for one evaluation on one thread and CEL only reads it.
@SuppressWarnings("Immutable")
abstract class MessageView<V extends MessageView<V>> extends StructValue<String, V> {
    private final Descriptor descriptor;
    private final CelType type;

    MessageView(Descriptor descriptor) {
        this.descriptor = descriptor;
        this.type = StructTypeReference.create(descriptor.getFullName());
    }

    /**
     * This view itself: CEL's runtime unwraps the values it selects (e.g. the list {@code
     * household.members}) by their {@code value()}, and a member must stay selectable.
     */
    @Override
    public final V value() {
        return self();
    }

    abstract V self();

    @Override
    public final boolean isZeroValue() {
        return false;
    }

    @Override
    public final CelType celType() {
        return type;
    }

    /**
     * The value of a field, a Long, Boolean, String or List, as a {@link FieldValue}.
     *
     * @throws IllegalArgumentException if the message has no such field (the checker refuses it)
     */
    @Override
    public final Object select(String field) {
        return field(field);
    }

    /**
     * The value of a field.
     *
     * @throws IllegalArgumentException if the message has no such field
     */
    abstract FieldValue field(String name);

    @Override
    public final Optional<Object> find(String field) {
        if (descriptor.findFieldByName(field) == null) {
            return Optional.empty();
        }
        FieldValue value = field(field);
        return value.isZeroValue() ? Optional.empty() : Optional.of(value.value());
    }

    /** Names the field a view does not have. */
    static IllegalArgumentException noSuchField(Descriptor descriptor, String field) {
        return new IllegalArgumentException("no such field '" + field + "' in " + descriptor.getFullName());
    }
}
