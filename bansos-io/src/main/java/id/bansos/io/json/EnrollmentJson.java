package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.EnrollmentStatus;
import id.bansos.model.program.Program;
import java.io.IOException;

/**
 * The JSON form of {@link Enrollment}: {@code household_id, program, since, status, exit_reason,
 * exit_date, region}.
 */
final class EnrollmentJson {
    static final FieldTable<EnrollmentState> FIELDS = FieldTable.<EnrollmentState>builder()
            .required("household_id", (s, p, c) -> {
                s.householdId = Values.nonBlank(p);
                s.builder.householdId(s.householdId);
            })
            .required("program", (s, p, c) -> s.builder.program(Values.code(p, Program::of)))
            .required("since", (s, p, c) -> s.builder.since(Values.date(p)))
            .required("status", (s, p, c) -> s.builder.status(Values.enumValue(p, EnrollmentStatus.class)))
            .optional("exit_reason", (s, p, c) -> s.builder.exitReason(Values.code(p, ReasonCode::of)))
            .optional("exit_date", (s, p, c) -> s.builder.exitDate(Values.date(p)))
            .optional("region", (s, p, c) -> s.builder.region(Values.region(p)))
            .build();

    static final EnrollmentDeserializer ENROLLMENT = new EnrollmentDeserializer();

    private EnrollmentJson() {}

    /**
     * Writes an enrolment as one JSON object, leaving out an absent exit reason, exit date and
     * region.
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
        if (e.region().isPresent()) {
            g.writeStringField("region", e.region().get().toString());
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
    static final class EnrollmentDeserializer extends TableDeserializer<Enrollment, EnrollmentState> {
        private static final long serialVersionUID = 1L;

        EnrollmentDeserializer() {
            super(Enrollment.class);
        }

        @Override
        FieldTable<EnrollmentState> fields() {
            return FIELDS;
        }

        @Override
        EnrollmentState newState(DeserializationContext ctxt) {
            return new EnrollmentState();
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
