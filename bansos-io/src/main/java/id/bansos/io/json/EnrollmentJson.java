package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.EnrollmentStatus;
import id.bansos.model.program.Program;
import java.io.IOException;

/** The JSON form of {@link Enrollment}: {@code household_id, program, since, status, exit_reason, exit_date}. */
final class EnrollmentJson {
    static final Keys KEYS = Keys.of("*household_id", "*program", "*since", "*status", "exit_reason", "exit_date");

    static final EnrollmentDeserializer ENROLLMENT = new EnrollmentDeserializer();

    private EnrollmentJson() {}

    /**
     * Writes an enrolment as one JSON object, leaving out an absent exit reason and date.
     *
     * @param e the enrolment
     * @param g the generator
     * @throws IOException if writing fails
     */
    static void write(Enrollment e, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("household_id", e.householdId());
        g.writeStringField("program", e.program().code());
        g.writeStringField("since", e.since().toString());
        g.writeStringField("status", e.status().name());
        if (e.exitReason().isPresent()) {
            g.writeStringField("exit_reason", e.exitReason().get().code());
        }
        if (e.exitDate().isPresent()) {
            g.writeStringField("exit_date", e.exitDate().get().toString());
        }
        g.writeEndObject();
    }

    /** Writes an {@link Enrollment}. */
    static final class EnrollmentSerializer extends StdSerializer<Enrollment> {
        private static final long serialVersionUID = 1L;

        EnrollmentSerializer() {
            super(Enrollment.class);
        }

        @Override
        public void serialize(Enrollment value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            write(value, gen);
        }
    }

    /** What an enrolment object has given so far. */
    static final class EnrollmentState {
        final Enrollment.Builder builder = Enrollment.builder();
        String householdId;
    }

    /** Reads an {@link Enrollment}. */
    static final class EnrollmentDeserializer extends ObjectDeserializer<Enrollment, EnrollmentState> {
        private static final long serialVersionUID = 1L;

        EnrollmentDeserializer() {
            super(Enrollment.class);
        }

        @Override
        Keys keys() {
            return KEYS;
        }

        @Override
        EnrollmentState newState(DeserializationContext ctxt) {
            return new EnrollmentState();
        }

        @Override
        void readField(EnrollmentState s, int key, JsonParser p, DeserializationContext ctxt) throws IOException {
            Enrollment.Builder b = s.builder;
            switch (key) {
                case 0 -> {
                    s.householdId = Values.nonBlank(p);
                    b.householdId(s.householdId);
                }
                case 1 -> b.program(Values.code(p, Program::of));
                case 2 -> b.since(Values.date(p));
                case 3 -> b.status(Values.enumValue(p, EnrollmentStatus.class));
                case 4 -> b.exitReason(Values.code(p, ReasonCode::of));
                case 5 -> b.exitDate(Values.date(p));
                default -> throw new IllegalStateException("no reader for key " + key);
            }
        }

        @Override
        Enrollment build(EnrollmentState s) {
            return s.builder.build();
        }

        @Override
        String householdId(EnrollmentState s) {
            return s.householdId;
        }
    }
}
