package id.bansos.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.testkit.ScenarioRunner;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class ScenarioTestsTest {
    static final String PASSING = """
                                  - name: Lansia
                                    program: PKH
                                    as_of: 2024-03-01
                                    household:
                                      id: L1
                                      region: 52.08.01.2001
                                      members: [{nik: "5208014501500001", sex: FEMALE, birth_date: 1950-01-05, relationship: HEAD}]
                                    expect: {eligible: true, annual_amount: 2400000}
                                  """;

    @TempDir
    Path dir;

    /** Tests over the given paths; {@code english} switches the runner to English reasons. */
    static final class Under extends ScenarioTests {
        private final boolean english;

        Under(boolean english, String... paths) {
            super(paths);
            this.english = english;
        }

        @Override
        protected ScenarioRunner runner() {
            return english ? super.runner().withLocale(Locale.ENGLISH) : super.runner();
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<DynamicTest> tests(List<DynamicNode> nodes) {
        List<DynamicTest> out = new ArrayList<>();
        for (DynamicNode n : nodes) {
            if (n instanceof DynamicContainer dynamicContainer) {
                out.addAll(tests(dynamicContainer.getChildren().collect(Collectors.toList())));
            } else {
                out.add((DynamicTest) n);
            }
        }
        return out;
    }

    @Test
    void scenarios_givesOneContainerPerFileAndOneTestPerScenario() throws Throwable {
        Path file = write("a/lansia.yaml", PASSING + PASSING.replace("Lansia", "Lansia kedua"));
        List<DynamicNode> nodes = new Under(false, dir.toString()).scenarios().collect(Collectors.toList());
        assertThat(nodes).hasSize(1);
        DynamicContainer container = (DynamicContainer) nodes.get(0);
        assertThat(container.getDisplayName()).isEqualTo(file.toString());
        assertThat(container.getTestSourceUri()).contains(file.toAbsolutePath().toUri());
        List<DynamicTest> tests = tests(nodes);
        assertThat(tests)
                .extracting(DynamicTest::getDisplayName)
                .containsExactly("Lansia (lansia.yaml:1)", "Lansia kedua (lansia.yaml:9)");
        assertThat(tests.get(1).getTestSourceUri())
                .contains(URI.create(file.toAbsolutePath().toUri() + "?line=9"));
        for (DynamicTest t : tests) {
            t.getExecutable().execute();
        }
    }

    @Test
    void scenarios_failsAScenarioWithTheReportAsMessage() throws IOException {
        Path file = write("salah.yaml", PASSING.replace("annual_amount: 2400000", "annual_amount: 2400001"));
        List<DynamicTest> tests =
                tests(new Under(true, file.toString()).scenarios().collect(Collectors.toList()));
        assertThat(tests).hasSize(1);
        assertThatThrownBy(() -> tests.get(0).getExecutable().execute())
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("FAILED " + file + ":1: Lansia\n"
                        + "  annual_amount: expected 2400001, actual 2400000\n"
                        + "  decision for L1 (PKH, 2024-03-01): eligible, annual_amount 2400000,"
                        + " amount_per_payment 600000, components [LANJUT_USIA]\n"
                        + "    TIDAK_DIKECUALIKAN (common.exclusion): No living family member has an excluded"
                        + " occupation.\n"
                        + "    MEMENUHI_KOMPONEN (pkh.component): 1 family members qualify for a PKH component.\n"
                        // LANJUT_USIA 2.400.000 a year; 2024-03-01 is in tahap 1: 2.400.000 / 4.
                        + "    JUMLAH_BANTUAN (pkh.amount): Assistance of Rp2,400,000 a year, paid in four tahap;"
                        + " the payment of Tahap I is Rp600,000.\n");
    }

    @Test
    void scenarios_failsAMalformedFileAsOneTest() throws IOException {
        Path file = write("rusak.yaml", PASSING.replace("program:", "progam:"));
        List<DynamicNode> nodes = new Under(false, dir.toString()).scenarios().collect(Collectors.toList());
        assertThat(nodes).hasSize(1);
        DynamicTest test = (DynamicTest) nodes.get(0);
        assertThat(test.getDisplayName()).isEqualTo(file.toString());
        assertThatThrownBy(() -> test.getExecutable().execute())
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage(file + ":2:3: unknown key \"progam\", did you mean \"program\"?");
    }

    @Test
    void scenarios_failsWhenNoScenarioIsFound() throws IOException {
        write("kosong.yaml", "[]\n");
        List<DynamicNode> nodes = new Under(false, dir.toString()).scenarios().collect(Collectors.toList());
        assertThat(nodes)
                .extracting(DynamicNode::getDisplayName)
                .containsExactly(dir.resolve("kosong.yaml").toString(), "no scenario");
        DynamicTest none = (DynamicTest) nodes.get(1);
        assertThatThrownBy(() -> none.getExecutable().execute()).hasMessage("no scenario found in [" + dir + "]");
    }

    @Test
    void scenarios_failsWhenTheFolderIsMissing() {
        Path missing = dir.resolve("tidak-ada");
        List<DynamicTest> tests =
                tests(new Under(false, missing.toString()).scenarios().collect(Collectors.toList()));
        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("scenario folder");
        assertThatThrownBy(() -> tests.get(0).getExecutable().execute()).hasMessage("path does not exist: " + missing);
    }

    @Test
    void constructor_rejectsNoPath() {
        assertThatThrownBy(() -> new Under(false)).hasMessage("paths must name at least one folder or file");
        assertThatThrownBy(() -> new Under(false, (String) null)).hasMessage("paths element must not be null");
    }

    @Test
    void withLine_addsTheLineThatJUnitReads() {
        URI file = URI.create("file:///tmp/a.yaml");
        assertThat(ScenarioTests.withLine(file, 12)).isEqualTo(URI.create("file:///tmp/a.yaml?line=12"));
        assertThat(ScenarioTests.withLine(file, 0)).isEqualTo(file);
    }
}
