package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.function.Consumer;

/**
 * Reads one JSON object of the v1 format key by key, with the strictness the format promises
 * whatever the {@code ObjectMapper}'s settings: an unknown key, a repeated key or a missing
 * required key is an error naming the key, and a model validation failure is an error naming the
 * field it is about.
 *
 * @param <T> the type read
 * @param <S> the mutable state collected while reading, usually the type's builder
 */
abstract class ObjectDeserializer<T, S> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a reader.
     *
     * @param type the type read
     */
    ObjectDeserializer(Class<T> type) {
        super(type);
    }

    /**
     * The keys the object allows.
     *
     * @return the keys
     */
    abstract Keys keys();

    /**
     * Starts the state for one object.
     *
     * @param ctxt the context, for attributes such as read limits
     * @return new state
     */
    abstract S newState(DeserializationContext ctxt);

    /**
     * Reads the value of one allowed, non-null key; the parser is on the value's first token and
     * must be left on its last.
     *
     * @param state the state
     * @param key the key's position in {@link #keys()}
     * @param p the parser
     * @param ctxt the context
     * @throws IOException if the value is wrong or cannot be read
     */
    abstract void readField(S state, int key, JsonParser p, DeserializationContext ctxt) throws IOException;

    /**
     * Builds the value once every key is read and the required ones are present.
     *
     * @param state the state
     * @return the value
     * @throws IllegalArgumentException if the model rejects it
     */
    abstract T build(S state);

    /**
     * The household the object belongs to, once known, for error messages.
     *
     * @param state the state
     * @return the id, or null
     */
    String householdId(S state) {
        return null;
    }

    @Override
    public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
    }

    /**
     * Reads the object whose {@code START_OBJECT} (or first key) is the current token.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the value
     * @throws IOException if the object is wrong or cannot be read
     */
    final T read(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        JsonLocation start = p.currentTokenLocation();
        if (t == JsonToken.START_OBJECT) {
            t = p.nextToken();
        } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
            throw Values.wrongType(p, "an object");
        }
        Keys keys = keys();
        S state = newState(ctxt);
        try {
            long seen = 0;
            for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                int k = keys.indexOf(name);
                if (k < 0) {
                    // A key that could be personal data is not repeated, not even as the path.
                    throw FieldError.at(p, keys.unknownKeyMessage(name)).path(Keys.isShowable(name) ? name : "");
                }
                if ((seen & (1L << k)) != 0) {
                    throw FieldError.at(p, "duplicate key \"" + name + "\"").path(name);
                }
                seen |= 1L << k;
                try {
                    JsonToken value = p.nextToken();
                    if (value == JsonToken.VALUE_NULL && !keys.isRequired(k)) {
                        continue;
                    }
                    readField(state, k, p, ctxt);
                } catch (FieldError e) {
                    throw e.under(name);
                } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
                    throw FieldError.at(p, withoutField(e.getMessage(), name)).under(name);
                }
            }
            int missing = keys.firstMissing(seen);
            if (missing >= 0) {
                throw FieldError.at(p, start, "missing required key \"" + keys.name(missing) + "\"")
                        .path(keys.name(missing));
            }
            try {
                return build(state);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw modelError(p, start, e.getMessage(), keys);
            }
        } catch (FieldError e) {
            throw e.inHousehold(householdId(state));
        }
    }

    /**
     * Turns a model validation message into an error on the field it names, e.g. {@code members
     * must include a HEAD} into field {@code members}, detail {@code must include a HEAD}.
     */
    private static FieldError modelError(JsonParser p, JsonLocation start, String message, Keys keys) {
        String field = null;
        for (int i = 0; i < keys.size(); i++) {
            String name = keys.name(i);
            if (message.startsWith(name + " ") && (field == null || name.length() > field.length())) {
                field = name;
            }
        }
        if (field == null) {
            return FieldError.at(p, start, message);
        }
        return FieldError.at(p, start, message.substring(field.length() + 1)).path(field);
    }

    /**
     * Reads a JSON array of objects, naming the index of a bad element: {@code [2].nik}.
     *
     * @param p the parser on the array's first token
     * @param ctxt the context
     * @param element the reader of one element
     * @param sink receives each element in order
     * @param <E> the element type
     * @throws IOException if the token is not an array or an element is wrong
     */
    static <E> void readArray(
            JsonParser p, DeserializationContext ctxt, ObjectDeserializer<E, ?> element, Consumer<E> sink)
            throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw Values.wrongType(p, "an array");
        }
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
            try {
                sink.accept(element.read(p, ctxt));
            } catch (FieldError e) {
                throw e.atIndex(i);
            }
            i++;
        }
    }

    /** Drops a leading field name from a model message: {@code desil must be…} becomes {@code must be…}. */
    static String withoutField(String message, String field) {
        return message.startsWith(field + " ") ? message.substring(field.length() + 1) : message;
    }
}
