package id.bansos.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.bansos.io.json.DecisionWriter;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.DuplicateNik;
import id.bansos.rules.ParameterSpec;
import id.bansos.rules.ProgramDefinition;
import id.bansos.rules.Rule;
import id.bansos.rules.RuleCatalogue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The read-only listings: {@code /v1/parameters}, {@code /v1/parameters/{key}}, {@code /v1/rules}
 * and {@code /v1/programs}. The rule and programme listings never change while the server runs and
 * are written once.
 */
final class Catalogue {
    private static final JsonFactory JSON = new JsonFactory();

    private final List<ProgramDefinition> programs;
    private final ParameterSet parameters;
    private final byte[] rules;
    private final byte[] programList;

    Catalogue(List<ProgramDefinition> programs, ParameterSet parameters) {
        this.programs = programs;
        this.parameters = parameters;
        this.rules = json(this::writeRules);
        this.programList = json(this::writePrograms);
    }

    /** A part of a JSON document. */
    @FunctionalInterface
    private interface Part {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] json(Part part) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            part.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    ApiResponse rules() {
        return ApiResponse.json(200, rules);
    }

    ApiResponse programs() {
        return ApiResponse.json(200, programList);
    }

    /** Every parameter with its whole timeline, or (with a date) the value in force on it. */
    ApiResponse parameters(LocalDate asOf) {
        return ApiResponse.json(200, json(g -> {
            g.writeStartObject();
            if (asOf != null) {
                g.writeStringField("as_of", asOf.toString());
            }
            g.writeArrayFieldStart("parameters");
            for (Parameter<?> p : parameters.parameters()) {
                if (asOf == null) {
                    writeTimeline(g, p);
                } else {
                    writeOn(g, p, asOf);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    /** One parameter's timeline; 404 for a key the set does not hold. */
    ApiResponse parameter(String key) {
        Optional<Parameter<?>> p = parameters.find(key);
        if (p.isEmpty()) {
            throw Problem.of(404, "not-found", "parameter.notFound");
        }
        return ApiResponse.json(200, json(g -> writeTimeline(g, p.get())));
    }

    private static void writeTimeline(JsonGenerator g, Parameter<?> p) throws IOException {
        g.writeStartObject();
        g.writeStringField("key", p.key());
        g.writeStringField("type", typeName(p.type()));
        g.writeArrayFieldStart("values");
        for (DatedValue<?> v : p.values()) {
            g.writeStartObject();
            g.writeStringField("effective_from", v.effectiveFrom().toString());
            g.writeFieldName("value");
            writeValue(g, v.value());
            g.writeFieldName("legal_basis");
            DecisionWriter.writeLegalBasis(v.legalBasis(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeOn(JsonGenerator g, Parameter<?> p, LocalDate date) throws IOException {
        if (p.values().isEmpty() || p.values().get(0).effectiveFrom().isAfter(date)) {
            return; // not yet in force: nothing to show for that date
        }
        DatedValue<?> v = p.entryOn(date);
        g.writeStartObject();
        g.writeStringField("key", p.key());
        g.writeStringField("type", typeName(p.type()));
        g.writeFieldName("value");
        writeValue(g, v.value());
        g.writeStringField("effective_from", v.effectiveFrom().toString());
        g.writeFieldName("legal_basis");
        DecisionWriter.writeLegalBasis(v.legalBasis(), g);
        g.writeEndObject();
    }

    /** A value as JSON: Rupiah and integers as numbers, decimals as numbers, none as null. */
    private static void writeValue(JsonGenerator g, Optional<?> value) throws IOException {
        if (value.isEmpty()) {
            g.writeNull();
            return;
        }
        Object v = value.get();
        if (v instanceof Rupiah r) {
            g.writeNumber(r.amount());
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString(String.valueOf(v));
        }
    }

    /** The type's name in a parameter file: rupiah, integer, boolean, string or decimal. */
    static String typeName(Class<?> type) {
        return RuleCatalogue.typeName(type);
    }

    private void writeRules(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("programs");
        for (ProgramDefinition p : programs) {
            g.writeStartObject();
            g.writeStringField("program", p.program().code());
            g.writeArrayFieldStart("rules");
            for (Rule rule : p.rules()) {
                g.writeStartObject();
                g.writeStringField("id", rule.id());
                g.writeStringField("description", rule.description());
                g.writeFieldName("legal_basis");
                DecisionWriter.writeLegalBasis(rule.legalBasis(), g);
                g.writeArrayFieldStart("parameters");
                for (ParameterSpec<?> spec : rule.parameters()) {
                    g.writeString(spec.key());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        // The batch rule: it runs over a whole request (or file), after each programme's rules.
        g.writeObjectFieldStart("batch_rule");
        g.writeStringField("id", DuplicateNik.RULE_ID);
        g.writeStringField(
                "description",
                "A NIK found in more than one household of the request (deceased members count) makes each of"
                        + " them not eligible, with DATA_GANDA last.");
        g.writeFieldName("legal_basis");
        DecisionWriter.writeLegalBasis(DuplicateNik.legalBasis(), g);
        g.writeEndObject();
        g.writeEndObject();
    }

    private void writePrograms(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("programs");
        for (ProgramDefinition p : programs) {
            g.writeStartObject();
            g.writeStringField("code", p.program().code());
            g.writeNumberField("rules", p.rules().size());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
