package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import id.bansos.model.lifecycle.WaitlistEntry;
import java.io.IOException;

/** The JSON form of {@link WaitlistEntry}, one line of a waitlist: {@code {"household_id"}}, required. */
final class WaitlistJson {
    static final FieldTable<WaitlistState> FIELDS = FieldTable.<WaitlistState>builder()
            .required("household_id", (s, p, c) -> s.householdId = Values.nonBlank(p))
            .build();

    static final WaitlistDeserializer WAITLIST = new WaitlistDeserializer();

    private WaitlistJson() {}

    /** Writes a {@link WaitlistEntry} as one JSON object. */
    static final class WaitlistSerializer extends StdSerializer<WaitlistEntry> {
        private static final long serialVersionUID = 1L;

        WaitlistSerializer() {
            super(WaitlistEntry.class);
        }

        @Override
        public void serialize(WaitlistEntry e, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            g.writeStringField("household_id", e.householdId());
            g.writeEndObject();
        }
    }

    /** What a waitlist object has given so far. */
    static final class WaitlistState {
        String householdId;
    }

    /** Reads a {@link WaitlistEntry}. */
    static final class WaitlistDeserializer extends TableDeserializer<WaitlistEntry, WaitlistState> {
        private static final long serialVersionUID = 1L;

        WaitlistDeserializer() {
            super(WaitlistEntry.class);
        }

        @Override
        FieldTable<WaitlistState> fields() {
            return FIELDS;
        }

        @Override
        WaitlistState newState(DeserializationContext ctxt) {
            return new WaitlistState();
        }

        @Override
        WaitlistEntry build(WaitlistState s) {
            return WaitlistEntry.of(s.householdId);
        }

        @Override
        String householdId(WaitlistState s) {
            return s.householdId;
        }
    }
}
