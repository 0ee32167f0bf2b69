package id.bansos.testkit;

import id.bansos.io.InputException;
import id.bansos.io.ReaderMessages;
import id.bansos.io.Utf8Input;
import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.Reason;
import id.bansos.model.id.Nik;
import id.bansos.model.internal.Checks;
import id.bansos.model.param.MissingParameterException;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Component;
import id.bansos.model.program.Program;
import id.bansos.rules.DuplicateNik;
import id.bansos.rules.Engine;
import id.bansos.rules.Evaluator;
import id.bansos.rules.MessageRenderer;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.ProgramDefinition;
import id.bansos.rules.Programs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs scenario files: reads them, decides each scenario's households and checks the decisions
 * against its expectations. Needs no test framework; {@code bansos test}, the JUnit base class
 * {@link id.bansos.testkit.junit.ScenarioTests} and a caller's own code all use it.
 *
 * <p>The file format is the one of EXCHANGE-V1 ("Scenario files"); {@code docs/analyst-guide.md}
 * explains it step by step. A scenario's {@code parameters:} overrides hold <em>for all dates</em>:
 * each value is placed from the first date the key has in the runner's policy, so layering it
 * replaces that key's whole timeline, and a key the policy lacks starts on the scenario's {@code
 * as_of}. A scenario with several {@code households:} is decided as a batch: a NIK found in more
 * than one of them (deceased members count) makes each not eligible, with {@code DATA_GANDA}
 * ({@link DuplicateNik}).
 *
 * <p>Example: {@code ScenarioRunner.national().run(List.of(Path.of("docs/scenarios")))
 * .report()} ends with {@code N passed, 0 failed}. Immutable and thread-safe.
 */
public final class ScenarioRunner {
    private static final String YAML = ".yaml";

    private final Map<Program, ProgramDefinition> programs;
    private final ParameterSet parameters;
    private final MessageRenderer renderer;
    private final ScenarioReader reader;
    private final Engine engine;

    private ScenarioRunner(
            Map<Program, ProgramDefinition> programs,
            ParameterSet parameters,
            MessageRenderer renderer,
            ScenarioReader reader) {
        this.programs = programs;
        this.parameters = parameters;
        this.renderer = renderer;
        this.reader = reader;
        this.engine = Engine.create();
    }

    /**
     * Obtains a runner for the national programmes (PKH and Program Sembako) under the national
     * policy, reporting reasons in Bahasa Indonesia.
     *
     * @return the runner, not null
     */
    public static ScenarioRunner national() {
        return of(Programs.national(), NationalPolicy.load());
    }

    /**
     * Obtains a runner for some programmes under a policy, reporting reasons in Bahasa Indonesia.
     *
     * <p>Example, for a district's layered policy: {@code ScenarioRunner.of(Programs.national(),
     * PolicyFiles.layered(Programs.national(), List.of(Path.of("kabupaten.yaml"))))}.
     *
     * @param programs the programmes scenarios may name, not null, not empty, no programme twice
     * @param parameters the policy, not null, holding every key the programmes' rules read
     * @return the runner, not null
     * @throws NullPointerException if an argument or an element is null
     * @throws IllegalArgumentException if {@code programs} is empty, names a programme twice, or two
     *     programmes declare one parameter key with different types
     */
    public static ScenarioRunner of(Collection<ProgramDefinition> programs, ParameterSet parameters) {
        Checks.notNull(programs, "programs");
        Checks.notNull(parameters, "parameters");
        Checks.check(!programs.isEmpty(), "programs", "must not be empty");
        Map<Program, ProgramDefinition> byCode = new LinkedHashMap<>();
        for (ProgramDefinition p : programs) {
            Checks.notNull(p, "programs element");
            Checks.check(byCode.putIfAbsent(p.program(), p) == null, "programs", "must not repeat a programme", p);
        }
        Map<String, Class<?>> declared = NationalPolicy.parameterTypes(programs);
        ScenarioReader reader = new ScenarioReader(Set.copyOf(byCode.keySet()), declared, parameters);
        return new ScenarioRunner(byCode, parameters, MessageRenderer.forLocale(Locale.forLanguageTag("id")), reader);
    }

