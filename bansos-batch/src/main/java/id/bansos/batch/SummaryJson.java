package id.bansos.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.bansos.io.RegionTable;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.id.RegionCode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;

/**
 * The batch summary as a JSON object, as {@code evaluate --summary FILE} and {@code bansos-spark}'s
 * {@code _SUMMARY.json} write it: the counts, the total, the counts by reason and by primary reason,
 * and the tallies by regency and by district (with names from a region table when given).
 */
public final class SummaryJson {
    private SummaryJson() {}

    /**
     * Writes a summary as one pretty-printed JSON object and a line end.
     *
     * @param s the summary, not null
     * @param names region names to show beside the codes, or empty
     * @param out where it goes, not null; closed at the end
     * @throws IOException if it cannot be written
     */
    public static void write(BatchSummary s, Optional<RegionTable> names, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("records_read", s.recordsRead());
            g.writeNumberField("decided", s.decided());
            g.writeNumberField("rejected", s.rejected());
            g.writeNumberField("eligible", s.eligible());
            g.writeNumberField("not_eligible", s.notEligible());
            // A JSON integer of any size: a total over a population can pass a long.
            g.writeFieldName("total_annual_amount");
            g.writeNumber(s.totalAnnualAmount());
            counts(g, "by_reason", s.countsByReason());
            counts(g, "by_primary_reason", s.countsByPrimaryReason());
            regions(g, "by_regency", s.byRegency(), names);
            regions(g, "by_district", s.byDistrict(), names);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void counts(JsonGenerator g, String field, Map<ReasonCode, Long> counts) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<ReasonCode, Long> e : counts.entrySet()) {
            g.writeNumberField(e.getKey().code(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void regions(
            JsonGenerator g, String field, Map<RegionCode, RegionTally> tallies, Optional<RegionTable> names)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (Map.Entry<RegionCode, RegionTally> e : tallies.entrySet()) {
            g.writeStartObject();
            g.writeStringField("region", e.getKey().toString());
            Optional<String> name = names.flatMap(t -> t.name(e.getKey()));
            if (name.isPresent()) {
                g.writeStringField("name", name.get());
            }
            g.writeNumberField("eligible", e.getValue().eligible());
            g.writeNumberField("not_eligible", e.getValue().notEligible());
            g.writeFieldName("annual_amount");
            g.writeNumber(e.getValue().annualAmount());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
