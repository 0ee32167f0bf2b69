package id.bansos.io;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The one exception of the I/O layer: bad input, located by source, line, column, household and
 * field.
 *
 * <p>The message reads {@code source:line:column: household ID: field: detail}, leaving out what is
 * not known. It never contains a NIK, a KK number or a name: readers pass only the field name and
 * the rule that failed.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final int column;
    private final String householdId;
    private final String field;
    private final String detail;

    /**
     * Creates an exception.
     *
     * @param source the name of the input (a file name), not null
     * @param line the 1-based line where the record starts or the error was found; 0 if unknown
     * @param column the 1-based column; 0 if unknown
     * @param householdId the household id, null if unknown
     * @param field the field (key or column name), null if not about one field
     * @param detail what is wrong, without personal data, not null
     * @param cause the underlying exception, may be null
     */
    public InputException(
            String source, long line, int column, String householdId, String field, String detail, Throwable cause) {
        super(format(source, line, column, householdId, field, detail), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.householdId = householdId;
        this.field = field;
        this.detail = detail;
    }

    /**
     * Creates an exception without a cause.
     *
     * @param source the name of the input, not null
     * @param line the 1-based line; 0 if unknown
     * @param column the 1-based column; 0 if unknown
     * @param householdId the household id, null if unknown
     * @param field the field, null if not about one field
     * @param detail what is wrong, without personal data, not null
     */
    public InputException(String source, long line, int column, String householdId, String field, String detail) {
        this(source, line, column, householdId, field, detail, null);
    }

    private static String format(
            String source, long line, int column, String householdId, String field, String detail) {
        StringBuilder sb = new StringBuilder(source == null ? "<input>" : source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (householdId != null) {
            sb.append("household ").append(householdId).append(": ");
        }
        if (field != null) {
            sb.append(field).append(": ");
        }
        return sb.append(detail).toString();
    }

    /**
     * Returns a copy that also names the household, for errors found before its id was read.
     *
     * @param id the household id, not null
     * @return a new exception with the same cause, or this one if it already names a household
     */
    public InputException withHouseholdId(String id) {
        if (householdId != null || id == null) {
            return this;
        }
        return new InputException(source, line, column, id, field, detail, getCause());
    }

    /**
     * The name of the input.
     *
     * @return the source name, not null
     */
    public String source() {
        return source;
    }

    /**
     * The 1-based line of the record or error.
     *
     * @return the line, empty if unknown
     */
    public OptionalLong line() {
        return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
    }

    /**
     * The 1-based column of the error.
     *
     * @return the column, empty if unknown
     */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /**
     * The id of the household the error is in.
     *
     * @return the household id, if known
     */
    public Optional<String> householdId() {
        return Optional.ofNullable(householdId);
    }

    /**
     * The field (JSON key or CSV column) that is wrong.
     *
     * @return the field, if the error is about one
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /**
     * What is wrong, without location.
     *
     * @return the detail, not null
     */
    public String detail() {
        return detail;
    }
}
