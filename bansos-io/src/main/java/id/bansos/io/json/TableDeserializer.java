package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;

/**
 * An {@link ObjectDeserializer} whose keys and their readers are one {@link FieldTable}.
 *
 * @param <T> the type read
 * @param <S> the mutable state collected while reading, usually the type's builder
 */
abstract class TableDeserializer<T, S> extends ObjectDeserializer<T, S> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a reader.
     *
     * @param type the type read
     */
    TableDeserializer(Class<T> type) {
        super(type);
    }

    /**
     * The keys of the object with the reader of each, built once.
     *
     * @return the table
     */
    abstract FieldTable<S> fields();

    @Override
    final Keys keys() {
        return fields().keys();
    }

    @Override
    final void readField(S state, int key, JsonParser p, DeserializationContext ctxt) throws IOException {
        fields().read(key, state, p, ctxt);
    }
}
