package id.bansos.io.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.Reason;
import id.bansos.model.internal.Checks;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * Decisions as CSV rows, one per household, for spreadsheets: the flat fields of the decision, the
 * paid components and the reason codes. The JSON Lines form carries the full explanation; this one
 * is for counting and filtering.
 *
 * <p>Columns: {@code household_id, program, as_of, eligible, annual_amount, amount_per_payment,
 * components, reasons, primary_reason, policy_version, engine_version}. {@code components} lists
 * the paid components separated by {@code ;}, each unpaid one (cut by the cap) followed by
 * {@code (unpaid)}; {@code reasons} lists the reason codes in rule order separated by {@code ;}.
 *
 * <p>A household id that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return is written with a leading apostrophe, so that a spreadsheet does not run it as a
 * formula (see docs/formats.md); the amounts, which the format writes itself, are never changed.
 */
public final class CsvDecisionWriter {
    /** The header row, ending in CRLF. */
    public static final String HEADER = "household_id,program,as_of,eligible,annual_amount,amount_per_payment,"
            + "components,reasons,primary_reason,policy_version,engine_version\r\n";

    private CsvDecisionWriter() {}

    /**
     * The header as bytes (UTF-8).
     *
     * @return the header row, not null
     */
    public static byte[] header() {
        return HEADER.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Encodes one decision as a CSV row (RFC 4180 quoting, CRLF). Safe to call from many threads.
     *
     * @param decision the decision, not null
     * @return the row as UTF-8 bytes, not null
     */
    public static byte[] encode(Decision decision) {
        Checks.notNull(decision, "decision");
        StringJoiner components = new StringJoiner(";");
        for (ComponentAward c : decision.components()) {
            components.add(c.paid() ? c.component().code() : c.component().code() + "(unpaid)");
        }
        StringJoiner reasons = new StringJoiner(";");
        for (Reason r : decision.reasons()) {
            reasons.add(r.code().code());
        }
        StringWriter text = new StringWriter(256);
        try (CsvWriter csv =
                CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
            csv.writeRecord(
                    CsvText.neutralise(decision.householdId()),
                    decision.program().code(),
                    decision.asOf().toString(),
                    Boolean.toString(decision.eligible()),
                    Long.toString(decision.annualAmount().amount()),
                    Long.toString(decision.amountPerPayment().amount()),
                    components.toString(),
                    reasons.toString(),
                    decision.primaryReason().map(c -> c.code()).orElse(""),
                    decision.policyVersion(),
                    CsvText.neutralise(decision.engineVersion()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
