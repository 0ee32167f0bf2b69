package id.bansos.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.bansos.io.Reject;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Where a command's rejects go: JSON Lines ({@code line}, {@code column}, {@code household_id},
 * {@code error}) to the {@code --rejects} file, written atomically, or to standard error, flushed
 * line by line so they stay in order with what else is printed there. Counts what it receives.
 */
final class RejectSink implements Consumer<Reject>, AutoCloseable {
    private final AtomicOutput file;
    private final JsonGenerator json;
    private final Texts texts;
    private long count;

    private RejectSink(AtomicOutput file, JsonGenerator json, Texts texts) {
        this.file = file;
        this.json = json;
        this.texts = texts;
    }

    /**
     * Opens the sink.
     *
     * @param rejectsFile the {@code --rejects} file, or null for standard error
     * @param err standard error
     * @param texts the language the rejects are written in
     */
    static RejectSink open(Path rejectsFile, PrintStream err, Texts texts) throws IOException {
        AtomicOutput file = rejectsFile == null ? null : AtomicOutput.create(rejectsFile);
        JsonGenerator json = new JsonFactory().createGenerator(file != null ? file.stream() : err, JsonEncoding.UTF8);
        json.setRootValueSeparator(null);
        return new RejectSink(file, json, texts);
    }

    @Override
    public void accept(Reject r) {
        count++;
        EvaluateCommand.writeReject(json, r, texts);
        if (file == null) {
            try {
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The rejects received. */
    long count() {
        return count;
    }

    /** Flushes, and puts the file in place. */
    void commit() throws IOException {
        json.flush();
        if (file != null) {
            file.commit();
        }
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
