package id.bansos.io.json;

import id.bansos.io.Masking;
import id.bansos.model.Household;
import id.bansos.model.internal.Checks;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Writes households as JSON Lines, one compact v1 object per line, LF-terminated.
 *
 * <p>With {@link Masking#NONE} the output reads back as the same households; with
 * {@link Masking#MASKED} NIK and KK number are masked and names left out, for files that must not
 * carry personal data (and cannot be read back as households). Keys come in the order of the v1
 * table; absent optional keys and false booleans are left out. Not thread-safe.
 *
 * <p>Example line: {@code {"id":"H-1","region":"52.08.01.2001","members":[{"nik":"5208011207850001",
 * "sex":"MALE","birth_date":"1985-07-12","relationship":"HEAD"}]}}.
 */
public final class HouseholdWriter implements Closeable, Flushable {
    private final JsonLinesOutput out;
    private final Masking masking;

    private HouseholdWriter(JsonLinesOutput out, Masking masking) {
        this.out = out;
        this.masking = masking;
    }

    /**
     * Writes UTF-8 to a stream.
     *
     * @param out the stream, not null; closed by {@link #close()}
     * @param masking whether to mask personal data, not null
     * @return the writer
     * @throws IOException if the output cannot be prepared
     */
    public static HouseholdWriter of(OutputStream out, Masking masking) throws IOException {
        Checks.notNull(out, "out");
        Checks.notNull(masking, "masking");
        return new HouseholdWriter(JsonLinesOutput.of(out), masking);
    }

    /**
     * Writes characters to a writer.
     *
     * @param out the writer, not null; closed by {@link #close()}
     * @param masking whether to mask personal data, not null
     * @return the writer
     * @throws IOException if the output cannot be prepared
     */
    public static HouseholdWriter of(Writer out, Masking masking) throws IOException {
        Checks.notNull(out, "out");
        Checks.notNull(masking, "masking");
        return new HouseholdWriter(JsonLinesOutput.of(out), masking);
    }

    /**
     * Writes one household as one line.
     *
     * @param household the household, not null
     * @throws IOException if writing fails
     */
    public void write(Household household) throws IOException {
        Checks.notNull(household, "household");
        HouseholdJson.write(household, out.generator(), masking);
        out.endLine();
    }

    /**
     * Flushes what was written to the output.
     *
     * @throws IOException if flushing fails
     */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /**
     * Flushes and closes the output.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        out.close();
    }
}
