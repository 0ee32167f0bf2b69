package id.bansos.spark;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of one partition's lines, counting the line ends it hands out: once read to its end,
 * the partition's lines (the driver adds them up into each partition's first line number).
 */
abstract class LineInput extends InputStream {
    /** The line ends handed out so far; subclasses count them as they hand them out. */
    long lineEnds;

    /** The line ends handed out so far. */
    final long lineEnds() {
        return lineEnds;
    }

    @Override
    public abstract int read(byte[] b, int off, int len) throws IOException;

    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }
}
