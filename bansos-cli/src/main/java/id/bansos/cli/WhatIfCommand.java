package id.bansos.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.bansos.batch.ChangeJson;
import id.bansos.batch.Escape;
import id.bansos.batch.HouseholdChange;
import id.bansos.batch.WhatIf;
import id.bansos.batch.WhatIfSummary;
import id.bansos.io.HouseholdSource;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.ProgramDefinition;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bansos whatif}: the same households under the national policy and under a layered file. */
@Command(
        name = "whatif",
        mixinStandardHelpOptions = true,
        description = "Evaluate the same households under the national policy and under the policy with --parameters"
                + " layered over it: one JSON line per household whose eligibility or amount changed, with the"
                + " parameters that caused it, and totals on stderr.")
final class WhatIfCommand implements Callable<Integer> {
    @Mixin
    Options.Program program;

    @Mixin
    Options.AsOf.OfDecisions asOf;

    @Option(
            names = "--parameters",
            required = true,
            paramLabel = "FILE",
            description = "The reform: a YAML parameter file layered over the national policy (repeatable).")
    java.util.List<Path> files;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Where changes go (default: standard output); written atomically.")
    Path output;

    @Mixin
    Options.InputFormat inputFormat;

    @Mixin
    Options.Language language;

    @Mixin
    Options.Regions regions;

    @Parameters(paramLabel = "INPUT", description = "Households: .json, .jsonl or .csv; - for standard input.")
    String input;

    @picocli.CommandLine.ParentCommand
    BansosCommand parent;

    @Override
    public Integer call() throws Exception {
        // Before anything is read: inputs readable, no output onto an input or another output.
        PathCheck.of()
                .input("INPUT", input)
                .inputs("--parameters", files)
                .input("--regions", regions.file)
                .output("--output", output)
                .check();
        ProgramDefinition definition = program.definition();
        LocalDate date = asOf.date();
        language.locale();
        Texts texts = parent.texts;
        ParameterSet base = program.parameters(List.of());
        ParameterSet alternative = program.parameters(files);
        HouseholdSource source = inputFormat.source(input);
        PrintStream err = parent.err;
        WhatIf whatIf = WhatIf.of(definition, base, alternative, date);
        WhatIfSummary summary;
        long[] rejected = {0};
        try (AtomicOutput file = output == null ? null : AtomicOutput.create(output)) {
            OutputStream out = file != null ? file.stream() : new BufferedOutputStream(parent.out, 1 << 16);
            JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            json.setRootValueSeparator(null);
            // Read as evaluate reads (repeated ids and split CSV households rejected), DATA_GANDA on both sides.
            summary = whatIf.run(regions.reading().asOf(date).build(), source, c -> write(json, c), r -> {
                rejected[0]++;
                err.println(Escape.line(texts.reject(r)));
            });
            json.flush();
            out.flush();
            if (file != null) {
                file.commit();
            }
        }
        err.println(texts.get("whatif.compared", texts.count(summary.compared())));
        err.println(texts.get("whatif.changed", texts.count(summary.changed())));
        err.println(texts.get("whatif.gained", texts.count(summary.gainedEligibility())));
        err.println(texts.get("whatif.lost", texts.count(summary.lostEligibility())));
        err.println(texts.get(
                "whatif.eligible", texts.count(summary.eligibleBefore()), texts.count(summary.eligibleAfter())));
        err.println(texts.get("whatif.before", texts.amount(summary.totalAnnualAmountBefore())));
        err.println(texts.get("whatif.after", texts.amount(summary.totalAnnualAmountAfter())));
        err.println(texts.get("whatif.difference", texts.amount(summary.difference())));
        for (Map.Entry<String, Long> e : summary.changesByParameter().entrySet()) {
            err.println(texts.get("whatif.changedBy", Escape.line(e.getKey()), texts.count(e.getValue())));
        }
        err.flush();
        return rejected[0] > 0 ? 3 : 0;
    }

    private static void write(JsonGenerator g, HouseholdChange c) {
        try {
            ChangeJson.write(g, c);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
