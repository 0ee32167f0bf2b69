package id.bansos.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import id.bansos.model.internal.Checks;
import java.io.IOException;

/**
 * Writes one household's what-if change as the JSON object that {@code bansos whatif} prints per
 * line and the HTTP server's {@code /v1/whatif} returns in its {@code changes} array: {@code
 * household_id}, {@code region}, eligibility and amounts before and after, the primary reasons
 * when there are any, and {@code caused_by}, the parameter keys that made the difference.
 */
public final class ChangeJson {
    private ChangeJson() {}

    /**
     * Writes one change as a JSON object, with no line end.
     *
     * @param g where to write, not null
     * @param c the change, not null
     * @throws NullPointerException if an argument is null
     * @throws IOException if the generator cannot write
     */
    public static void write(JsonGenerator g, HouseholdChange c) throws IOException {
        Checks.notNull(g, "g");
        Checks.notNull(c, "c");
        g.writeStartObject();
        g.writeStringField("household_id", c.householdId());
        g.writeStringField("region", c.region().toString());
        g.writeBooleanField("eligible_before", c.eligibleBefore());
        g.writeBooleanField("eligible_after", c.eligibleAfter());
        g.writeNumberField("annual_amount_before", c.annualAmountBefore().amount());
        g.writeNumberField("annual_amount_after", c.annualAmountAfter().amount());
        g.writeNumberField("difference", c.difference().amount());
        g.writeNumberField(
                "amount_per_payment_before", c.amountPerPaymentBefore().amount());
        g.writeNumberField("amount_per_payment_after", c.amountPerPaymentAfter().amount());
        if (c.primaryReasonBefore().isPresent()) {
            g.writeStringField(
                    "primary_reason_before", c.primaryReasonBefore().get().code());
        }
        if (c.primaryReasonAfter().isPresent()) {
            g.writeStringField(
                    "primary_reason_after", c.primaryReasonAfter().get().code());
        }
        g.writeArrayFieldStart("caused_by");
        for (String key : c.causes()) {
            g.writeString(key);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
