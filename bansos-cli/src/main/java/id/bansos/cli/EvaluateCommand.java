package id.bansos.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.bansos.batch.BatchEvaluator;
import id.bansos.batch.BatchProgress;
import id.bansos.batch.BatchSummary;
import id.bansos.batch.DecisionEncoder;
import id.bansos.batch.Escape;
import id.bansos.batch.SummaryJson;
import id.bansos.io.HouseholdSource;
import id.bansos.io.RegionTable;
import id.bansos.io.Reject;
import id.bansos.io.csv.CsvDecisionWriter;
import id.bansos.io.json.DecisionWriter;
import id.bansos.io.json.RejectJson;
import id.bansos.model.decision.ReasonRenderer;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.MessageRenderer;
import id.bansos.rules.ProgramDefinition;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bansos evaluate}: decide every household of a roster. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Decide every valid household of INPUT for a programme as of a date: one decision per household"
                + " (JSON Lines, or CSV with --format csv), each invalid record to the rejects, and a summary table on"
                + " stderr. Records decided + rejected = records read. Exit 3 when some records were rejected.")
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    Options.Program program;

    @Mixin
    Options.AsOf.OfDecisions asOf;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Where decisions go (default: standard output); written atomically.")
    Path output;

    @Option(
            names = "--rejects",
            paramLabel = "FILE",
            description = "Where rejected records go, as JSON Lines (default: standard error).")
    Path rejectsFile;

    @Option(names = "--summary", paramLabel = "FILE", description = "Also write the summary as JSON to this file.")
    Path summaryFile;

    @Option(
            names = "--format",
            paramLabel = "jsonl|csv",
            defaultValue = "jsonl",
            description = "Output format: jsonl (default) or csv.")
    String format;

    @Option(
            names = "--input-format",
            paramLabel = "json|jsonl|csv",
            description = "The input format when the file name does not tell it (standard input defaults to jsonl).")
    String inputFormat;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads (default: the number of processors); output is the same for any number.")
    Integer threads;

    @Option(
            names = "--progress",
            negatable = true,
            description = "Show a progress bar on stderr (default: when stderr is a terminal).")
    Boolean progress;

    @Mixin
    Options.Parameters parameters;

    @Mixin
    Options.Language language;

    @Mixin
    Options.Regions regions;

    @Parameters(paramLabel = "INPUT", description = "Households: .json, .jsonl or .csv; - for standard input.")
    String input;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    BansosCommand parent;

    @Override
    public Integer call() throws Exception {
        // Before anything is read: inputs readable, no output onto an input or another output.
        PathCheck.of()
                .input("INPUT", input)
                .inputs("--parameters", parameters.files)
                .input("--regions", regions.file)
                .output("--output", output)
                .output("--rejects", rejectsFile)
                .output("--summary", summaryFile)
                .check();
        ProgramDefinition definition = program.definition();
        LocalDate date = asOf.date();
        boolean csv = switch (format) {
            case "jsonl" -> false;
            case "csv" -> true;
            default -> throw UsageException.of("evaluate.format", format);
        };
        if (threads != null && threads < 1) {
            throw UsageException.of("evaluate.threads", threads);
        }
        MessageRenderer messages = program.renderer(language);
        Texts texts = parent.texts;
        ParameterSet params = program.parameters(parameters.files);
        Optional<RegionTable> table = regions.load();
        HouseholdSource source = Options.source(input, inputFormat);
        PrintStream err = parent.err;

        boolean showProgress = progress != null ? progress : Terminal.stderrIsTerminal();
        BatchEvaluator.Builder builder = BatchEvaluator.builder()
                .program(definition)
                .parameters(params)
                .asOf(date)
                .progress(showProgress ? new ProgressBar(err, texts) : BatchProgress.NONE);
        // Split readers let the worker threads parse (JSON Lines); the region check runs there too.
        regions.register(builder::splitReaderFactory);
        if (threads != null) {
            builder.threads(threads);
        }
        BatchEvaluator evaluator = builder.build();
        // One renderer for the whole run: the encoder reuses each distinct reason's text per renderer.
        ReasonRenderer renderer = messages;
        DecisionEncoder encoder = csv ? CsvDecisionWriter::encode : d -> DecisionWriter.encode(d, renderer);

        BatchSummary summary;
        try (AtomicOutput decisionsFile = output == null ? null : AtomicOutput.create(output);
                AtomicOutput rejectsOut = rejectsFile == null ? null : AtomicOutput.create(rejectsFile)) {
            OutputStream decisions =
                    decisionsFile != null ? decisionsFile.stream() : new BufferedOutputStream(parent.out, 1 << 16);
            OutputStream rejectStream = rejectsOut != null ? rejectsOut.stream() : err;
            JsonGenerator rejectJson = new JsonFactory().createGenerator(rejectStream, JsonEncoding.UTF8);
            rejectJson.setRootValueSeparator(null);
            if (csv) {
                decisions.write(CsvDecisionWriter.header());
            }
            summary = evaluator.run(source, decisions, encoder, r -> writeReject(rejectJson, r, texts));
            rejectJson.flush();
            decisions.flush();
            if (decisionsFile != null) {
                decisionsFile.commit();
            }
            if (rejectsOut != null) {
                rejectsOut.commit();
            }
        }
        if (summaryFile != null) {
            try (AtomicOutput out = AtomicOutput.create(summaryFile)) {
                SummaryJson.write(summary, table, out.stream());
                out.commit();
            }
        }
        err.print(Escape.block(summary.toTable(language.locale())));
        err.flush();
        return summary.rejected() > 0 ? 3 : 0;
    }

    /** Writes one reject as a JSON line ({@link RejectJson}), in the language of the texts. */
    static void writeReject(JsonGenerator json, Reject r, Texts texts) {
        RejectJson.write(json, r, texts.locale());
    }
}
