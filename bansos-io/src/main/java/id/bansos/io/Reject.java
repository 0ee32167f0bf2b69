package id.bansos.io;

import id.bansos.model.internal.BansosStyle;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A record that a reader could not turn into a household, kept so that nothing is lost: records
 * read = households produced + records rejected.
 */
@Value.Immutable
@BansosStyle
public abstract class Reject {
    Reject() {}

    /**
     * The name of the input.
     *
     * @return the source name, not null
     */
    public abstract String source();

    /**
     * The 1-based physical line where the record starts (a BOM does not count; CRLF is one line end).
     *
     * @return the line, 1 or more
     */
    public abstract long line();

    /**
     * The 1-based column of the error, where known.
     *
     * @return the column
     */
    public abstract OptionalInt column();

    /**
     * The household id, if it could be read.
     *
     * @return the id
     */
    public abstract Optional<String> householdId();

    /**
     * The field that is wrong, if the error is about one.
     *
     * @return the field name
     */
    public abstract Optional<String> field();

    /**
     * The full error message (location included), without personal data.
     *
     * @return the message, not null
     */
    public abstract String error();

    /**
     * Makes a reject from an input error.
     *
     * @param e the error, not null
     * @param recordLine the line where the record starts, used when {@code e} has none
     * @return the reject, not null
     */
    public static Reject from(InputException e, long recordLine) {
        return builder()
                .source(e.source())
                .line(e.line().orElse(recordLine))
                .column(e.column())
                .householdId(e.householdId())
                .field(e.field())
                .error(e.getMessage())
                .build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Reject}. */
    public static final class Builder extends ImmutableReject.Builder {}
}
