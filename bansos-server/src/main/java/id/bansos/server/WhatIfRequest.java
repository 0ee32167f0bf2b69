package id.bansos.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bansos.batch.BatchHouseholds;
import id.bansos.batch.ChangeJson;
import id.bansos.batch.PolicyFiles;
import id.bansos.batch.WhatIf;
import id.bansos.batch.WhatIfSummary;
import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdSource;
import id.bansos.io.InputException;
import id.bansos.io.ReaderMessages;
import id.bansos.io.Reject;
import id.bansos.io.yaml.ParameterFileReader;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.ProgramDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /v1/whatif}: {@code {"parameters": {KEY: VALUE or [{"from", "value"}...]},
 * "households": [...]}} compared under the server's parameters and under the same with the given
 * values layered over them, as {@code bansos whatif} compares a file.
 *
 * <p>A bare value holds from {@code as_of} on; a timeline gives its own dates. Each value is checked
 * as a district parameter file's is (the declared type, {@code none} for "not in force"), with the
 * legal basis {@code {"instrument": "what-if request"}} unless an entry gives its own. The
 * households keep their lines and columns in the request: everything around the array is read as
 * blanks, so the readers' rejects point into the body as sent.
 */
final class WhatIfRequest {
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(JSON);

    private final ParameterSet base;
    private final ParameterFileReader reader;
    private final Map<String, Class<?>> declared;

    WhatIfRequest(List<ProgramDefinition> programs, ParameterSet base) {
        this.base = base;
        this.reader = PolicyFiles.readerFor(programs);
        this.declared = reader.declaredKeys();
    }

    ApiResponse handle(byte[] body, ProgramDefinition program, LocalDate asOf, Locale locale, BatchHouseholds reading)
            throws IOException {
        JsonNode parametersNode = null;
        long start = -1;
        long end = -1;
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw shape();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("parameters") && parametersNode == null && value == JsonToken.START_OBJECT) {
                    parametersNode = MAPPER.readTree(p);
                } else if (name.equals("households") && start < 0 && value == JsonToken.START_ARRAY) {
                    start = p.currentTokenLocation().getByteOffset();
                    p.skipChildren();
                    end = p.currentTokenLocation().getByteOffset() + 1;
                } else {
                    throw shape();
                }
            }
        } catch (JsonProcessingException e) {
            throw Problem.of(400, "invalid-body", "body.invalid");
        }
        if (parametersNode == null || start < 0) {
            throw shape();
        }
        ParameterSet alternative = alternative((ObjectNode) parametersNode, asOf, locale);
        byte[] households = blankOutside(body, (int) start, (int) end);
        WhatIf whatIf = WhatIf.of(program, base, alternative, asOf);
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        List<Reject> rejects = new ArrayList<>();
        WhatIfSummary summary;
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeArrayFieldStart("changes");
            try {
                summary = whatIf.run(
                        reading,
                        HouseholdSource.of("request", HouseholdFormat.JSON, households),
                        c -> {
                            try {
                                ChangeJson.write(g, c);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        rejects::add);
            } catch (InputException e) {
                throw Problem.withErrors(400, "invalid-body", "body.invalid", Problem.errors(e, locale));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rejects");
            for (Reject r : rejects) {
                g.writeStartObject();
                g.writeNumberField("line", r.line());
                if (r.householdId().isPresent()) {
                    g.writeStringField("household_id", r.householdId().get());
                }
                g.writeStringField("error", ReaderMessages.error(r, locale));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("compared", summary.compared());
            g.writeNumberField("rejected", summary.rejected());
            g.writeNumberField("changed", summary.changed());
            g.writeNumberField("gained_eligibility", summary.gainedEligibility());
            g.writeNumberField("lost_eligibility", summary.lostEligibility());
            g.writeNumberField("eligible_before", summary.eligibleBefore());
            g.writeNumberField("eligible_after", summary.eligibleAfter());
            g.writeNumberField("total_annual_amount_before", summary.totalAnnualAmountBefore());
            g.writeNumberField("total_annual_amount_after", summary.totalAnnualAmountAfter());
            g.writeNumberField("difference", summary.difference());
            g.writeObjectFieldStart("changes_by_parameter");
            for (Map.Entry<String, Long> e : summary.changesByParameter().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
        return ApiResponse.json(200, out.toByteArray());
    }

    private static Problem shape() {
        return Problem.of(422, "invalid-whatif", "whatif.shape");
    }

    /**
     * The request's values as a district parameter file, read by the parameter file reader (so a
     * misspelt key gets its "did you mean" and a wrong type its message), layered over the base.
     */
    private ParameterSet alternative(ObjectNode given, LocalDate asOf, Locale locale) {
        ObjectNode file = MAPPER.createObjectNode();
        file.put("schema_version", 1);
        ObjectNode params = file.putObject("parameters");
        for (Map.Entry<String, JsonNode> e : given.properties()) {
            Class<?> type = declared.get(e.getKey());
            ObjectNode entry = params.putObject(e.getKey());
            entry.put("type", type == null ? "integer" : Catalogue.typeName(type));
            ArrayNode values = entry.putArray("values");
            if (e.getValue().isArray()) {
                for (JsonNode v : e.getValue()) {
                    if (v.isObject() && !v.has("legal_basis")) {
                        ObjectNode copy = ((ObjectNode) v).deepCopy();
                        copy.putObject("legal_basis").put("instrument", "what-if request");
                        values.add(copy);
                    } else {
                        values.add(v);
                    }
                }
            } else {
                ObjectNode v = values.addObject();
                v.put("from", asOf.toString());
                if (e.getValue().isNull()) {
                    v.put("value", "none");
                } else {
                    v.set("value", e.getValue());
                }
                v.putObject("legal_basis").put("instrument", "what-if request");
            }
        }
        try {
            String text = MAPPER.writeValueAsString(file);
            return reader.read(new StringReader(text), "parameters").layeredOver(base);
        } catch (InputException e) {
            throw Problem.withErrors(422, "invalid-parameters", "whatif.parameters", Problem.errors(e, locale));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body with every byte outside the array made a blank, line ends kept. */
    private static byte[] blankOutside(byte[] body, int start, int end) {
        byte[] copy = body.clone();
        for (int i = 0; i < copy.length; i++) {
            if ((i < start || i >= end) && copy[i] != '\n' && copy[i] != '\r') {
                copy[i] = ' ';
            }
        }
        return copy;
    }
}
