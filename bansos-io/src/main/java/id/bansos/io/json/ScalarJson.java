package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import id.bansos.io.Masking;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.id.KkNumber;
import id.bansos.model.id.Nik;
import id.bansos.model.id.RegionCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Component;
import id.bansos.model.program.Program;
import java.io.IOException;

/**
 * The JSON form of the single values, for callers whose own classes hold them: a NIK and a KK
 * number as strings of 16 digits, a region code as a dotted string, Rupiah as an integer, codes and
 * enums as their upper-case names.
 */
final class ScalarJson {
    private ScalarJson() {}

    /** Writes a NIK in full, or masked when the writer carries {@link Masking#MASKED}. */
    static final class NikSerializer extends StdSerializer<Nik> {
        private static final long serialVersionUID = 1L;

        NikSerializer() {
            super(Nik.class);
        }

        @Override
        public void serialize(Nik value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(Values.masking(provider) == Masking.MASKED ? value.masked() : value.value());
        }
    }

    /** Reads a NIK: a string of 16 digits (in YAML also a bare number). */
    static final class NikDeserializer extends StdDeserializer<Nik> {
        private static final long serialVersionUID = 1L;

        NikDeserializer() {
            super(Nik.class);
        }

        @Override
        public Nik deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Values.nik(p);
        }
    }

    /** Writes a KK number in full, or masked when the writer carries {@link Masking#MASKED}. */
    static final class KkNumberSerializer extends StdSerializer<KkNumber> {
        private static final long serialVersionUID = 1L;

        KkNumberSerializer() {
            super(KkNumber.class);
        }

        @Override
        public void serialize(KkNumber value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(Values.masking(provider) == Masking.MASKED ? value.masked() : value.value());
        }
    }

    /** Reads a KK number: a string of 16 digits (in YAML also a bare number). */
    static final class KkNumberDeserializer extends StdDeserializer<KkNumber> {
        private static final long serialVersionUID = 1L;

        KkNumberDeserializer() {
            super(KkNumber.class);
        }

        @Override
        public KkNumber deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Values.kkNumber(p);
        }
    }

    /** Reads a region code, with or without dots. */
    static final class RegionCodeDeserializer extends StdDeserializer<RegionCode> {
        private static final long serialVersionUID = 1L;

        RegionCodeDeserializer() {
            super(RegionCode.class);
        }

        @Override
        public RegionCode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Values.region(p);
        }
    }

    /** Writes Rupiah as a JSON integer. */
    static final class RupiahSerializer extends StdSerializer<Rupiah> {
        private static final long serialVersionUID = 1L;

        RupiahSerializer() {
            super(Rupiah.class);
        }

        @Override
        public void serialize(Rupiah value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.amount());
        }
    }

    /** Reads Rupiah from a JSON integer, never from a fraction or a string. */
    static final class RupiahDeserializer extends StdDeserializer<Rupiah> {
        private static final long serialVersionUID = 1L;

        RupiahDeserializer() {
            super(Rupiah.class);
        }

        @Override
        public Rupiah deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Values.rupiah(p, true);
        }
    }

    /** Reads an open code: {@link Program}, {@link Component} or {@link ReasonCode}. */
    static final class CodeDeserializer<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final Class<T> type;

        CodeDeserializer(Class<T> type) {
            super(type);
            this.type = type;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (type == Program.class) {
                return type.cast(Values.code(p, Program::of));
            }
            if (type == Component.class) {
                return type.cast(Values.code(p, Component::of));
            }
            return type.cast(Values.code(p, ReasonCode::of));
        }
    }

    /** Reads an enum constant by its exact upper-case name; never by ordinal or another case. */
    static final class EnumDeserializer<E extends Enum<E>> extends StdDeserializer<E> {
        private static final long serialVersionUID = 1L;

        private final Class<E> type;

        EnumDeserializer(Class<E> type) {
            super(type);
            this.type = type;
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Values.enumValue(p, type);
        }
    }
}
