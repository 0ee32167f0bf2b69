package id.bansos.testkit.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * A JUnit Platform engine that fails, with one test per class, when a {@link ScenarioTests} class
 * would be skipped by Maven Surefire without a word.
 *
 * <p>Surefire hands JUnit only the classes whose names match its includes, by default {@code
 * Test*}, {@code *Test}, {@code *Tests} and {@code *TestCase}; a class named as an analyst would
 * name it, {@code class SkenarioKebijakan extends ScenarioTests {}}, is never run and the build
 * passes. This engine looks at the class folders of the classes a run selects (and at the class path
 * roots it is given), and reports every concrete, top-level {@code ScenarioTests} class there that
 * the run did not select and whose name Surefire's default includes miss: {@code SkenarioKebijakan
 * extends ScenarioTests, but Maven Surefire runs only classes named Test*, *Test, *Tests or
 * *TestCase, so its scenarios would be skipped: rename it SkenarioKebijakanTest}. A class that a
 * Surefire configuration includes by another name is selected, so it is not reported.
 *
 * <p>It runs whenever any test of the module runs (JUnit finds it through {@code
 * META-INF/services/org.junit.platform.engine.TestEngine}). It cannot run when Surefire finds no
 * test class at all: Surefire then prints {@code No tests to run.} and starts no engine, which is why
 * the analyst guide names the class {@code SkenarioKebijakanTest}. Needs {@code
 * junit-platform-engine}, which JUnit Jupiter brings.
 */
public final class ScenarioNameCheckEngine implements TestEngine {
    /** The engine's id, as JUnit's reports and {@code --include-engine} name it. */
    public static final String ID = "bansos-scenario-name-check";

    /** Creates the engine; JUnit's service loader calls this. */
    public ScenarioNameCheckEngine() {}

    /**
     * The engine's id.
     *
     * @return {@value #ID}
     */
    @Override
    public String getId() {
        return ID;
    }

    /**
     * The engine's Maven group id.
     *
     * @return {@code id.bansos}
     */
    @Override
    public Optional<String> getGroupId() {
        return Optional.of("id.bansos");
    }

