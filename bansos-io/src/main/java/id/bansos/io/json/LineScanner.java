package id.bansos.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines for JSON Lines, holding at most one line of up to the record
 * limit in memory: a longer line is counted and skipped, never stored.
 *
 * <p>A line ends at LF; a CR just before it belongs to the line end (CRLF is one line end). A UTF-8
 * byte-order mark at the very start is dropped and does not count.
 */
final class LineScanner {
    private static final int CHUNK = 64 * 1024;
    private static final int FIRST_LINE_BUFFER = 8 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[CHUNK];
    private int pos;
    private int end;
    private boolean eof;
    private boolean started;

    private byte[] line = new byte[FIRST_LINE_BUFFER];
    private int length;
    private boolean tooLong;
    private long lineNumber;

    /**
     * Creates a scanner.
     *
     * @param in the input, read from its current position
     * @param maxLineBytes the longest line kept, without its line end
     */
    LineScanner(InputStream in, int maxLineBytes) {
        this(in, maxLineBytes, 0);
    }

    /**
     * Creates a scanner for a part of a file.
     *
     * @param in the input, read from its current position, the start of a line
     * @param maxLineBytes the longest line kept, without its line end
     * @param linesBefore the lines of the file before the input: its first line is this plus one
     */
    LineScanner(InputStream in, int maxLineBytes, long linesBefore) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.lineNumber = linesBefore;
    }

    /**
     * Moves to the next line.
     *
     * @return false at the end of the input
     * @throws IOException if the input cannot be read
     */
    boolean next() throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (pos >= end) {
                fill();
                if (pos >= end) {
                    if (!any) {
                        return false;
                    }
                    break;
                }
            }
            any = true;
            int newline = indexOfNewline();
            int stop = newline < 0 ? end : newline;
            append(stop - pos);
            pos = newline < 0 ? end : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        lineNumber++;
        if (!tooLong && length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (length > maxLineBytes) {
            tooLong = true;
        }
        return true;
    }

    private int indexOfNewline() {
        for (int i = pos; i < end; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int n) {
        if (tooLong) {
            return;
        }
        // One byte of room past the limit for a CR that turns out to be part of CRLF.
        if ((long) length + n > (long) maxLineBytes + 1) {
            tooLong = true;
            return;
        }
        if (length + n > line.length) {
            line = Arrays.copyOf(line, (int)
                    Math.min(Math.max(line.length * 2L, (long) length + n), maxLineBytes + 1L));
        }
        System.arraycopy(chunk, pos, line, length, n);
        length += n;
    }

    private void fill() throws IOException {
        pos = 0;
        end = 0;
        if (eof) {
            return;
        }
        int n;
        do {
            n = in.read(chunk, 0, chunk.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
        } else {
            end = n;
        }
    }

    private void skipByteOrderMark() throws IOException {
        while (!eof && end < 3) {
            int n = in.read(chunk, end, chunk.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
        }
        if (end >= 3 && (chunk[0] & 0xFF) == 0xEF && (chunk[1] & 0xFF) == 0xBB && (chunk[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
    }

    /**
     * The 1-based number of the current line.
     *
     * @return the line number
     */
    long lineNumber() {
        return lineNumber;
    }

    /**
     * Tells whether the current line is over the limit and was skipped.
     *
     * @return true if too long
     */
    boolean tooLong() {
        return tooLong;
    }

    /**
     * The bytes of the current line (valid up to {@link #length()}), without its line end.
     *
     * @return the buffer, reused for the next line
     */
    byte[] buffer() {
        return line;
    }

    /**
     * The length of the current line in bytes.
     *
     * @return the length
     */
    int length() {
        return length;
    }

    /**
     * Tells whether the current line holds only spaces and tabs.
     *
     * @return true if blank
     */
    boolean isBlank() {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
