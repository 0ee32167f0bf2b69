package id.bansos.io.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import id.bansos.io.Masking;
import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.id.KkNumber;
import id.bansos.model.internal.Checks;
import id.bansos.model.program.Program;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Writes households as a CSV roster that {@link CsvHouseholdReader} reads back: English headers,
 * {@code ,} as delimiter, CRLF line ends and RFC 4180 quoting (a value is quoted when it holds a
 * delimiter, a quote, CR or LF, or starts with {@code #}; a quote inside is doubled).
 *
 * <p>One row per member in member order, the household columns repeated; booleans as {@code true}
 * or {@code false}; absent values as empty cells; the region dotted ({@code 52.08.01.2001}). With
 * {@link Masking#MASKED} the NIK and KK number are written masked ({@code 520801******0001}) and
 * names left empty: such a roster is for display and does not read back.
 *
 * <p>A household id or name that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return is written with a leading apostrophe, so that a spreadsheet does not run it as a
 * formula; {@link CsvHouseholdReader} takes the apostrophe off, so the roster still reads back
 * exactly (see docs/formats.md).
 *
 * <p>Example: {@code try (CsvHouseholdWriter w = CsvHouseholdWriter.open(out, Masking.NONE)) {
 * w.write(household); }}. Not thread-safe.
 */
public final class CsvHouseholdWriter implements Closeable, Flushable {
    private final CsvWriter csv;
    private final Masking masking;

    private CsvHouseholdWriter(CsvWriter csv, Masking masking) {
        this.csv = csv;
        this.masking = masking;
    }

    /**
     * Starts a roster on a writer and writes the header row.
     *
     * @param out where to write, not null; closed by {@link #close()}
     * @param masking whether to mask personal data, not null
     * @return the writer, not null
     * @throws NullPointerException if an argument is null
     * @throws IOException if the header cannot be written
     */
    public static CsvHouseholdWriter open(Writer out, Masking masking) throws IOException {
        Checks.notNull(out, "out");
        Checks.notNull(masking, "masking");
        CsvWriter csv = CsvWriter.builder()
                .fieldSeparator(',')
                .quoteCharacter('"')
                .quoteStrategy(QuoteStrategies.REQUIRED)
                .lineDelimiter(LineDelimiter.CRLF)
                .build(out);
        CsvHouseholdWriter writer = new CsvHouseholdWriter(csv, masking);
        CsvColumn[] columns = CsvColumn.values();
        String[] header = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            header[i] = columns[i].english();
        }
        writer.row(header);
        return writer;
    }

    /**
     * Starts a roster on a byte stream in UTF-8 (without a byte order mark) and writes the header row.
     *
     * @param out where to write, not null; closed by {@link #close()}
     * @param masking whether to mask personal data, not null
     * @return the writer, not null
     * @throws NullPointerException if an argument is null
     * @throws IOException if the header cannot be written
     */
    public static CsvHouseholdWriter open(OutputStream out, Masking masking) throws IOException {
        Checks.notNull(out, "out");
        return open(new OutputStreamWriter(out, StandardCharsets.UTF_8), masking);
    }

    /**
     * Writes one household, one row per member.
     *
     * @param household the household, not null
     * @throws NullPointerException if {@code household} is null
     * @throws IOException if writing fails
     */
    public void write(Household household) throws IOException {
        Checks.notNull(household, "household");
        boolean masked = masking == Masking.MASKED;
        String kk = household
                .kkNumber()
                .map(masked ? KkNumber::masked : KkNumber::value)
                .orElse("");
        String region = household.region().toString();
        String desil = household.desil().isPresent()
                ? Integer.toString(household.desil().getAsInt())
                : "";
        String income =
                household.monthlyIncome().map(r -> Long.toString(r.amount())).orElse("");
        StringBuilder receives = new StringBuilder();
        for (Program code : household.receives()) {
            receives.append(receives.length() == 0 ? "" : "|").append(code.code());
        }
        for (Person p : household.members()) {
            row(
                    CsvText.neutralise(household.id()),
                    kk,
                    region,
                    desil,
                    income,
                    masked ? p.nik().masked() : p.nik().value(),
                    masked ? "" : CsvText.neutralise(p.name().orElse("")),
                    p.sex().name(),
                    p.birthDate().toString(),
                    p.relationship().name(),
                    Boolean.toString(p.pregnant()),
                    Boolean.toString(p.postpartum()),
                    name(p.schoolLevel()),
                    Boolean.toString(p.severeDisability()),
                    name(p.occupation()),
                    Boolean.toString(p.deceased()),
                    p.pregnancyOrder().isPresent()
                            ? Integer.toString(p.pregnancyOrder().getAsInt())
                            : "",
                    receives.toString());
        }
    }

    private static String name(Optional<? extends Enum<?>> value) {
        return value.map(Enum::name).orElse("");
    }

    private void row(String... values) throws IOException {
        try {
            csv.writeRecord(values);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Flushes what was written to the underlying writer.
     *
     * @throws IOException if flushing fails
     */
    @Override
    public void flush() throws IOException {
        csv.flush();
    }

    /**
     * Flushes and closes the underlying writer.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        csv.close();
    }
}
