package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import id.bansos.io.Masking;
import id.bansos.io.ReadLimits;
import id.bansos.model.Household;
import id.bansos.model.Occupation;
import id.bansos.model.Person;
import id.bansos.model.Relationship;
import id.bansos.model.SchoolLevel;
import id.bansos.model.Sex;
import id.bansos.model.program.Program;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/** The v1 JSON form of {@link Household} and {@link Person}. */
final class HouseholdJson {
    static final Keys HOUSEHOLD_KEYS =
            Keys.of("*id", "kk_number", "*region", "desil", "monthly_income", "*members", "receives");

    static final Keys PERSON_KEYS = Keys.of(
            "*nik",
            "name",
            "*sex",
            "*birth_date",
            "*relationship",
            "pregnant",
            "postpartum",
            "pregnancy_order",
            "school_level",
            "severe_disability",
            "occupation",
            "deceased");

    /** The most programme codes one household's {@code receives} may hold. */
    static final int MAX_RECEIVES = 100;

    static final PersonDeserializer PERSON = new PersonDeserializer();
    static final HouseholdDeserializer HOUSEHOLD = new HouseholdDeserializer();

    private HouseholdJson() {}

    /**
     * Writes a household as one JSON object, keys in the order of the v1 table; absent optional
     * keys and false booleans are left out.
     *
     * @param h the household
     * @param g the generator
     * @param masking whether to mask NIK and KK number and drop names
     * @throws IOException if writing fails
     */
    static void write(Household h, JsonGenerator g, Masking masking) throws IOException {
        boolean masked = masking == Masking.MASKED;
        g.writeStartObject();
        g.writeStringField("id", h.id());
        if (h.kkNumber().isPresent()) {
            g.writeStringField(
                    "kk_number",
                    masked ? h.kkNumber().get().masked() : h.kkNumber().get().value());
        }
        g.writeStringField("region", h.region().toString());
        if (h.desil().isPresent()) {
            g.writeNumberField("desil", h.desil().getAsInt());
        }
        if (h.monthlyIncome().isPresent()) {
            g.writeNumberField("monthly_income", h.monthlyIncome().get().amount());
        }
        g.writeArrayFieldStart("members");
        for (Person p : h.members()) {
            write(p, g, masking);
        }
        g.writeEndArray();
        if (!h.receives().isEmpty()) {
            g.writeArrayFieldStart("receives");
            for (Program code : h.receives()) {
                g.writeString(code.code());
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * Writes a person as one JSON object.
     *
     * @param p the person
     * @param g the generator
     * @param masking whether to mask the NIK and drop the name
     * @throws IOException if writing fails
     */
    static void write(Person p, JsonGenerator g, Masking masking) throws IOException {
        boolean masked = masking == Masking.MASKED;
        g.writeStartObject();
        g.writeStringField("nik", masked ? p.nik().masked() : p.nik().value());
        if (!masked && p.name().isPresent()) {
            g.writeStringField("name", p.name().get());
        }
        g.writeStringField("sex", p.sex().name());
        g.writeStringField("birth_date", p.birthDate().toString());
        g.writeStringField("relationship", p.relationship().name());
        if (p.pregnant()) {
            g.writeBooleanField("pregnant", true);
        }
        if (p.postpartum()) {
            g.writeBooleanField("postpartum", true);
        }
        if (p.pregnancyOrder().isPresent()) {
            g.writeNumberField("pregnancy_order", p.pregnancyOrder().getAsInt());
        }
        if (p.schoolLevel().isPresent()) {
            g.writeStringField("school_level", p.schoolLevel().get().name());
        }
        if (p.severeDisability()) {
            g.writeBooleanField("severe_disability", true);
        }
        if (p.occupation().isPresent()) {
            g.writeStringField("occupation", p.occupation().get().name());
        }
        if (p.deceased()) {
            g.writeBooleanField("deceased", true);
        }
        g.writeEndObject();
    }

    /** Writes a {@link Household}, masked when the writer carries {@link Masking#MASKED}. */
    static final class HouseholdSerializer extends StdSerializer<Household> {
        private static final long serialVersionUID = 1L;

        HouseholdSerializer() {
            super(Household.class);
        }

        @Override
        public void serialize(Household value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            write(value, gen, Values.masking(provider));
        }
    }

    /** Writes a {@link Person}, masked when the writer carries {@link Masking#MASKED}. */
    static final class PersonSerializer extends StdSerializer<Person> {
        private static final long serialVersionUID = 1L;

        PersonSerializer() {
            super(Person.class);
        }

        @Override
        public void serialize(Person value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            write(value, gen, Values.masking(provider));
        }
    }

    /** What a household object has given so far. */
    static final class HouseholdState {
        final Household.Builder builder = Household.builder();
        final int maxMembers;
        String id;

        HouseholdState(int maxMembers) {
            this.maxMembers = maxMembers;
        }
    }

    /** Reads a {@link Household}. */
    static final class HouseholdDeserializer extends ObjectDeserializer<Household, HouseholdState> {
        private static final long serialVersionUID = 1L;
        private static final int ID = 0;
        private static final int KK_NUMBER = 1;
        private static final int REGION = 2;
        private static final int DESIL = 3;
        private static final int MONTHLY_INCOME = 4;
        private static final int MEMBERS = 5;
        private static final int RECEIVES = 6;

        HouseholdDeserializer() {
            super(Household.class);
        }

        @Override
        Keys keys() {
            return HOUSEHOLD_KEYS;
        }

        @Override
        HouseholdState newState(DeserializationContext ctxt) {
            Object limits = ctxt == null ? null : ctxt.getAttribute(ReadLimits.class);
            int max = limits instanceof ReadLimits readLimits
                    ? Math.min(readLimits.maxMembers(), Household.MAX_MEMBERS)
                    : Household.MAX_MEMBERS;
            return new HouseholdState(max);
        }

        @Override
        void readField(HouseholdState s, int key, JsonParser p, DeserializationContext ctxt) throws IOException {
            switch (key) {
                case ID -> {
                    s.id = Values.nonBlank(p);
                    s.builder.id(s.id);
                }
                case KK_NUMBER -> s.builder.kkNumber(Values.kkNumber(p));
                case REGION -> s.builder.region(Values.region(p));
                case DESIL -> s.builder.desil(Values.integer(p, 1, 10));
                case MONTHLY_INCOME -> s.builder.monthlyIncome(Values.rupiah(p, false));
                case MEMBERS -> readMembers(s, p, ctxt);
                case RECEIVES -> readReceives(s, p);
                default -> throw new IllegalStateException("no reader for key " + key);
            }
        }

        private static void readMembers(HouseholdState s, JsonParser p, DeserializationContext ctxt)
                throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw Values.wrongType(p, "an array of persons");
            }
            int i = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
                if (i >= s.maxMembers) {
                    // Stop here: reading on would let a hostile file fill memory with persons.
                    throw FieldError.at(
                            p, "must hold 1 to " + s.maxMembers + " persons, got more than " + s.maxMembers);
                }
                try {
                    s.builder.addMembers(PERSON.read(p, ctxt));
                } catch (FieldError e) {
                    throw e.atIndex(i);
                }
                i++;
            }
        }

        /** Reads {@code receives}: an array of programme codes, each well-formed, none twice. */
        private static void readReceives(HouseholdState s, JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw Values.wrongType(p, "an array of programme codes");
            }
            Set<Program> seen = new HashSet<>();
            int i = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
                if (i >= MAX_RECEIVES) {
                    throw FieldError.at(p, "must hold at most " + MAX_RECEIVES + " programme codes");
                }
                try {
                    Program code = Values.code(p, Program::of);
                    if (!seen.add(code)) {
                        throw FieldError.at(p, "must not repeat a programme, got \"" + code + "\" twice");
                    }
                    s.builder.addReceives(code);
                } catch (FieldError e) {
                    throw e.atIndex(i);
                }
                i++;
            }
        }

        @Override
        Household build(HouseholdState s) {
            return s.builder.build();
        }

        @Override
        String householdId(HouseholdState s) {
            return s.id;
        }
    }

    /** Reads a {@link Person}. */
    static final class PersonDeserializer extends ObjectDeserializer<Person, Person.Builder> {
        private static final long serialVersionUID = 1L;
        private static final int NIK = 0;
        private static final int NAME = 1;
        private static final int SEX = 2;
        private static final int BIRTH_DATE = 3;
        private static final int RELATIONSHIP = 4;
        private static final int PREGNANT = 5;
        private static final int POSTPARTUM = 6;
        private static final int PREGNANCY_ORDER = 7;
        private static final int SCHOOL_LEVEL = 8;
        private static final int SEVERE_DISABILITY = 9;
        private static final int OCCUPATION = 10;
        private static final int DECEASED = 11;

        PersonDeserializer() {
            super(Person.class);
        }

        @Override
        Keys keys() {
            return PERSON_KEYS;
        }

        @Override
        Person.Builder newState(DeserializationContext ctxt) {
            return Person.builder();
        }

        @Override
        void readField(Person.Builder b, int key, JsonParser p, DeserializationContext ctxt) throws IOException {
            switch (key) {
                case NIK -> b.nik(Values.nik(p));
                case NAME -> b.name(Values.string(p));
                case SEX -> b.sex(Values.enumValue(p, Sex.class));
                case BIRTH_DATE -> b.birthDate(Values.date(p));
                case RELATIONSHIP -> b.relationship(Values.enumValue(p, Relationship.class));
                case PREGNANT -> b.pregnant(Values.bool(p));
                case POSTPARTUM -> b.postpartum(Values.bool(p));
                case PREGNANCY_ORDER -> b.pregnancyOrder(Values.integer(p, 1, 99));
                case SCHOOL_LEVEL -> b.schoolLevel(Values.enumValue(p, SchoolLevel.class));
                case SEVERE_DISABILITY -> b.severeDisability(Values.bool(p));
                case OCCUPATION -> b.occupation(Values.enumValue(p, Occupation.class));
                case DECEASED -> b.deceased(Values.bool(p));
                default -> throw new IllegalStateException("no reader for key " + key);
            }
        }

        @Override
        Person build(Person.Builder b) {
            return b.build();
        }
    }
}
