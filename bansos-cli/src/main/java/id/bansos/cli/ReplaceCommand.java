package id.bansos.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.bansos.batch.Escape;
import id.bansos.batch.Replacement;
import id.bansos.io.ReadLimits;
import id.bansos.io.json.BansosModule;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonRenderer;
import id.bansos.model.id.RegionLevel;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bansos replace}: families from the waitlist proposed for the places freed by exits. */
@Command(
        name = "replace",
        mixinStandardHelpOptions = true,
        description = "Propose families from the waitlist for the places freed by the programme's exits of the year"
                + " before DATE (from --exits-since), per region at the --by level. A candidate must be in REGISTRY,"
                + " eligible on DATE as evaluate decides it (DATA_GANDA included), not enrolled, not exited within"
                + " the re-entry lockout, share no NIK with an enrolled family and be within the target desil; it"
                + " counts under the first check it fails. Ranked by desil, then component persons, then waitlist"
                + " order. One JSON line per proposal; a table per region on stderr.")
final class ReplaceCommand implements Callable<Integer> {
    @Mixin
    Options.Program program;

    @Option(
            names = "--as-of",
            required = true,
            paramLabel = "DATE",
            description = "The date candidates are decided on, YYYY-MM-DD.")
    String asOf;

    @Option(
            names = "--enrollments",
            required = true,
            paramLabel = "FILE",
            description = "The register: enrolments, JSON Lines (exits free places; active and suspended ones are"
                    + " enrolled).")
    Path enrollments;

    @Option(
            names = "--waitlist",
            required = true,
            paramLabel = "FILE",
            description = "The waitlist, JSON Lines of {\"household_id\"} in priority order.")
    Path waitlist;

    @Option(
            names = "--by",
            paramLabel = "village|district|regency",
            defaultValue = "district",
            description = "Count and fill places per region at this level (default district).")
    String by;

    @Option(
            names = "--exits-since",
            paramLabel = "DATE",
            description = "The first day whose exits free a place (default: a year before --as-of).")
    String exitsSince;

    @Mixin
    Options.Parameters parameters;

    @Mixin
    Options.Language language;

    @Mixin
    OutputOptions outputs;

    @Parameters(paramLabel = "REGISTRY", description = "The registry: households, .json, .jsonl or .csv.")
    String registry;

    @picocli.CommandLine.ParentCommand
    BansosCommand parent;

    @Override
    public Integer call() throws Exception {
        // Before anything is read: inputs readable, no output onto an input or another output.
        PathCheck.of()
                .input("REGISTRY", registry)
                .input("--enrollments", enrollments)
                .input("--waitlist", waitlist)
                .inputs("--parameters", parameters.files)
                .output("--output", outputs.output)
                .output("--rejects", outputs.rejectsFile)
                .check();
        LocalDate date = Options.date("--as-of", asOf);
        LocalDate since = exitsSince == null ? date.minusYears(1) : Options.date("--exits-since", exitsSince);
        if (since.isAfter(date)) {
            throw UsageException.of("replace.exitsSince", since, date);
        }
        RegionLevel level = switch (by) {
            case "village" -> RegionLevel.VILLAGE;
            case "district" -> RegionLevel.DISTRICT;
            case "regency" -> RegionLevel.REGENCY;
            default -> throw UsageException.of("replace.by", by);
        };
        Texts texts = parent.texts;
        PrintStream err = parent.err;
        Replacement replacement =
                Replacement.of(program.definition(), program.parameters(parameters.files), date, level, since);
        ReasonRenderer renderer = program.renderer(language);
        ObjectWriter reasons = new ObjectMapper()
                .registerModule(new BansosModule())
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .writer()
                .withAttribute(ReasonRenderer.class, renderer);
        Replacement.Plan plan;
        long rejected;
        try (AtomicOutput file = outputs.output == null ? null : AtomicOutput.create(outputs.output);
                RejectSink rejects = RejectSink.open(outputs.rejectsFile, err, texts)) {
            ReadLimits limits = ReadLimits.defaults();
            replacement.readEnrollments(
                    Files.newInputStream(enrollments), ExitsCommand.name(enrollments), limits, rejects);
            replacement.readWaitlist(Files.newInputStream(waitlist), ExitsCommand.name(waitlist), limits, rejects);
            plan = replacement.plan(Options.source(registry, null), rejects);
            OutputStream out = file != null ? file.stream() : new BufferedOutputStream(parent.out, 1 << 16);
            JsonGenerator json = reasons.getFactory().createGenerator(out, JsonEncoding.UTF8);
            json.setRootValueSeparator(null);
            for (Replacement.Proposal p : plan.proposals()) {
                json.writeStartObject();
                json.writeStringField("household_id", p.householdId());
                json.writeStringField("region", p.village().toString());
                json.writeNumberField("rank", p.rank());
                json.writeFieldName("desil");
                if (p.desil().isPresent()) {
                    json.writeNumber(p.desil().getAsInt());
                } else {
                    json.writeNull();
                }
                json.writeArrayFieldStart("reasons");
                for (Reason r : p.decision().reasons()) {
                    reasons.writeValue(json, r);
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeRaw('\n');
            }
            json.flush();
            out.flush();
            rejects.commit();
            if (file != null) {
                file.commit();
            }
            rejected = rejects.count();
        }
        err.print(Escape.block(table(plan, texts, date, since)));
        err.flush();
        return rejected > 0 ? 3 : 0;
    }

    /** The table per region: places, proposed, unfilled, the skips by check and the candidates waiting. */
    private String table(Replacement.Plan plan, Texts texts, LocalDate date, LocalDate since) {
        List<List<String>> grid = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(
                texts.get("replace.region"),
                texts.get("replace.places"),
                texts.get("replace.proposed"),
                texts.get("replace.unfilled")));
        for (Replacement.Check c : Replacement.Check.values()) {
            header.add(texts.get("replace.check." + c.name()));
        }
        header.add(texts.get("replace.waiting"));
        grid.add(header);
        long[] total = new long[header.size() - 1];
        for (Replacement.Row r : plan.regions()) {
            List<Long> counts = new ArrayList<>(List.of((long) r.places(), (long) r.proposed(), (long) r.unfilled()));
            for (Replacement.Check c : Replacement.Check.values()) {
                counts.add(r.skipped(c));
            }
            counts.add(r.waiting());
            List<String> row =
                    new ArrayList<>(List.of(r.region().map(Object::toString).orElse("-")));
            for (int i = 0; i < counts.size(); i++) {
                row.add(texts.count(counts.get(i)));
                total[i] += counts.get(i);
            }
            grid.add(row);
        }
        List<String> sum = new ArrayList<>(List.of(texts.get("replace.total")));
        for (long t : total) {
            sum.add(texts.count(t));
        }
        grid.add(sum);
        int[] width = new int[header.size()];
        for (List<String> row : grid) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder(texts.get(
                        "replace.heading",
                        program.definition().program().code(),
                        date,
                        texts.get("sample.level." + by),
                        since))
                .append('\n');
        for (List<String> row : grid) {
            for (int i = 0; i < row.size(); i++) {
                String pad = " ".repeat(width[i] - row.get(i).length());
                sb.append(i == 0 ? row.get(i) + pad : "  " + pad + row.get(i));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
