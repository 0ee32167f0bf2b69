package id.bansos.cli;

import id.bansos.batch.Escape;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Prints an error of the arguments (a required option missing, an unknown option, a value of the
 * wrong type) in the language of {@code --lang}, then the command's usage help, and exits with 2.
 *
 * <p>In English the message is picocli's own, as before; in Bahasa Indonesia the common errors are
 * rendered from the command line's texts and any other keeps picocli's English wording.
 */
final class ParseErrors implements CommandLine.IParameterExceptionHandler {
    /** picocli's text when an option's value is missing and the next argument is another option. */
    private static final Pattern EXPECTED =
            Pattern.compile("Expected parameter (?:.* )?for option '([^']+)'.* but found '(.*)'$");

    private final Texts texts;

    ParseErrors(Texts texts) {
        this.texts = texts;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(Escape.line(texts.english() ? ex.getMessage() : message(ex)));
        List<String> suggestions =
                ex instanceof CommandLine.UnmatchedArgumentException u ? u.getSuggestions() : List.of();
        if (suggestions.isEmpty()) {
            cl.usage(err);
        } else {
            err.println(texts.get("parse.didYouMean", String.join(", ", suggestions)));
        }
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The Indonesian message of a common error; picocli's own otherwise. */
    private String message(CommandLine.ParameterException ex) {
        // Before the missing value below: picocli reports "--parameters --as-of" as a missing
        // parameter (or, after an unknown option, an unmatched one), whose value it names here.
        Matcher expected = EXPECTED.matcher(String.valueOf(ex.getMessage()));
        if (expected.find()) {
            return texts.get("parse.expectedValue", quoted(expected.group(1)), quoted(expected.group(2)));
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            List<ArgSpec> missing = m.getMissing();
            if (missing.size() == 1
                    && missing.get(0) instanceof OptionSpec o
                    && String.valueOf(m.getMessage()).startsWith("Missing required parameter for option")) {
                return texts.get("parse.missingValue", quoted(o.longestName()), o.paramLabel());
            }
            List<String> names = new ArrayList<>();
            for (ArgSpec a : missing) {
                names.add(quoted(a instanceof OptionSpec o ? o.longestName() + "=" + o.paramLabel() : a.paramLabel()));
            }
            return texts.get("parse.missing", String.join(", ", names));
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            boolean options = unmatched.stream().allMatch(a -> a.startsWith("-"));
            List<String> shown = unmatched.stream().map(ParseErrors::quoted).toList();
            return texts.get(options ? "parse.unknownOption" : "parse.unknownArgument", String.join(", ", shown));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() instanceof OptionSpec spec) {
            return texts.get("parse.overwritten", quoted(spec.longestName()));
        }
        if (ex.getArgSpec() != null
                && ex.getValue() != null
                && String.valueOf(ex.getMessage()).startsWith("Invalid value for")) {
            ArgSpec a = ex.getArgSpec();
            String name = a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
            return texts.get("parse.badValue", quoted(name), quoted(ex.getValue()));
        }
        return ex.getMessage();
    }

    private static String quoted(String s) {
        return "'" + s + "'";
    }
}
