package id.bansos.io;

import id.bansos.model.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses input that is not UTF-8, as a whole and with a message naming the encoding found, instead
 * of decoding it into garbage that then fails record by record.
 *
 * <p>Every bansos input format is UTF-8. A file saved as UTF-16 or UTF-32 (a byte order mark, or
 * NUL bytes among the first four bytes, which no text file in UTF-8 starts with) is refused when
 * the first bytes are read; a byte sequence that is not UTF-8 (overlong forms, surrogates, code
 * points above U+10FFFF, a truncated sequence at the end) is refused when it is reached, naming its
 * line. A UTF-8 byte order mark is let through: the readers skip it. The refusal is an {@link
 * InputException} thrown from {@code read}, so that no reader can mistake it for a bad record;
 * batch evaluation reads the whole file in its first pass, so a file refused anywhere has no
 * decision written.
 *
 * <p>Example: {@code try (InputStream in = Utf8Input.checked(Files.newInputStream(file),
 * "roster.jsonl")) { ... }}.
 */
public final class Utf8Input {
    private Utf8Input() {}

    /**
     * Wraps a stream so that reading it fails with an {@link InputException} as soon as the bytes
     * are found not to be UTF-8.
     *
     * @param in the stream, not null; closed with the returned stream
     * @param source the name of the input for messages (a file name), not null
     * @return a stream of the same bytes, not null
     * @throws NullPointerException if an argument is null
     */
    public static InputStream checked(InputStream in, String source) {
        Checks.notNull(in, "in");
        Checks.notNull(source, "source");
        return new Checked(in, source);
    }

    /**
     * A reader of the stream's characters, checked as {@link #checked(InputStream, String)} does.
     *
     * @param in the stream, not null; closed with the returned reader
     * @param source the name of the input for messages (a file name), not null
     * @return the reader, not null
     * @throws NullPointerException if an argument is null
     */
    public static Reader reader(InputStream in, String source) {
        return new InputStreamReader(checked(in, source), StandardCharsets.UTF_8);
    }

    /** Names the encoding that the first bytes of a file show, or null if they may be UTF-8. */
    static String foreignEncoding(byte[] head, int n) {
        int b0 = n > 0 ? head[0] & 0xFF : -1;
        int b1 = n > 1 ? head[1] & 0xFF : -1;
        int b2 = n > 2 ? head[2] & 0xFF : -1;
        int b3 = n > 3 ? head[3] & 0xFF : -1;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            return "UTF-32BE (byte order mark)";
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            return "UTF-32LE (byte order mark)";
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return "UTF-16BE (byte order mark)";
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return "UTF-16LE (byte order mark)";
        }
        if (b0 == 0 && b1 == 0 && b2 == 0 && n > 3) {
            return "UTF-32BE (NUL bytes)";
        }
        if (b1 == 0 && b2 == 0 && b3 == 0 && n > 3) {
            return "UTF-32LE (NUL bytes)";
        }
        if (b0 == 0 && n > 1) {
            return "UTF-16BE (NUL bytes)";
        }
        if (b1 == 0 || b3 == 0) {
            return "UTF-16LE (NUL bytes)";
        }
        if (b0 == 0 || b2 == 0) {
            return "binary (NUL bytes)";
        }
        return null;
    }

    private static final class Checked extends InputStream {
        private final InputStream in;
        private final String source;
        /** Bytes read ahead to look at the start of the file, then handed out first. */
        private byte[] head;

        private int headAt;
        private int headLength;
        /** Continuation bytes still expected in the current sequence. */
        private int pending;
        /** Lowest and highest allowed value of the next continuation byte. */
        private int low = 0x80;

        private int high = 0xBF;
        /** The first byte of the current sequence, named when the sequence is broken. */
        private int lead;

        private long line = 1;

        Checked(InputStream in, String source) {
            this.in = in;
            this.source = source;
        }

        private void start() throws IOException {
            if (head != null) {
                return;
            }
            head = new byte[4];
            while (headLength < 4) {
                int n = in.read(head, headLength, 4 - headLength);
                if (n < 0) {
                    break;
                }
                headLength += n;
            }
            String foreign = foreignEncoding(head, headLength);
            if (foreign != null) {
                throw new InputException(
                        source, 0, 0, null, null, "is encoded in " + foreign + ", not UTF-8; save it as UTF-8");
            }
            check(head, 0, headLength);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            start();
            if (len == 0) {
                return 0;
            }
            if (headAt < headLength) {
                int n = Math.min(len, headLength - headAt);
                System.arraycopy(head, headAt, b, off, n);
                headAt += n;
                return n;
            }
            int n = in.read(b, off, len);
            if (n < 0) {
                if (pending > 0) {
                    throw malformed("ends inside a multi-byte character");
                }
                return n;
            }
            check(b, off, n);
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        /** Checks bytes as UTF-8 (RFC 3629), carrying an unfinished sequence over to the next call. */
        private void check(byte[] b, int off, int n) {
            for (int i = off; i < off + n; i++) {
                int c = b[i] & 0xFF;
                if (pending > 0) {
                    if (c < low || c > high) {
                        throw malformed(lead);
                    }
                    pending--;
                    low = 0x80;
                    high = 0xBF;
                } else if (c < 0x80) {
                    if (c == '\n') {
                        line++;
                    }
                } else if (c >= 0xC2 && c <= 0xDF) {
                    pending = 1;
                    lead = c;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    pending = 2;
                    lead = c;
                    low = c == 0xE0 ? 0xA0 : 0x80; // no overlong forms
                    high = c == 0xED ? 0x9F : 0xBF; // no surrogates
                } else if (c >= 0xF0 && c <= 0xF4) {
                    pending = 3;
                    lead = c;
                    low = c == 0xF0 ? 0x90 : 0x80; // no overlong forms
                    high = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
                } else {
                    throw malformed(c);
                }
            }
        }

        private InputException malformed(int c) {
            return malformed(String.format(Locale.ROOT, "has byte 0x%02X", c));
        }

        private InputException malformed(String what) {
            return new InputException(
                    source,
                    line,
                    0,
                    null,
                    null,
                    "is not valid UTF-8 (" + what
                            + "; perhaps Windows-1252 or another legacy encoding); save the file as UTF-8");
        }
    }
}
