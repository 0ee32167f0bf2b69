package id.bansos.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.bansos.batch.Escape;
import id.bansos.batch.ExitReport;
import id.bansos.io.ReadLimits;
import id.bansos.io.RegionTable;
import id.bansos.model.id.RegionCode;
import id.bansos.model.program.Program;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bansos report}: exits in a period by region and reason, the table a province sends. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Count the exits recorded in the register between --from and --to (both included) by region and"
                + " exit_reason, with totals per region and overall, and the KPM active on the first and the last"
                + " day per region. A table, CSV (';' with --lang id) or JSON.")
final class ReportCommand implements Callable<Integer> {
    @Option(
            names = "--enrollments",
            required = true,
            paramLabel = "FILE",
            description = "The register: enrolments, JSON Lines.")
    Path enrollments;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "The first day, YYYY-MM-DD.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "The last day, YYYY-MM-DD.")
    String to;

    @Option(names = "--program", paramLabel = "P", description = "Count this programme only (default: all).")
    String program;

    @Option(
            names = "--by",
            paramLabel = "province|regency|district|village",
            defaultValue = "regency",
            description = "Group by region at this level (default regency).")
    String by;

    @Option(
            names = "--format",
            paramLabel = "table|csv|json",
            defaultValue = "table",
            description = "table (default), csv or json.")
    String format;

    @Mixin
    Options.Regions regions;

    @Mixin
    Options.Language language;

    @Mixin
    OutputOptions outputs;

    @picocli.CommandLine.ParentCommand
    BansosCommand parent;

