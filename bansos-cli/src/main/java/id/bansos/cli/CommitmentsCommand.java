package id.bansos.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.bansos.batch.CommitmentsRun;
import id.bansos.io.ReadLimits;
import id.bansos.model.id.RegionLevel;
import id.bansos.model.lifecycle.CommitmentCheck;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.commitment.CheckResult;
import id.bansos.rules.commitment.EnrollmentCommitments;
import id.bansos.rules.commitment.TahapCompliance;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bansos commitments}: per PKH enrolment and tahap, how the family stands on its commitments. */
@Command(
        name = "commitments",
        mixinStandardHelpOptions = true,
        description = "For every PKH enrolment, each tahap from since up to the one containing DATE: COMPLIANT,"
                + " UNVERIFIED, WARNING, SUSPENDED or TERMINATED (final) with the failed checks, and the enrolment's"
                + " status on DATE. One JSON line per enrolment; counts on stderr; P2K2 attendance by region and"
                + " module with --summary.")
final class CommitmentsCommand implements Callable<Integer> {
    @Mixin
    Options.AsOf.OfAssessment asOf;

    @Option(
            names = "--commitments",
            required = true,
            paramLabel = "FILE",
            description = "Commitment records per tahap, JSON Lines.")
    Path commitments;

    @Option(
            names = "--summary",
            paramLabel = "FILE",
            description = "Also write P2K2 attendance by region and module as JSON to FILE.")
    Path summary;

    @Option(
            names = "--by",
            paramLabel = "province|regency|district|village",
            description = "The region level of the P2K2 summary (default: the enrolment's region as recorded).")
    String by;

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

    @Parameters(
            paramLabel = "INPUT",
            arity = "0..1",
            description = "Households: when given, only the enrolments of households in INPUT are reported.")
    String input;

    @picocli.CommandLine.ParentCommand
    BansosCommand parent;

    @Override
    public Integer call() throws Exception {
        outputs.paths(input, parameters.files)
                .input("--commitments", commitments)
                .input("--regions", regions.file)
                .output("--summary", summary)
                .check();
        LocalDate date = asOf.date();
        language.locale();
        Texts texts = parent.texts;
        Optional<RegionLevel> level = by == null ? Optional.empty() : Optional.of(SampleCommand.level(by));
        ParameterSet params = parameters.load();
        CommitmentsRun run = CommitmentsRun.of(params, date, level);
        Map<String, Long> byStatus = new TreeMap<>();
        long[] reported = {0};
        long rejected = 0;
        try (AtomicOutput file = outputs.output == null ? null : AtomicOutput.create(outputs.output);
                AtomicOutput summaryOut = summary == null ? null : AtomicOutput.create(summary);
                RejectSink rejects = RejectSink.open(outputs.rejectsFile, parent.err, texts)) {
            rejected += run.readEnrollments(
                    Files.newInputStream(outputs.enrollments),
                    outputs.enrollmentsName(),
                    ReadLimits.defaults(),
                    rejects);
            rejected += run.readCommitments(
                    Files.newInputStream(commitments), ExitsCommand.name(commitments), ReadLimits.defaults(), rejects);
            Set<String> ids = null;
            if (input != null) {
                Set<String> found = new HashSet<>();
                rejected += SampleCommand.forEach(
                        regions.reading().asOf(date).build(),
                        inputFormat.source(input),
                        h -> found.add(h.id()),
                        rejects);
                ids = found;
            }
            Set<String> only = ids;
            OutputStream out = file != null ? file.stream() : new BufferedOutputStream(parent.out, 1 << 16);
            JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            json.setRootValueSeparator(null);
            rejected += run.run(
                    id -> only == null || only.contains(id),
                    c -> {
                        reported[0]++;
                        byStatus.merge(c.status().name(), 1L, Long::sum);
                        write(json, c);
                    },
                    rejects);
            json.flush();
            out.flush();
            if (summaryOut != null) {
                writeSummary(summaryOut.stream(), date, run.p2k2Attendance());
            }
            rejects.commit();
            if (file != null) {
                file.commit();
            }
            if (summaryOut != null) {
                summaryOut.commit();
            }
        }
        parent.err.println(texts.get("commitments.reported", texts.count(reported[0]), date));
        byStatus.forEach((k, v) -> parent.err.println(texts.get("graduate.type", k, texts.count(v))));
        if (run.skippedOtherProgrammes() + run.skippedNotStarted() > 0) {
            parent.err.println(texts.get(
                    "commitments.skipped",
                    texts.count(run.skippedOtherProgrammes()),
                    texts.count(run.skippedNotStarted())));
        }
        parent.err.flush();
        return rejected > 0 ? 3 : 0;
    }

