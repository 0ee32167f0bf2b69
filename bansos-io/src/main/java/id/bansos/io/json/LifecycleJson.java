package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import id.bansos.model.lifecycle.CommitmentCheck;
import id.bansos.model.lifecycle.CommitmentKind;
import id.bansos.model.lifecycle.CommitmentRecord;
import id.bansos.model.lifecycle.Observation;
import id.bansos.model.time.Tahap;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The v1 JSON form of the lifecycle records, one object per line of a JSON Lines file keyed by
 * {@code household_id}: {@link CommitmentRecord} ({@code household_id, tahap, checks}), {@link
 * CommitmentCheck} ({@code kind, member_index, scheduled, attended}) and {@link Observation}
 * ({@code household_id, observed_on, monthly_income, business, asset_value, signed_statement}),
 * and a {@link Tahap} as its canonical text {@code 2024-II}.
 */
final class LifecycleJson {
    static final Keys RECORD_KEYS = Keys.of("*household_id", "*tahap", "*checks");
    static final Keys CHECK_KEYS = Keys.of("*kind", "member_index", "*scheduled", "*attended");
    static final Keys OBSERVATION_KEYS =
            Keys.of("*household_id", "*observed_on", "monthly_income", "business", "asset_value", "signed_statement");

    /** A tahap's text is short; anything else is not repeated in a message, since it could be a name. */
    private static final Pattern TAHAP_SHAPE = Pattern.compile("[0-9]{1,4}-[IVX]{1,4}");

    static final CommitmentCheckDeserializer CHECK = new CommitmentCheckDeserializer();
    static final CommitmentRecordDeserializer RECORD = new CommitmentRecordDeserializer();
    static final ObservationDeserializer OBSERVATION = new ObservationDeserializer();

    private LifecycleJson() {}

