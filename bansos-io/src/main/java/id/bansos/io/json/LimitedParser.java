package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import id.bansos.io.ReadLimits;
import java.io.IOException;

/**
 * A parser that holds each record to the {@link ReadLimits}: nesting depth, key, string and
 * number length, and (for a JSON file) the record's size in bytes.
 *
 * <p>The check happens after each token is read whole, so the parser underneath stays usable and
 * the reader can skip the rest of a rejected record and go on with the next. Jackson's own
 * {@code StreamReadConstraints} are set higher, as the hard stop for input that cannot be skipped
 * safely.
 */
final class LimitedParser extends JsonParserDelegate {
    private final ReadLimits limits;
    private final boolean countBytes;
    private boolean inRecord;
    private long recordStart;
    private int baseDepth;

    /**
     * Wraps a parser.
     *
     * @param raw the parser underneath
     * @param limits the limits
     * @param countBytes whether to count the record's bytes (JSON Lines counts whole lines instead)
     */
    LimitedParser(JsonParser raw, ReadLimits limits, boolean countBytes) {
        super(raw);
        this.limits = limits;
        this.countBytes = countBytes;
    }

    /**
     * Starts checking a record.
     *
     * @param startOffset the offset of the record's first byte (or character)
     * @param containerDepth the nesting depth of the array or document holding the record
     */
    void startRecord(long startOffset, int containerDepth) {
        this.inRecord = true;
        this.recordStart = startOffset;
        this.baseDepth = containerDepth;
    }

    /** Stops checking until the next record. */
    void endRecord() {
        inRecord = false;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (inRecord && t != null) {
            check(t);
        }
        return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    private void check(JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT, START_ARRAY -> {
                int depth = delegate.getParsingContext().getNestingDepth() - baseDepth;
                if (depth > limits.maxNestingDepth()) {
                    throw FieldError.record(this, "nesting is deeper than " + limits.maxNestingDepth() + " levels");
                }
            }
            case FIELD_NAME -> {
                if (delegate.currentName().length() > limits.maxStringLength()) {
                    throw FieldError.at(this, "key is longer than " + limits.maxStringLength() + " characters");
                }
            }
            case VALUE_STRING -> {
                if (delegate.getTextLength() > limits.maxStringLength()) {
                    throw FieldError.at(this, "string is longer than " + limits.maxStringLength() + " characters");
                }
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                if (delegate.getTextLength() > limits.maxNumberLength()) {
                    throw FieldError.at(this, "number is longer than " + limits.maxNumberLength() + " characters");
                }
            }
            default -> {}
        }
        if (countBytes && offset(delegate.currentLocation()) - recordStart > limits.maxRecordBytes()) {
            throw FieldError.record(this, "record is larger than " + limits.maxRecordBytes() + " bytes");
        }
    }

    /**
     * The byte offset of a location, or the character offset where the input was decoded to
     * characters first (UTF-16 or UTF-32 input).
     *
     * @param location the location
     * @return the offset
     */
    static long offset(JsonLocation location) {
        long bytes = location.getByteOffset();
        return bytes >= 0 ? bytes : location.getCharOffset();
    }
}
