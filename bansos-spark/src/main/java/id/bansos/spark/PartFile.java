package id.bansos.spark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;

/**
 * One task's {@code part-NNNNN} file: written under {@code DIR/_temporary/ATTEMPT/} and moved into
 * {@code DIR} when the task has written all of it, so that a failed or repeated attempt never leaves
 * a partial file in place.
 */
final class PartFile implements AutoCloseable {
    private final FileSystem fs;
    private final Path temporary;
    private final Path target;
    private final OutputStream stream;
    private JsonGenerator json;
    private boolean committed;

    private PartFile(FileSystem fs, Path temporary, Path target) throws IOException {
        this.fs = fs;
        this.temporary = temporary;
        this.target = target;
        this.stream = new BufferedOutputStream(fs.create(temporary, true), 1 << 16);
    }

    static PartFile create(Configuration conf, String dir, int partition) throws IOException {
        Path base = new Path(dir);
        TaskContext task = TaskContext.get();
        String attempt = task == null ? "driver" : Long.toString(task.taskAttemptId());
        String name = String.format(Locale.ROOT, "part-%05d", partition);
        Path temporary = new Path(new Path(new Path(base, "_temporary"), attempt), name);
        return new PartFile(base.getFileSystem(conf), temporary, new Path(base, name));
    }

    OutputStream stream() {
        return stream;
    }

    /** A generator of JSON lines on the stream (no separator between root values). */
    JsonGenerator json() throws IOException {
        if (json == null) {
            json = new JsonFactory().createGenerator(stream, JsonEncoding.UTF8);
            json.setRootValueSeparator(null);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        }
        return json;
    }

    /** Writes the rest and moves the file into place, replacing one an earlier attempt left. */
    void commit() throws IOException {
        if (json != null) {
            json.flush();
        }
        stream.close();
        if (fs.exists(target)) {
            fs.delete(target, false);
        }
        if (!fs.rename(temporary, target)) {
            throw new IOException("cannot move " + temporary + " to " + target);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            stream.close();
            fs.delete(temporary, false);
        }
    }
}