    /**
     * Returns a runner that renders reasons in another language.
     *
     * @param locale the language, not null; English for {@code en}, Bahasa Indonesia otherwise
     * @return a new runner, not null
     * @throws NullPointerException if {@code locale} is null
     */
    public ScenarioRunner withLocale(Locale locale) {
        return withRenderer(MessageRenderer.forLocale(Checks.notNull(locale, "locale")));
    }

    /**
     * Returns a runner that renders reasons with the given renderer, e.g. one that knows a
     * district's own reason codes.
     *
     * @param renderer the renderer, not null
     * @return a new runner, not null
     * @throws NullPointerException if {@code renderer} is null
     */
    public ScenarioRunner withRenderer(MessageRenderer renderer) {
        return new ScenarioRunner(programs, parameters, Checks.notNull(renderer, "renderer"), reader);
    }

    /**
     * Returns the scenario files a list of paths names: a file as it is (whatever its extension),
     * a folder searched recursively for {@code *.yaml} and {@code *.yml}, sorted by path; each file once, in the order
     * of the paths.
     *
     * @param paths files and folders, not null, no null element
     * @return the files, not null, possibly empty
     * @throws NullPointerException if {@code paths} or an element is null
     * @throws IllegalArgumentException if a path does not exist
     * @throws UncheckedIOException if a folder cannot be searched
     */
    public static List<Path> find(List<Path> paths) {
        Checks.notNull(paths, "paths");
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            Checks.notNull(path, "paths element");
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    files.addAll(walk.filter(f -> isYaml(f) && Files.isRegularFile(f))
                            .sorted()
                            .collect(Collectors.toList()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot search " + path, e);
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException("path does not exist: " + path);
            }
        }
        return List.copyOf(files);
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(YAML) || name.endsWith(".yml");
    }

