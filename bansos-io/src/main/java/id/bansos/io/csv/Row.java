package id.bansos.io.csv;

/**
 * One CSV record as the tokenizer delivered it, or the syntax error that ended the read.
 *
 * <p>Only the first {@code fields.length} fields are kept (one more than the header has, enough to
 * tell that a row is too long), and a field longer than the string limit is kept as null.
 */
final class Row {
    private final long line;
    private final String[] fields;
    private final int fieldCount;
    private final long bytes;
    private final int tooLongField;
    private final String fatal;

    private Row(long line, String[] fields, int fieldCount, long bytes, int tooLongField, String fatal) {
        this.line = line;
        this.fields = fields;
        this.fieldCount = fieldCount;
        this.bytes = bytes;
        this.tooLongField = tooLongField;
        this.fatal = fatal;
    }

    static Row of(long line, String[] fields, int fieldCount, long bytes, int tooLongField) {
        return new Row(line, fields, fieldCount, bytes, tooLongField, null);
    }

    /** A syntax error after which the tokenizer cannot go on. */
    static Row fatal(long line, String detail) {
        return new Row(line, new String[0], 0, 0, -1, detail);
    }

    /** The 1-based physical line where the record starts. */
    long line() {
        return line;
    }

    /** The number of fields in the record, kept or not. */
    int fieldCount() {
        return fieldCount;
    }

    /** The field at a 0-based position; null if it was not kept (too long, or past the kept ones). */
    String field(int i) {
        return i < fields.length ? fields[i] : null;
    }

    /** The fields that were kept, for the header. */
    String[] keptFields() {
        return fields.clone();
    }

    /** The size of the record in UTF-8 bytes, with quotes, separators and one byte for its line end. */
    long bytes() {
        return bytes;
    }

    /** The 0-based position of the first field over the string limit, or -1. */
    int tooLongField() {
        return tooLongField;
    }

    /** Whether this is a syntax error rather than a record. */
    boolean isFatal() {
        return fatal != null;
    }

    /** The syntax error, if {@link #isFatal()}. */
    String fatal() {
        return fatal;
    }
}
