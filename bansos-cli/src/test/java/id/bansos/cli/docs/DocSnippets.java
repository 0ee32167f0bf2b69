package id.bansos.cli.docs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The Java snippets of the documentation: found in Markdown, compiled with the JDK's compiler, and
 * run where they are marked to run.
 *
 * <p>How to write and mark a snippet: see {@link DocsCompileTest}.
 */
final class DocSnippets {
    private DocSnippets() {}

    /** The markers a {@code ```java} fence may carry. */
    static final Set<String> MARKERS = Set.of("run", "no-compile");

    private static final Pattern GIVEN = Pattern.compile("^<!--\\s*given:(.*)-->\\s*$");
    private static final Pattern TYPE =
            Pattern.compile("^(?:public |final |abstract |sealed |non-sealed )*(?:class|interface|record|enum) (\\w+)");

    /**
     * One {@code ```java} fence.
     *
     * @param file the Markdown file, relative to the repository, with {@code /}
     * @param line the line of the opening fence, from 1
     * @param markers the words after {@code ```java}
     * @param given the parameters the snippet takes, {@code ""} for none
     * @param lines the snippet's lines
     * @param output the text of the {@code ```text output} fence after it, if any
     */
    record Snippet(
            String file, int line, List<String> markers, String given, List<String> lines, Optional<String> output) {
        boolean compiled() {
            return !markers.contains("no-compile");
        }

        boolean runs() {
            return markers.contains("run");
        }

        /** Where the snippet is, as a compiler message names it. */
        String where(int lineInSnippet) {
            return file + ":" + (line + lineInSnippet);
        }

        /** The package of the page's snippets, such as {@code snippets.docs_batch}. */
        String packageName() {
            return "snippets."
                    + file.replaceAll("\\.md$", "")
                            .replaceAll("[^A-Za-z0-9]", "_")
                            .toLowerCase(Locale.ROOT);
        }

        /** The declared top-level type, if the snippet is a class. */
        Optional<String> declaredType() {
            for (String l : lines) {
                Matcher m = TYPE.matcher(l);
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
            return Optional.empty();
        }

        /** The class compiled for the snippet: its own type, or the wrapper. */
        String className() {
            return declaredType().orElse("Snippet_L" + line);
        }
    }

    /**
     * Finds the {@code ```java} fences of a Markdown file.
     *
     * @param file the file's name, relative to the repository
     * @param markdown the file's lines
     * @return the snippets, in file order
     * @throws IllegalArgumentException naming file and line, for an unknown marker, a fence that does
     *     not close, a snippet marked to run without a {@code ```text output} fence after it, or one
     *     that runs and takes something given
     */
    static List<Snippet> parse(String file, List<String> markdown) {
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < markdown.size(); i++) {
            String open = markdown.get(i).strip();
            if (!open.startsWith("```java")) {
                continue;
            }
            int fence = i + 1;
            List<String> markers =
                    List.of(open.substring("```java".length()).trim().split("\\s+"));
            markers = markers.equals(List.of("")) ? List.of() : markers;
            for (String m : markers) {
                if (!MARKERS.contains(m)) {
                    throw new IllegalArgumentException(file + ":" + fence + ": unknown marker \"" + m
                            + "\" after ```java; known: no-compile, run");
                }
            }
            String given = "";
            if (i > 0) {
                Matcher m = GIVEN.matcher(markdown.get(i - 1).strip());
                if (m.matches()) {
                    given = m.group(1).trim();
                }
            }
            int end = close(file, markdown, i);
            List<String> lines = List.copyOf(markdown.subList(i + 1, end));
            Optional<String> output = Optional.empty();
            // The next fence after the snippet, past any prose.
            int next = end + 1;
            while (next < markdown.size() && !markdown.get(next).strip().startsWith("```")) {
                next++;
            }
            if (next < markdown.size() && markdown.get(next).strip().equals("```text output")) {
                int outputEnd = close(file, markdown, next);
                output = Optional.of(String.join("\n", markdown.subList(next + 1, outputEnd)) + "\n");
            }
            Snippet s = new Snippet(file, fence, markers, given, lines, output);
            if (s.runs() && s.output().isEmpty()) {
                throw new IllegalArgumentException(
                        file + ":" + fence + ": a snippet marked run needs a ```text output fence after it");
            }
            if (s.runs() && !given.isEmpty()) {
                throw new IllegalArgumentException(
                        file + ":" + fence + ": a snippet marked run cannot take given values");
            }
            snippets.add(s);
            i = end;
        }
        return snippets;
    }

    private static int close(String file, List<String> markdown, int open) {
        for (int j = open + 1; j < markdown.size(); j++) {
            if (markdown.get(j).strip().equals("```")) {
                return j;
            }
        }
        throw new IllegalArgumentException(file + ":" + (open + 1) + ": the fence is not closed");
    }

