package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.io.Utf8Input;
import id.bansos.model.internal.Checks;
import id.bansos.model.lifecycle.CommitmentRecord;
import id.bansos.model.lifecycle.ExitRecord;
import id.bansos.model.lifecycle.Observation;
import id.bansos.model.lifecycle.WaitlistEntry;
import id.bansos.model.program.Enrollment;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the lifecycle files of the {@code graduate}, {@code exits} and {@code replace} commands: JSON Lines of
 * {@link Enrollment}, {@link CommitmentRecord}, {@link Observation}, {@link ExitRecord} or {@link
 * WaitlistEntry}, one object per line, keyed by {@code household_id}.
 *
 * <p>Lines work as for households ({@link JsonLinesHouseholdReader}): streamed one at a time,
 * counted from 1, blank lines skipped, a line over {@link ReadLimits#maxRecordBytes()} rejected
 * without being held, a UTF-8 byte-order mark dropped, every line read as UTF-8 (NUL bytes are a
 * reject). A bad line comes out as a {@link Line.Rejected}
 * with its line, column, household id when known and field, and reading goes on. Not thread-safe.
 *
 * <p>Example: {@code try (var r = JsonLinesRecordReader.open(in, "commitments.jsonl",
 * CommitmentRecord.class, ReadLimits.defaults())) { for (var l = r.read(); l.isPresent(); l =
 * r.read()) { ... } }}.
 *
 * @param <T> the record type
 */
public final class JsonLinesRecordReader<T> implements Closeable {
    private static final List<Class<?>> TYPES =
            List.of(Enrollment.class, CommitmentRecord.class, Observation.class, ExitRecord.class, WaitlistEntry.class);

    private final Class<T> type;
    private final String source;
    private final ReadLimits limits;
    private final InputStream in;
    private final LineScanner lines;
    private final JsonFactory factory;
    private final ObjectReader reader;

    private JsonLinesRecordReader(InputStream in, String source, Class<T> type, ReadLimits limits) {
        this.type = type;
        this.source = source;
        this.limits = limits;
        this.in = in;
        this.lines = new LineScanner(in, limits.maxRecordBytes());
        this.factory = RecordSupport.lineFactory(limits);
        this.reader = RecordSupport.reader(type, limits);
    }

    /**
     * One line of a lifecycle file: a record read whole, or a reject.
     *
     * @param <T> the record type
     */
    public sealed interface Line<T> {
        /**
         * The 1-based line.
         *
         * @return the line
         */
        long line();

        /**
         * A record that was read and validated.
         *
         * @param value the record, not null
         * @param line the 1-based line
         * @param <T> the record type
         */
        record Accepted<T>(T value, long line) implements Line<T> {
            /**
             * Checks the components.
             *
             * @param value the record, not null
             * @param line the line
             */
            public Accepted {
                Objects.requireNonNull(value, "value");
            }
        }

        /**
         * A line that was rejected.
         *
         * @param reject what was wrong and where, not null
         * @param <T> the record type
         */
        record Rejected<T>(Reject reject) implements Line<T> {
            /**
             * Checks the components.
             *
             * @param reject the reject, not null
             */
            public Rejected {
                Objects.requireNonNull(reject, "reject");
            }

            @Override
            public long line() {
                return reject.line();
            }
        }
    }

    /**
     * Reads from a stream.
     *
     * @param in the UTF-8 bytes, not null; closed by {@link #close()}
     * @param sourceName the name shown in errors, not null
     * @param type {@link Enrollment}, {@link CommitmentRecord}, {@link Observation}, {@link
     *     ExitRecord} or {@link WaitlistEntry}, not null
     * @param limits the per-record limits, not null
     * @param <T> the record type
     * @return the reader, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code type} is not one of the five
     */
    public static <T> JsonLinesRecordReader<T> open(
            InputStream in, String sourceName, Class<T> type, ReadLimits limits) {
        Checks.notNull(in, "in");
        Checks.notNull(sourceName, "sourceName");
        Checks.notNull(type, "type");
        Checks.notNull(limits, "limits");
        Checks.check(
                TYPES.contains(type),
                "type",
                "must be Enrollment, CommitmentRecord, Observation, ExitRecord or WaitlistEntry",
                type.getSimpleName());
        return new JsonLinesRecordReader<>(Utf8Input.checked(in, sourceName), sourceName, type, limits);
    }

    /**
     * Reads the next record or reject.
     *
     * @return the next line's result, or empty at the end
     * @throws IOException if the input cannot be read
     */
    public Optional<Line<T>> read() throws IOException {
        while (lines.next()) {
            long line = lines.lineNumber();
            if (lines.tooLong()) {
                return Optional.of(
                        reject(line, null, null, null, "record is larger than " + limits.maxRecordBytes() + " bytes"));
            }
            if (!lines.isBlank()) {
                return Optional.of(readLine(line));
            }
        }
        return Optional.empty();
    }

    private Line<T> readLine(long line) throws IOException {
        try (JsonParser raw = RecordSupport.lineParser(factory, lines.buffer(), 0, lines.length())) {
            try {
                return readObject(raw, line);
            } catch (JsonProcessingException e) {
                return reject(line, RecordSupport.location(e, raw), null, null, RecordSupport.syntaxDetail(e));
            }
        }
    }

    private Line<T> readObject(JsonParser raw, long line) throws IOException {
        JsonToken t = raw.nextToken();
        if (t != JsonToken.START_OBJECT) {
            return reject(line, raw.currentTokenLocation(), null, null, "must be an object, got " + Values.describe(t));
        }
        JsonLocation start = raw.currentTokenLocation();
        JsonStreamContext record = raw.getParsingContext();
        LimitedParser parser = new LimitedParser(raw, limits, false);
        parser.startRecord(0, 0);
        T value;
        try {
            value = type.cast(reader.readValue(parser));
        } catch (FieldError e) {
            String id = e.householdId();
            if (id == null) {
                try {
                    id = householdId(raw, record);
                } catch (JsonProcessingException ignored) {
                    // The line is broken further on as well; the first error is the one to report.
                }
            }
            return reject(line, e.isRecordLevel() ? start : e.getLocation(), id, e.fieldPath(), e.detail());
        }
        if (raw.nextToken() != null) {
            return reject(line, raw.currentTokenLocation(), null, null, "unexpected content after the object");
        }
        return new Line.Accepted<>(value, line);
    }

    /** Skips the rest of a rejected line, looking for its {@code household_id} when the error came first. */
    private String householdId(JsonParser raw, JsonStreamContext record) throws IOException {
        JsonToken t = raw.currentToken();
        while (t != null) {
            if (t == JsonToken.FIELD_NAME
                    && raw.getParsingContext() == record
                    && "household_id".equals(raw.currentName())) {
                t = raw.nextToken();
                if (t == JsonToken.VALUE_STRING && raw.getTextLength() <= limits.maxStringLength()) {
                    String text = raw.getText();
                    return text.isBlank() ? null : text;
                }
                continue;
            }
            t = raw.nextToken();
        }
        return null;
    }

    private Line<T> reject(long line, JsonLocation at, String id, String field, String detail) {
        // The parser sees one line, so its line 1 is this line.
        boolean sameLine = at != null && at.getLineNr() == 1;
        HouseholdRecord.Rejected r = (HouseholdRecord.Rejected)
                RecordSupport.reject(source, line, line, sameLine ? at.getColumnNr() : 0, id, field, detail);
        return new Line.Rejected<>(r.reject());
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
