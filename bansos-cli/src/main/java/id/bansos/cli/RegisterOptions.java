package id.bansos.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of the commands that read the register of enrolments beside the households ({@code
 * payments}, {@code commitments}, {@code graduate}): {@code --enrollments}, with {@code --output} and
 * {@code --rejects}, and the check of the paths every such command reads and writes.
 */
final class RegisterOptions extends OutputOptions {
    @Option(names = "--enrollments", required = true, paramLabel = "FILE", description = "Enrolments, JSON Lines.")
    Path enrollments;

    /**
     * The check of INPUT (none when null), the {@code --parameters} files, {@code --enrollments},
     * {@code --output} and {@code --rejects}; a command adds its own files, then calls {@code check()}.
     */
    PathCheck paths(String input, List<Path> parameters) {
        return PathCheck.of()
                .input("INPUT", input)
                .inputs("--parameters", parameters)
                .input("--enrollments", enrollments)
                .output("--output", output)
                .output("--rejects", rejectsFile);
    }

    /** The enrolments file's name, as rejects name it. */
    String enrollmentsName() {
        return ExitsCommand.name(enrollments);
    }
}
