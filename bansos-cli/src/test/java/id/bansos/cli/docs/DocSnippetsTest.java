package id.bansos.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.cli.docs.DocSnippets.Snippet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// The Markdown of each test is written one line per string, its line ends shown: the tests are about
// the line numbers of fences and errors, which a text block would hide.
@SuppressWarnings("StringConcatToTextBlock")
class DocSnippetsTest {
    @TempDir
    Path classes;

    private static List<Snippet> parse(String markdown) {
        return DocSnippets.parse("docs/page.md", markdown.lines().toList());
    }

    @Test
    void parse_findsJavaFencesWithTheirMarkersGivenValuesAndOutput() {
        List<Snippet> snippets = parse("# Page\n"
                + "```xml\n<a/>\n```\n"
                + "<!-- given: String name -->\n"
                + "```java\nname.length();\n```\n"
                + "```java run\nSystem.out.println(1);\n```\n"
                + "It prints:\n"
                + "```text output\n1\n```\n"
                + "```java no-compile\n@Bean Object o() { return null; }\n```\n");

        assertThat(snippets)
                .containsExactly(
                        new Snippet(
                                "docs/page.md",
                                6,
                                List.of(),
                                "String name",
                                List.of("name.length();"),
                                Optional.empty()),
                        new Snippet(
                                "docs/page.md",
                                9,
                                List.of("run"),
                                "",
                                List.of("System.out.println(1);"),
                                Optional.of("1\n")),
                        new Snippet(
                                "docs/page.md",
                                16,
                                List.of("no-compile"),
                                "",
                                List.of("@Bean Object o() { return null; }"),
                                Optional.empty()));
    }

    @Test
    void parse_rejectsAnUnknownMarker() {
        assertThatThrownBy(() -> parse("text\n```java nocompile\nx();\n```\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("docs/page.md:2: unknown marker \"nocompile\" after ```java; known: no-compile, run");
    }

    @Test
    void parse_rejectsASnippetThatRunsWithoutOutput_orWithGivenValues() {
        assertThatThrownBy(() -> parse("```java run\nx();\n```\n"))
                .hasMessage("docs/page.md:1: a snippet marked run needs a ```text output fence after it");
        assertThatThrownBy(() -> parse("<!-- given: int x -->\n```java run\nx();\n```\n```text output\n```\n"))
                .hasMessage("docs/page.md:2: a snippet marked run cannot take given values");
        assertThatThrownBy(() -> parse("```java\nx();\n")).hasMessage("docs/page.md:1: the fence is not closed");
    }

    @Test
    void compile_namesTheMarkdownFileAndLineOfEachError() {
        List<Snippet> snippets = parse("# Page\n\n"
                + "```java\n"
                + "import java.util.List;\n"
                + "\n"
                + "List<String> names = List.of(\"a\");\n"
                + "int n = names.size() + missing;\n"
                + "```\n");

        assertThat(DocSnippets.compile(snippets, classes, DocsCompileTest.CLASS_PATH))
                .singleElement()
                .asString()
                .startsWith("docs/page.md:7: cannot find symbol");
    }

    @Test
    void compile_letsALaterSnippetUseAClassOfAnEarlierOne_andLeavesNoCompileOut() {
        List<Snippet> snippets =
                parse("```java\nfinal class Greeting {\n    static String text() { return \"hi\"; }\n}\n```\n"
                        + "<!-- given: StringBuilder out -->\n"
                        + "```java\nout.append(Greeting.text());\n```\n"
                        + "```java no-compile\nthis is not Java\n```\n");

        assertThat(DocSnippets.compile(snippets, classes, DocsCompileTest.CLASS_PATH))
                .isEmpty();
        assertThat(classes.resolve("snippets/docs_page/Greeting.class")).exists();
        assertThat(classes.resolve("snippets/docs_page/Snippet_L7.class")).exists();
    }

    @Test
    void run_printsWhatTheSnippetPrints_inAnEmptyWorkingDirectory(@TempDir Path work) throws Exception {
        Snippet snippet = parse("```java run\n"
                        + "import java.nio.file.Files;\n"
                        + "import java.nio.file.Path;\n"
                        + "\n"
                        + "System.out.println(Files.list(Path.of(\".\")).count());\n"
                        + "Files.writeString(Path.of(\"out.txt\"), \"x\");\n"
                        + "```\n"
                        + "```text output\n0\n```\n")
                .get(0);
        assertThat(DocSnippets.compile(List.of(snippet), classes, DocsCompileTest.CLASS_PATH))
                .isEmpty();

        assertThat(DocSnippets.run(snippet, classes, DocsCompileTest.CLASS_PATH, work))
                .isEqualTo("0\n");
        assertThat(Files.readString(work.resolve("out.txt"))).isEqualTo("x");
    }

    @Test
    void run_failsNamingTheSnippet_whenItThrows(@TempDir Path work) {
        Snippet snippet = parse("\n```java run\nthrow new IllegalStateException(\"boom\");\n```\n```text output\n```\n")
                .get(0);
        assertThat(DocSnippets.compile(List.of(snippet), classes, DocsCompileTest.CLASS_PATH))
                .isEmpty();

        assertThatThrownBy(() -> DocSnippets.run(snippet, classes, DocsCompileTest.CLASS_PATH, work))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("docs/page.md:2: the snippet exited with 1:\n")
                .hasMessageContaining("java.lang.IllegalStateException: boom");
    }
}
