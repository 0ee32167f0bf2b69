package id.bansos.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.bansos.batch.RecordedExits;
import id.bansos.io.ReadLimits;
import id.bansos.io.json.BansosModule;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bansos exits}: the exits officers recorded, applied to the register of enrolments. */
@Command(
        name = "exits",
        mixinStandardHelpOptions = true,
        description = "Apply the exits officers recorded to the register: each matching active or suspended enrolment"
                + " becomes GRADUATED (a GRAD_* reason) or TERMINATED (any other) with exit_reason and exit_date."
                + " An exit for a household not enrolled in the programme, already exited, or dated before the"
                + " enrolment's since is rejected. The whole register as JSON Lines; counts on stderr.")
final class ExitsCommand implements Callable<Integer> {
    @Option(
            names = "--enrollments",
            required = true,
            paramLabel = "FILE",
            description = "The register: enrolments, JSON Lines.")
    Path enrollments;

    @Option(
            names = "--exits",
            required = true,
            paramLabel = "FILE",
            description = "Recorded exits, JSON Lines: household_id, program, exit_reason, exit_date.")
    Path exits;

    @Mixin
    OutputOptions outputs;

    @Mixin
    Options.Language language;

    @picocli.CommandLine.ParentCommand
    BansosCommand parent;

    private static final ReadLimits LIMITS = ReadLimits.defaults();

    @Override
    public Integer call() throws Exception {
        // Before anything is read: inputs readable, no output onto an input or another output.
        PathCheck.of()
                .input("--enrollments", enrollments)
                .input("--exits", exits)
                .output("--output", outputs.output)
                .output("--rejects", outputs.rejectsFile)
                .check();
        language.locale();
        Texts texts = parent.texts;
        PrintStream err = parent.err;
        RecordedExits recorded = RecordedExits.create();
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new BansosModule())
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        long written;
        long rejected;
        try (AtomicOutput file = outputs.output == null ? null : AtomicOutput.create(outputs.output);
                RejectSink rejects = RejectSink.open(outputs.rejectsFile, err, texts)) {
            recorded.readExits(Files.newInputStream(exits), name(exits), LIMITS, rejects);
            OutputStream out = file != null ? file.stream() : new BufferedOutputStream(parent.out, 1 << 16);
            JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8);
            json.setRootValueSeparator(null);
            long[] count = {0};
            recorded.apply(
                    Files.newInputStream(enrollments),
                    name(enrollments),
                    LIMITS,
                    e -> {
                        try {
                            mapper.writeValue(json, e);
                            json.writeRaw('\n');
                        } catch (IOException x) {
                            throw new UncheckedIOException(x);
                        }
                        count[0]++;
                    },
                    rejects);
            json.flush();
            out.flush();
            rejects.commit();
            if (file != null) {
                file.commit();
            }
            written = count[0];
            rejected = rejects.count();
        }
        err.println(texts.get(
                "exits.summary",
                texts.count(written),
                texts.count(recorded.graduated()),
                texts.count(recorded.terminated()),
                texts.count(rejected)));
        err.flush();
        return rejected > 0 ? 3 : 0;
    }

    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