    /**
     * The compilation unit of a snippet, and the Markdown line of each of its lines (0 for a line
     * the wrapper adds).
     */
    record Unit(Snippet snippet, String source, List<Integer> markdownLines) {}

    static Unit unit(Snippet s) {
        List<String> out = new ArrayList<>();
        List<Integer> map = new ArrayList<>();
        out.add("package " + s.packageName() + ";");
        map.add(0);
        List<String> lines = s.lines();
        if (s.declaredType().isPresent()) {
            for (int i = 0; i < lines.size(); i++) {
                out.add(lines.get(i));
                map.add(s.line() + 1 + i);
            }
        } else {
            int body = 0;
            while (body < lines.size()
                    && (lines.get(body).isBlank() || lines.get(body).startsWith("import "))) {
                out.add(lines.get(body));
                map.add(s.line() + 1 + body);
                body++;
            }
            out.add("final class " + s.className() + " {");
            map.add(0);
            out.add("static void snippet(" + s.given() + ") throws Exception {");
            map.add(s.given().isEmpty() ? 0 : s.line() - 1);
            for (int i = body; i < lines.size(); i++) {
                out.add(lines.get(i));
                map.add(s.line() + 1 + i);
            }
            out.add("}");
            map.add(0);
            if (s.runs()) {
                out.add("public static void main(String[] args) throws Exception { snippet(); }");
                map.add(0);
            }
            out.add("}");
            map.add(0);
        }
        return new Unit(s, String.join("\n", out) + "\n", List.copyOf(map));
    }

    /**
     * Compiles snippets together, into a folder.
     *
     * @param snippets the snippets (those marked {@code no-compile} are left out)
     * @param classes the folder the classes go to
     * @param classPath the class path to compile against
     * @return one line per error, {@code file:line: message}; empty when all compiled
     */
    static List<String> compile(List<Snippet> snippets, Path classes, String classPath) {
        List<JavaFileObject> files = new ArrayList<>();
        for (Snippet s : snippets) {
            if (s.compiled()) {
                Unit u = unit(s);
                files.add(new Source(u));
            }
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options =
                List.of("--release", "17", "-proc:none", "-d", classes.toString(), "-classpath", classPath);
        try (StandardJavaFileManager manager =
                javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            javac.getTask(null, manager, diagnostics, options, null, files).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String where = "(no source)";
            if (d.getSource() instanceof Source) {
                Unit u = ((Source) d.getSource()).unit;
                int line = (int) d.getLineNumber();
                int md = line >= 1 && line <= u.markdownLines().size()
                        ? u.markdownLines().get(line - 1)
                        : 0;
                where = u.snippet().file() + ":" + (md > 0 ? md : u.snippet().line());
            }
            errors.add(where + ": " + d.getMessage(Locale.ROOT));
        }
        return errors;
    }

    /**
     * Runs a compiled snippet's {@code main} in a new JVM.
     *
     * @param s the snippet, marked run
     * @param classes the folder of the compiled snippets
     * @param classPath the rest of the class path
     * @param workingDirectory the JVM's working directory, an empty folder
     * @return what it printed on standard output
     * @throws AssertionError naming the snippet if it exits with another status than 0 or takes more
     *     than a minute, with what it printed on standard error
     */
    static String run(Snippet s, Path classes, String classPath, Path workingDirectory)
            throws IOException, InterruptedException {
        Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = Files.createTempFile(classes, "snippet", ".out");
        Path err = Files.createTempFile(classes, "snippet", ".err");
        Process p = new ProcessBuilder(
                        javaCommand.toString(),
                        // The same hostile defaults as the tests: a snippet must not depend on them.
                        "-Duser.language=tr",
                        "-Duser.country=TR",
                        "-Duser.timezone=Pacific/Chatham",
                        "-Dfile.encoding=UTF-8",
                        "-Dstdout.encoding=UTF-8",
                        "-cp",
                        classes + File.pathSeparator + classPath,
                        s.packageName() + "." + s.className())
                .directory(workingDirectory.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(1, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(s.where(0) + ": the snippet ran for more than a minute");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError(s.where(0) + ": the snippet exited with " + p.exitValue() + ":\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return Files.readString(out, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    /** A snippet's compilation unit, in memory. */
    private static final class Source extends SimpleJavaFileObject {
        final Unit unit;

        Source(Unit unit) {
            super(
                    URI.create("string:///" + unit.snippet().packageName().replace('.', '/') + "/"
                            + unit.snippet().className() + Kind.SOURCE.extension),
                    Kind.SOURCE);
            this.unit = unit;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return unit.source();
        }
    }
}
