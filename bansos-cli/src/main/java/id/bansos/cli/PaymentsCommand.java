package id.bansos.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.bansos.batch.BatchEvaluator;
import id.bansos.batch.CommitmentsRun;
import id.bansos.batch.Escape;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.io.csv.CsvText;
import id.bansos.io.json.JsonLinesRecordReader;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.Reason;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.EnrollmentStatus;
import id.bansos.model.program.Program;
import id.bansos.model.time.Tahap;
import id.bansos.rules.ProgramDefinition;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bansos payments}: the payment list of one tahap or month. */
@Command(
        name = "payments",
        mixinStandardHelpOptions = true,
        description = "The payment list of one period (2024-III for a tahap, 2020-06 for a month, as the policy's"
                + " payment_schedule on the period's first day allows): one line per KPM enrolled (active or suspended)"
                + " on the first day with status PAY, SUSPENDED or NOT_ELIGIBLE, the amount of the decision on the"
                + " first day and its reasons. Totals by region and overall on stderr and with --summary as JSON.")
final class PaymentsCommand implements Callable<Integer> {
    @Mixin
    Options.Program program;

    @Option(
            names = "--period",
            required = true,
            paramLabel = "PERIOD",
            description = "A tahap (2024-III) or a month (2020-06).")
    String period;

    @Option(
            names = "--commitments",
            paramLabel = "FILE",
            description = "Commitment records per tahap, JSON Lines: a family they suspend or terminate is SUSPENDED.")
    Path commitments;

    @Option(
            names = "--format",
            paramLabel = "jsonl|csv",
            defaultValue = "jsonl",
            description = "jsonl (default) or csv (';' with --lang id).")
    String format;

    @Option(names = "--summary", paramLabel = "FILE", description = "Also write the totals as JSON to FILE.")
    Path summary;

    @Mixin
    RegisterOptions outputs;

    @Mixin
    Options.InputFormat inputFormat;

    @Mixin
    Options.Parameters parameters;

    @Mixin
    Options.Language language;

    @Parameters(paramLabel = "INPUT", description = "Households (the registry records of the enrolled families).")
    String input;

    @picocli.CommandLine.ParentCommand
    BansosCommand parent;

    /** An enrolment counted on the first day. */
    private record Enrolled(String region, boolean suspended, String source, long line) {}

    /** Counts and the exact amount of one region. */
    private static final class Total {
        long enrolled;
        long pay;
        long suspended;
        long notEligible;
        BigInteger amount = BigInteger.ZERO;
    }

