package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import id.bansos.io.HouseholdReader;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.HouseholdSource;
import id.bansos.io.ReadLimits;
import id.bansos.model.Household;
import id.bansos.model.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads households from a JSON Lines file: one household object per line.
 *
 * <p>The file is streamed a line at a time; a line longer than
 * {@link ReadLimits#maxRecordBytes()} is rejected without being held in memory. A bad line is a
 * reject and reading goes on with the next line; blank lines are skipped. Lines are counted from 1
 * and end at LF (CRLF counts as one line end); a UTF-8 byte-order mark at the start is dropped.
 * Columns count bytes from the start of the line. Not thread-safe.
 */
public final class JsonLinesHouseholdReader implements HouseholdReader {
    private final String source;
    private final ReadLimits limits;
    private final InputStream in;
    private final LineScanner lines;
    private final JsonFactory factory;
    private final ObjectReader households;

    private JsonLinesHouseholdReader(InputStream in, String source, ReadLimits limits) {
        this.source = source;
        this.limits = limits;
        this.in = in;
        this.lines = new LineScanner(in, limits.maxRecordBytes());
        this.factory = RecordSupport.factory(limits);
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
    public static JsonLinesHouseholdReader open(HouseholdSource source, ReadLimits limits) throws IOException {
        Checks.notNull(source, "source");
        Checks.notNull(limits, "limits");
        return new JsonLinesHouseholdReader(source.open(), source.name(), limits);
    }

    /**
     * Reads from a stream, such as standard input.
     *
     * @param in the UTF-8 bytes, not null; closed by {@link #close()}
     * @param sourceName the name shown in errors, not null
     * @param limits the per-record limits, not null
     * @return the reader
     */
    public static JsonLinesHouseholdReader open(InputStream in, String sourceName, ReadLimits limits) {
        Checks.notNull(in, "in");
        Checks.notNull(sourceName, "sourceName");
        Checks.notNull(limits, "limits");
        return new JsonLinesHouseholdReader(in, sourceName, limits);
    }

    /**
     * Reads the next household or reject.
     *
     * @return the next record, or empty at the end
     * @throws IOException if the input cannot be read
     */
    @Override
    public Optional<HouseholdRecord> read() throws IOException {
        while (lines.next()) {
            long line = lines.lineNumber();
            if (lines.tooLong()) {
                return Optional.of(RecordSupport.reject(
                        source, line, 0, 0, null, null, "record is larger than " + limits.maxRecordBytes() + " bytes"));
            }
            if (!lines.isBlank()) {
                return Optional.of(readLine(line));
            }
        }
        return Optional.empty();
    }

    private HouseholdRecord readLine(long line) throws IOException {
        try (JsonParser raw = factory.createParser(lines.buffer(), 0, lines.length())) {
            try {
                return readObject(raw, line);
            } catch (JsonProcessingException e) {
                return reject(line, RecordSupport.location(e, raw), null, null, RecordSupport.syntaxDetail(e));
            }
        }
    }

    private HouseholdRecord readObject(JsonParser raw, long line) throws IOException {
        JsonToken t = raw.nextToken();
        if (t != JsonToken.START_OBJECT) {
            return reject(
                    line,
                    raw.currentTokenLocation(),
                    null,
                    null,
                    "must be a household object, got " + Values.describe(t));
        }
        JsonLocation start = raw.currentTokenLocation();
        JsonStreamContext record = raw.getParsingContext();
        LimitedParser parser = new LimitedParser(raw, limits, false);
        parser.startRecord(0, 0);
        Household household;
        try {
            household = households.readValue(parser);
        } catch (FieldError e) {
            String id = e.householdId();
            if (id == null) {
                try {
                    id = RecordSupport.skipRecord(raw, record, record.getParent(), null, limits.maxStringLength());
                } catch (JsonProcessingException ignored) {
                    // The line is broken further on as well; the first error is the one to report.
                }
            }
            JsonLocation at = e.isRecordLevel() ? start : e.getLocation();
            return reject(line, at, id, e.fieldPath(), e.detail());
        }
        if (raw.nextToken() != null) {
            return reject(
                    line,
                    raw.currentTokenLocation(),
                    household.id(),
                    null,
                    "unexpected content after the household object");
        }
        return new HouseholdRecord.Accepted(household, line);
    }

    private HouseholdRecord reject(long line, JsonLocation at, String id, String field, String detail) {
        // The parser sees one line, so its line 1 is this line; anything else (a stray CR) has no usable column.
        boolean sameLine = at != null && at.getLineNr() == 1;
        return RecordSupport.reject(source, line, line, sameLine ? at.getColumnNr() : 0, id, field, detail);
    }

    /**
     * Closes the input.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        in.close();
    }
}
