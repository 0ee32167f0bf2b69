package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys of one object of the v1 format, each written next to the reader of its value, in the
 * order writers put them: {@code FieldTable.<S>builder().required("since", (s, p, c) ->
 * s.since(Values.date(p))).build()}. Built once per object type; immutable and thread-safe.
 *
 * @param <S> the mutable state a value is read into, usually the type's builder
 */
final class FieldTable<S> {
    /**
     * Reads the value of one key into the state.
     *
     * @param <S> the state
     */
    @FunctionalInterface
    interface FieldReader<S> {
        /**
         * Reads a non-null value; the parser is on the value's first token and must be left on its
         * last.
         *
         * @param state the state
         * @param p the parser
         * @param ctxt the context
         * @throws IOException if the value is wrong or cannot be read
         */
        void read(S state, JsonParser p, DeserializationContext ctxt) throws IOException;
    }

    private final Keys keys;
    private final List<FieldReader<S>> readers;

    private FieldTable(Keys keys, List<FieldReader<S>> readers) {
        this.keys = keys;
        this.readers = readers;
    }

    /**
     * Starts a table.
     *
     * @param <S> the state
     * @return a new builder
     */
    static <S> Builder<S> builder() {
        return new Builder<>();
    }

    /**
     * The keys, with the required ones marked.
     *
     * @return the keys
     */
    Keys keys() {
        return keys;
    }

    /**
     * Reads the value of the key at a position.
     *
     * @param key the key's position in {@link #keys()}
     * @param state the state
     * @param p the parser, on the value's first token
     * @param ctxt the context
     * @throws IOException if the value is wrong or cannot be read
     */
    void read(int key, S state, JsonParser p, DeserializationContext ctxt) throws IOException {
        readers.get(key).read(state, p, ctxt);
    }

    /**
     * Collects keys and their readers in writing order.
     *
     * @param <S> the state
     */
    static final class Builder<S> {
        private final List<String> specs = new ArrayList<>();
        private final List<FieldReader<S>> readers = new ArrayList<>();

        private Builder() {}

        /**
         * Adds a key the object must have.
         *
         * @param name the key
         * @param reader the reader of its value
         * @return this builder
         */
        Builder<S> required(String name, FieldReader<S> reader) {
            return add("*" + name, reader);
        }

        /**
         * Adds a key the object may leave out or give as {@code null}.
         *
         * @param name the key
         * @param reader the reader of its non-null value
         * @return this builder
         */
        Builder<S> optional(String name, FieldReader<S> reader) {
            return add(name, reader);
        }

        private Builder<S> add(String spec, FieldReader<S> reader) {
            specs.add(spec);
            readers.add(reader);
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table
         * @throws IllegalArgumentException if it has more than 64 keys
         */
        FieldTable<S> build() {
            return new FieldTable<>(Keys.of(specs.toArray(new String[0])), List.copyOf(readers));
        }
    }
}
