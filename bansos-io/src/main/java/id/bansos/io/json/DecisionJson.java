package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Provenance;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.decision.ReasonRenderer;
import id.bansos.model.program.Component;
import id.bansos.model.program.Program;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The v1 JSON form of {@link Decision} and the types inside it. */
final class DecisionJson {
    static final FieldTable<DecisionState> DECISION_FIELDS = FieldTable.<DecisionState>builder()
            .required("household_id", (s, p, c) -> {
                s.householdId = Values.nonBlank(p);
                s.builder.householdId(s.householdId);
            })
            .required("program", (s, p, c) -> s.builder.program(Values.code(p, Program::of)))
            .required("as_of", (s, p, c) -> s.builder.asOf(Values.date(p)))
            .required("eligible", (s, p, c) -> s.builder.eligible(Values.bool(p)))
            .required("annual_amount", (s, p, c) -> s.builder.annualAmount(Values.rupiah(p, false)))
            .required("amount_per_payment", (s, p, c) -> s.builder.amountPerPayment(Values.rupiah(p, false)))
            .optional(
                    "components",
                    (s, p, c) ->
                            ObjectDeserializer.readArray(p, c, DecisionJson.COMPONENT_AWARD, s.builder::addComponents))
            .optional(
                    "reasons",
                    (s, p, c) -> ObjectDeserializer.readArray(p, c, DecisionJson.REASON, s.builder::addReasons))
            .required("policy_version", (s, p, c) -> s.builder.policyVersion(Values.string(p)))
            .required("engine_version", (s, p, c) -> s.builder.engineVersion(Values.string(p)))
            .build();
    static final FieldTable<ComponentAward.Builder> AWARD_FIELDS = FieldTable.<ComponentAward.Builder>builder()
            .required("member_index", (b, p, c) -> b.memberIndex(Values.integer(p, 0, Integer.MAX_VALUE)))
            .required("member_nik", (b, p, c) -> b.memberNikMasked(Values.string(p)))
            .required("component", (b, p, c) -> b.component(Values.code(p, Component::of)))
            .required("annual_amount", (b, p, c) -> b.annualAmount(Values.rupiah(p, false)))
            .required("paid", (b, p, c) -> b.paid(Values.bool(p)))
            .build();
    static final FieldTable<Reason.Builder> REASON_FIELDS = FieldTable.<Reason.Builder>builder()
            .required("code", (b, p, c) -> b.code(Values.code(p, ReasonCode::of)))
            .required("rule", (b, p, c) -> b.rule(Values.string(p)))
            .required("legal_basis", (b, p, c) -> b.legalBasis(DecisionJson.LEGAL_BASIS.read(p, c)))
            .optional("args", (b, p, c) -> ReasonDeserializer.readArgs(b, p))
            .optional(
                    "parameters",
                    (b, p, c) -> ObjectDeserializer.readArray(p, c, DecisionJson.PARAMETER_USE, b::addParameters))
            // The message is rendered again when written: it must be a string, and is dropped.
            .optional("message", (b, p, c) -> Values.string(p))
            .build();
    static final FieldTable<LegalBasis.Builder> LEGAL_BASIS_FIELDS = FieldTable.<LegalBasis.Builder>builder()
            .required("instrument", (b, p, c) -> b.instrument(Values.string(p)))
            .optional("number", (b, p, c) -> b.number(Values.string(p)))
            .optional("year", (b, p, c) -> b.year(Values.integer(p, 1, 9999)))
            .optional("article", (b, p, c) -> b.article(Values.string(p)))
            .optional("note", (b, p, c) -> b.note(Values.string(p)))
            .optional(
                    "provenance",
                    (b, p, c) -> ObjectDeserializer.readArray(p, c, DecisionJson.PROVENANCE, b::addProvenance))
            .build();
    static final FieldTable<ProvenanceState> PROVENANCE_FIELDS = FieldTable.<ProvenanceState>builder()
            .required("grade", (s, p, c) -> s.grade = Values.enumValue(p, Provenance.Grade.class))
            .optional("secondary", (s, p, c) -> s.secondary = Values.bool(p))
            .required("text", (s, p, c) -> s.text = Values.string(p))
            .build();
    static final FieldTable<ParameterState> PARAMETER_FIELDS = FieldTable.<ParameterState>builder()
            .required("key", (s, p, c) -> s.key = Values.string(p))
            .required("value", (s, p, c) -> {
                JsonToken t = p.currentToken();
                if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_STRING) {
                    throw Values.wrongType(p, "a string or an integer");
                }
                s.value = p.getText();
            })
            .required("effective_from", (s, p, c) -> s.effectiveFrom = Values.date(p))
            .build();

    /**
     * Parameter values written as JSON numbers: canonical integers that fit a {@code long}. Other
     * text, {@code 007} included, stays a string so that it reads back unchanged.
     */
    private static final Pattern INTEGER_TEXT = Pattern.compile("-?(0|[1-9][0-9]{0,17})");

    static final LegalBasisDeserializer LEGAL_BASIS = new LegalBasisDeserializer();
    static final ParameterUseDeserializer PARAMETER_USE = new ParameterUseDeserializer();
    static final ProvenanceDeserializer PROVENANCE = new ProvenanceDeserializer();
    static final ReasonDeserializer REASON = new ReasonDeserializer();
    static final ComponentAwardDeserializer COMPONENT_AWARD = new ComponentAwardDeserializer();
    static final DecisionDeserializer DECISION = new DecisionDeserializer();

    /**
     * The most pre-encoded texts kept per cache (reasons per renderer, run constants), so that odd
     * callers cannot grow them without end.
     */
    private static final int MAX_CACHED = 4096;

    private static final Map<String, SerializedString> CONSTANTS = new ConcurrentHashMap<>();
    /**
     * Per renderer (held weakly, compared by identity), the encoded text of its most recently used
     * reasons; a renderer no longer used, and its cache, can be collected.
     */
    private static final LoadingCache<ReasonRenderer, Cache<Reason, SerializedString>> REASONS =
            CacheBuilder.newBuilder()
                    .weakKeys()
                    .build(CacheLoader.from(r ->
                            CacheBuilder.newBuilder().maximumSize(MAX_CACHED).build()));

    /** The same for decisions written without messages. */
    private static final Cache<Reason, SerializedString> REASONS_WITHOUT_MESSAGES =
            CacheBuilder.newBuilder().maximumSize(MAX_CACHED).build();

    private static final JsonFactory PLAIN = new JsonFactory();

    // Key names pre-encoded once; writeFieldName(String) would encode them again for every decision.
    private static final SerializedString F_AMOUNT_PER_PAYMENT = new SerializedString("amount_per_payment");
    private static final SerializedString F_ANNUAL_AMOUNT = new SerializedString("annual_amount");
    private static final SerializedString F_ARGS = new SerializedString("args");
    private static final SerializedString F_AS_OF = new SerializedString("as_of");
    private static final SerializedString F_CODE = new SerializedString("code");
    private static final SerializedString F_COMPONENT = new SerializedString("component");
    private static final SerializedString F_COMPONENTS = new SerializedString("components");
    private static final SerializedString F_ELIGIBLE = new SerializedString("eligible");
    private static final SerializedString F_ENGINE_VERSION = new SerializedString("engine_version");
    private static final SerializedString F_HOUSEHOLD_ID = new SerializedString("household_id");
    private static final SerializedString F_LEGAL_BASIS = new SerializedString("legal_basis");
    private static final SerializedString F_MEMBER_INDEX = new SerializedString("member_index");
    private static final SerializedString F_MEMBER_NIK = new SerializedString("member_nik");
    private static final SerializedString F_MESSAGE = new SerializedString("message");
    private static final SerializedString F_PAID = new SerializedString("paid");
    private static final SerializedString F_PARAMETERS = new SerializedString("parameters");
    private static final SerializedString F_POLICY_VERSION = new SerializedString("policy_version");
    private static final SerializedString F_PROGRAM = new SerializedString("program");
    private static final SerializedString F_REASONS = new SerializedString("reasons");
    private static final SerializedString F_RULE = new SerializedString("rule");

    private DecisionJson() {}

    /**
     * Writes a decision as {@link #write(Decision, JsonGenerator, ReasonRenderer)} does; with {@code
     * raw}, the generator must be a plain one of a default {@link JsonFactory} (as {@link
     * JsonLinesOutput}'s are), and each reason (with its message) is copied as pre-encoded text.
     *
     * @param d the decision
     * @param g the generator
     * @param renderer fills each reason's {@code message}, or null for none
     * @param raw whether pre-encoded text may be written raw
     * @throws IOException if writing fails
     */
    static void write(Decision d, JsonGenerator g, ReasonRenderer renderer, boolean raw) throws IOException {
        g.writeStartObject();
        g.writeFieldName(F_HOUSEHOLD_ID);
        g.writeString(d.householdId());
        g.writeFieldName(F_PROGRAM);
        g.writeString(d.program().code());
        g.writeFieldName(F_AS_OF);
        g.writeString(d.asOf().toString());
        g.writeFieldName(F_ELIGIBLE);
        g.writeBoolean(d.eligible());
        g.writeFieldName(F_ANNUAL_AMOUNT);
        g.writeNumber(d.annualAmount().amount());
        g.writeFieldName(F_AMOUNT_PER_PAYMENT);
        g.writeNumber(d.amountPerPayment().amount());
        g.writeFieldName(F_COMPONENTS);
        g.writeStartArray();
        for (ComponentAward a : d.components()) {
            write(a, g);
        }
        g.writeEndArray();
        g.writeFieldName(F_REASONS);
        g.writeStartArray();
        for (Reason r : d.reasons()) {
            if (raw) {
                writeCached(r, renderer, g);
            } else {
                write(r, g, renderer);
            }
        }
        g.writeEndArray();
        g.writeFieldName(F_POLICY_VERSION);
        writeConstant(d.policyVersion(), g, raw);
        g.writeFieldName(F_ENGINE_VERSION);
        writeConstant(d.engineVersion(), g, raw);
        g.writeEndObject();
    }

    /**
     * Writes a string that is the same in every decision of a run (versions), pre-encoded when
     * {@code raw}.
     */
    private static void writeConstant(String value, JsonGenerator g, boolean raw) throws IOException {
        if (!raw) {
            g.writeString(value);
            return;
        }
        SerializedString text = CONSTANTS.get(value);
        if (text == null) {
            text = new SerializedString(value);
            if (CONSTANTS.size() < MAX_CACHED) {
                CONSTANTS.putIfAbsent(value, text);
            }
        }
        g.writeString(text);
    }

    /**
     * Writes a reason as pre-encoded text, message included: the reasons of a batch repeat (the same
     * code, args and parameters in thousands of decisions), so each is rendered and escaped once. The
     * cache keeps the most recently used {@value #MAX_CACHED} per renderer, so reasons that occur once (such as a
     * {@code DATA_GANDA} naming other households) pass through without crowding out the rest. A
     * renderer must give equal messages for equal reasons, which {@link ReasonRenderer} requires.
     */
    private static void writeCached(Reason r, ReasonRenderer renderer, JsonGenerator g) throws IOException {
        Cache<Reason, SerializedString> cache =
                renderer == null ? REASONS_WITHOUT_MESSAGES : REASONS.getUnchecked(renderer);
        SerializedString text = cache.getIfPresent(r);
        if (text == null) {
            StringWriter out = new StringWriter(512);
            try (JsonGenerator plain = PLAIN.createGenerator(out)) {
                write(r, plain, renderer);
            }
            text = new SerializedString(out.toString());
            cache.put(r, text);
        }
        g.writeRawValue(text);
    }

    /**
     * Writes a decision as one JSON object; {@code components} and {@code reasons} are always
     * written, possibly empty.
     *
     * @param d the decision
     * @param g the generator
     * @param renderer fills each reason's {@code message}, or null for none
     * @throws IOException if writing fails
     */
    static void write(Decision d, JsonGenerator g, ReasonRenderer renderer) throws IOException {
        write(d, g, renderer, false);
    }

    /**
     * Writes a component award; its NIK is masked already.
     *
     * @param a the award
     * @param g the generator
     * @throws IOException if writing fails
     */
    static void write(ComponentAward a, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeFieldName(F_MEMBER_INDEX);
        g.writeNumber(a.memberIndex());
        g.writeFieldName(F_MEMBER_NIK);
        g.writeString(a.memberNikMasked());
        g.writeFieldName(F_COMPONENT);
        g.writeString(a.component().code());
        g.writeFieldName(F_ANNUAL_AMOUNT);
        g.writeNumber(a.annualAmount().amount());
        g.writeFieldName(F_PAID);
        g.writeBoolean(a.paid());
        g.writeEndObject();
    }

    /**
     * Writes a reason; {@code args} and {@code parameters} are always written, possibly empty.
     *
     * @param r the reason
     * @param g the generator
     * @param renderer fills {@code message}, or null for none
     * @throws IOException if writing fails
     */
    static void write(Reason r, JsonGenerator g, ReasonRenderer renderer) throws IOException {
        g.writeStartObject();
        g.writeFieldName(F_CODE);
        g.writeString(r.code().code());
        g.writeFieldName(F_RULE);
        g.writeString(r.rule());
        g.writeFieldName(F_LEGAL_BASIS);
        write(r.legalBasis(), g);
        g.writeFieldName(F_ARGS);
        g.writeStartObject();
        for (Map.Entry<String, String> arg : r.args().entrySet()) {
            g.writeStringField(arg.getKey(), arg.getValue());
        }
        g.writeEndObject();
        g.writeFieldName(F_PARAMETERS);
        g.writeStartArray();
        for (ParameterUse u : r.parameters()) {
            write(u, g);
        }
        g.writeEndArray();
        String message = renderer == null ? null : renderer.render(r);
        if (message != null) {
            g.writeFieldName(F_MESSAGE);
            g.writeString(message);
        }
        g.writeEndObject();
    }

    /**
     * Writes a legal basis, leaving out the keys that are absent. The provenance is written as data,
     * {@code provenance: [{grade, secondary, text}]}; {@code note} keeps what earlier versions wrote
     * there (the free note, else the provenance as marked text), so that the change is additive.
     *
     * @param b the legal basis
     * @param g the generator
     * @throws IOException if writing fails
     */
    static void write(LegalBasis b, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("instrument", b.instrument());
        if (b.number().isPresent()) {
            g.writeStringField("number", b.number().get());
        }
        if (b.year().isPresent()) {
            g.writeNumberField("year", b.year().get());
        }
        if (b.article().isPresent()) {
            g.writeStringField("article", b.article().get());
        }
        if (b.note().isPresent()) {
            g.writeStringField("note", b.note().get());
        } else if (!b.provenance().isEmpty()) {
            g.writeStringField("note", Provenance.format(b.provenance()));
        }
        if (!b.provenance().isEmpty()) {
            g.writeArrayFieldStart("provenance");
            for (Provenance p : b.provenance()) {
                g.writeStartObject();
                g.writeStringField("grade", p.grade().name());
                g.writeBooleanField("secondary", p.secondary());
                g.writeStringField("text", p.text());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * Writes a parameter use; a value that is a canonical integer is written as a JSON number.
     *
     * @param u the parameter use
     * @param g the generator
     * @throws IOException if writing fails
     */
    static void write(ParameterUse u, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("key", u.key());
        g.writeFieldName("value");
        if (INTEGER_TEXT.matcher(u.value()).matches()) {
            g.writeNumber(u.value());
        } else {
            g.writeString(u.value());
        }
        g.writeStringField("effective_from", u.effectiveFrom().toString());
        g.writeEndObject();
    }

    /** Writes a {@link Decision}, with messages when the writer carries a {@link ReasonRenderer}. */
    static final class DecisionSerializer extends StdSerializer<Decision> {
        private static final long serialVersionUID = 1L;

        DecisionSerializer() {
            super(Decision.class);
        }

        @Override
        public void serialize(Decision value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            write(value, gen, renderer(provider));
        }
    }

    /** Writes a {@link Reason}, with a message when the writer carries a {@link ReasonRenderer}. */
    static final class ReasonSerializer extends StdSerializer<Reason> {
        private static final long serialVersionUID = 1L;

        ReasonSerializer() {
            super(Reason.class);
        }

        @Override
        public void serialize(Reason value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            write(value, gen, renderer(provider));
        }
    }

    /** Writes a {@link ComponentAward}. */
    static final class ComponentAwardSerializer extends StdSerializer<ComponentAward> {
        private static final long serialVersionUID = 1L;

        ComponentAwardSerializer() {
            super(ComponentAward.class);
        }

        @Override
        public void serialize(ComponentAward value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            write(value, gen);
        }
    }

    /** Writes a {@link LegalBasis}. */
    static final class LegalBasisSerializer extends StdSerializer<LegalBasis> {
        private static final long serialVersionUID = 1L;

        LegalBasisSerializer() {
            super(LegalBasis.class);
        }

        @Override
        public void serialize(LegalBasis value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            write(value, gen);
        }
    }

    /** Writes a {@link ParameterUse}. */
    static final class ParameterUseSerializer extends StdSerializer<ParameterUse> {
        private static final long serialVersionUID = 1L;

        ParameterUseSerializer() {
            super(ParameterUse.class);
        }

        @Override
        public void serialize(ParameterUse value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            write(value, gen);
        }
    }

    private static ReasonRenderer renderer(SerializerProvider provider) {
        Object value = provider == null ? null : provider.getAttribute(ReasonRenderer.class);
        return value instanceof ReasonRenderer renderer ? renderer : null;
    }

    /** What a decision object has given so far. */
    static final class DecisionState {
        final Decision.Builder builder = Decision.builder();
        String householdId;
    }

    /** Reads a {@link Decision}; a reason's {@code message} is ignored. */
    static final class DecisionDeserializer extends TableDeserializer<Decision, DecisionState> {
        private static final long serialVersionUID = 1L;

        DecisionDeserializer() {
            super(Decision.class);
        }

        @Override
        FieldTable<DecisionState> fields() {
            return DECISION_FIELDS;
        }

        @Override
        DecisionState newState(DeserializationContext ctxt) {
            return new DecisionState();
        }

        @Override
        Decision build(DecisionState s) {
            return s.builder.build();
        }

        @Override
        String householdId(DecisionState s) {
            return s.householdId;
        }
    }

    /** Reads a {@link ComponentAward}; the NIK must be masked. */
    static final class ComponentAwardDeserializer extends TableDeserializer<ComponentAward, ComponentAward.Builder> {
        private static final long serialVersionUID = 1L;

        ComponentAwardDeserializer() {
            super(ComponentAward.class);
        }

        @Override
        FieldTable<ComponentAward.Builder> fields() {
            return AWARD_FIELDS;
        }

        @Override
        ComponentAward.Builder newState(DeserializationContext ctxt) {
            return ComponentAward.builder();
        }

        @Override
        ComponentAward build(ComponentAward.Builder b) {
            return b.build();
        }
    }

    /** Reads a {@link Reason}; {@code message} must be a string and is dropped. */
    static final class ReasonDeserializer extends TableDeserializer<Reason, Reason.Builder> {
        private static final long serialVersionUID = 1L;

        ReasonDeserializer() {
            super(Reason.class);
        }

        @Override
        FieldTable<Reason.Builder> fields() {
            return REASON_FIELDS;
        }

        @Override
        Reason.Builder newState(DeserializationContext ctxt) {
            return Reason.builder();
        }

        static void readArgs(Reason.Builder b, JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw Values.wrongType(p, "an object of strings");
            }
            Set<String> seen = new HashSet<>();
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                boolean showable = Keys.isShowable(name);
                if (!seen.add(name)) {
                    throw showable
                            ? FieldError.at(p, "duplicate key \"" + name + "\"").path(name)
                            : FieldError.at(p, "duplicate key (not shown)");
                }
                try {
                    p.nextToken();
                    b.putArgs(name, Values.string(p));
                } catch (FieldError e) {
                    throw showable ? e.under(name) : e;
                }
            }
        }

        @Override
        Reason build(Reason.Builder b) {
            return b.build();
        }
    }

    /** Reads a {@link LegalBasis}. */
    static final class LegalBasisDeserializer extends TableDeserializer<LegalBasis, LegalBasis.Builder> {
        private static final long serialVersionUID = 1L;

        LegalBasisDeserializer() {
            super(LegalBasis.class);
        }

        @Override
        FieldTable<LegalBasis.Builder> fields() {
            return LEGAL_BASIS_FIELDS;
        }

        @Override
        LegalBasis.Builder newState(DeserializationContext ctxt) {
            return LegalBasis.builder();
        }

        @Override
        LegalBasis build(LegalBasis.Builder b) {
            return b.build();
        }
    }

    /** What a provenance object has given so far: it has no builder. */
    static final class ProvenanceState {
        Provenance.Grade grade;
        boolean secondary;
        String text;
    }

    /** Reads a {@link Provenance}; {@code secondary} is false when absent. */
    static final class ProvenanceDeserializer extends TableDeserializer<Provenance, ProvenanceState> {
        private static final long serialVersionUID = 1L;

        ProvenanceDeserializer() {
            super(Provenance.class);
        }

        @Override
        FieldTable<ProvenanceState> fields() {
            return PROVENANCE_FIELDS;
        }

        @Override
        ProvenanceState newState(DeserializationContext ctxt) {
            return new ProvenanceState();
        }

        @Override
        Provenance build(ProvenanceState s) {
            return Provenance.of(s.grade, s.secondary, s.text);
        }
    }

    /** What a parameter use object has given so far: it has no builder. */
    static final class ParameterState {
        String key;
        String value;
        LocalDate effectiveFrom;
    }

    /** Reads a {@link ParameterUse}; the value may be a string or an integer. */
    static final class ParameterUseDeserializer extends TableDeserializer<ParameterUse, ParameterState> {
        private static final long serialVersionUID = 1L;

        ParameterUseDeserializer() {
            super(ParameterUse.class);
        }

        @Override
        FieldTable<ParameterState> fields() {
            return PARAMETER_FIELDS;
        }

        @Override
        ParameterState newState(DeserializationContext ctxt) {
            return new ParameterState();
        }

        @Override
        ParameterUse build(ParameterState s) {
            return ParameterUse.of(s.key, s.value, s.effectiveFrom);
        }
    }
}
