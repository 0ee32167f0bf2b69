package id.bansos.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.bansos.batch.Escape;
import id.bansos.batch.GraduationRun;
import id.bansos.io.HouseholdSource;
import id.bansos.io.ReadLimits;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.graduation.GraduationAssessment;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bansos graduate}: graduation candidates among enrolled households. */
@Command(
        name = "graduate",
        mixinStandardHelpOptions = true,
        description = "Assess the enrolled households of INPUT for graduation as of DATE: candidate type"
                + " (GRAD_ALAMIAH, GRAD_MANDIRI, GRAD_SEJAHTERA, GRAD_PAKSA), exclusions found, reasons and the"
                + " priority flag for families enrolled more than five years. The extra files are JSON Lines keyed by"
                + " household_id. One JSON line per active enrolment; counts on stderr.")
final class GraduateCommand implements Callable<Integer> {
    @Mixin
    Options.AsOf.OfAssessment asOf;

    @Option(names = "--commitments", paramLabel = "FILE", description = "Commitment records per tahap, JSON Lines.")
    Path commitments;

    @Option(names = "--observations", paramLabel = "FILE", description = "Monitoring observations, JSON Lines.")
    Path observations;

    @Mixin
    RegisterOptions outputs;

    @Mixin
    Options.InputFormat inputFormat;

    @Mixin
    Options.Regions regions;

    @Mixin
    Options.Parameters parameters;

    @Mixin
    Options.Language language;

    @Parameters(paramLabel = "INPUT", description = "Households (the registry records of the enrolled families).")
    String input;

    @picocli.CommandLine.ParentCommand
    BansosCommand parent;

    private static final ReadLimits LIMITS = ReadLimits.defaults();

    @Override
    public Integer call() throws Exception {
        // Before anything is read: inputs readable, no output onto an input or another output.
        outputs.paths(input, parameters.files)
                .input("--commitments", commitments)
                .input("--observations", observations)
                .input("--regions", regions.file)
                .check();
        LocalDate date = asOf.date();
        language.locale();
        Texts texts = parent.texts;
        ParameterSet params = parameters.load();
        PrintStream err = parent.err;
        GraduationRun run = GraduationRun.of(params, date);
        long[] rejected = {0};
        Map<String, Long> byType = new TreeMap<>();
        long[] assessed = {0};
        try (AtomicOutput file = outputs.output == null ? null : AtomicOutput.create(outputs.output);
                RejectSink rejects = RejectSink.open(outputs.rejectsFile, err, texts)) {
            rejected[0] += read(
                    outputs.enrollments, in -> run.readEnrollments(in, outputs.enrollmentsName(), LIMITS, rejects));
            if (commitments != null) {
                rejected[0] += read(commitments, in -> run.readCommitments(in, name(commitments), LIMITS, rejects));
            }
            if (observations != null) {
                rejected[0] += read(observations, in -> run.readObservations(in, name(observations), LIMITS, rejects));
            }
            HouseholdSource source = inputFormat.source(input);
            OutputStream out = file != null ? file.stream() : new BufferedOutputStream(parent.out, 1 << 16);
            JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            json.setRootValueSeparator(null);
            // A rejected household record goes with the rejected lines of the extra files, as evaluate's.
            // (Not "rejected[0] += forEach(...)": that would add to the count read before assess added its own.)
            long householdRejects = SampleCommand.forEach(
                    regions.reading().asOf(date).build(),
                    source,
                    h -> rejected[0] += run.assess(
                            h,
                            a -> {
                                assessed[0]++;
                                byType.merge(a.type().map(ReasonCode::code).orElse("-"), 1L, Long::sum);
                                write(json, a);
                            },
                            rejects),
                    rejects);
            rejected[0] += householdRejects;
            json.flush();
            out.flush();
            rejects.commit();
            if (file != null) {
                file.commit();
            }
        }
        err.println(texts.get("graduate.assessed", texts.count(assessed[0]), date));
        byType.forEach((k, v) -> err.println(texts.get(
                "graduate.type", Escape.line(k.equals("-") ? texts.get("graduate.none") : k), texts.count(v))));
        if (run.skippedEnrollments() > 0) {
            err.println(texts.get("graduate.skipped", texts.count(run.skippedEnrollments())));
        }
        err.flush();
        return rejected[0] > 0 ? 3 : 0;
    }

    private static void write(JsonGenerator g, GraduationAssessment a) {
        try {
            g.writeStartObject();
            g.writeStringField("household_id", a.householdId());
            g.writeStringField("program", a.program().code());
            g.writeStringField("as_of", a.asOf().toString());
            g.writeBooleanField("candidate", a.isCandidate());
            if (a.type().isPresent()) {
                g.writeStringField("type", a.type().get().code());
            }
            codes(g, "candidates", a.candidates());
            codes(g, "exclusions", a.exclusions());
            if (a.incomePerCapita().isPresent()) {
                g.writeNumberField(
                        "income_per_capita", a.incomePerCapita().get().amount());
            }
            g.writeNumberField("years_enrolled", a.yearsEnrolled());
            g.writeBooleanField("priority", a.priority());
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void codes(JsonGenerator g, String field, List<Reason> reasons) throws IOException {
        g.writeArrayFieldStart(field);
        for (Reason r : reasons) {
            g.writeString(r.code().code());
        }
        g.writeEndArray();
    }

    /** Reads one lifecycle file. */
    private interface FileReader {
        long read(InputStream in) throws IOException;
    }

    private static long read(Path file, FileReader reader) throws IOException {
        if (!Files.isReadable(file)) {
            throw UsageException.of("graduate.cannotRead", file);
        }
        return reader.read(Files.newInputStream(file));
    }

    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
