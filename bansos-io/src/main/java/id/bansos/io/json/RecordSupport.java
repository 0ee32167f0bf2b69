package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.InputException;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.model.Household;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the JSON and JSON Lines household readers share: parsers, limits, rejects. */
final class RecordSupport {
    /** Nesting that the parser refuses outright; a record deeper than its own limit is skipped below this. */
    static final int HARD_NESTING_DEPTH = 1000;

    /** Longest number the parser accepts at all. */
    private static final int HARD_NUMBER_LENGTH = 1000;

    /**
     * {@code StreamReadConstraints.Builder.maxNameLength(int)}, which came with Jackson 2.16; null on
     * 2.15, where {@link KeyGuard} bounds the keys of a JSON file instead. Looked up once.
     */
    private static final MethodHandle MAX_NAME_LENGTH = maxNameLength();

    /**
     * Jackson's words for its limits: 2.15 says {@code Depth (1001) exceeds the maximum allowed
     * nesting depth (1000)}, 2.16 on {@code Document nesting depth (1001) exceeds the maximum allowed
     * (1000, from …)}; the first group tells which limit, the second its value.
     */
    private static final Pattern JACKSON_LIMIT = Pattern.compile(
            "^(Document nesting depth|Depth|String value length|String length|Number value length|Number length"
                    + "|Name length) \\(\\d+\\) exceeds the maximum [a-z ]*\\((\\d+)");

    private static final ObjectMapper MAPPER =
            JsonMapper.builder().addModule(new BansosModule()).build();

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern JACKSON_API = Pattern.compile(", from `[^`]*`");
    private static final Set<String> SAFE_TOKENS = Set.of("null", "true", "false");

    private RecordSupport() {}

    /**
     * A JSON factory whose hard limits sit above the per-record limits, so that a record over a
     * limit can usually be skipped rather than end the read.
     *
     * @param limits the per-record limits
     * @return the factory
     */
    static JsonFactory factory(ReadLimits limits) {
        return factoryBuilder(limits).build();
    }

    /**
     * A factory for the lines of a JSON Lines file: as {@link #factory(ReadLimits)}, but every line is
     * read as UTF-8. With Jackson's encoding detection a line whose first bytes hold NULs (as text in
     * UTF-16 or UTF-32 has them) was read as UTF-16 or UTF-32: a household saved in UTF-16 among UTF-8
     * lines was accepted, some lines aborted the whole read with a {@code CharConversionException},
     * and the split reader's batches (a line at an offset) gave other rejects than the plain reader.
     *
     * @param limits the per-record limits
     * @return the factory
     */
    static JsonFactory lineFactory(ReadLimits limits) {
        return factoryBuilder(limits)
                .disable(JsonFactory.Feature.CHARSET_DETECTION)
                .build();
    }

    /**
     * A parser of one line made by {@link #lineFactory(ReadLimits)}. A UTF-8 byte order mark at the
     * start of the line (a file appended to another) is passed over, as JSON allows, and does not count
     * towards columns, as at the start of a file.
     *
     * @param lineFactory the factory
     * @param buffer the bytes
     * @param offset where the line starts
     * @param length the line's length, without its line end
     * @return the parser
     * @throws IOException if the parser cannot be made
     */
    static JsonParser lineParser(JsonFactory lineFactory, byte[] buffer, int offset, int length) throws IOException {
        int skip = length >= 3
                        && (buffer[offset] & 0xFF) == 0xEF
                        && (buffer[offset + 1] & 0xFF) == 0xBB
                        && (buffer[offset + 2] & 0xFF) == 0xBF
                ? 3
                : 0;
        return lineFactory.createParser(buffer, offset + skip, length - skip);
    }

