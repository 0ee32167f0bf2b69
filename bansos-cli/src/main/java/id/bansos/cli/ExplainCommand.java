package id.bansos.cli;

import id.bansos.batch.BatchEvaluator;
import id.bansos.io.HouseholdSource;
import id.bansos.io.Reject;
import id.bansos.model.Household;
import id.bansos.model.decision.Decision;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.ProgramDefinition;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bansos explain}: one household's decision as a page an officer can hand to the family. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = "Explain one household's decision as a page an officer can hand to the family: outcome, amounts"
                + " in Rupiah and the payment of this tahap or month, members numbered as on the family card (NIK"
                + " masked) with their components and the limit that left any unpaid, each reason with its legal"
                + " instrument, and the parameter values the decision used with their dates.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    Options.Program program;

    @Mixin
    Options.AsOf.OfDecision asOf;

    @Option(names = "--household", required = true, paramLabel = "ID", description = "The household id to explain.")
    String householdId;

    @Mixin
    Options.InputFormat inputFormat;

    @Mixin
    Options.Parameters parameters;

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
                .inputs("--parameters", parameters.files)
                .input("--regions", regions.file)
                .check();
        ProgramDefinition definition = program.definition();
        LocalDate date = asOf.date();
        language.locale();
        ParameterSet params = program.parameters(parameters.files);
        HouseholdSource source = inputFormat.source(input);
        // The household as evaluate reads and decides it in this file: repeated ids, split CSV
        // households and members born after the date rejected, DATA_GANDA across the whole file.
        BatchEvaluator.Builder evaluator = BatchEvaluator.builder()
                .program(definition)
                .parameters(params)
                .asOf(date)
                .threads(1);
        regions.register(evaluator::splitReaderFactory);
        BatchEvaluator.Outcome outcome = evaluator.build().decide(source, householdId);
        if (!outcome.rejects().isEmpty()) {
            for (Reject r : outcome.rejects()) {
                parent.err.println(parent.texts.reject(r));
            }
            parent.err.flush();
            return 3;
        }
        if (outcome.decision().isEmpty()) {
            throw UsageException.of("explain.notFound", householdId, source.name());
        }
        Household household = outcome.household().orElseThrow().household();
        Decision decision = outcome.decision().get();
        PrintWriter out = spec.commandLine().getOut();
        out.print(program.page(language, params).render(household, decision));
        out.flush();
        return 0;
    }
}
