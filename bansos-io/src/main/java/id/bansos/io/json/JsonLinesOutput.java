package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * One JSON object per line, LF after each, written through one generator for the whole output: no
 * mapper or generator is created per record.
 */
final class JsonLinesOutput implements Closeable, Flushable {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator generator;

    private JsonLinesOutput(JsonGenerator generator) {
        this.generator = generator;
        // Root values are separated by the LF written after each, not by Jackson's default space.
        generator.setRootValueSeparator(null);
    }

    /**
     * Writes UTF-8 to a stream.
     *
     * @param out the stream
     * @return the output
     * @throws IOException if the generator cannot be created
     */
    static JsonLinesOutput of(OutputStream out) throws IOException {
        return new JsonLinesOutput(FACTORY.createGenerator(out, JsonEncoding.UTF8));
    }

    /**
     * Writes characters to a writer.
     *
     * @param out the writer
     * @return the output
     * @throws IOException if the generator cannot be created
     */
    static JsonLinesOutput of(Writer out) throws IOException {
        return new JsonLinesOutput(FACTORY.createGenerator(out));
    }

    /**
     * The generator to write one object with.
     *
     * @return the generator
     */
    JsonGenerator generator() {
        return generator;
    }

    /**
     * Ends the current line.
     *
     * @throws IOException if writing fails
     */
    void endLine() throws IOException {
        generator.writeRaw('\n');
    }

    @Override
    public void flush() throws IOException {
        generator.flush();
    }

    @Override
    public void close() throws IOException {
        generator.close();
    }
}