    @Override
    public Integer call() throws Exception {
        // Before anything is read: inputs readable, no output onto an input or another output.
        PathCheck.of()
                .input("--enrollments", enrollments)
                .input("--regions", regions.file)
                .output("--output", outputs.output)
                .output("--rejects", outputs.rejectsFile)
                .check();
        LocalDate first = Options.date("--from", from);
        LocalDate last = Options.date("--to", to);
        if (last.isBefore(first)) {
            throw UsageException.of("report.to", first, last);
        }
        if (!List.of("table", "csv", "json").contains(format)) {
            throw UsageException.of("report.format", Escape.line(format));
        }
        Optional<Program> p = program == null ? Optional.empty() : Optional.of(program(program));
        Optional<RegionTable> names = regions.load();
        ExitReport report = ExitReport.of(first, last, p, SampleCommand.level(by));
        long rejected;
        try (AtomicOutput file = outputs.output == null ? null : AtomicOutput.create(outputs.output);
                RejectSink rejects = RejectSink.open(outputs.rejectsFile, parent.err, parent.texts)) {
            report.read(
                    Files.newInputStream(enrollments), ExitsCommand.name(enrollments), ReadLimits.defaults(), rejects);
            OutputStream out = file != null ? file.stream() : new BufferedOutputStream(parent.out, 1 << 16);
            if (format.equals("json")) {
                writeJson(report, names, out);
            } else {
                String delimiter = format.equals("csv") ? (parent.texts.english() ? "," : ";") : null;
                out.write(text(report, names, delimiter).getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
            rejects.commit();
            if (file != null) {
                file.commit();
            }
            rejected = rejects.count();
        }
        return rejected > 0 ? 3 : 0;
    }

    private static Program program(String code) {
        try {
            return Program.of(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw UsageException.of("report.program", Escape.line(code));
        }
    }

    private static String region(Optional<RegionCode> r) {
        return r.map(RegionCode::toString).orElse("-");
    }

    private static Optional<String> name(Optional<RegionTable> names, Optional<RegionCode> r) {
        return names.isPresent() && r.isPresent() ? names.get().name(r.get()) : Optional.empty();
    }

    /**
     * A count in a cell: as digits in CSV, for a program to read; grouped in the table, in the
     * language's one number format (44.980, 44,980) as every other summary of the command line.
     */
    private String count(String delimiter, long n) {
        return delimiter == null ? parent.texts.count(n) : Long.toString(n);
    }

    /** The report as CSV ({@code delimiter} given) or as an aligned table ({@code delimiter} null). */
    private String text(ExitReport report, Optional<RegionTable> names, String delimiter) {
        Texts texts = parent.texts;
        List<String> reasons = new ArrayList<>(report.exits().keySet());
        List<List<String>> grid = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(texts.get("report.region")));
        if (names.isPresent()) {
            header.add(texts.get("report.name"));
        }
        header.add(texts.get("report.active", report.from()));
        header.add(texts.get("report.active", report.to()));
        header.addAll(reasons);
        header.add(texts.get("report.total"));
        grid.add(header);
        long activeFrom = 0;
        long activeTo = 0;
        for (ExitReport.Row r : report.regions()) {
            List<String> row = new ArrayList<>(List.of(region(r.region())));
            if (names.isPresent()) {
                row.add(name(names, r.region()).orElse(""));
            }
            row.add(count(delimiter, r.activeFrom()));
            row.add(count(delimiter, r.activeTo()));
            for (String reason : reasons) {
                row.add(count(delimiter, r.exits().getOrDefault(reason, 0L)));
            }
            row.add(count(delimiter, r.total()));
            grid.add(row);
            activeFrom += r.activeFrom();
            activeTo += r.activeTo();
        }
        List<String> total = new ArrayList<>(List.of(texts.get("report.total")));
        if (names.isPresent()) {
            total.add("");
        }
        total.add(count(delimiter, activeFrom));
        total.add(count(delimiter, activeTo));
        for (String reason : reasons) {
            total.add(count(delimiter, report.exits().get(reason)));
        }
        total.add(count(delimiter, report.total()));
        grid.add(total);
        StringBuilder sb = new StringBuilder();
        if (delimiter != null) {
            for (List<String> row : grid) {
                sb.append(String.join(delimiter, row.stream().map(Csv::cell).toList()))
                        .append('\n');
            }
            return sb.toString();
        }
        int[] width = new int[header.size()];
        for (List<String> row : grid) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        for (List<String> row : grid) {
            for (int i = 0; i < row.size(); i++) {
                boolean left = i == 0 || (names.isPresent() && i == 1);
                String cell = Escape.line(row.get(i));
                String pad = " ".repeat(width[i] - row.get(i).length());
                sb.append(i == 0 ? "" : "  ").append(left ? cell + pad : pad + cell);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void writeJson(ExitReport report, Optional<RegionTable> names, OutputStream out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.writeStartObject();
        g.writeStringField("from", report.from().toString());
        g.writeStringField("to", report.to().toString());
        g.writeFieldName("program");
        if (report.program().isPresent()) {
            g.writeString(report.program().get().code());
        } else {
            g.writeNull();
        }
        g.writeStringField("by", report.by().name().toLowerCase(Locale.ROOT));
        g.writeArrayFieldStart("regions");
        for (ExitReport.Row r : report.regions()) {
            g.writeStartObject();
            g.writeFieldName("region");
            if (r.region().isPresent()) {
                g.writeString(r.region().get().toString());
            } else {
                g.writeNull();
            }
            Optional<String> name = name(names, r.region());
            if (name.isPresent()) {
                g.writeStringField("name", name.get());
            }
            g.writeNumberField("active_from", r.activeFrom());
            g.writeNumberField("active_to", r.activeTo());
            counts(g, r.exits());
            g.writeNumberField("total", r.total());
            g.writeEndObject();
        }
        g.writeEndArray();
        counts(g, report.exits());
        g.writeNumberField("total", report.total());
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private static void counts(JsonGenerator g, Map<String, Long> exits) throws IOException {
        g.writeObjectFieldStart("exits");
        for (Map.Entry<String, Long> e : exits.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** CSV cells: quoted when they hold a delimiter, a quote or a line end. */
    private static final class Csv {
        private Csv() {}

        static String cell(String s) {
            return s.matches(".*[,;\"\\r\\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
        }
    }
}
