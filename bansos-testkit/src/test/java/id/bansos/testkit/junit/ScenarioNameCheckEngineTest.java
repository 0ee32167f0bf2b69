package id.bansos.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class ScenarioNameCheckEngineTest {
    /** Classes compiled into a folder of their own, so that this module's own run never sees them. */
    private static final Map<String, String> SOURCES = Map.of(
            "p/SkenarioKebijakan.java", "package p; public class SkenarioKebijakan extends " + base() + " {}",
            "p/SkenarioKebijakanTest.java", "package p; public class SkenarioKebijakanTest extends " + base() + " {}",
            "p/SkenarioDasar.java", "package p; public abstract class SkenarioDasar extends " + base() + " {}",
            "p/Pembantu.java", "package p; public class Pembantu {}",
            "p/Luar.java", "package p; public class Luar { public static class Dalam extends " + base() + " {} }",
            "p/Dipilih.java", "package p; public class Dipilih extends " + base() + " {}");

    @TempDir
    Path classes;

    private URLClassLoader loader;

    private static String base() {
        return ScenarioTests.class.getName();
    }

    @BeforeEach
    void compile(@TempDir Path sources) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "-d",
                classes.toString(),
                "-classpath",
                // Surefire's own class path property: java.class.path may be a manifest-only jar.
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "-proc:none"));
        for (Map.Entry<String, String> e : SOURCES.entrySet()) {
            Path file = sources.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, args.toArray(new String[0]))).isZero();
        loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    }

    /** The display name and failure message of each test the engine ran. */
    private Map<String, String> run(DiscoverySelector selector) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selector)
                .filters(EngineFilter.includeEngines(ScenarioNameCheckEngine.ID))
                .build();
        Map<String, String> failures = new TreeMap<>();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    failures.put(
                            id.getDisplayName(),
                            result.getThrowable().map(Throwable::getMessage).orElse("passed"));
                }
            }
        };
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            LauncherFactory.create().execute(request, listener);
        } finally {
            thread.setContextClassLoader(before);
        }
        return failures;
    }

    @Test
    void aClassPathRoot_failsOneTestPerConcreteTopLevelScenarioClassThatSurefireWouldNotRun() {
        assertThat(run(selectClasspathRoots(Set.of(classes)).get(0)))
                .containsOnly(
                        Map.entry(
                                "Dipilih",
                                "Dipilih extends ScenarioTests, but Maven Surefire runs only classes named Test*, *Test,"
                                        + " *Tests or *TestCase, so its scenarios would be skipped: rename it"
                                        + " DipilihTest"),
                        Map.entry(
                                "SkenarioKebijakan",
                                "SkenarioKebijakan extends ScenarioTests, but Maven Surefire runs only classes named"
                                        + " Test*, *Test, *Tests or *TestCase, so its scenarios would be skipped:"
                                        + " rename it SkenarioKebijakanTest"));
    }

    @Test
    void aSelectedClass_isNotReported_butItsMisnamedNeighbourIs() throws ClassNotFoundException {
        Class<?> chosen = Class.forName("p.Dipilih", false, loader);

        assertThat(run(selectClass(chosen))).containsOnlyKeys("SkenarioKebijakan");
    }

    @Test
    void thisModulesOwnRun_hasNothingToReport() {
        assertThat(run(selectClass(ScenarioNameCheckEngineTest.class))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "SkenarioKebijakanTest, true",
        "PolicyScenariosTests, true",
        "TestSkenario, true",
        "SkenarioTestCase, true",
        "SkenarioKebijakan, false",
        "PolicyScenarios, false",
        "SkenarioTesting, false",
        "Testing, true"
    })
    void surefireRuns_followsSurefiresDefaultIncludes(String simpleName, boolean runs) {
        assertThat(ScenarioNameCheckEngine.surefireRuns(simpleName)).isEqualTo(runs);
    }
}
