package id.bansos.cli;

import id.bansos.io.InputException;
import id.bansos.model.param.MissingParameterException;
import id.bansos.rules.Engine;
import id.bansos.rules.NationalPolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the {@code bansos} command line. */
@Command(
        name = "bansos",
        mixinStandardHelpOptions = true,
        versionProvider = BansosCommand.Version.class,
        description = "Decide, explain and test Indonesian social assistance (PKH, Program Sembako).",
        subcommands = {
            EvaluateCommand.class,
            ExplainCommand.class,
            WhatIfCommand.class,
            TestCommand.class,
            GenerateCommand.class,
            GraduateCommand.class,
            ReconcileCommand.class,
            SampleCommand.class,
            ExitsCommand.class,
            ReportCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 done; 1 I/O failure or failing scenario; 2 bad arguments or unreadable input;",
            "3 done, with some records rejected. --debug prints stack traces."
        })
final class BansosCommand implements Runnable {
    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard output as bytes, for decisions; never the default {@code System.out} inside tests. */
    final PrintStream out;

    /** Standard error as bytes, for summaries, rejects and progress. */
    final PrintStream err;

    BansosCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Prints the library version and the policy version of the national parameter set. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "bansos " + Engine.version(), "policy " + NationalPolicy.load().version()
            };
        }
    }

    static CommandLine commandLine(PrintStream out, PrintStream err, PrintWriter outWriter, PrintWriter errWriter) {
        CommandLine cl = new CommandLine(new BansosCommand(out, err));
        cl.setOut(outWriter);
        cl.setErr(errWriter);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = parseResult.originalArgs().contains("--debug");
            PrintWriter e = commandLine.getErr();
            int code = exitCode(ex);
            e.println("bansos: " + Escape.line(message(ex)));
            if (debug) {
                ex.printStackTrace(e);
            }
            e.flush();
            return code;
        });
        // --debug is accepted anywhere; it only changes how errors are printed.
        cl.setUnmatchedArgumentsAllowed(false);
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec()
                    .addOption(CommandLine.Model.OptionSpec.builder("--debug")
                            .description("Print stack traces of errors.")
                            .build());
        }
        return cl;
    }

    /** Bad arguments and ill-formed input exit with 2; anything else, an I/O failure above all, with 1. */
    static int exitCode(Throwable ex) {
        boolean badInput = ex instanceof UsageException
                || ex instanceof InputException
                || ex instanceof MissingParameterException
                || ex instanceof IllegalArgumentException
                || ex instanceof NoSuchFileException
                || (ex instanceof UncheckedIOException u && u.getCause() instanceof CharacterCodingException);
        return badInput ? 2 : 1;
    }

    /** The message of an error, without Java's class names: those are for {@code --debug}. */
    static String message(Throwable ex) {
        if (ex instanceof NoSuchFileException n) {
            return "no such file: " + n.getFile();
        }
        if (ex instanceof UncheckedIOException u) {
            // "cannot read FILE" from a reader, and the I/O error under it.
            String m = u.getMessage();
            String cause = ioMessage(u.getCause());
            return m == null || m.equals(u.getCause().toString()) ? cause : m + ": " + cause;
        }
        if (ex instanceof IOException io) {
            return ioMessage(io);
        }
        if (ex instanceof ArithmeticException) {
            return "an amount is too large to compute; check the parameter values (bounds in docs/parameters.md)";
        }
        String m = ex.getMessage();
        if (ex instanceof UsageException
                || ex instanceof InputException
                || ex instanceof MissingParameterException
                || ex instanceof IllegalArgumentException) {
            return m == null ? "invalid input" : m;
        }
        return "internal error" + (m == null ? "" : ": " + m) + " (run with --debug for details)";
    }

    private static String ioMessage(IOException e) {
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file: " + n.getFile();
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : m;
    }
}
