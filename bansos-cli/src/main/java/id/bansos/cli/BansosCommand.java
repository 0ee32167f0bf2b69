package id.bansos.cli;

import id.bansos.batch.Escape;
import id.bansos.io.InputException;
import id.bansos.io.ReaderMessages;
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
import java.util.Locale;
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
            ReportCommand.class,
            ReplaceCommand.class,
            ServeCommand.class,
            CommitmentsCommand.class,
            PaymentsCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 done; 1 I/O failure or failing scenario; 2 bad arguments or unreadable input;",
            "3 done, with some records rejected. --debug prints stack traces."
        })
final class BansosCommand implements Runnable {
    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    Options.Language language;

    /**
     * The texts of the language the arguments ask for ({@link Texts#scan(String[])}): help, parse
     * errors and the errors of every command are in it, and commands print in it.
     */
    final Texts texts;

    /** Standard output as bytes, for decisions; never the default {@code System.out} inside tests. */
    final PrintStream out;

    /** Standard error as bytes, for summaries, rejects and progress. */
    final PrintStream err;

    BansosCommand(PrintStream out, PrintStream err, Texts texts) {
        this.out = out;
        this.err = err;
        this.texts = texts;
    }

    @Override
    public void run() {
        language.locale();
        throw new CommandLine.ParameterException(spec.commandLine(), texts.get("error.commandRequired"));
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

    static CommandLine commandLine(
            PrintStream out, PrintStream err, PrintWriter outWriter, PrintWriter errWriter, String[] args) {
        Texts texts = Texts.scan(args);
        String lang = Texts.langArgument(args);
        CommandLine cl = new CommandLine(new BansosCommand(out, err, texts));
        cl.setOut(outWriter);
        cl.setErr(errWriter);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = parseResult.originalArgs().contains("--debug");
            PrintWriter e = commandLine.getErr();
            int code = exitCode(ex);
            e.println("bansos: " + Escape.line(message(ex, texts)));
            if (debug) {
                ex.printStackTrace(e);
            }
            e.flush();
            return code;
        });
        cl.setParameterExceptionHandler(new ParseErrors(texts));
        // A wrong --lang is the first error reported, before any file is looked at.
        cl.setExecutionStrategy(parseResult -> {
            if (lang != null && !lang.equals("id") && !lang.equals("en")) {
                CommandLine last = parseResult
                        .asCommandLineList()
                        .get(parseResult.asCommandLineList().size() - 1);
                throw new CommandLine.ParameterException(last, texts.get("lang.invalid", lang));
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        // --debug is accepted anywhere; it only changes how errors are printed.
        cl.setUnmatchedArgumentsAllowed(false);
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec()
                    .addOption(CommandLine.Model.OptionSpec.builder("--debug")
                            .description("Print stack traces of errors.")
                            .build());
        }
        // Help in the language of --lang: the Indonesian texts over the English of the annotations.
        if (!texts.english()) {
            cl.setResourceBundle(HelpTexts.indonesian());
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

    /** The message of an error in English, as {@link #message(Throwable, Texts)}. */
    static String message(Throwable ex) {
        return message(ex, Texts.inEnglish());
    }

    /**
     * The message of an error in a language, without Java's class names: those are for {@code
     * --debug}. The command line's own errors come from its texts; the readers' errors are rendered
     * by {@link ReaderMessages}; other texts (an operating system's I/O error) are as they come.
     */
    static String message(Throwable ex, Texts texts) {
        Locale locale = texts.locale();
        if (ex instanceof NoSuchFileException n) {
            return texts.get("error.noSuchFile", n.getFile());
        }
        if (ex instanceof UncheckedIOException u) {
            // "cannot read FILE" from a reader, and the I/O error under it.
            String m = u.getMessage();
            String cause = ioMessage(u.getCause(), texts);
            return m == null || m.equals(u.getCause().toString())
                    ? cause
                    : ReaderMessages.detail(m, locale) + ": " + cause;
        }
        if (ex instanceof IOException io) {
            return ioMessage(io, texts);
        }
        if (ex instanceof ArithmeticException) {
            return texts.get("error.tooLarge");
        }
        if (ex instanceof UsageException u && u.msg().isPresent()) {
            return texts.get(u.msg().get());
        }
        if (ex instanceof InputException i) {
            return ReaderMessages.message(i, locale);
        }
        if (ex instanceof MissingParameterException mp) {
            return mp.firstValueFrom()
                    .map(first -> texts.get("error.parameterBeforeFirstValue", mp.key(), mp.date(), first))
                    .orElseGet(() -> texts.get("error.parameterNotInForce", mp.key(), mp.date()));
        }
        String m = ex.getMessage();
        if (ex instanceof UsageException
                || ex instanceof MissingParameterException
                || ex instanceof IllegalArgumentException) {
            return m == null ? texts.get("error.invalidInput") : ReaderMessages.detail(m, locale);
        }
        return m == null ? texts.get("error.internal") : texts.get("error.internalWith", m);
    }

    private static String ioMessage(IOException e, Texts texts) {
        if (e instanceof CharacterCodingException) {
            return texts.get("error.notUtf8");
        }
        if (e instanceof NoSuchFileException n) {
            return texts.get("error.noSuchFile", n.getFile());
        }
        if (e instanceof AccessDeniedException a) {
            return texts.get("error.permissionDenied", a.getFile());
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? texts.get("error.io") : m;
    }
}
