package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import id.bansos.io.HouseholdReader;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.HouseholdSource;
import id.bansos.io.InputException;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.io.Utf8Input;
import id.bansos.model.Household;
import id.bansos.model.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads households from a JSON file: one household object, an array of them, or the envelope
 * {@code {"schema_version": 1, "households": [...]}} (keys in either order).
 *
 * <p>The file is streamed: one household is in memory at a time, whatever the file's size. Each
 * household is a record, located by the line where its object starts. A household that breaks
 * the format or a {@link ReadLimits limit} is a reject and reading goes on with the next one; a
 * syntax error ends the read with one reject, since nothing after it can be trusted.
 *
 * <p>A file that is wrong as a whole before its first record (not JSON, a top-level string, an
 * envelope with a wrong {@code schema_version} or an unknown key) makes {@link #read()} throw an
 * {@link InputException}; found after a record, the same problem is a last reject instead. An
 * empty file has no records. Not thread-safe.
 */
public final class JsonHouseholdReader implements HouseholdReader {
    private static final Keys ENVELOPE_KEYS = Keys.of("*schema_version", "*households");
    private static final int SCHEMA_VERSION = 0;

    private enum State {
        START,
        ARRAY,
        ENVELOPE,
        END,
        DONE
    }

    private final String source;
    private final ReadLimits limits;
    private final JsonParser raw;
    private final LimitedParser parser;
    private final ObjectReader households;

    private State state = State.START;
    private boolean anyRecord;
    private boolean envelope;
    private boolean keyPending;
    private long envelopeKeysSeen;
    private JsonStreamContext container;

    private JsonHouseholdReader(InputStream in, String source, ReadLimits limits) throws IOException {
        this.source = source;
        this.limits = limits;
        InputStream body = RecordSupport.withoutUtf8Bom(in);
        if (RecordSupport.jacksonLimitsKeys()) {
            this.raw = RecordSupport.factory(limits).createParser(body);
        } else {
            KeyGuard guard = new KeyGuard(body, RecordSupport.hardStringLength(limits));
            this.raw = RecordSupport.factory(limits).createParser(guard);
            guard.watch(raw);
        }
        this.parser = new LimitedParser(raw, limits, true);
        this.households = RecordSupport.householdReader(limits);
    }

    /**
     * Opens a source for reading.
     *
     * @param source the source, not null; its format is not checked
     * @param limits the per-record limits, not null
     * @return the reader, which closes the stream it opened
     * @throws IOException if the source cannot be opened
     */
    public static JsonHouseholdReader open(HouseholdSource source, ReadLimits limits) throws IOException {
        Checks.notNull(source, "source");
        Checks.notNull(limits, "limits");
        InputStream in = Utf8Input.checked(source.open(), source.name());
        try {
            return new JsonHouseholdReader(in, source.name(), limits);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Reads from a stream, such as standard input.
     *
     * @param in the JSON bytes (UTF-8, or UTF-16/32 as JSON allows), not null; closed by {@link #close()}
     * @param sourceName the name shown in errors, not null
     * @param limits the per-record limits, not null
     * @return the reader
     * @throws IOException if the stream cannot be read
     */
    public static JsonHouseholdReader open(InputStream in, String sourceName, ReadLimits limits) throws IOException {
        Checks.notNull(in, "in");
        Checks.notNull(sourceName, "sourceName");
        Checks.notNull(limits, "limits");
        return new JsonHouseholdReader(in, sourceName, limits);
    }

    /**
     * Reads the next household or reject.
     *
     * @return the next record, or empty at the end
     * @throws IOException if the input cannot be read
     * @throws InputException if the file is wrong as a whole before its first record
     */
    @Override
    public Optional<HouseholdRecord> read() throws IOException {
        while (state != State.DONE) {
            HouseholdRecord record = step();
            if (record != null) {
                anyRecord = true;
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    private HouseholdRecord step() throws IOException {
        try {
            return switch (state) {
                case START -> start();
                case ARRAY -> arrayElement();
                case ENVELOPE -> envelopeKey();
                case END -> end();
                default -> null;
            };
        } catch (FieldError e) {
            // Only records use the limited parser, and records catch their own errors.
            throw new IllegalStateException("field error outside a record", e);
        } catch (JsonProcessingException e) {
            JsonLocation at = RecordSupport.location(e, raw);
            return fileError(at, null, RecordSupport.syntaxDetail(e));
        }
    }

    private HouseholdRecord start() throws IOException {
        JsonToken t = raw.nextToken();
        if (t == null) {
            state = State.DONE;
            return null;
        }
        if (t == JsonToken.START_ARRAY) {
            container = raw.getParsingContext();
            state = State.ARRAY;
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            return fileError(
                    raw.currentTokenLocation(),
                    null,
                    "must hold a household object, an array of them, or {\"schema_version\": 1, \"households\": [...]},"
                            + " got " + Values.describe(t));
        }
        JsonLocation start = raw.currentTokenLocation();
        JsonStreamContext record = raw.getParsingContext();
        JsonToken first;
        try {
            first = raw.nextToken();
        } catch (JsonProcessingException e) {
            return syntaxReject(e, start.getLineNr(), null);
        }
        if (first == JsonToken.FIELD_NAME && ENVELOPE_KEYS.indexOf(raw.currentName()) >= 0) {
            envelope = true;
            keyPending = true;
            state = State.ENVELOPE;
            return null;
        }
        container = record.getParent();
        state = State.END;
        return readRecord(start, record);
    }

    private HouseholdRecord arrayElement() throws IOException {
        JsonToken t;
        try {
            t = raw.nextToken();
        } catch (JsonProcessingException e) {
            return syntaxReject(e, RecordSupport.location(e, raw).getLineNr(), null);
        }
        if (t == JsonToken.END_ARRAY) {
            state = envelope ? State.ENVELOPE : State.END;
            return null;
        }
        if (t == JsonToken.START_OBJECT) {
            return readRecord(raw.currentTokenLocation(), raw.getParsingContext());
        }
        JsonLocation at = raw.currentTokenLocation();
        if (t == JsonToken.START_ARRAY) {
            try {
                raw.skipChildren();
            } catch (JsonProcessingException e) {
                return syntaxReject(e, at.getLineNr(), null);
            }
        }
        return RecordSupport.reject(
                source,
                at.getLineNr(),
                at.getLineNr(),
                at.getColumnNr(),
                null,
                null,
                "must be a household object, got " + Values.describe(t));
    }

    private HouseholdRecord envelopeKey() throws IOException {
        JsonToken t = keyPending ? raw.currentToken() : raw.nextToken();
        keyPending = false;
        if (t == JsonToken.END_OBJECT) {
            int missing = ENVELOPE_KEYS.firstMissing(envelopeKeysSeen);
            if (missing >= 0) {
                return fileError(
                        raw.currentTokenLocation(),
                        ENVELOPE_KEYS.name(missing),
                        "missing required key \"" + ENVELOPE_KEYS.name(missing) + "\"");
            }
            state = State.END;
            return null;
        }
        String key = raw.currentName();
        JsonLocation at = raw.currentTokenLocation();
        int k = ENVELOPE_KEYS.indexOf(key);
        if (k < 0) {
            return fileError(at, Keys.isShowable(key) ? key : null, ENVELOPE_KEYS.unknownKeyMessage(key));
        }
        if ((envelopeKeysSeen & (1L << k)) != 0) {
            return fileError(at, key, "duplicate key \"" + key + "\"");
        }
        envelopeKeysSeen |= 1L << k;
        JsonToken value = raw.nextToken();
        if (k == SCHEMA_VERSION) {
            boolean one = value == JsonToken.VALUE_NUMBER_INT
                    && raw.getNumberType() == JsonParser.NumberType.INT
                    && raw.getIntValue() == 1;
            if (!one) {
                String got = value == JsonToken.VALUE_NUMBER_INT && raw.getTextLength() <= 5
                        ? raw.getText()
                        : Values.describe(value);
                return fileError(raw.currentTokenLocation(), key, "must be 1, got " + got);
            }
            return null;
        }
        if (value != JsonToken.START_ARRAY) {
            return fileError(
                    raw.currentTokenLocation(), key, "must be an array of households, got " + Values.describe(value));
        }
        container = raw.getParsingContext();
        state = State.ARRAY;
        return null;
    }

    private HouseholdRecord end() throws IOException {
        JsonToken t = raw.nextToken();
        if (t == null) {
            state = State.DONE;
            return null;
        }
        return fileError(raw.currentTokenLocation(), null, "unexpected content after the end of the JSON value");
    }

    private HouseholdRecord readRecord(JsonLocation start, JsonStreamContext record) throws IOException {
        long line = start.getLineNr();
        parser.startRecord(LimitedParser.offset(start), record.getNestingDepth() - 1);
        try {
            Household household = parser.currentToken() == JsonToken.END_OBJECT
                    ? HouseholdJson.HOUSEHOLD.read(parser, null)
                    : households.readValue(parser);
            return new HouseholdRecord.Accepted(household, line);
        } catch (FieldError e) {
            parser.endRecord();
            String id;
            try {
                id = RecordSupport.skipRecord(raw, record, container, e.householdId(), limits.maxStringLength());
            } catch (JsonProcessingException syntax) {
                return syntaxReject(syntax, line, e.householdId());
            }
            // A record too large or too deep is located where it starts, not where the limit was crossed.
            JsonLocation at = e.isRecordLevel() || e.getLocation() == null ? start : e.getLocation();
            return RecordSupport.reject(source, line, at.getLineNr(), at.getColumnNr(), id, e.fieldPath(), e.detail());
        } catch (JsonProcessingException e) {
            return syntaxReject(e, line, null);
        } finally {
            parser.endRecord();
        }
    }

    /** A syntax error or a hard limit: the parser cannot be trusted after it, so the read ends. */
    private HouseholdRecord syntaxReject(JsonProcessingException e, long recordLine, String householdId) {
        state = State.DONE;
        JsonLocation at = RecordSupport.location(e, raw);
        return RecordSupport.reject(
                source, recordLine, at.getLineNr(), at.getColumnNr(), householdId, null, RecordSupport.syntaxDetail(e));
    }

    /** The file is wrong as a whole: an exception before any record, else a last reject. */
    private HouseholdRecord fileError(JsonLocation at, String field, String detail) {
        state = State.DONE;
        InputException e = new InputException(source, at.getLineNr(), at.getColumnNr(), null, field, detail);
        if (!anyRecord) {
            throw e;
        }
        return new HouseholdRecord.Rejected(Reject.from(e, Math.max(1, at.getLineNr())));
    }

    /**
     * Closes the input.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        raw.close();
    }
}
