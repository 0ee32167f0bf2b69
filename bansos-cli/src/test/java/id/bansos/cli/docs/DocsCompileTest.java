package id.bansos.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.cli.docs.DocSnippets.Snippet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of {@code README.md} and {@code docs/} compiles against the current code, and
 * those marked {@code run} print what the page shows (the work is done by {@link DocSnippets}).
 *
 * <h2>How to write a snippet (a note for contributors)</h2>
 *
 * <p>Every fence that opens with {@code ```java} in {@code README.md} and {@code docs/**}{@code
 * /*.md} is compiled by the build (this test, in {@code bansos-cli}) against every module, and
 * fails it, naming the Markdown file and line, when it does not compile.
 *
 * <ul>
 *   <li><b>Imports.</b> Lines {@code import …;} at the top of the snippet are its imports: show
 *       them, so that a reader can copy the snippet. Nothing is imported for you, not even {@code
 *       java.util}.
 *   <li><b>A class or statements.</b> A snippet that declares a top-level type (a line that starts,
 *       in column 1, with {@code class}, {@code final class}, {@code public class}, {@code
 *       interface}, {@code record} or {@code enum}) is compiled as it stands. Any other snippet is a
 *       list of statements, compiled as the body of a method that may throw any exception.
 *   <li><b>One page, one package.</b> The snippets of one Markdown file are compiled together, in a
 *       package of their own: a later snippet may use a class an earlier one declares.
 *   <li><b>What the prose gives.</b> A snippet that uses values the page describes but does not
 *       build ({@code household}, {@code records}) declares them in an HTML comment on the line
 *       just before the fence, which Markdown does not show: {@code <!-- given: Household household,
 *       java.util.List<id.bansos.model.lifecycle.CommitmentRecord> records -->}. They become the
 *       method's parameters (use full names for types the snippet does not import).
 *   <li><b>{@code ```java run}</b> also runs the snippet, in a new JVM whose working directory is
 *       an empty temporary folder, and compares what it prints on standard output with the next
 *       fence, which must be opened with {@code ```text output} (prose may stand between them). A
 *       snippet that runs takes nothing {@code given}.
 *   <li><b>{@code ```java no-compile}</b> leaves a snippet out, for code that needs what the build
 *       does not have (Spring, say). Say in the prose what it needs; use it for nothing else.
 * </ul>
 *
 * <p>Any other word after {@code ```java} is an error, so that a misspelt marker cannot switch a
 * snippet off.
 */
class DocsCompileTest {
    /** The repository: this module's parent folder (Maven runs the tests in the module's folder). */
    static final Path REPOSITORY =
            Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();

    /** The test class path: Surefire's own property, since java.class.path may be a manifest-only jar. */
    static final String CLASS_PATH =
            System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));

    @TempDir
    static Path classes;

    private static List<Snippet> snippets;

    private static List<String> errors;

    @BeforeAll
    static void compile() throws IOException {
        snippets = new ArrayList<>();
        for (Path page : pages()) {
            String name = REPOSITORY.relativize(page).toString().replace('\\', '/');
            snippets.addAll(DocSnippets.parse(name, Files.readAllLines(page, StandardCharsets.UTF_8)));
        }
        errors = DocSnippets.compile(snippets, classes, CLASS_PATH);
    }

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(REPOSITORY.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(REPOSITORY.resolve("docs"))) {
            pages.addAll(docs.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList()));
        }
        return pages;
    }

    @Test
    void everySnippetCompiles() {
        assertThat(String.join("\n", errors)).isEmpty();
    }

    @Test
    void theSnippetsAreFound() {
        // A parser that found nothing would let every page rot unseen.
        assertThat(snippets).filteredOn(Snippet::compiled).hasSizeGreaterThanOrEqualTo(15);
        assertThat(snippets)
                .filteredOn(s -> s.file().equals("README.md"))
                .singleElement()
                .satisfies(s -> assertThat(s.runs()).isTrue());
        assertThat(snippets)
                .filteredOn(s -> s.file().equals("docs/batch.md") && s.compiled())
                .isNotEmpty();
    }

    @Test
    void everySnippetMarkedRunPrintsWhatThePageShows(@TempDir Path work) throws Exception {
        assertThat(errors).isEmpty();
        int runs = 0;
        for (Snippet s : snippets) {
            if (s.runs()) {
                Path dir = Files.createDirectory(work.resolve("L" + s.line() + "-" + runs++));
                String printed = DocSnippets.run(s, classes, CLASS_PATH, dir);
                assertThat(printed).as(s.where(0)).isEqualTo(s.output().orElseThrow());
            }
        }
        assertThat(runs).isPositive();
    }
}