    private static JsonFactoryBuilder factoryBuilder(ReadLimits limits) {
        int hardString = hardStringLength(limits);
        StreamReadConstraints.Builder constraints = StreamReadConstraints.builder()
                .maxNestingDepth(Math.max(HARD_NESTING_DEPTH, limits.maxNestingDepth() + 2))
                .maxStringLength(hardString)
                .maxNumberLength(Math.max(HARD_NUMBER_LENGTH, limits.maxNumberLength()));
        if (MAX_NAME_LENGTH != null) {
            try {
                MAX_NAME_LENGTH.invoke(constraints, hardString);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot set Jackson's key length limit", e);
            }
        }
        return new JsonFactoryBuilder()
                .streamReadConstraints(constraints.build())
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION);
    }

    /**
     * The longest string or key the parser reads at all.
     *
     * @param limits the per-record limits
     * @return the larger of the string and the record limit
     */
    static int hardStringLength(ReadLimits limits) {
        return Math.max(limits.maxStringLength(), limits.maxRecordBytes());
    }

    /**
     * Whether the running Jackson limits the length of keys itself (2.16 on).
     *
     * @return true unless Jackson is 2.15
     */
    static boolean jacksonLimitsKeys() {
        return MAX_NAME_LENGTH != null;
    }

    private static MethodHandle maxNameLength() {
        try {
            return MethodHandles.publicLookup()
                    .findVirtual(
                            StreamReadConstraints.Builder.class,
                            "maxNameLength",
                            MethodType.methodType(StreamReadConstraints.Builder.class, int.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    /**
     * Drops a UTF-8 byte-order mark from the start of a stream. Jackson drops one itself only when
     * more input follows it, and a BOM must never count towards columns.
     *
     * @param in the stream
     * @return a stream of the same bytes without a leading BOM
     * @throws IOException if the stream cannot be read
     */
    static InputStream withoutUtf8Bom(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] head = pushback.readNBytes(3);
        boolean bom =
                head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom) {
            pushback.unread(head);
        }
        return pushback;
    }

    /**
     * The reader of one household, carrying the limits for the deserializer.
     *
     * @param limits the limits
     * @return the object reader
     */
    static ObjectReader householdReader(ReadLimits limits) {
        return MAPPER.readerFor(Household.class).withAttribute(ReadLimits.class, limits);
    }

    /**
     * The reader of one value of a v1 type, carrying the limits for the deserializer.
     *
     * @param type the type
     * @param limits the limits
     * @return the object reader
     */
    static ObjectReader reader(Class<?> type, ReadLimits limits) {
        return MAPPER.readerFor(type).withAttribute(ReadLimits.class, limits);
    }

    /**
     * A reject located at a record and, if elsewhere, at the error inside it.
     *
     * @param source the input name
     * @param recordLine where the record starts
     * @param errorLine where the error is, 0 if unknown
     * @param errorColumn the error's column, 0 if unknown
     * @param householdId the household id, may be null
     * @param field the field path, may be null or empty
     * @param detail what is wrong
     * @return the reject
     */
    static HouseholdRecord reject(
            String source,
            long recordLine,
            long errorLine,
            int errorColumn,
            String householdId,
            String field,
            String detail) {
        int column = 0;
        String fullDetail = detail;
        if (errorLine == recordLine) {
            column = Math.max(errorColumn, 0);
        } else if (errorLine > 0) {
            // The column of a line other than the reported one would mislead; name both.
            fullDetail = detail + " (at line " + errorLine + (errorColumn > 0 ? ", column " + errorColumn : "") + ")";
        }
        InputException e = new InputException(
                source, recordLine, column, householdId, field == null || field.isEmpty() ? null : field, fullDetail);
        return new HouseholdRecord.Rejected(Reject.from(e, recordLine));
    }

    /**
     * The detail of a syntax error or a hard limit, without the text of the input: Jackson quotes
     * the token it could not read, which could be a name. A hard limit is told in the library's own
     * words, the same on every Jackson version: {@code input over a hard limit: nesting is deeper
     * than 1000 levels}.
     *
     * @param e the error
     * @return the detail
     */
    static String syntaxDetail(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            message = "unreadable input";
        }
        if (e instanceof StreamConstraintsException) {
            Matcher limit = JACKSON_LIMIT.matcher(message);
            if (limit.find()) {
                return "input over a hard limit: " + hardLimit(limit.group(1), limit.group(2));
            }
        }
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        int marker = message.indexOf(" (start marker");
        if (marker >= 0) {
            message = message.substring(0, marker);
        }
        // Jackson's limit messages name its own API: "(1048576, from `StreamReadConstraints…`)".
        message = JACKSON_API.matcher(message).replaceAll("");
        int source = message.indexOf("[Source");
        if (source >= 0) {
            message = message.substring(0, source).trim();
        }
        Matcher m = QUOTED.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String kept = token.length() <= 1 || SAFE_TOKENS.contains(token) ? m.group() : "'...'";
            m.appendReplacement(sb, Matcher.quoteReplacement(kept));
        }
        m.appendTail(sb);
        String prefix = e instanceof StreamConstraintsException ? "input over a hard limit: " : "malformed JSON: ";
        return prefix + sb;
    }

    private static String hardLimit(String what, String max) {
        if (what.startsWith("Name")) {
            return KeyGuard.keyTooLong(max);
        }
        if (what.startsWith("String")) {
            return "string is longer than " + max + " characters";
        }
        if (what.startsWith("Number")) {
            return "number is longer than " + max + " characters";
        }
        return "nesting is deeper than " + max + " levels";
    }

    /**
     * The line and column of a syntax error, falling back on the parser's position when the error
     * carries none.
     *
     * @param e the error
     * @param parser the parser
     * @return the location
     */
    static JsonLocation location(JsonProcessingException e, JsonParser parser) {
        JsonLocation location = e.getLocation();
        return location != null ? location : parser.currentLocation();
    }

    /**
     * Skips the rest of a rejected record, looking on the way for its {@code id} when the error came
     * before it.
     *
     * @param raw the parser underneath the limits, somewhere inside the record
     * @param record the record object's context
     * @param container the context holding the record (array or document root)
     * @param knownId the id if already known, or null
     * @param maxIdLength the longest id taken
     * @return the id, or null if not found
     * @throws IOException if the record turns out to be malformed
     */
    static String skipRecord(
            JsonParser raw, JsonStreamContext record, JsonStreamContext container, String knownId, int maxIdLength)
            throws IOException {
        String id = knownId;
        JsonToken t = raw.currentToken();
        while (t != null) {
            if (t == JsonToken.END_OBJECT && raw.getParsingContext() == container) {
                break;
            }
            if (t == JsonToken.FIELD_NAME
                    && id == null
                    && raw.getParsingContext() == record
                    && "id".equals(raw.currentName())) {
                t = raw.nextToken();
                if (t == JsonToken.VALUE_STRING && raw.getTextLength() <= maxIdLength) {
                    String text = raw.getText();
                    id = text.isBlank() ? null : text;
                }
                continue;
            }
            t = raw.nextToken();
        }
        return id;
    }
}
