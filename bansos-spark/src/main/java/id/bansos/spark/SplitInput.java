package id.bansos.spark;

import java.io.IOException;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * The lines of a file that start in a split: from the first line start at or after the split's start
 * to the end of the last line that starts before its end, so that every line of the file is read by
 * exactly one split, whole. Counts the line ends it hands out, which are the lines of the split (but
 * for a last line without one).
 */
final class SplitInput extends LineInput {
    private static final int BUFFER = 64 * 1024;

    private final FSDataInputStream in;
    private final long end;
    private final byte[] buffer = new byte[BUFFER];
    private int at;
    private int filled;
    /** The file position of buffer[at]. */
    private long position;
    /** True at the start of a line. */
    private boolean lineStart = true;

    private boolean done;

    private SplitInput(FSDataInputStream in, long position, long end) {
        this.in = in;
        this.position = position;
        this.end = end;
    }

    /**
     * Opens the lines of a split.
     *
     * @param in the file, positioned anywhere; closed by {@link #close()}
     * @param start the split's first byte
     * @param end the byte after the split's last
     */
    static SplitInput open(FSDataInputStream in, long start, long end) throws IOException {
        long first = start;
        if (start > 0) {
            // A line starts at `start` only if the byte before it ends a line; else skip to the next line.
            in.seek(start - 1);
            first = start - 1;
            int b;
            do {
                b = in.read();
                first++;
            } while (b >= 0 && b != '\n');
            if (b < 0) {
                first = Long.MAX_VALUE;
            }
        } else {
            in.seek(0);
        }
        SplitInput split = new SplitInput(in, first, end);
        split.done = first >= end;
        return split;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (done || !fill()) {
            return -1;
        }
        int n = 0;
        while (n < len && at < filled) {
            if (lineStart && position >= end) {
                done = true;
                break;
            }
            byte c = buffer[at++];
            position++;
            b[off + n++] = c;
            lineStart = c == '\n';
            if (lineStart) {
                lineEnds++;
            }
        }
        return n == 0 ? -1 : n;
    }

    private boolean fill() throws IOException {
        if (at < filled) {
            return true;
        }
        int n = in.read(buffer, 0, BUFFER);
        if (n <= 0) {
            done = true;
            return false;
        }
        at = 0;
        filled = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
