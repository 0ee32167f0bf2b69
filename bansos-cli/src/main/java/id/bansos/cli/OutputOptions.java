package id.bansos.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --output FILE} and {@code --rejects FILE} of the lifecycle commands ({@code exits}, {@code
 * report}, and through {@link RegisterOptions} {@code payments}, {@code commitments}, {@code graduate}).
 */
class OutputOptions {
    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Where the result goes (default: standard output); written atomically.")
    Path output;

    @Option(
            names = "--rejects",
            paramLabel = "FILE",
            description = "Where rejected lines go, as JSON Lines (default: standard error).")
    Path rejectsFile;
}
