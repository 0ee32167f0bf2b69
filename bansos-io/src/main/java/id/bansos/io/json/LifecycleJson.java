package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import id.bansos.model.Occupation;
import id.bansos.model.lifecycle.CommitmentCheck;
import id.bansos.model.lifecycle.CommitmentKind;
import id.bansos.model.lifecycle.CommitmentRecord;
import id.bansos.model.lifecycle.Observation;
import id.bansos.model.lifecycle.ObservedOccupation;
import id.bansos.model.lifecycle.P2k2Module;
import id.bansos.model.time.Tahap;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The v1 JSON form of the lifecycle records, one object per line of a JSON Lines file keyed by
 * {@code household_id}: {@link CommitmentRecord} ({@code household_id, tahap, checks}), {@link
 * CommitmentCheck} ({@code kind, member_index, scheduled, attended}, and for P2K2 {@code module,
 * session_date}) and {@link Observation}
 * ({@code household_id, observed_on, monthly_income, business, asset_value, occupations,
 * signed_statement}) with its {@link ObservedOccupation} entries ({@code member_index, occupation}),
 * and a {@link Tahap} as its canonical text {@code 2024-II}.
 */
final class LifecycleJson {
    static final FieldTable<RecordState> RECORD_FIELDS = FieldTable.<RecordState>builder()
            .required("household_id", (s, p, c) -> {
                s.householdId = Values.nonBlank(p);
                s.builder.householdId(s.householdId);
            })
            .required("tahap", (s, p, c) -> s.builder.tahap(tahap(p)))
            .required(
                    "checks",
                    (s, p, c) -> ObjectDeserializer.readArray(p, c, LifecycleJson.CHECK, s.builder::addChecks))
            .build();
    static final FieldTable<CommitmentCheck.Builder> CHECK_FIELDS = FieldTable.<CommitmentCheck.Builder>builder()
            .required("kind", (b, p, c) -> b.kind(Values.enumValue(p, CommitmentKind.class)))
            .optional("member_index", (b, p, c) -> b.memberIndex(Values.integer(p, 0, 99)))
            .required("scheduled", (b, p, c) -> b.scheduled(Values.integer(p, 1, CommitmentCheck.MAX_SCHEDULED)))
            .required("attended", (b, p, c) -> b.attended(Values.integer(p, 0, CommitmentCheck.MAX_SCHEDULED)))
            .optional("module", (b, p, c) -> b.module(Values.enumValue(p, P2k2Module.class)))
            .optional("session_date", (b, p, c) -> b.sessionDate(Values.date(p)))
            .build();
    static final FieldTable<ObservationState> OBSERVATION_FIELDS = FieldTable.<ObservationState>builder()
            .required("household_id", (s, p, c) -> {
                s.householdId = Values.nonBlank(p);
                s.builder.householdId(s.householdId);
            })
            .required("observed_on", (s, p, c) -> s.builder.observedOn(Values.date(p)))
            .optional("monthly_income", (s, p, c) -> s.builder.monthlyIncome(Values.rupiah(p, false)))
            .optional("business", (s, p, c) -> s.builder.business(Values.bool(p)))
            .optional("asset_value", (s, p, c) -> s.builder.assetValue(Values.rupiah(p, false)))
            .optional(
                    "occupations",
                    (s, p, c) ->
                            ObjectDeserializer.readArray(p, c, LifecycleJson.OCCUPATION, s.builder::addOccupations))
            .optional("signed_statement", (s, p, c) -> s.builder.signedStatement(Values.bool(p)))
            .build();
    static final FieldTable<ObservedOccupation.Builder> OCCUPATION_FIELDS =
            FieldTable.<ObservedOccupation.Builder>builder()
                    .required("member_index", (b, p, c) -> b.memberIndex(Values.integer(p, 0, 99)))
                    .required("occupation", (b, p, c) -> b.occupation(Values.enumValue(p, Occupation.class)))
                    .build();

    /** A tahap's text is short; anything else is not repeated in a message, since it could be a name. */
    private static final Pattern TAHAP_SHAPE = Pattern.compile("[0-9]{1,4}-[IVX]{1,4}");

    static final CommitmentCheckDeserializer CHECK = new CommitmentCheckDeserializer();
    static final CommitmentRecordDeserializer RECORD = new CommitmentRecordDeserializer();
    static final ObservationDeserializer OBSERVATION = new ObservationDeserializer();
    static final ObservedOccupationDeserializer OCCUPATION = new ObservedOccupationDeserializer();

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
     * Writes a commitment check, leaving out an absent member index, module and session date.
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
        if (c.module().isPresent()) {
            g.writeStringField("module", c.module().get().name());
        }
        if (c.sessionDate().isPresent()) {
            g.writeStringField("session_date", c.sessionDate().get().toString());
        }
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
        if (!o.occupations().isEmpty()) {
            g.writeArrayFieldStart("occupations");
            for (ObservedOccupation x : o.occupations()) {
                g.writeStartObject();
                g.writeNumberField("member_index", x.memberIndex());
                g.writeStringField("occupation", x.occupation().name());
                g.writeEndObject();
            }
            g.writeEndArray();
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
    static final class CommitmentCheckDeserializer extends TableDeserializer<CommitmentCheck, CommitmentCheck.Builder> {
        private static final long serialVersionUID = 1L;

        CommitmentCheckDeserializer() {
            super(CommitmentCheck.class);
        }

        @Override
        FieldTable<CommitmentCheck.Builder> fields() {
            return CHECK_FIELDS;
        }

        @Override
        CommitmentCheck.Builder newState(DeserializationContext ctxt) {
            return CommitmentCheck.builder();
        }

        @Override
        CommitmentCheck build(CommitmentCheck.Builder b) {
            return b.build();
        }
    }

    /** Reads an {@link ObservedOccupation}. */
    static final class ObservedOccupationDeserializer
            extends TableDeserializer<ObservedOccupation, ObservedOccupation.Builder> {
        private static final long serialVersionUID = 1L;

        ObservedOccupationDeserializer() {
            super(ObservedOccupation.class);
        }

        @Override
        FieldTable<ObservedOccupation.Builder> fields() {
            return OCCUPATION_FIELDS;
        }

        @Override
        ObservedOccupation.Builder newState(DeserializationContext ctxt) {
            return ObservedOccupation.builder();
        }

        @Override
        ObservedOccupation build(ObservedOccupation.Builder b) {
            return b.build();
        }
    }

    /** What a commitment record object has given so far. */
    static final class RecordState {
        final CommitmentRecord.Builder builder = CommitmentRecord.builder();
        String householdId;
    }

    /** Reads a {@link CommitmentRecord}. */
    static final class CommitmentRecordDeserializer extends TableDeserializer<CommitmentRecord, RecordState> {
        private static final long serialVersionUID = 1L;

        CommitmentRecordDeserializer() {
            super(CommitmentRecord.class);
        }

        @Override
        FieldTable<RecordState> fields() {
            return RECORD_FIELDS;
        }

        @Override
        RecordState newState(DeserializationContext ctxt) {
            return new RecordState();
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
    static final class ObservationDeserializer extends TableDeserializer<Observation, ObservationState> {
        private static final long serialVersionUID = 1L;

        ObservationDeserializer() {
            super(Observation.class);
        }

        @Override
        FieldTable<ObservationState> fields() {
            return OBSERVATION_FIELDS;
        }

        @Override
        ObservationState newState(DeserializationContext ctxt) {
            return new ObservationState();
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
