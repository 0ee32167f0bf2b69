package id.bansos.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.bansos.io.HouseholdSource;
import id.bansos.io.ReadLimits;
import id.bansos.io.json.JsonLinesRecordReader;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.lifecycle.CommitmentRecord;
import id.bansos.model.lifecycle.Observation;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Enrollment;
import id.bansos.rules.graduation.GraduationAssessment;
import id.bansos.rules.graduation.GraduationAssessor;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
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

    @Option(names = "--enrollments", required = true, paramLabel = "FILE", description = "Enrolments, JSON Lines.")
    Path enrollments;

    @Option(names = "--commitments", paramLabel = "FILE", description = "Commitment records per tahap, JSON Lines.")
    Path commitments;

    @Option(names = "--observations", paramLabel = "FILE", description = "Monitoring observations, JSON Lines.")
    Path observations;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Where assessments go (default: standard output); written atomically.")
    Path output;

    @Mixin
    Options.InputFormat inputFormat;

    @Mixin
    Options.Parameters parameters;

    @Parameters(paramLabel = "INPUT", description = "Households (the registry records of the enrolled families).")
    String input;

    @picocli.CommandLine.ParentCommand
    BansosCommand parent;

    @Override
    public Integer call() throws Exception {
        LocalDate date = asOf.date();
        ParameterSet params = parameters.load();
        PrintStream err = parent.err;
        long[] rejected = {0};
        Map<String, List<Enrollment>> enrolled =
                read(enrollments, Enrollment.class, Enrollment::householdId, err, rejected);
        Map<String, List<CommitmentRecord>> records = commitments == null
                ? Map.of()
                : read(commitments, CommitmentRecord.class, CommitmentRecord::householdId, err, rejected);
        Map<String, List<Observation>> seen = observations == null
                ? Map.of()
                : read(observations, Observation.class, Observation::householdId, err, rejected);
        HouseholdSource source = inputFormat.source(input);
        Map<String, Long> byType = new TreeMap<>();
        long[] assessed = {0};
        try (AtomicOutput file = output == null ? null : AtomicOutput.create(output)) {
            OutputStream out = file != null ? file.stream() : new BufferedOutputStream(parent.out, 1 << 16);
            JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            json.setRootValueSeparator(null);
            rejected[0] += SampleCommand.forEach(
                    source,
                    date,
                    h -> {
                        for (Enrollment e : enrolled.getOrDefault(h.id(), List.of())) {
                            if (e.status().isExit()) {
                                continue;
                            }
                            GraduationAssessment a = GraduationAssessor.assess(
                                    h,
                                    e,
                                    records.getOrDefault(h.id(), List.of()),
                                    seen.getOrDefault(h.id(), List.of()),
                                    params,
                                    date);
                            assessed[0]++;
                            byType.merge(a.type().map(ReasonCode::code).orElse("-"), 1L, Long::sum);
                            write(json, a);
                        }
                    },
                    err);
            json.flush();
            out.flush();
            if (file != null) {
                file.commit();
            }
        }
        err.println("assessed " + assessed[0] + " active enrolments as of " + date + ":");
        byType.forEach((k, v) -> err.println("  " + Escape.line(k.equals("-") ? "no candidate" : k) + ": " + v));
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

    private static <T> Map<String, List<T>> read(
            Path file, Class<T> type, Function<T, String> key, PrintStream err, long[] rejected) throws IOException {
        if (!Files.isReadable(file)) {
            throw new UsageException("cannot read file " + file);
        }
        Map<String, List<T>> byHousehold = new HashMap<>();
        try (InputStream in = Files.newInputStream(file);
                JsonLinesRecordReader<T> reader =
                        JsonLinesRecordReader.open(in, file.getFileName().toString(), type, ReadLimits.defaults())) {
            for (Optional<JsonLinesRecordReader.Line<T>> l = reader.read(); l.isPresent(); l = reader.read()) {
                if (l.get() instanceof JsonLinesRecordReader.Line.Accepted<T> a) {
                    byHousehold
                            .computeIfAbsent(key.apply(a.value()), k -> new ArrayList<>())
                            .add(a.value());
                } else {
                    rejected[0]++;
                    err.println(Escape.line(((JsonLinesRecordReader.Line.Rejected<T>) l.get())
                            .reject()
                            .error()));
                }
            }
        }
        return byHousehold;
    }
}
