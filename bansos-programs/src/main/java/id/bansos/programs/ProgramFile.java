package id.bansos.programs;

import id.bansos.io.InputException;
import id.bansos.io.Utf8Input;
import id.bansos.io.yaml.YamlCursor;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.internal.Checks;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.ProgramDefinition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * District and complementary programmes read from programme files (PROGRAMS-V1): each a {@link
 * ProgramDefinition} the engine runs like PKH, the programmes' own dated parameters, and the texts
 * of their reasons in Bahasa Indonesia and English.
 *
 * <p>Every expression of a file is parsed and type-checked when the file is read: a syntax error,
 * an unknown field, an unknown parameter key or a type mismatch is an {@link InputException} naming
 * the file, the line and column, the programme and the expression. A programme's rules are, in
 * order: the national rules named in {@code uses} ({@code common.deceased}, {@code
 * common.exclusion}); one rule per {@code requires} entry, id {@code program.requires.N} (N from 1,
 * the programme code in lower case); {@code program.requires}, which gives {@code MEMENUHI_SYARAT}
 * when every requirement holds; {@code program.amount}, which gives {@code JUMLAH_BANTUAN}.
 *
 * <p>Example: {@code ProgramFile.read(Path.of("lansia-daerah.yaml")).find("LANSIA_DAERAH")}, then
 * {@code Engine.create().evaluate(household, lansia, file.layeredOver(NationalPolicy.load()),
 * date)}. Immutable and thread-safe.
 */
public final class ProgramFile {
    /** The most programmes one file may hold. */
    public static final int MAX_PROGRAMS = 100;

    /** The most expressions ({@code rule} and {@code amount_per_payment}) one file may hold. */
    public static final int MAX_EXPRESSIONS = 100;

    /** The longest expression, in UTF-8 bytes. */
    public static final int MAX_EXPRESSION_BYTES = Expressions.MAX_BYTES;

    private final String source;
    private final List<ProgramDefinition> programs;
    private final ParameterSet parameters;
    private final Map<Locale, Map<ReasonCode, String>> messages;
    private final Map<String, Map<String, String>> names;

