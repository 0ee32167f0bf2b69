package id.bansos.cli;

import id.bansos.batch.Escape;
import id.bansos.rules.Programs;
import id.bansos.testkit.RunResult;
import id.bansos.testkit.ScenarioRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bansos test}: run analysts' scenario files. */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        description = "Run scenario files (folders are searched for *.yaml and *.yml): one block per failure,"
                + " then 'N passed, N failed'; -v also lists every scenario that passed. Exit 1 if any failed (a malformed file counts as failed), 2 if no scenario"
                + " was found.")
final class TestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    Options.Parameters parameters;

    @Mixin
    Options.Language language;

    @Option(
            names = {"-v", "--verbose"},
            description = "List every scenario in file order: 'PASS file:line: name' or its failure block.")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Scenario files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        // Before anything is read: inputs readable, no output onto an input or another output.
        PathCheck.of().inputs("--parameters", parameters.files).check();
        language.locale();
        for (Path p : paths) {
            if (!p.toFile().exists()) {
                throw UsageException.of("test.noSuchPath", p);
            }
        }
        ScenarioRunner runner =
                ScenarioRunner.of(Programs.national(), parameters.load()).withLocale(language.locale());
        RunResult result = runner.run(paths);
        PrintWriter out = spec.commandLine().getOut();
        out.print(Escape.block(verbose ? result.verboseReport() : result.report()));
        out.flush();
        return result.exitCode();
    }
}
