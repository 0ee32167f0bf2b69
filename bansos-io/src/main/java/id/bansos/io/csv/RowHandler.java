package id.bansos.io.csv;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.util.Arrays;

/**
 * Receives FastCSV's fields and builds {@link Row}s, keeping memory bounded whatever the input: it
 * keeps at most a set number of fields per row and no field over the string limit, counts the
 * row's bytes, and never throws (an exception inside FastCSV's callback would leave its parser
 * unable to go on). A row whose fields are all blank is reported as empty, to be skipped like an
 * empty line, since spreadsheets export trailing rows of bare delimiters.
 */
final class RowHandler extends CsvCallbackHandler<Row> {
    private int maxFieldLength;
    private int maxKeptFields;

    private long line;
    private String[] fields = new String[16];
    private int count;
    private long bytes;
    private int tooLongField;
    private boolean blank;
    private boolean empty;

    RowHandler(int maxFieldLength, int maxKeptFields) {
        this.maxFieldLength = maxFieldLength;
        this.maxKeptFields = maxKeptFields;
    }

    /** Sets, for the rows from now on, the longest field kept and how many fields to keep. */
    void limit(int maxFieldLength, int maxKeptFields) {
        this.maxFieldLength = maxFieldLength;
        this.maxKeptFields = maxKeptFields;
    }

    /** The line of the record being read, for a syntax error FastCSV reports while reading it. */
    long line() {
        return line;
    }

    @Override
    protected RecordType getRecordType() {
        return empty || blank ? RecordType.EMPTY : RecordType.DATA;
    }

    @Override
    protected int getFieldCount() {
        return count;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
        line = startingLineNumber;
        count = 0;
        bytes = 0;
        tooLongField = -1;
        blank = true;
        empty = false;
    }

    @Override
    protected void addField(char[] buf, int offset, int len, boolean quoted) {
        bytes += utf8Length(buf, offset, len) + (quoted ? 2 : 0) + 1;
        boolean tooLong = len > maxFieldLength;
        if (tooLong && tooLongField < 0) {
            tooLongField = count;
        }
        if (blank) {
            for (int i = offset; i < offset + len && blank; i++) {
                blank = Character.isWhitespace(buf[i]);
            }
        }
        if (count < maxKeptFields) {
            if (count == fields.length) {
                fields = Arrays.copyOf(fields, Math.min(maxKeptFields, fields.length * 2));
            }
            fields[count] = tooLong ? null : new String(buf, offset, len);
        }
        count++;
    }

    @Override
    protected void setComment(char[] buf, int offset, int len) {
        // Comments are off; should FastCSV still report one, it is data.
        addField(buf, offset, len, false);
    }

    @Override
    protected void setEmpty() {
        empty = true;
    }

    @Override
    protected Row buildRecord() {
        if (empty || blank) {
            return null;
        }
        return Row.of(line, Arrays.copyOf(fields, Math.min(count, maxKeptFields)), count, bytes, tooLongField);
    }

    /** Bytes in UTF-8: a surrogate pair is 4, so each surrogate counts 2. */
    private static long utf8Length(char[] buf, int offset, int len) {
        long n = 0;
        for (int i = offset; i < offset + len; i++) {
            char c = buf[i];
            if (c < 0x80) {
                n++;
            } else if (c < 0x800 || Character.isSurrogate(c)) {
                n += 2;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
