package id.bansos.io.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import id.bansos.io.InputException;
import id.bansos.model.internal.Checks;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The reading layer under the library's strict, hand-walked YAML files (parameter files, scenario
 * files, and programme files to come): a parser on one file, with the errors every such reader
 * raises the same way.
 *
 * <ul>
 *   <li>{@link #next()} refuses anchors, aliases and tags ({@link YamlSupport#refusal});
 *   <li>{@link #key} checks a mapping's key against the keys allowed and those already seen:
 *       {@code name is given twice}, or the reader's own "did you mean" wording for an unknown key;
 *   <li>{@link #error} and {@link #errorAt} give an {@link InputException} with the source, line,
 *       column and field;
 *   <li>{@link #syntaxError} and {@link #limitError} turn the parser's own failures into one;
 *   <li>{@link #readText} reads a whole file under the {@value YamlSupport#MAX_CODE_POINTS} code
 *       point and {@value YamlSupport#MAX_LINE_CHARS} char line limits, before SnakeYAML sees it.
 * </ul>
 *
 * <p>Example, in a reader's loop over a mapping: {@code for (JsonToken t = c.next(); t !=
 * JsonToken.END_OBJECT; t = c.next()) { String k = c.key(null, KEYS, seen, n -> "unknown key " +
 * n); ... }}. Not thread-safe: one cursor per read.
 */
public final class YamlCursor {
    /**
     * The most chars {@link #readText} can return: the code point limit, two chars for each at most.
     */
    public static final int MAX_CHARS = 2 * YamlSupport.MAX_CODE_POINTS;

    private static final Pattern CLASS_PREFIX =
            Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)*[A-Z]\\w*(?:Exception|Error): ");
    /**
     * A SnakeYAML event, with its package and its fields if Jackson printed them: {@code
     * <org.yaml.snakeyaml.events.MappingStartEvent(anchor=null, tag=null, implicit=true)>}.
     */
    private static final Pattern EVENT =
            Pattern.compile("<?(?:\\b[a-z][a-z0-9_]*\\.)*\\b([A-Z][a-z]+(?:[A-Z][a-z]+)*)Event\\b(?:\\([^()]*\\))?>?");

    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");

    private final YAMLParser parser;
    private final String source;
    private final String where;
    private final int longestNumberShown;

    private YamlCursor(YAMLParser parser, String source, String where, int longestNumberShown) {
        this.parser = parser;
        this.source = source;
        this.where = where;
        this.longestNumberShown = longestNumberShown;
    }

    /**
     * Returns a cursor over a parser made by {@link YamlSupport#factory()}.
     *
     * @param parser the parser, before its first token, not null; not closed by the cursor
     * @param source the name of the input for error messages, e.g. a file name, not null
     * @param where what the file is, for refusals, e.g. {@code "a parameter file"}, not null
     * @param longestNumberShown numbers with more characters are described by their length only
     *     (a long number could be a NIK); {@link Integer#MAX_VALUE} to show every number
     * @return the cursor, not null
     * @throws NullPointerException if an argument is null
     */
    public static YamlCursor of(YAMLParser parser, String source, String where, int longestNumberShown) {
        return new YamlCursor(
                Checks.notNull(parser, "parser"),
                Checks.notNull(source, "source"),
                Checks.notNull(where, "where"),
                longestNumberShown);
    }

    /**
     * Returns the parser, for reading the current token's text and value.
     *
     * @return the parser, not null
     */
    public YAMLParser parser() {
        return parser;
    }

    /**
     * Moves to the next token, refusing an anchor, alias or tag on it.
     *
     * @return the token, or null at the end of the input
     * @throws InputException if the token is an alias or carries an anchor or tag
     * @throws IOException if the parser fails
     */
    public JsonToken next() throws IOException {
        JsonToken t = parser.nextToken();
        // Aliases are how "billion laughs" files blow up; a hand-written file never needs them.
        Optional<String> refusal = YamlSupport.refusal(parser, where);
        if (refusal.isPresent()) {
            throw error(null, refusal.get());
        }
        return t;
    }

    /**
     * Checks the current key of a mapping: it must be allowed and not seen before in the mapping.
     *
     * <p>Example: a second {@code type} gives {@code type is given twice}.
     *
     * @param field the field named in errors, or null
     * @param allowed the keys allowed, not null
     * @param seen the keys seen so far in this mapping, not null; the key is added
     * @param unknown the message for a key not allowed, given the key, not null
     * @return the key, not null
     * @throws InputException if the key is not allowed or repeated
     * @throws IOException if the parser fails
     */
    public String key(String field, List<String> allowed, Set<String> seen, UnaryOperator<String> unknown)
            throws IOException {
        String name = parser.currentName();
        if (!allowed.contains(name)) {
            throw error(field, unknown.apply(name));
        }
        if (!seen.add(name)) {
            throw error(field, name + " is given twice");
        }
        return name;
    }

    /**
     * Describes a token for a message: {@code a mapping}, {@code a list}, {@code an empty value},
     * a quoted text (cut at 40 characters) or a number.
     *
     * @param t the current token, or null for the end of the input
     * @return the description, not null
     * @throws UncheckedIOException if the parser fails
     */
    public String describe(JsonToken t) {
        if (t == null) {
            return "the end of the file";
        }
        try {
            switch (t) {
                case START_OBJECT -> {
                    return "a mapping";
                }
                case START_ARRAY -> {
                    return "a list";
                }
                case VALUE_NULL -> {
                    return "an empty value";
                }
                case VALUE_STRING -> {
                    String text = parser.getText();
                    if (text.isEmpty()) {
                        return "an empty value";
                    }
                    return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
                }
                default -> {
                    String number = parser.getText();
                    return number.length() <= longestNumberShown
                            ? number
                            : "a number of " + number.length() + " characters";
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An error at the current token.
     *
     * @param field the field, or null
     * @param detail what is wrong, not null
     * @return the exception, to throw
     */
    public InputException error(String field, String detail) {
        return errorAt(parser.currentTokenLocation(), field, detail);
    }

    /**
     * An error at a position read earlier, e.g. the start of a mapping that misses a key.
     *
     * @param loc the position, not null
     * @param field the field, or null
     * @param detail what is wrong, not null
     * @return the exception, to throw
     */
    public InputException errorAt(JsonLocation loc, String field, String detail) {
        return errorAt(source, loc, field, detail);
    }

    /**
     * An error at a position of a source.
     *
     * @param source the name of the input, not null
     * @param loc the position, not null
     * @param field the field, or null
     * @param detail what is wrong, not null
     * @return the exception, to throw
     */
    public static InputException errorAt(String source, JsonLocation loc, String field, String detail) {
        return new InputException(
                source, Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr()), null, field, detail);
    }

    /**
     * The error for text that is not YAML, or a SnakeYAML limit that Jackson wraps with a position:
     * {@code not valid YAML: …}.
     *
     * @param source the name of the input, not null
     * @param e the parser's exception, not null
     * @return the exception, to throw
     */
    public static InputException syntaxError(String source, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        long line = loc == null ? 0 : Math.max(0, loc.getLineNr());
        int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
        String detail = "not valid YAML: " + firstLine(e.getOriginalMessage());
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            String problem = marked.getProblem() == null ? "" : marked.getProblem();
            boolean tab = problem.contains("TAB");
            if (tab || indentation(problem)) {
                // SnakeYAML's problem mark is where the mistake is; Jackson's location is the context
                // (the mapping the mistake breaks), often lines before. The parser's own wording stays
                // in the cause, for --debug.
                line = marked.getProblemMark().getLine() + 1L;
                column = marked.getProblemMark().getColumn() + 1;
                detail = tab
                        ? "a tab is not allowed, use spaces"
                        : "check the indentation of line " + line + ": keys of one mapping start in the same column";
            }
        }
        return new InputException(source, line, column, null, null, detail, e);
    }

    /**
     * Reads every token of a text once, before a reader makes anything of them, so that a mistake of
     * the YAML itself is the one reported: a line indented too little otherwise ends its mapping
     * early and reads as a missing key, one indented too far as part of the value above it.
     *
     * @param text the whole file, as {@link #readText} gives it, not null
     * @param source the name of the input for messages, not null
     * @throws InputException if the text is not YAML ({@link #syntaxError}) or passes a SnakeYAML
     *     limit ({@link #limitError})
     * @throws UncheckedIOException if the parser fails otherwise
     */
    public static void checkSyntax(String text, String source) {
        parse(YamlSupport.factory(), text, source, p -> {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                // Only the parser's own errors matter here.
            }
            return text;
        });
    }

    /** Whether SnakeYAML's problem is one a line indented too far or too little causes. */
    private static boolean indentation(String problem) {
        return problem.startsWith("mapping values are not allowed")
                || problem.startsWith("expected <block end>")
                || problem.startsWith("did not find expected");
    }

    /** What a reader does with a parser over a YAML text. */
    @FunctionalInterface
    public interface ParserBody<T> {
        /**
         * Reads from the parser.
         *
         * @param parser the parser over the text, not null
         * @return what was read
         * @throws IOException if Jackson or the reader fails to read
         */
        T read(YAMLParser parser) throws IOException;
    }

    /**
     * Parses a YAML text with a parser of {@code factory}, as every strict YAML reader of the library
     * does: syntax errors (and SnakeYAML's limits that Jackson wraps) become {@link
     * #syntaxError(String, JsonProcessingException)}, SnakeYAML's limits raised outside Jackson's
     * wrapping become {@link #limitError(String, YAMLException)}, any other read failure an {@link
     * UncheckedIOException} naming the source.
     *
     * @param <T> what the body reads
     * @param factory the factory, not null (e.g. {@link YamlSupport#factory()})
     * @param text the whole text, not null
     * @param source the name of the input for errors, not null
     * @param body what to read, not null
     * @return what the body read
     * @throws InputException if the text is not YAML, a limit is reached, or the body refuses it
     * @throws UncheckedIOException if reading fails otherwise
     */
    public static <T> T parse(YAMLFactory factory, String text, String source, ParserBody<T> body) {
        Checks.notNull(factory, "factory");
        Checks.notNull(body, "body");
        try (YAMLParser parser = factory.createParser(text)) {
            return body.read(parser);
        } catch (JsonProcessingException e) {
            throw syntaxError(source, e);
        } catch (YAMLException e) {
            throw limitError(source, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /**
     * The error for a SnakeYAML limit raised outside Jackson's wrapping, e.g. the code point limit:
     * {@code not accepted: …}.
     *
     * @param source the name of the input, not null
     * @param e SnakeYAML's exception, not null
     * @return the exception, to throw
     */
    public static InputException limitError(String source, YAMLException e) {
        return new InputException(source, 0, 0, null, null, "not accepted: " + firstLine(e.getMessage()), e);
    }

    /**
     * Reads a whole file before any parser sees it, refusing one over {@value
     * YamlSupport#MAX_CODE_POINTS} code points or with a line over {@value
     * YamlSupport#MAX_LINE_CHARS} chars, comments included (SnakeYAML's own limit does not count
     * comments). It stops reading at the first char over a limit.
     *
     * @param in the text, not null; not closed
     * @param source the name of the input for messages, not null
     * @return the text, not null
     * @throws InputException if the text is too long, or a line is
     * @throws UncheckedIOException if the text cannot be read
     */
    public static String readText(Reader in, String source) {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        long codePoints = 0;
        long line = 1;
        int lineChars = 0;
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (!Character.isLowSurrogate(c) && ++codePoints > YamlSupport.MAX_CODE_POINTS) {
                        throw new InputException(
                                source,
                                0,
                                0,
                                null,
                                null,
                                "not accepted: the file is larger than " + YamlSupport.MAX_CODE_POINTS
                                        + " code points");
                    }
                    if (c == '\n') {
                        line++;
                        lineChars = 0;
                    } else if (++lineChars > YamlSupport.MAX_LINE_CHARS) {
                        throw new InputException(
                                source,
                                line,
                                0,
                                null,
                                null,
                                "not accepted: the line is longer than " + YamlSupport.MAX_LINE_CHARS + " characters");
                    }
                }
                sb.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return sb.toString();
    }

    /**
     * The first line of a parser message, trimmed, with Java's class names turned into words: a
     * SnakeYAML event such as {@code MappingStartEvent}, with its package and fields if any, becomes
     * {@code mapping start}, and an
     * exception's class name before its message is dropped.
     *
     * @param message the message, or null
     * @return the first line, or {@code unknown error}
     */
    public static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        String line = (nl < 0 ? message : message.substring(0, nl)).trim();
        line = CLASS_PREFIX.matcher(line).replaceAll("");
        Matcher m = EVENT.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String words = CAMEL.matcher(m.group(1)).replaceAll(" ").toLowerCase(Locale.ROOT);
            m.appendReplacement(sb, Matcher.quoteReplacement(words));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
