package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds the keys of a JSON file on Jackson 2.15, whose {@code StreamReadConstraints} has no key
 * limit ({@code maxNameLength} came with 2.16): without it, a key of a gigabyte would be held in
 * memory whole before any check could see it. (JSON Lines needs no guard: a line longer than the
 * record limit never reaches the parser.)
 *
 * <p>Each time the parser refills its buffer, the guard looks how far it has read since the
 * current token became current. Past {@link #maxBytes} without a new token, the read stops with the
 * error that Jackson 2.16 gives for a long key, in the library's words: {@code key is longer than
 * 1048576 bytes}. The bound is six times the hard string length, the most bytes a string that
 * Jackson accepts can take (<code>&#92;uXXXX</code> escapes), so no string is cut short; a key is stopped
 * between one and six times the limit, where Jackson 2.16 stops it between one and two times.
 */
final class KeyGuard extends FilterInputStream {
    /** A string of n characters takes at most 6n bytes, all escaped as six-byte escapes. */
    private static final int BYTES_PER_CHAR = 6;

    private final int keyLimit;
    private final long maxBytes;
    private JsonParser parser;
    private long tokenStart = -1;
    private long baseline;

    /**
     * Guards a stream.
     *
     * @param in the JSON bytes
     * @param keyLimit the longest key read, in bytes
     */
    KeyGuard(InputStream in, int keyLimit) {
        super(in);
        this.keyLimit = keyLimit;
        this.maxBytes = (long) BYTES_PER_CHAR * keyLimit;
    }

    /**
     * The detail of a key over the hard limit, the same whichever Jackson stopped it.
     *
     * @param limit the limit, as text
     * @return the detail
     */
    static String keyTooLong(Object limit) {
        return "key is longer than " + limit + " bytes";
    }

    /**
     * Starts watching the parser that reads this stream; until then nothing is checked.
     *
     * @param watched the parser
     */
    void watch(JsonParser watched) {
        this.parser = watched;
    }

    /**
     * The most bytes read while one token stays current before the read stops.
     *
     * @return six times the key limit
     */
    long maxBytes() {
        return maxBytes;
    }

    @Override
    public int read() throws IOException {
        check();
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        check();
        return super.read(b, off, len);
    }

    private void check() throws StreamConstraintsException {
        if (parser == null) {
            return;
        }
        long now = LimitedParser.offset(parser.currentLocation());
        long token = LimitedParser.offset(parser.currentTokenLocation());
        if (token != tokenStart) {
            tokenStart = token;
            baseline = now;
        } else if (now - baseline > maxBytes) {
            boolean key = parser.getParsingContext().inObject() && parser.currentToken() != JsonToken.FIELD_NAME;
            throw new StreamConstraintsException(
                    key ? keyTooLong(keyLimit) : "no token ends within " + maxBytes + " bytes");
        }
    }
}
