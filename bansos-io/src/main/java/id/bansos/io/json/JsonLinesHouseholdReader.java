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
import id.bansos.io.SplitReader;
import id.bansos.io.Utf8Input;
import id.bansos.model.Household;
import id.bansos.model.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads households from a JSON Lines file: one household object per line.
 *
 * <p>The file is streamed a line at a time; a line longer than
 * {@link ReadLimits#maxRecordBytes()} is rejected without being held in memory. A bad line is a
 * reject and reading goes on with the next line; blank lines are skipped. Lines are counted from 1
 * and end at LF (CRLF counts as one line end); a UTF-8 byte-order mark at the start of the file or
 * of a line is dropped. Every line is read as UTF-8: a line with NUL bytes (text saved in UTF-16 or
 * UTF-32) is a reject at its first NUL. Columns count bytes from the start of the line, after a
 * byte-order mark. Not thread-safe.
 */
public final class JsonLinesHouseholdReader implements HouseholdReader {
    private final InputStream in;
    private final LineScanner lines;
    private final Parser parser;

    private JsonLinesHouseholdReader(InputStream in, String source, ReadLimits limits, long linesBefore) {
        this.in = in;
        this.lines = new LineScanner(in, limits.maxRecordBytes(), linesBefore);
        this.parser = new Parser(source, limits);
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
        return new JsonLinesHouseholdReader(Utf8Input.checked(source.open(), source.name()), source.name(), limits, 0);
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
        return open(in, sourceName, limits, 0);
    }

    /**
     * Reads a part of a file that starts at the start of a line, such as one split of a file that a
     * cluster reads in parallel: lines, rejects and their messages are numbered as in the whole file.
     * The stream is taken as it is: a caller reading the start of a file checks its encoding with
     * {@link id.bansos.io.Utf8Input#checked}.
     *
     * @param in the UTF-8 bytes from the start of a line to the end of a line, not null; closed by
     *     {@link #close()}
     * @param sourceName the name shown in errors, not null
     * @param limits the per-record limits, not null
     * @param linesBefore the lines of the file before the part, zero or more
     * @return the reader
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code linesBefore} is negative
     */
    public static JsonLinesHouseholdReader open(
            InputStream in, String sourceName, ReadLimits limits, long linesBefore) {
        Checks.notNull(in, "in");
        Checks.notNull(sourceName, "sourceName");
        Checks.notNull(limits, "limits");
        Checks.notNegative(linesBefore, "linesBefore");
        return new JsonLinesHouseholdReader(in, sourceName, limits, linesBefore);
    }

    /**
     * Opens a source for reading in batches that are parsed where they are used: the reading thread
     * only splits lines, each batch parses its lines with the same records, lines and rejects as
     * {@link #read()}.
     *
     * @param source the source, not null; its format is not checked
     * @param limits the per-record limits, not null
     * @return the split reader, which closes the stream it opened
     * @throws NullPointerException if an argument is null
     * @throws IOException if the source cannot be opened
     */
    public static SplitReader openSplit(HouseholdSource source, ReadLimits limits) throws IOException {
        Checks.notNull(source, "source");
        Checks.notNull(limits, "limits");
        return new Splitter(Utf8Input.checked(source.open(), source.name()), source.name(), limits);
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
                return Optional.of(parser.tooLong(line));
            }
            if (!lines.isBlank()) {
                return Optional.of(parser.parse(lines.buffer(), 0, lines.length(), line));
            }
        }
        return Optional.empty();
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

    /**
     * Parses one line into a record; holds nothing of a line after it returns, so one parser serves
     * every thread.
     */
    static final class Parser {
        private final String source;
        private final ReadLimits limits;
        private final JsonFactory factory;
        private final ObjectReader households;

        Parser(String source, ReadLimits limits) {
            this.source = source;
            this.limits = limits;
            this.factory = RecordSupport.lineFactory(limits);
            this.households = RecordSupport.householdReader(limits);
        }

        HouseholdRecord tooLong(long line) {
            return RecordSupport.reject(
                    source, line, 0, 0, null, null, "record is larger than " + limits.maxRecordBytes() + " bytes");
        }

        HouseholdRecord parse(byte[] buffer, int offset, int length, long line) throws IOException {
            try (JsonParser raw = RecordSupport.lineParser(factory, buffer, offset, length)) {
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
    }

    /** Splits the input into batches of lines, copied out so that they can be parsed on any thread. */
    private static final class Splitter implements SplitReader {
        /**
         * A batch ends once it holds this many bytes, so that batches of long lines stay bounded, and
         * its array stays below the size a small heap treats as humongous.
         */
        private static final int BATCH_BYTES = 256 * 1024;

        /** The array a batch of ordinary lines grows to at most: the batch limit and room for its last line. */
        private static final int MAX_BATCH_ARRAY = BATCH_BYTES + 64 * 1024;

        private final InputStream in;
        private final LineScanner lines;
        private final Parser parser;

        Splitter(InputStream in, String source, ReadLimits limits) {
            this.in = in;
            this.lines = new LineScanner(in, limits.maxRecordBytes());
            this.parser = new Parser(source, limits);
        }

        @Override
        public Optional<Batch> next(int maxRecords) throws IOException {
            Checks.check(maxRecords >= 1, "maxRecords", "must be 1 or more", maxRecords);
            int capacity = Math.min(maxRecords, 1024);
            byte[] bytes = new byte[64 * 1024];
            int[] ends = new int[capacity];
            // A negative line number marks a line over the limit, which has no bytes.
            long[] numbers = new long[capacity];
            int count = 0;
            int size = 0;
            while (count < maxRecords && size < BATCH_BYTES && lines.next()) {
                boolean tooLong = lines.tooLong();
                if (!tooLong && lines.isBlank()) {
                    continue;
                }
                if (count == ends.length) {
                    ends = Arrays.copyOf(ends, Math.min(maxRecords, count * 2));
                    numbers = Arrays.copyOf(numbers, ends.length);
                }
                if (!tooLong) {
                    int n = lines.length();
                    if (size + n > bytes.length) {
                        // Doubling would pass 512 KiB, which a 256 MB heap (1 MiB G1 regions) allocates
                        // as a humongous object, starting a concurrent cycle each time: grow to just
                        // past the batch limit instead, unless one line needs more.
                        bytes = Arrays.copyOf(bytes, Math.max(Math.min(bytes.length * 2, MAX_BATCH_ARRAY), size + n));
                    }
                    System.arraycopy(lines.buffer(), 0, bytes, size, n);
                    size += n;
                }
                ends[count] = size;
                numbers[count] = tooLong ? -lines.lineNumber() : lines.lineNumber();
                count++;
            }
            if (count == 0) {
                return Optional.empty();
            }
            return Optional.of(new LineBatch(parser, bytes, ends, numbers, count));
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Lines read but not yet parsed. */
    private static final class LineBatch implements SplitReader.Batch {
        private final Parser parser;
        private final byte[] bytes;
        private final int[] ends;
        private final long[] numbers;
        private final int count;

        LineBatch(Parser parser, byte[] bytes, int[] ends, long[] numbers, int count) {
            this.parser = parser;
            this.bytes = bytes;
            this.ends = ends;
            this.numbers = numbers;
            this.count = count;
        }

        @Override
        public List<HouseholdRecord> parse() throws IOException {
            List<HouseholdRecord> records = new ArrayList<>(count);
            int start = 0;
            for (int i = 0; i < count; i++) {
                long line = numbers[i];
                records.add(line < 0 ? parser.tooLong(-line) : parser.parse(bytes, start, ends[i] - start, line));
                start = ends[i];
            }
            return records;
        }
    }
}