    ProgramFile(
            String source,
            List<ProgramDefinition> programs,
            List<Parameter<?>> parameters,
            Map<Locale, Map<ReasonCode, String>> messages,
            Map<String, Map<String, String>> names) {
        this.source = source;
        this.programs = List.copyOf(programs);
        this.parameters = ParameterSet.of(parameters);
        Map<Locale, Map<ReasonCode, String>> m = new LinkedHashMap<>();
        messages.forEach((k, v) -> m.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        this.messages = Collections.unmodifiableMap(m);
        this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    /**
     * Reads a programme file in UTF-8.
     *
     * @param file the file, not null; its path is the source named in errors
     * @return the programmes, not null
     * @throws NullPointerException if {@code file} is null
     * @throws InputException if the file is not a valid programme file, or an expression does not
     *     type-check
     * @throws UncheckedIOException if the file cannot be read
     */
    public static ProgramFile read(Path file) {
        Checks.notNull(file, "file");
        try (Reader in = new BufferedReader(Utf8Input.reader(Files.newInputStream(file), file.toString()))) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads a programme file from a character stream, which is not closed.
     *
     * @param in the text, not null
     * @param source the name of the input for error messages, not null
     * @return the programmes, not null
     * @throws NullPointerException if an argument is null
     * @throws InputException if the text is not a valid programme file
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static ProgramFile read(Reader in, String source) {
        Checks.notNull(in, "in");
        Checks.notNull(source, "source");
        return ProgramFileReader.read(YamlCursor.readText(in, source), source);
    }

    /**
     * Reads several programme files as one: a programme code or a parameter key in two files is an
     * error.
     *
     * @param files the files, not null, possibly empty
     * @return the programmes of all files in file order, not null
     * @throws NullPointerException if {@code files} or an element is null
     * @throws InputException if a file is invalid, or two files define one programme or one key
     * @throws UncheckedIOException if a file cannot be read
     */
    public static ProgramFile readAll(List<Path> files) {
        Checks.notNull(files, "files");
        List<ProgramFile> read = new ArrayList<>();
        for (Path path : files) {
            read.add(read(Checks.notNull(path, "files element")));
        }
        return combine(read);
    }

    /**
     * Combines programme files read one by one (with {@link #read(Reader, String)}, say, where the
     * files are texts sent to a cluster's executors) as {@link #readAll(List)} does: a programme
     * code or a parameter key in two files is an error.
     *
     * @param files the files in order, not null, possibly empty
     * @return the programmes of all files in file order, not null
     * @throws NullPointerException if {@code files} or an element is null
     * @throws InputException if two files define one programme or one key, naming the later file
     */
    public static ProgramFile combine(List<ProgramFile> files) {
        Checks.notNull(files, "files");
        List<ProgramDefinition> programs = new ArrayList<>();
        List<Parameter<?>> parameters = new ArrayList<>();
        Map<Locale, Map<ReasonCode, String>> messages = new LinkedHashMap<>();
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (ProgramFile file : files) {
            Checks.notNull(file, "files element");
            for (ProgramDefinition p : file.programs) {
                if (names.containsKey(p.program().code())) {
                    throw new InputException(
                            file.source,
                            0,
                            0,
                            null,
                            p.program().code(),
                            "the programme is defined in an earlier file too");
                }
                programs.add(p);
            }
            for (String key : file.parameters.keys()) {
                if (!keys.add(key)) {
                    throw new InputException(
                            file.source, 0, 0, null, key, "the parameter is declared in an earlier file too");
                }
                parameters.add(file.parameters.find(key).orElseThrow());
            }
            file.messages.forEach((locale, texts) ->
                    messages.computeIfAbsent(locale, k -> new LinkedHashMap<>()).putAll(texts));
            names.putAll(file.names);
            sources.add(file.source);
        }
        return new ProgramFile(String.join(", ", sources), programs, parameters, messages, names);
    }

    /**
     * The programmes, in file order.
     *
     * @return an unmodifiable list, not null
     */
    public List<ProgramDefinition> programs() {
        return programs;
    }

    /**
     * Finds a programme by its code, ignoring case.
     *
     * @param code the code, not null
     * @return the programme, or empty if no programme of the file has this code
     * @throws NullPointerException if {@code code} is null
     */
    public Optional<ProgramDefinition> find(String code) {
        Checks.notNull(code, "code");
        String upper = code.toUpperCase(Locale.ROOT);
        return programs.stream().filter(p -> p.program().code().equals(upper)).findFirst();
    }

    /**
     * How often a programme of the files pays, as its {@code payment_schedule} says.
     *
     * @param code the programme code, not null, any case
     * @return the schedule, or empty if no programme of the files has this code
     * @throws NullPointerException if {@code code} is null
     */
    public Optional<PaymentSchedule> schedule(String code) {
        return find(code)
                .flatMap(p -> p.rules().stream()
                        .filter(AmountRule.class::isInstance)
                        .map(r -> ((AmountRule) r).schedule())
                        .findFirst());
    }

    /**
     * The programmes' own dated parameters.
     *
     * @return the set, not null, possibly empty
     */
    public ParameterSet parameters() {
        return parameters;
    }

    /**
     * Returns the programmes' own parameters layered over a set, usually the national policy; a
     * district's {@code --parameters} files then layer over the result.
     *
     * @param below the set below, not null
     * @return the layered set, not null
     * @throws NullPointerException if {@code below} is null
     */
    public ParameterSet layeredOver(ParameterSet below) {
        return parameters.layeredOver(Checks.notNull(below, "below"));
    }

    /**
     * The messages of the programmes' requirements in a language, for {@code
     * MessageRenderer.withTexts}.
     *
     * @param locale the language, not null: English for {@code en}, Bahasa Indonesia otherwise
     * @return the texts by reason code, unmodifiable, not null
     * @throws NullPointerException if {@code locale} is null
     */
    public Map<ReasonCode, String> messages(Locale locale) {
        Checks.notNull(locale, "locale");
        Map<ReasonCode, String> texts = messages.get(locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT);
        return texts == null ? Map.of() : texts;
    }

    /**
     * The name of a programme in a language.
     *
     * @param code the programme code, not null
     * @param locale the language, not null: English for {@code en}, Bahasa Indonesia otherwise
     * @return the name, or empty if no programme of the file has this code
     * @throws NullPointerException if an argument is null
     */
    public Optional<String> name(String code, Locale locale) {
        Checks.notNull(code, "code");
        Checks.notNull(locale, "locale");
        Map<String, String> texts = names.get(code);
        return texts == null
                ? Optional.empty()
                : Optional.ofNullable(texts.get(locale.getLanguage().equals("en") ? "en" : "id"));
    }

    /**
     * Returns a short description, e.g. {@code ProgramFile[lansia.yaml: LANSIA_DAERAH]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ProgramFile[").append(source).append(':');
        for (int i = 0; i < programs.size(); i++) {
            sb.append(i == 0 ? " " : ", ").append(programs.get(i).program());
        }
        return sb.append(']').toString();
    }
}
