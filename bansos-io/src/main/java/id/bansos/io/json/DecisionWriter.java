package id.bansos.io.json;

import id.bansos.model.decision.Decision;
import id.bansos.model.decision.ReasonRenderer;
import id.bansos.model.internal.Checks;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Writes decisions as JSON Lines, one compact v1 object per line, LF-terminated.
 *
 * <p>A decision never carries a full NIK: component persons have {@code member_nik} masked. With a
 * {@link ReasonRenderer}, each reason gets a {@code message}; without one, no {@code message} key is
 * written. Not thread-safe.
 */
public final class DecisionWriter implements Closeable, Flushable {
    private final JsonLinesOutput out;
    private final ReasonRenderer renderer;

    private DecisionWriter(JsonLinesOutput out, ReasonRenderer renderer) {
        this.out = out;
        this.renderer = renderer;
    }

    /**
     * Writes UTF-8 to a stream, without messages.
     *
     * @param out the stream, not null; closed by {@link #close()}
     * @return the writer
     * @throws IOException if the output cannot be prepared
     */
    public static DecisionWriter of(OutputStream out) throws IOException {
        Checks.notNull(out, "out");
        return new DecisionWriter(JsonLinesOutput.of(out), null);
    }

    /**
     * Writes UTF-8 to a stream, with each reason's message.
     *
     * @param out the stream, not null; closed by {@link #close()}
     * @param renderer renders each reason's message, not null
     * @return the writer
     * @throws IOException if the output cannot be prepared
     */
    public static DecisionWriter of(OutputStream out, ReasonRenderer renderer) throws IOException {
        Checks.notNull(out, "out");
        Checks.notNull(renderer, "renderer");
        return new DecisionWriter(JsonLinesOutput.of(out), renderer);
    }

    /**
     * Writes characters to a writer, without messages.
     *
     * @param out the writer, not null; closed by {@link #close()}
     * @return the writer
     * @throws IOException if the output cannot be prepared
     */
    public static DecisionWriter of(Writer out) throws IOException {
        Checks.notNull(out, "out");
        return new DecisionWriter(JsonLinesOutput.of(out), null);
    }

    /**
     * Writes characters to a writer, with each reason's message.
     *
     * @param out the writer, not null; closed by {@link #close()}
     * @param renderer renders each reason's message, not null
     * @return the writer
     * @throws IOException if the output cannot be prepared
     */
    public static DecisionWriter of(Writer out, ReasonRenderer renderer) throws IOException {
        Checks.notNull(out, "out");
        Checks.notNull(renderer, "renderer");
        return new DecisionWriter(JsonLinesOutput.of(out), renderer);
    }

    /**
     * Writes one decision as one line.
     *
     * @param decision the decision, not null
     * @throws IOException if writing fails
     */
    public void write(Decision decision) throws IOException {
        Checks.notNull(decision, "decision");
        DecisionJson.write(decision, out.generator(), renderer, true);
        out.endLine();
    }

    /**
     * Flushes what was written to the output.
     *
     * @throws IOException if flushing fails
     */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /**
     * Flushes and closes the output.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        out.close();
    }

    private static final ThreadLocal<Encoder> ENCODERS = ThreadLocal.withInitial(Encoder::new);

    /**
     * Encodes one decision as a JSON line (UTF-8, ending in a line feed), exactly as {@link #write}
     * writes it; safe to call from many threads at once, for batch evaluation that encodes on
     * worker threads.
     *
     * @param decision the decision, not null
     * @param renderer fills each reason's {@code message}; null for none. Pass the same instance for
     *     every decision of a batch (not a new {@code messages::render} per call): the text of each
     *     distinct reason is kept per renderer, and reused
     * @return the bytes of the line, not null
     * @throws IOException if encoding fails
     */
    public static byte[] encode(Decision decision, ReasonRenderer renderer) throws IOException {
        Checks.notNull(decision, "decision");
        return ENCODERS.get().encode(decision, renderer);
    }

    /**
     * Writes a legal basis as a decision's reasons carry it: {@code instrument}, then {@code
     * number}, {@code year}, {@code article} and {@code note} where present. For other documents
     * that show legal bases the same way (the HTTP server's parameter and rule listings).
     *
     * @param basis the legal basis, not null
     * @param g where to write, not null
     * @throws NullPointerException if an argument is null
     * @throws IOException if writing fails
     */
    public static void writeLegalBasis(
            id.bansos.model.decision.LegalBasis basis, com.fasterxml.jackson.core.JsonGenerator g) throws IOException {
        DecisionJson.write(Checks.notNull(basis, "basis"), Checks.notNull(g, "g"));
    }

    /** A reusable buffer and generator per thread. */
    private static final class Encoder {
        private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(2048);
        private final JsonLinesOutput out;

        Encoder() {
            try {
                out = JsonLinesOutput.of(buffer);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        byte[] encode(Decision decision, ReasonRenderer renderer) throws IOException {
            buffer.reset();
            DecisionJson.write(decision, out.generator(), renderer, true);
            out.endLine();
            out.flush();
            return buffer.toByteArray();
        }
    }
}
