package id.bansos.testkit.junit;

import id.bansos.io.InputException;
import id.bansos.model.internal.Checks;
import id.bansos.testkit.Scenario;
import id.bansos.testkit.ScenarioResult;
import id.bansos.testkit.ScenarioRunner;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A JUnit 5 base class that turns every scenario file under a folder into tests, one per
 * scenario, so that {@code ./mvnw test} runs an analyst's files with no Java written beyond one
 * empty class.
 *
 * <p>By default the folder is {@value #DEFAULT_FOLDER} (relative to the module, where Maven runs
 * tests), searched recursively for {@code *.yaml}:
 *
 * <pre>{@code
 * class PolicyScenariosTest extends ScenarioTests {}
 * }</pre>
 *
 * <p>The name must end in {@code Test} or {@code Tests} (or start with {@code Test}): Maven Surefire
 * runs no other class by default. {@link ScenarioNameCheckEngine} fails the build when a
 * {@code ScenarioTests} class is named otherwise and another test of the module runs.
 *
 * <p>Another folder, or several, go to the constructor: {@code class DocsScenariosTest extends
 * ScenarioTests { DocsScenariosTest() { super("../docs/scenarios"); } }}. Override {@link #runner()}
 * for a district's policy or English reasons.
 *
 * <p>Each file becomes a container named by its path, each scenario a test named by the scenario's
 * name, with the file and line as its source (IDEs jump to it). A failing test's message is the
 * block {@code bansos test} prints. A file with a mistake is one failing test; finding no scenario at
 * all is a failing test too, so that a misplaced folder cannot pass unnoticed. JUnit Jupiter is an
 * optional dependency of {@code bansos-testkit}: a project using this class brings its own.
 */
public abstract class ScenarioTests {
    /** The folder searched when the constructor is given none. */
    public static final String DEFAULT_FOLDER = "src/test/resources/scenarios";

    private final List<Path> paths;

    /** Creates tests for the scenario files under {@value #DEFAULT_FOLDER}. */
    protected ScenarioTests() {
        this(DEFAULT_FOLDER);
    }

    /**
     * Creates tests for the scenario files under some folders or files.
     *
     * @param paths folders (searched recursively for {@code *.yaml}) and files, relative to the
     *     working directory, not null, at least one, no null element
     * @throws NullPointerException if {@code paths} or an element is null
     * @throws IllegalArgumentException if {@code paths} is empty
     */
    protected ScenarioTests(String... paths) {
        Checks.notNull(paths, "paths");
        Checks.check(paths.length > 0, "paths", "must name at least one folder or file");
        List<Path> list = new ArrayList<>();
        for (String p : paths) {
            list.add(Path.of(Checks.notNull(p, "paths element")));
        }
        this.paths = List.copyOf(list);
    }

    /**
     * Returns the runner the scenarios run with; by default {@link ScenarioRunner#national()}.
     *
     * @return the runner, not null
     */
    protected ScenarioRunner runner() {
        return ScenarioRunner.national();
    }

    /**
     * Returns one container per scenario file, holding one test per scenario.
     *
     * @return the tests, not null
     */
    @TestFactory
    public final Stream<DynamicNode> scenarios() {
        ScenarioRunner runner = runner();
        List<Path> files;
        try {
            files = ScenarioRunner.find(paths);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return Stream.of(failing("scenario folder", e.getMessage()));
        }
        List<DynamicNode> nodes = new ArrayList<>();
        int scenarios = 0;
        for (Path file : files) {
            URI uri = file.toAbsolutePath().toUri();
            List<Scenario> read;
            try {
                read = runner.read(file);
            } catch (InputException | UncheckedIOException e) {
                nodes.add(DynamicTest.dynamicTest(file.toString(), uri, () -> Assertions.fail(e.getMessage())));
                scenarios++;
                continue;
            }
            List<DynamicTest> tests = new ArrayList<>();
            for (Scenario s : read) {
                // Surefire reports a dynamic test by its own name only: with the file in it, the same
                // scenario name in two files does not look like one flaky test.
                String name = s.name() + " (" + file.getFileName() + (s.line() > 0 ? ":" + s.line() : "") + ")";
                tests.add(DynamicTest.dynamicTest(name, withLine(uri, s.line()), () -> check(runner, s)));
            }
            scenarios += tests.size();
            nodes.add(DynamicContainer.dynamicContainer(file.toString(), uri, tests.stream()));
        }
        if (scenarios == 0) {
            nodes.add(failing("no scenario", "no scenario found in " + paths));
        }
        return nodes.stream();
    }

    private static void check(ScenarioRunner runner, Scenario scenario) {
        ScenarioResult result = runner.run(scenario);
        if (!result.passed()) {
            Assertions.fail(result.report());
        }
    }

    private static DynamicTest failing(String name, String message) {
        return DynamicTest.dynamicTest(name, () -> Assertions.fail(message));
    }

    /** A file URI with the line as JUnit's {@code FileSource} reads it: {@code ?line=12}. */
    static URI withLine(URI file, long line) {
        return line > 0 ? URI.create(file + "?line=" + line) : file;
    }
}
