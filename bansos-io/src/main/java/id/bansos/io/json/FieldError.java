package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value that the v1 format does not allow, located by a path such as {@code members[2].nik}.
 *
 * <p>The path is built from the inside out as the error passes up through the object and array
 * readers, the way Jackson's own reference chain is. The detail never holds a NIK, a KK number or a
 * name. Not public API: callers of an {@code ObjectMapper} see a {@link JsonMappingException}, and
 * the household readers turn it into an {@link id.bansos.io.InputException}.
 */
final class FieldError extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    private final String detail;
    private final boolean recordLevel;
    private String path = "";
    private String householdId;

    private FieldError(JsonParser parser, String detail, JsonLocation location, boolean recordLevel) {
        super(parser, detail, location);
        this.detail = detail;
        this.recordLevel = recordLevel;
    }

    /**
     * An error about the value at the parser's current token.
     *
     * @param parser the parser, positioned on the offending token
     * @param detail what is wrong, without personal data
     * @return the error
     */
    static FieldError at(JsonParser parser, String detail) {
        return new FieldError(parser, detail, parser.currentTokenLocation(), false);
    }

    /**
     * An error about a value that began at a known location.
     *
     * @param parser the parser
     * @param location where the value starts
     * @param detail what is wrong, without personal data
     * @return the error
     */
    static FieldError at(JsonParser parser, JsonLocation location, String detail) {
        return new FieldError(parser, detail, location, false);
    }

    /**
     * An error about the record as a whole (too large, too deep), whose path stays empty.
     *
     * @param parser the parser
     * @param detail what is wrong
     * @return the error
     */
    static FieldError record(JsonParser parser, String detail) {
        return new FieldError(parser, detail, parser.currentTokenLocation(), true);
    }

    /**
     * Puts the path under an object key: {@code nik} under {@code members[2]}.
     *
     * @param key the key
     * @return this error
     */
    FieldError under(String key) {
        if (!recordLevel) {
            if (path.isEmpty()) {
                path = key;
            } else if (path.charAt(0) == '[') {
                path = key + path;
            } else {
                path = key + '.' + path;
            }
        }
        return this;
    }

    /**
     * Puts the path under an array index.
     *
     * @param index the 0-based index
     * @return this error
     */
    FieldError atIndex(int index) {
        if (!recordLevel) {
            String prefix = "[" + index + "]";
            path = path.isEmpty() || path.charAt(0) == '[' ? prefix + path : prefix + '.' + path;
        }
        return this;
    }

    /**
     * Sets the path outright, for an error about a key itself (unknown, duplicate, missing).
     *
     * @param key the key
     * @return this error
     */
    FieldError path(String key) {
        path = key;
        return this;
    }

    /**
     * Records the household the error is in, unless one is recorded already.
     *
     * @param id the household id, may be null
     * @return this error
     */
    FieldError inHousehold(String id) {
        if (householdId == null) {
            householdId = id;
        }
        return this;
    }

    /**
     * The path of the field, e.g. {@code members[2].nik}.
     *
     * @return the path, empty for the record as a whole
     */
    String fieldPath() {
        return path;
    }

    /**
     * What is wrong.
     *
     * @return the detail
     */
    String detail() {
        return detail;
    }

    /**
     * Tells whether the error is about the record as a whole (its size or depth), not one field.
     *
     * @return true for a record-level error
     */
    boolean isRecordLevel() {
        return recordLevel;
    }

    /**
     * The household id, if it was read before the error.
     *
     * @return the id, or null
     */
    String householdId() {
        return householdId;
    }

    @Override
    public String getOriginalMessage() {
        return path.isEmpty() ? detail : path + ": " + detail;
    }

    @Override
    public String getMessage() {
        StringBuilder sb = new StringBuilder();
        if (householdId != null) {
            sb.append("household ").append(householdId).append(": ");
        }
        sb.append(getOriginalMessage());
        JsonLocation location = getLocation();
        if (location != null && location.getLineNr() > 0) {
            sb.append(" (line ").append(location.getLineNr());
            if (location.getColumnNr() > 0) {
                sb.append(", column ").append(location.getColumnNr());
            }
            sb.append(')');
        }
        return sb.toString();
    }

    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }
}