    @Override
    public Integer call() throws Exception {
        outputs.paths(input, parameters.files)
                .input("--commitments", commitments)
                .output("--summary", summary)
                .check();
        language.locale();
        Texts texts = parent.texts;
        if (!format.equals("jsonl") && !format.equals("csv")) {
            throw UsageException.of("payments.format", Escape.line(format));
        }
        ProgramDefinition definition = program.definition();
        Program p = definition.program();
        ParameterSet params = program.parameters(parameters.files);
        LocalDate first;
        boolean tahap;
        if (period.matches("[0-9]{4}-(I|II|III|IV)")) {
            first = Tahap.parse(period).firstDay();
            tahap = true;
        } else if (period.matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
            first = YearMonth.parse(period).atDay(1);
            tahap = false;
        } else {
            throw UsageException.of("payments.period", Escape.line(period));
        }
        // The policy's schedule on the first day says which kind of period is paid; Sembako is
        // monthly; a programme file's programme pays as its payment_schedule says, and one that pays
        // once or once a year is paid in whichever period the office names.
        String schedule = p.equals(Program.PKH)
                ? params.get("pkh.payment_schedule", String.class)
                        .entryOn(first)
                        .value()
                        .orElse("TAHAP")
                : program.programFiles().schedule(p.code()).map(Enum::name).orElse("MONTHLY");
        boolean anyPeriod = schedule.equals("YEARLY") || schedule.equals("ONCE");
        if (!anyPeriod && tahap != schedule.equals("TAHAP")) {
            throw UsageException.of("payments.schedule", Escape.line(period), schedule, first);
        }
        Map<String, Enrolled> enrolled = new java.util.LinkedHashMap<>();
        Map<String, String> held = new HashMap<>();
        Map<String, Total> totals = new TreeMap<>();
        Total all = new Total();
        long rejected = 0;
        boolean csv = format.equals("csv");
        String sep = language.english() ? "," : ";";
        try (AtomicOutput file = outputs.output == null ? null : AtomicOutput.create(outputs.output);
                AtomicOutput summaryOut = summary == null ? null : AtomicOutput.create(summary);
                RejectSink rejects = RejectSink.open(outputs.rejectsFile, parent.err, texts)) {
            String name = outputs.enrollmentsName();
            try (JsonLinesRecordReader<Enrollment> reader = JsonLinesRecordReader.open(
                    Files.newInputStream(outputs.enrollments), name, Enrollment.class, ReadLimits.defaults())) {
                for (var l = reader.read(); l.isPresent(); l = reader.read()) {
                    if (l.get() instanceof JsonLinesRecordReader.Line.Accepted<Enrollment> a) {
                        Enrollment e = a.value();
                        if (e.program().equals(p) && e.isActiveOn(first)) {
                            enrolled.put(
                                    e.householdId(),
                                    new Enrolled(
                                            e.region().map(Object::toString).orElse("-"),
                                            e.status() == EnrollmentStatus.SUSPENDED,
                                            name,
                                            a.line()));
                        }
                    } else {
                        rejected++;
                        rejects.accept(((JsonLinesRecordReader.Line.Rejected<Enrollment>) l.get()).reject());
                    }
                }
            }
            if (commitments != null && p.equals(Program.PKH)) {
                CommitmentsRun run = CommitmentsRun.of(params, first, Optional.empty());
                run.readEnrollments(Files.newInputStream(outputs.enrollments), name, ReadLimits.defaults(), r -> {});
                rejected += run.readCommitments(
                        Files.newInputStream(commitments),
                        ExitsCommand.name(commitments),
                        ReadLimits.defaults(),
                        rejects);
                rejected += run.run(
                        enrolled::containsKey,
                        c -> {
                            if (c.terminatedByCommitments()) {
                                held.put(c.enrollment().householdId(), "COMMITMENT_TERMINATION");
                            } else if (c.suspendedByCommitments()) {
                                held.put(c.enrollment().householdId(), "COMMITMENT_SUSPENSION");
                            }
                        },
                        rejects);
            }
            OutputStream out = file != null ? file.stream() : new BufferedOutputStream(parent.out, 1 << 16);
            JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            json.setRootValueSeparator(null);
            if (csv) {
                out.write(String.join(sep, "household_id", "region", "status", "amount", "reasons", "held_by")
                        .concat("\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            Map<String, Boolean> decided = new HashMap<>();
            BatchEvaluator evaluator = BatchEvaluator.builder()
                    .program(definition)
                    .parameters(params)
                    .asOf(first)
                    .build();
            long[] householdRejects = {0};
            evaluator.run(
                    inputFormat.source(input),
                    (Decision d) -> {
                        Enrolled e = enrolled.get(d.householdId());
                        if (e == null) {
                            return;
                        }
                        decided.put(d.householdId(), Boolean.TRUE);
                        String hold = e.suspended() ? "ENROLLMENT" : held.get(d.householdId());
                        String status = hold != null ? "SUSPENDED" : d.eligible() ? "PAY" : "NOT_ELIGIBLE";
                        long amount =
                                status.equals("PAY") ? d.amountPerPayment().amount() : 0;
                        Total t = totals.computeIfAbsent(e.region(), k -> new Total());
                        for (Total x : new Total[] {t, all}) {
                            x.enrolled++;
                            x.amount = x.amount.add(BigInteger.valueOf(amount));
                            switch (status) {
                                case "PAY" -> x.pay++;
                                case "SUSPENDED" -> x.suspended++;
                                default -> x.notEligible++;
                            }
                        }
                        try {
                            if (csv) {
                                String reasons = d.reasons().stream()
                                        .map(r -> r.code().code())
                                        .collect(Collectors.joining(" "));
                                out.write((String.join(
                                                        sep,
                                                        cell(d.householdId(), sep),
                                                        e.region(),
                                                        status,
                                                        Long.toString(amount),
                                                        reasons,
                                                        hold == null ? "" : hold)
                                                + "\n")
                                        .getBytes(StandardCharsets.UTF_8));
                            } else {
                                json.writeStartObject();
                                json.writeStringField("household_id", d.householdId());
                                json.writeStringField("region", e.region());
                                json.writeStringField("status", status);
                                json.writeNumberField("amount", amount);
                                json.writeArrayFieldStart("reasons");
                                for (Reason r : d.reasons()) {
                                    json.writeString(r.code().code());
                                }
                                json.writeEndArray();
                                if (hold != null) {
                                    json.writeStringField("held_by", hold);
                                }
                                json.writeEndObject();
                                json.writeRaw('\n');
                                json.flush();
                            }
                        } catch (IOException x) {
                            throw new UncheckedIOException(x);
                        }
                    },
                    r -> {
                        r.householdId().ifPresent(id -> decided.put(id, Boolean.FALSE));
                        householdRejects[0]++;
                        rejects.accept(r);
                    });
            rejected += householdRejects[0];
            // An enrolled family with no record in INPUT is a reject of its enrolment line (a rejected
            // record was reported already).
            for (Map.Entry<String, Enrolled> e : enrolled.entrySet()) {
                if (!decided.containsKey(e.getKey())) {
                    rejected++;
                    rejects.accept(Reject.from(
                            new id.bansos.io.InputException(
                                    e.getValue().source(),
                                    e.getValue().line(),
                                    0,
                                    e.getKey(),
                                    "household_id",
                                    "the enrolled household has no record in INPUT"),
                            e.getValue().line()));
                }
            }
            json.flush();
            out.flush();
            if (summaryOut != null) {
                writeSummary(summaryOut.stream(), p, first, totals, all);
            }
            rejects.commit();
            if (file != null) {
                file.commit();
            }
            if (summaryOut != null) {
                summaryOut.commit();
            }
        }
        PrintStream err = parent.err;
        err.println(texts.get("payments.header", Escape.line(period), first, schedule));
        totals.forEach((region, t) -> err.println(texts.get(
                "payments.row",
                region,
                texts.count(t.enrolled),
                texts.count(t.pay),
                texts.count(t.suspended),
                texts.count(t.notEligible),
                texts.amount(t.amount))));
        err.println(texts.get(
                "payments.total",
                texts.count(all.enrolled),
                texts.count(all.pay),
                texts.count(all.suspended),
                texts.count(all.notEligible),
                texts.amount(all.amount)));
        err.flush();
        return rejected > 0 ? 3 : 0;
    }

    private static String cell(String text, String sep) {
        String s = CsvText.neutralise(text);
        return s.contains(sep) || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\""
                : s;
    }

    private static void writeSummary(OutputStream out, Program p, LocalDate first, Map<String, Total> totals, Total all)
            throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.writeStartObject();
        g.writeStringField("program", p.code());
        g.writeStringField("first_day", first.toString());
        g.writeArrayFieldStart("regions");
        for (Map.Entry<String, Total> e : totals.entrySet()) {
            g.writeStartObject();
            g.writeStringField("region", e.getKey());
            counts(g, e.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
        counts(g, all);
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private static void counts(JsonGenerator g, Total t) throws IOException {
        g.writeNumberField("enrolled", t.enrolled);
        g.writeNumberField("pay", t.pay);
        g.writeNumberField("suspended", t.suspended);
        g.writeNumberField("not_eligible", t.notEligible);
        g.writeNumberField("amount", t.amount);
    }
}