    /**
     * Reads a scenario file in UTF-8.
     *
     * @param file the file, not null; its path as given is the source named in messages
     * @return the scenarios in file order, not null, empty for a file without any
     * @throws NullPointerException if {@code file} is null
     * @throws InputException if the file has a mistake, naming file, line, column and key
     * @throws UncheckedIOException if the file cannot be read
     */
    public List<Scenario> read(Path file) {
        Checks.notNull(file, "file");
        try (Reader in = new BufferedReader(Utf8Input.reader(Files.newInputStream(file), file.toString()))) {
            return reader.read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads scenarios from a character stream, which is not closed.
     *
     * @param in the text of a scenario file, not null
     * @param source the name of the input for messages, not null
     * @return the scenarios in order, not null, empty for a text without any
     * @throws NullPointerException if an argument is null
     * @throws InputException if the text has a mistake, naming source, line, column and key
     * @throws UncheckedIOException if the stream cannot be read
     */
    public List<Scenario> read(Reader in, String source) {
        Checks.notNull(in, "in");
        Checks.notNull(source, "source");
        return reader.read(in, source);
    }

    /**
     * Runs scenario files and folders: every scenario of every file that {@link #find(List)} gives.
     * A file with a mistake, or one that cannot be read, is one failed result.
     *
     * @param paths files and folders, not null, no null element
     * @return the results, not null
     * @throws NullPointerException if {@code paths} or an element is null
     * @throws IllegalArgumentException if a path does not exist
     * @throws UncheckedIOException if a folder cannot be searched
     */
    public RunResult run(List<Path> paths) {
        RunResult.Builder b = RunResult.builder();
        for (Path file : find(paths)) {
            b.addAllResults(runFile(file));
        }
        return b.build();
    }

    /**
     * Runs the scenarios of one file.
     *
     * @param file the file, not null
     * @return one result per scenario, or one failed result if the file has a mistake or cannot be
     *     read; empty for a file without scenarios
     * @throws NullPointerException if {@code file} is null
     */
    public List<ScenarioResult> runFile(Path file) {
        Checks.notNull(file, "file");
        try (Reader in = new BufferedReader(Utf8Input.reader(Files.newInputStream(file), file.toString()))) {
            return run(in, file.toString());
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            return List.of(unreadable(file.toString(), 0, localised(file + ": cannot read: " + describe(cause))));
        } catch (RuntimeException e) {
            // One file that breaks the runner must not lose the report of the others.
            return List.of(unreadable(file.toString(), 0, localised(file + ": cannot be run: " + e.getMessage())));
        }
    }

    /** Says why a file cannot be read, without Java's class names. */
    static String describe(IOException e) {
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : m;
    }

    /**
     * Runs the scenarios of a text, e.g. one held in memory; the stream is not closed.
     *
     * @param in the text of a scenario file, not null
     * @param source the name of the input for messages, not null
     * @return one result per scenario, or one failed result if the text has a mistake; empty for a
     *     text without scenarios
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if the stream cannot be read
     */
    public List<ScenarioResult> run(Reader in, String source) {
        List<Scenario> scenarios;
        try {
            scenarios = read(in, source);
        } catch (InputException e) {
            // The reader's English, rendered in the runner's language as the command line renders it.
            return List.of(unreadable(e.source(), e.line().orElse(0), ReaderMessages.message(e, renderer.locale())));
        }
        List<ScenarioResult> out = new ArrayList<>(scenarios.size());
        for (Scenario s : scenarios) {
            out.add(run(s));
        }
        return List.copyOf(out);
    }

    private static ScenarioResult unreadable(String source, long line, String message) {
        return ScenarioResult.builder()
                .source(source)
                .line(line)
                .error(message)
                .report("FAILED " + message + "\n")
                .build();
    }

    /**
     * Runs one scenario: decides its households as a batch and checks every expectation.
     *
     * @param scenario the scenario, not null
     * @return the result, not null; failed with an {@linkplain ScenarioResult#error() error} if
     *     the programme is unknown to this runner, a parameter has no value on the date, or a
     *     member is born after it
     * @throws NullPointerException if {@code scenario} is null
     */
    public ScenarioResult run(Scenario scenario) {
        Checks.notNull(scenario, "scenario");
        ScenarioResult.Builder b = ScenarioResult.builder()
                .source(scenario.source())
                .line(scenario.line())
                .scenario(scenario);
        ProgramDefinition program = scenario.programFile()
                .flatMap(f -> f.find(scenario.program().code()))
                .orElse(programs.get(scenario.program()));
        ParameterSet below =
                scenario.programFile().map(f -> f.layeredOver(parameters)).orElse(parameters);
        if (program == null) {
            return failed(
                    b,
                    scenario,
                    "unknown programme " + scenario.program() + "; this runner knows "
                            + programs.keySet().stream().map(Program::code).collect(Collectors.joining(", ")));
        }
        List<Decision> decisions;
        try {
            ParameterSet set = scenario.parameters().keys().isEmpty()
                    ? below
                    : scenario.parameters().layeredOver(below);
            Evaluator evaluator = engine.prepare(program, set, scenario.asOf());
            decisions = new ArrayList<>();
            for (Household h : scenario.households()) {
                decisions.add(evaluator.evaluate(h));
            }
        } catch (MissingParameterException | IllegalArgumentException e) {
            return failed(b, scenario, e.getMessage());
        } catch (ArithmeticException e) {
            return failed(
                    b,
                    scenario,
                    "an amount is too large to compute; check the parameter values (bounds in docs/parameters.md)");
        }
        decisions = withDuplicateNiks(scenario.households(), decisions);
        b.decisions(decisions);
        List<Mismatch> mismatches = new ArrayList<>();
        for (Map.Entry<String, Expectation> e : scenario.expectations().entrySet()) {
            mismatches.addAll(e.getValue().check(decisions.get(indexOf(scenario, e.getKey())), e.getKey()));
        }
        b.mismatches(mismatches);
        b.report(mismatches.isEmpty() ? "" : report(scenario, decisions, mismatches));
        return b.build();
    }

    private ScenarioResult failed(ScenarioResult.Builder b, Scenario scenario, String english) {
        String error = localised(english);
        return b.error(error)
                .report(header(scenario) + "  error: " + error + "\n")
                .build();
    }

    /** An English error of the runner in the runner's language, as the readers' messages are. */
    private String localised(String english) {
        return ReaderMessages.detail(english, renderer.locale());
    }

    private static int indexOf(Scenario scenario, String householdId) {
        List<Household> households = scenario.households();
        for (int i = 0; i < households.size(); i++) {
            if (households.get(i).id().equals(householdId)) {
                return i;
            }
        }
        throw new IllegalStateException("no household " + householdId);
    }

    /**
     * Applies {@code DATA_GANDA} to every household that shares a NIK with another one of the
     * batch, deceased members included.
     *
     * @param households the batch
     * @param decisions their decisions, in the same order
     * @return the decisions, those with a shared NIK replaced
     */
    static List<Decision> withDuplicateNiks(List<Household> households, List<Decision> decisions) {
        Map<Nik, Set<Integer>> where = new HashMap<>();
        for (int i = 0; i < households.size(); i++) {
            for (Person p : households.get(i).members()) {
                where.computeIfAbsent(p.nik(), k -> new TreeSet<>()).add(i);
            }
        }
        List<Set<Integer>> others = new ArrayList<>();
        for (int i = 0; i < households.size(); i++) {
            others.add(new TreeSet<>());
        }
        for (Set<Integer> holders : where.values()) {
            if (holders.size() > 1) {
                for (int i : holders) {
                    others.get(i).addAll(holders);
                    others.get(i).remove(i);
                }
            }
        }
        List<Decision> out = new ArrayList<>(decisions.size());
        for (int i = 0; i < decisions.size(); i++) {
            if (others.get(i).isEmpty()) {
                out.add(decisions.get(i));
            } else {
                List<String> ids = new ArrayList<>();
                for (int j : others.get(i)) {
                    ids.add(households.get(j).id());
                }
                out.add(DuplicateNik.apply(decisions.get(i), ids, ids.size()));
            }
        }
        return List.copyOf(out);
    }

    private static String header(Scenario scenario) {
        return "FAILED " + scenario.source() + (scenario.line() > 0 ? ":" + scenario.line() : "") + ": "
                + scenario.name() + "\n";
    }

    private String report(Scenario scenario, List<Decision> decisions, List<Mismatch> mismatches) {
        MessageRenderer renderer = scenario.programFile()
                .map(f -> this.renderer.withTexts(f.messages(this.renderer.locale())))
                .orElse(this.renderer);
        StringBuilder sb = new StringBuilder(header(scenario));
        boolean batch = scenario.households().size() > 1;
        Set<String> concerned = new LinkedHashSet<>();
        for (Mismatch m : mismatches) {
            sb.append("  ");
            if (batch) {
                sb.append(m.householdId()).append(' ');
            }
            sb.append(m).append('\n');
            concerned.add(m.householdId());
        }
        for (String id : concerned) {
            Decision d = decisions.get(indexOf(scenario, id));
            sb.append("  decision for ")
                    .append(id)
                    .append(" (")
                    .append(d.program())
                    .append(", ")
                    .append(d.asOf())
                    .append("): ")
                    .append(d.eligible() ? "eligible" : "not eligible")
                    .append(", annual_amount ")
                    .append(d.annualAmount().amount())
                    .append(", amount_per_payment ")
                    .append(d.amountPerPayment().amount())
                    .append(", components ")
                    .append(Expectation.paidComponents(d));
            List<Component> cut = new ArrayList<>();
            for (ComponentAward a : d.components()) {
                if (!a.paid()) {
                    cut.add(a.component());
                }
            }
            if (!cut.isEmpty()) {
                sb.append(", not paid ").append(cut);
            }
            sb.append('\n');
            for (Reason r : d.reasons()) {
                sb.append("    ")
                        .append(r.code())
                        .append(" (")
                        .append(r.rule())
                        .append("): ")
                        .append(renderer.render(r))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Returns a short description, e.g. {@code ScenarioRunner[PKH, SEMBAKO; id]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "ScenarioRunner["
                + programs.keySet().stream().map(Program::code).collect(Collectors.joining(", "))
                + "; " + renderer.locale().toLanguageTag() + "]";
    }
}
