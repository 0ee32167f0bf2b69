package id.bansos.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * A partition of a {@code Dataset<String>} as the bytes of a JSON Lines file: each row in UTF-8
 * and a line feed after it, a null row as a blank line. Counts the line feeds handed out, those
 * inside a row too, as {@link SplitInput} does for a file.
 */
final class RowInput extends LineInput {
    private static final byte[] EMPTY = new byte[0];

    private final Iterator<String> rows;
    private byte[] row = EMPTY;
    private int at;

    /**
     * The rows of a partition.
     *
     * @param rows the rows
     */
    RowInput(Iterator<String> rows) {
        this.rows = rows;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (at == row.length) {
            if (!rows.hasNext()) {
                return -1;
            }
            String next = rows.next();
            row = (next == null ? "\n" : next + "\n").getBytes(StandardCharsets.UTF_8);
            at = 0;
        }
        int n = Math.min(len, row.length - at);
        for (int i = 0; i < n; i++) {
            byte c = row[at++];
            b[off + i] = c;
            if (c == '\n') {
                lineEnds++;
            }
        }
        return n;
    }
}