    private static void write(JsonGenerator g, EnrollmentCommitments c) {
        try {
            g.writeStartObject();
            g.writeStringField("household_id", c.enrollment().householdId());
            g.writeStringField("program", c.enrollment().program().code());
            if (c.enrollment().region().isPresent()) {
                g.writeStringField("region", c.enrollment().region().get().toString());
            }
            g.writeArrayFieldStart("tahap");
            for (TahapCompliance t : c.history().tahaps()) {
                g.writeStartObject();
                g.writeStringField("tahap", t.tahap().toString());
                g.writeStringField("status", t.commitmentStatus().name());
                g.writeNumberField("consecutive_failures", t.consecutiveFailures());
                g.writeArrayFieldStart("failed_checks");
                for (CheckResult r : t.failedChecks()) {
                    writeCheck(g, r);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("status", c.status().name());
            if (c.status().isExit() && c.enrollment().exitReason().isPresent() && !c.terminatedByCommitments()) {
                g.writeStringField(
                        "exit_reason", c.enrollment().exitReason().get().code());
            }
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A failed check: kind, member, scheduled, attended, the share attended (4 places, down) and the share needed. */
    private static void writeCheck(JsonGenerator g, CheckResult r) throws IOException {
        CommitmentCheck c = r.check();
        g.writeStartObject();
        g.writeStringField("kind", c.kind().name());
        if (c.memberIndex().isPresent()) {
            g.writeNumberField("member_index", c.memberIndex().getAsInt());
        }
        if (c.module().isPresent()) {
            g.writeStringField("module", c.module().get().name());
        }
        if (c.sessionDate().isPresent()) {
            g.writeStringField("session_date", c.sessionDate().get().toString());
        }
        g.writeNumberField("scheduled", c.scheduled());
        g.writeNumberField("attended", c.attended());
        g.writeStringField(
                "share",
                BigDecimal.valueOf(c.attended())
                        .divide(BigDecimal.valueOf(c.scheduled()), 4, RoundingMode.DOWN)
                        .toPlainString());
        g.writeStringField("min_share", r.minShare().orElseThrow().toPlainString());
        g.writeEndObject();
    }

    private static void writeSummary(OutputStream out, LocalDate date, Map<String, Map<String, List<Long>>> p2k2)
            throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.writeStartObject();
        g.writeStringField("as_of", date.toString());
        g.writeArrayFieldStart("p2k2");
        Map<String, long[]> modules = new TreeMap<>();
        long[] all = new long[3];
        for (Map.Entry<String, Map<String, List<Long>>> r : p2k2.entrySet()) {
            for (Map.Entry<String, List<Long>> m : r.getValue().entrySet()) {
                g.writeStartObject();
                g.writeStringField("region", r.getKey());
                g.writeStringField("module", m.getKey());
                counts(g, m.getValue().get(0), m.getValue().get(1), m.getValue().get(2));
                g.writeEndObject();
                long[] n = modules.computeIfAbsent(m.getKey(), k -> new long[3]);
                for (int i = 0; i < 3; i++) {
                    n[i] += m.getValue().get(i);
                    all[i] += m.getValue().get(i);
                }
            }
        }
        g.writeEndArray();
        g.writeObjectFieldStart("modules");
        for (Map.Entry<String, long[]> m : modules.entrySet()) {
            g.writeObjectFieldStart(m.getKey());
            counts(g, m.getValue()[0], m.getValue()[1], m.getValue()[2]);
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeNumberField("scheduled", all[1]);
        g.writeNumberField("attended", all[2]);
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private static void counts(JsonGenerator g, long families, long scheduled, long attended) throws IOException {
        g.writeNumberField("families", families);
        g.writeNumberField("scheduled", scheduled);
        g.writeNumberField("attended", attended);
    }
}
