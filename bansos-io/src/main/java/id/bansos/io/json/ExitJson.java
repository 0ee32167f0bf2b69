package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.lifecycle.ExitRecord;
import id.bansos.model.program.Program;
import java.io.IOException;

/**
 * The JSON form of {@link ExitRecord}, one line of an exits file: {@code household_id, program,
 * exit_reason, exit_date}, all required.
 */
final class ExitJson {
    static final FieldTable<ExitState> FIELDS = FieldTable.<ExitState>builder()
            .required("household_id", (s, p, c) -> {
                s.householdId = Values.nonBlank(p);
                s.builder.householdId(s.householdId);
            })
            .required("program", (s, p, c) -> s.builder.program(Values.code(p, Program::of)))
            .required("exit_reason", (s, p, c) -> s.builder.exitReason(Values.code(p, ReasonCode::of)))
            .required("exit_date", (s, p, c) -> s.builder.exitDate(Values.date(p)))
            .build();

    static final ExitDeserializer EXIT = new ExitDeserializer();

    private ExitJson() {}

    /** Writes an {@link ExitRecord} as one JSON object. */
    static final class ExitSerializer extends StdSerializer<ExitRecord> {
        private static final long serialVersionUID = 1L;

        ExitSerializer() {
            super(ExitRecord.class);
        }

        @Override
        public void serialize(ExitRecord e, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            g.writeStringField("household_id", e.householdId());
            g.writeStringField("program", e.program().code());
            g.writeStringField("exit_reason", e.exitReason().code());
            g.writeStringField("exit_date", e.exitDate().toString());
            g.writeEndObject();
        }
    }

    /** What an exit object has given so far. */
    static final class ExitState {
        final ExitRecord.Builder builder = ExitRecord.builder();
        String householdId;
    }

    /** Reads an {@link ExitRecord}. */
    static final class ExitDeserializer extends TableDeserializer<ExitRecord, ExitState> {
        private static final long serialVersionUID = 1L;

        ExitDeserializer() {
            super(ExitRecord.class);
        }

        @Override
        FieldTable<ExitState> fields() {
            return FIELDS;
        }

        @Override
        ExitState newState(DeserializationContext ctxt) {
            return new ExitState();
        }

        @Override
        ExitRecord build(ExitState s) {
            return s.builder.build();
        }

        @Override
        String householdId(ExitState s) {
            return s.householdId;
        }
    }
}