    /**
     * The engine's Maven artifact id.
     *
     * @return {@code bansos-testkit}
     */
    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("bansos-testkit");
    }

    /**
     * Finds the scenario classes that Surefire would skip, one failing test each.
     *
     * @param request the run's selectors, not null
     * @param uniqueId the engine's id, not null
     * @return the engine's descriptor, with no child when nothing would be skipped
     * @throws UncheckedIOException if a class folder cannot be walked
     */
    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "bansos scenario class names");
        Set<String> selected = new LinkedHashSet<>();
        // Each class folder, with the first selected class found in it (under which Surefire reports).
        Map<Path, Optional<Class<?>>> roots = new LinkedHashMap<>();
        List<Class<?>> classes = new ArrayList<>();
        for (ClassSelector s : request.getSelectorsByType(ClassSelector.class)) {
            selected.add(s.getClassName());
            classes.add(s.getJavaClass());
        }
        for (MethodSelector s : request.getSelectorsByType(MethodSelector.class)) {
            selected.add(s.getClassName());
            classes.add(s.getJavaClass());
        }
        for (Class<?> type : classes) {
            rootOf(type).ifPresent(root -> roots.putIfAbsent(root, Optional.of(type)));
        }
        for (ClasspathRootSelector s : request.getSelectorsByType(ClasspathRootSelector.class)) {
            URI root = s.getClasspathRoot();
            if ("file".equals(root.getScheme()) && Files.isDirectory(Path.of(root))) {
                roots.putIfAbsent(Path.of(root), Optional.empty());
            }
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (Map.Entry<Path, Optional<Class<?>>> root : roots.entrySet()) {
            List<Class<?>> skipped = skippedIn(root.getKey(), selected, loader);
            if (skipped.isEmpty()) {
                continue;
            }
            // Surefire reports a result only inside a class container of a class it was asked to run.
            TestDescriptor parent = engine;
            if (root.getValue().isPresent()) {
                Class<?> witness = root.getValue().get();
                parent = new Folder(uniqueId.append("class", witness.getName()), witness);
                engine.addChild(parent);
            }
            for (Class<?> type : skipped) {
                parent.addChild(new Skipped(parent.getUniqueId().append("skipped", type.getName()), type));
            }
        }
        return engine;
    }

    /**
     * Fails each test found by {@link #discover}, with a message that says how to rename the class.
     *
     * @param request the run, not null
     */
    @Override
    public void execute(ExecutionRequest request) {
        EngineExecutionListener listener = request.getEngineExecutionListener();
        TestDescriptor engine = request.getRootTestDescriptor();
        listener.executionStarted(engine);
        for (TestDescriptor child : engine.getChildren()) {
            run(child, listener);
        }
        listener.executionFinished(engine, TestExecutionResult.successful());
    }

    private static void run(TestDescriptor descriptor, EngineExecutionListener listener) {
        listener.executionStarted(descriptor);
        if (descriptor instanceof Skipped skipped) {
            AssertionError failure = new AssertionError(message(skipped.type));
            listener.executionFinished(descriptor, TestExecutionResult.failed(failure));
            return;
        }
        for (TestDescriptor child : descriptor.getChildren()) {
            run(child, listener);
        }
        listener.executionFinished(descriptor, TestExecutionResult.successful());
    }

    /** The failure message for a class Surefire would skip. */
    static String message(Class<?> type) {
        String name = type.getSimpleName();
        return name + " extends ScenarioTests, but Maven Surefire runs only classes named Test*, *Test, *Tests or"
                + " *TestCase, so its scenarios would be skipped: rename it " + name + "Test";
    }

    /** Whether Surefire's default includes take a class of this simple name. */
    static boolean surefireRuns(String simpleName) {
        return simpleName.startsWith("Test")
                || simpleName.endsWith("Test")
                || simpleName.endsWith("Tests")
                || simpleName.endsWith("TestCase");
    }

    /**
     * The concrete top-level {@code ScenarioTests} classes under a class folder that are not
     * selected and that Surefire would not run, by name. Nested classes are left out: Surefire skips
     * them whatever their name, and a test builds them itself.
     */
    static List<Class<?>> skippedIn(Path root, Set<String> selected, ClassLoader loader) {
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.map(root::relativize)
                    .map(Path::toString)
                    .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.endsWith("-info.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length())
                            .replace(root.getFileSystem().getSeparator(), "."))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Class<?>> skipped = new ArrayList<>();
        for (String name : names) {
            if (selected.contains(name) || surefireRuns(name.substring(name.lastIndexOf('.') + 1))) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Not loadable from this run's class path: not a class the run could execute either.
                continue;
            }
            if (ScenarioTests.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                skipped.add(type);
            }
        }
        return skipped;
    }

    /** The class folder a class was loaded from; none for a class from a jar or without a location. */
    private static Optional<Path> rootOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !"file".equals(location.getProtocol().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(location.toURI());
            return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A scenario class Surefire would skip: one test, which fails. */
    private static final class Skipped extends AbstractTestDescriptor {
        final Class<?> type;

        Skipped(UniqueId id, Class<?> type) {
            super(id, type.getSimpleName(), ClassSource.from(type));
            this.type = type;
        }

        @Override
        public Type getType() {
            return Type.TEST;
        }
    }

    /** The selected class whose folder holds skipped classes: their container in reports. */
    private static final class Folder extends AbstractTestDescriptor {
        Folder(UniqueId id, Class<?> witness) {
            super(id, witness.getSimpleName(), ClassSource.from(witness));
        }

        @Override
        public Type getType() {
            return Type.CONTAINER;
        }
    }
}