    /**
     * Writes a commitment record; {@code checks} holds at least one check.
     *
     * @param r the record
     * @param g the generator
     * @throws IOException if writing fails
     */
    static void write(CommitmentRecord r, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("household_id", r.householdId());
        g.writeStringField("tahap", r.tahap().toString());
        g.writeArrayFieldStart("checks");
        for (CommitmentCheck c : r.checks()) {
            write(c, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Writes a commitment check, leaving out an absent member index.
     *
     * @param c the check
     * @param g the generator
     * @throws IOException if writing fails
     */
    static void write(CommitmentCheck c, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", c.kind().name());
        if (c.memberIndex().isPresent()) {
            g.writeNumberField("member_index", c.memberIndex().getAsInt());
        }
        g.writeNumberField("scheduled", c.scheduled());
        g.writeNumberField("attended", c.attended());
        g.writeEndObject();
    }

    /**
     * Writes an observation, leaving out absent findings and a {@code signed_statement} that is
     * false.
     *
     * @param o the observation
     * @param g the generator
     * @throws IOException if writing fails
     */
    static void write(Observation o, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("household_id", o.householdId());
        g.writeStringField("observed_on", o.observedOn().toString());
        if (o.monthlyIncome().isPresent()) {
            g.writeNumberField("monthly_income", o.monthlyIncome().get().amount());
        }
        if (o.business().isPresent()) {
            g.writeBooleanField("business", o.business().get());
        }
        if (o.assetValue().isPresent()) {
            g.writeNumberField("asset_value", o.assetValue().get().amount());
        }
        if (o.signedStatement()) {
            g.writeBooleanField("signed_statement", true);
        }
        g.writeEndObject();
    }

    /**
     * Reads a tahap in its canonical form {@code 2024-II}.
     *
     * @param p the parser on the value
     * @return the tahap
     * @throws FieldError if the token is not a string of that form
     */
    static Tahap tahap(JsonParser p) throws IOException {
        String s = Values.string(p);
        try {
            return Tahap.parse(s);
        } catch (IllegalArgumentException e) {
            throw FieldError.at(
                    p,
                    "must be a tahap like 2024-I, 2024-II, 2024-III or 2024-IV"
                            + (TAHAP_SHAPE.matcher(s).matches() ? ", got \"" + s + "\"" : ""));
        }
    }

    /** Writes a {@link CommitmentRecord}. */
    static final class CommitmentRecordSerializer extends StdSerializer<CommitmentRecord> {
        private static final long serialVersionUID = 1L;

        CommitmentRecordSerializer() {
            super(CommitmentRecord.class);
        }

        @Override
        public void serialize(CommitmentRecord value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            write(value, gen);
        }
    }

    /** Writes a {@link CommitmentCheck}. */
    static final class CommitmentCheckSerializer extends StdSerializer<CommitmentCheck> {
        private static final long serialVersionUID = 1L;

        CommitmentCheckSerializer() {
            super(CommitmentCheck.class);
        }

        @Override
        public void serialize(CommitmentCheck value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            write(value, gen);
        }
    }

    /** Writes an {@link Observation}. */
    static final class ObservationSerializer extends StdSerializer<Observation> {
        private static final long serialVersionUID = 1L;

        ObservationSerializer() {
            super(Observation.class);
        }

        @Override
        public void serialize(Observation value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            write(value, gen);
        }
    }

    /** Reads a {@link Tahap} written as {@code 2024-II}. */
    static final class TahapDeserializer extends StdDeserializer<Tahap> {
        private static final long serialVersionUID = 1L;

        TahapDeserializer() {
            super(Tahap.class);
        }

        @Override
        public Tahap deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return tahap(p);
        }
    }

    /** Reads a {@link CommitmentCheck}. */
    static final class CommitmentCheckDeserializer
            extends ObjectDeserializer<CommitmentCheck, CommitmentCheck.Builder> {
        private static final long serialVersionUID = 1L;

        CommitmentCheckDeserializer() {
            super(CommitmentCheck.class);
        }

        @Override
        Keys keys() {
            return CHECK_KEYS;
        }

        @Override
        CommitmentCheck.Builder newState(DeserializationContext ctxt) {
            return CommitmentCheck.builder();
        }

        @Override
        void readField(CommitmentCheck.Builder b, int key, JsonParser p, DeserializationContext ctxt)
                throws IOException {
            switch (key) {
                case 0 -> b.kind(Values.enumValue(p, CommitmentKind.class));
                case 1 -> b.memberIndex(Values.integer(p, 0, 99));
                case 2 -> b.scheduled(Values.integer(p, 1, CommitmentCheck.MAX_SCHEDULED));
                case 3 -> b.attended(Values.integer(p, 0, CommitmentCheck.MAX_SCHEDULED));
                default -> throw new IllegalStateException("no reader for key " + key);
            }
        }

        @Override
        CommitmentCheck build(CommitmentCheck.Builder b) {
            return b.build();
        }
    }

    /** What a commitment record object has given so far. */
    static final class RecordState {
        final CommitmentRecord.Builder builder = CommitmentRecord.builder();
        String householdId;
    }

    /** Reads a {@link CommitmentRecord}. */
    static final class CommitmentRecordDeserializer extends ObjectDeserializer<CommitmentRecord, RecordState> {
        private static final long serialVersionUID = 1L;

        CommitmentRecordDeserializer() {
            super(CommitmentRecord.class);
        }

        @Override
        Keys keys() {
            return RECORD_KEYS;
        }

        @Override
        RecordState newState(DeserializationContext ctxt) {
            return new RecordState();
        }

        @Override
        void readField(RecordState s, int key, JsonParser p, DeserializationContext ctxt) throws IOException {
            switch (key) {
                case 0 -> {
                    s.householdId = Values.nonBlank(p);
                    s.builder.householdId(s.householdId);
                }
                case 1 -> s.builder.tahap(tahap(p));
                case 2 -> readArray(p, ctxt, CHECK, s.builder::addChecks);
                default -> throw new IllegalStateException("no reader for key " + key);
            }
        }

        @Override
        CommitmentRecord build(RecordState s) {
            return s.builder.build();
        }

        @Override
        String householdId(RecordState s) {
            return s.householdId;
        }
    }

    /** What an observation object has given so far. */
    static final class ObservationState {
        final Observation.Builder builder = Observation.builder();
        String householdId;
    }

    /** Reads an {@link Observation}. */
    static final class ObservationDeserializer extends ObjectDeserializer<Observation, ObservationState> {
        private static final long serialVersionUID = 1L;

        ObservationDeserializer() {
            super(Observation.class);
        }

        @Override
        Keys keys() {
            return OBSERVATION_KEYS;
        }

        @Override
        ObservationState newState(DeserializationContext ctxt) {
            return new ObservationState();
        }

        @Override
        void readField(ObservationState s, int key, JsonParser p, DeserializationContext ctxt) throws IOException {
            Observation.Builder b = s.builder;
            switch (key) {
                case 0 -> {
                    s.householdId = Values.nonBlank(p);
                    b.householdId(s.householdId);
                }
                case 1 -> b.observedOn(Values.date(p));
                case 2 -> b.monthlyIncome(Values.rupiah(p, false));
                case 3 -> b.business(Values.bool(p));
                case 4 -> b.assetValue(Values.rupiah(p, false));
                case 5 -> b.signedStatement(Values.bool(p));
                default -> throw new IllegalStateException("no reader for key " + key);
            }
        }

        @Override
        Observation build(ObservationState s) {
            return s.builder.build();
        }

        @Override
        String householdId(ObservationState s) {
            return s.householdId;
        }
    }
}
