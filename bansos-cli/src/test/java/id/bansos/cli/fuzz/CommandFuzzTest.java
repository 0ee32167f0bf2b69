package id.bansos.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import id.bansos.cli.Main;
import id.bansos.io.fuzz.Fuzz;
import id.bansos.io.fuzz.Mutator;
import id.bansos.io.fuzz.PersonalData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input for every command, run in-process through {@link Main#run}: mutants (see {@link
 * Mutator}) of rosters in JSON Lines, JSON and CSV, of enrolment, commitment and observation files,
 * of a parameter file and of a scenario file. For every mutant: the exit code is 0, 2 or 3 (1 only
 * for {@code test}); stderr has no stack trace and no Java class name; stderr and the rejects hold
 * no NIK, KK number or name of the seed; no temporary file is left in {@code java.io.tmpdir} or
 * beside the outputs; {@code evaluate} writes the same bytes on 1 and 2 threads, and its summary
 * adds up. {@code -Dbansos.fuzz.mutants=10000} for the long run (docs/testing.md).
 */
class CommandFuzzTest {
    private static final String AS_OF = "2025-06-01";
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s+at [\\w.$/]+\\(|\\bCaused by: ");
    private static final Pattern CLASS_NAME =
            Pattern.compile("\\b(java|javax|jdk|sun|com|org|id|picocli)\\.[a-z_]+\\.[\\w.$]+"
                    + "|\\b[A-Z][A-Za-z]*(Exception|Error)\\b"
                    + "|\\b(Scalar|MappingStart|MappingEnd|SequenceStart|SequenceEnd|DocumentStart|DocumentEnd|StreamStart"
                    + "|StreamEnd|Alias|Comment)Event\\b");
    private static final Pattern HOUSEHOLD_ID_JSON =
            Pattern.compile("\"(?:household_id|id)\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern HOUSEHOLD_IN_MESSAGE = Pattern.compile("household (.*?): ");

    @TempDir
    static Path dir;

    private static Path rosterJsonl;
    private static Path rosterCsv;
    private static Path rosterJson;
    private static Path enrollments;
    private static Path commitments;
    private static Path observations;
    private static Path parameters;
    private static Path scenarios;
    private static PersonalData personal;
    private static List<String> ids;

    /** Where Files.createTempFile puts files in this JVM (java.io.tmpdir as it was when first used). */
    private static Path tempDir;

    @BeforeAll
    static void seeds() throws IOException {
        Path probe = Files.createTempFile("fuzz-probe", ".tmp");
        tempDir = probe.getParent();
        Files.delete(probe);
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        rosterJsonl = seeds.resolve("roster.jsonl");
        rosterCsv = seeds.resolve("roster.csv");
        assertThat(run("generate", "--households", "12", "--seed", "13", "--output", rosterJsonl.toString())
                        .exit())
                .isZero();
        assertThat(run("generate", "--households", "12", "--seed", "13", "--output", rosterCsv.toString())
                        .exit())
                .isZero();
        String jsonl = Files.readString(rosterJsonl).strip();
        rosterJson = Files.writeString(seeds.resolve("roster.json"), "[\n" + jsonl.replace("\n", ",\n") + "\n]\n");
        personal = PersonalData.ofJson(jsonl);
        assertThat(personal.size()).isGreaterThan(12);
        ids = new ArrayList<>();
        Matcher id =
                Pattern.compile("^\\{\"id\":\"([^\"]+)\"", Pattern.MULTILINE).matcher(jsonl);
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertThat(ids).hasSize(12);
        StringBuilder e = new StringBuilder();
        StringBuilder c = new StringBuilder();
        StringBuilder o = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            String h = ids.get(i);
            e.append("{\"household_id\":\"")
                    .append(h)
                    .append("\",\"program\":\"PKH\",\"since\":\"2018-02-01\",\"status\":\"ACTIVE\"}\n");
            c.append("{\"household_id\":\"")
                    .append(h)
                    .append(
                            "\",\"tahap\":\"2024-I\",\"checks\":[{\"kind\":\"P2K2\",\"scheduled\":3,\"attended\":2}]}\n");
            o.append("{\"household_id\":\"")
                    .append(h)
                    .append("\",\"observed_on\":\"2025-05-20\",\"monthly_income\":4500000,\"business\":true,"
                            + "\"asset_value\":80000000,\"signed_statement\":true}\n");
        }
        enrollments = Files.writeString(seeds.resolve("enrollments.jsonl"), e);
        commitments = Files.writeString(seeds.resolve("commitments.jsonl"), c);
        observations = Files.writeString(seeds.resolve("observations.jsonl"), o);
        parameters = Files.writeString(seeds.resolve("cap3.yaml"), """
                # A district caps PKH at three component persons.
                schema_version: 1
                parameters:
                  pkh.max_component_persons:
                    type: integer
                    values:
                      - from: 2025-01-01
                        value: 3
                        legal_basis: {instrument: Perbup, number: "7", year: 2024, note: "[P] test"}
                """);
        scenarios =
                Files.copy(Path.of("..", "docs", "scenarios", "pkh-komponen.yaml"), seeds.resolve("scenarios.yaml"));
        // The seeds are valid: every command succeeds on them.
        CliResult graduate = run(
                "graduate",
                "--as-of",
                AS_OF,
                "--enrollments",
                enrollments.toString(),
                "--commitments",
                commitments.toString(),
                "--observations",
                observations.toString(),
                rosterJsonl.toString());
        assertThat(graduate.exit()).as(graduate.err()).isZero();
        assertThat(run("test", scenarios.toString()).exit()).isZero();
        assertThat(evaluate(parameters, rosterCsv, 1).exit()).isZero();
    }

    @TestFactory
    Stream<DynamicTest> rosters() {
        return Stream.of(
                dynamicTest(
                        "evaluate and the other commands, JSON Lines",
                        () -> rosterRun("roster.jsonl", 2301, rosterJsonl, Mutator.Dialect.JSONL)),
                dynamicTest(
                        "evaluate and the other commands, JSON",
                        () -> rosterRun("roster.json", 2302, rosterJson, Mutator.Dialect.JSON)),
                dynamicTest(
                        "evaluate and the other commands, CSV",
                        () -> rosterRun("roster.csv", 2303, rosterCsv, Mutator.Dialect.CSV)));
    }

    @TestFactory
    Stream<DynamicTest> lifecycleFiles() {
        return Stream.of(
                dynamicTest("graduate, enrolments", () -> lifecycleRun("enrollments.jsonl", 2311, enrollments)),
                dynamicTest("graduate, commitments", () -> lifecycleRun("commitments.jsonl", 2312, commitments)),
                dynamicTest("graduate, observations", () -> lifecycleRun("observations.jsonl", 2313, observations)));
    }

    @TestFactory
    Stream<DynamicTest> yamlFiles() {
        return Stream.of(
                dynamicTest(
                        "evaluate and whatif, parameter file",
                        () -> Fuzz.run(
                                "cap3.yaml",
                                2321,
                                Files.readAllBytes(parameters),
                                Mutator.Dialect.YAML,
                                (mutant, index) -> {
                                    Path work = workDir();
                                    Path file = Files.write(work.resolve("cap3.yaml"), mutant);
                                    if (index % 2 == 0) {
                                        checkEvaluate(work, file, rosterJsonl);
                                    } else {
                                        whatif(work, file, rosterJsonl.toString());
                                    }
                                })),
                dynamicTest(
                        "test, scenario file",
                        () -> Fuzz.run(
                                "scenarios.yaml",
                                2322,
                                Files.readAllBytes(scenarios),
                                Mutator.Dialect.YAML,
                                (mutant, index) -> {
                                    Path work = workDir();
                                    Path file = Files.write(work.resolve("scenarios.yaml"), mutant);
                                    CliResult r = check(work, 1, "test", file.toString());
                                    assertThat(r.out() + r.err())
                                            .as("the closing count")
                                            .containsPattern("[0-9]+ passed, [0-9]+ failed");
                                })));
    }

    private static void rosterRun(String name, long seed, Path file, Mutator.Dialect dialect) throws IOException {
        String ext = name.substring(name.indexOf('.'));
        Fuzz.run(name, seed, Files.readAllBytes(file), dialect, (mutant, index) -> {
            Path work = workDir();
            Path input = Files.write(work.resolve("input" + ext), mutant);
            checkEvaluate(work, null, input);
            String in = input.toString();
            switch (index % 5) {
                case 0 ->
                    check(
                            work,
                            0,
                            "explain",
                            "--program",
                            "PKH",
                            "--as-of",
                            AS_OF,
                            "--household",
                            ids.get(index % 12),
                            in);
                case 1 -> whatif(work, parameters, in);
                case 2 -> check(work, 0, "sample", "--size", "3", "--seed", "9", "--by", "village", in);
                case 3 ->
                    check(
                            work,
                            0,
                            "reconcile",
                            "--program",
                            "SEMBAKO",
                            "--as-of",
                            AS_OF,
                            "--before",
                            file.toString(),
                            "--after",
                            in);
                default -> check(work, 0, "graduate", "--as-of", AS_OF, "--enrollments", enrollments.toString(), in);
            }
        });
    }

    private static void lifecycleRun(String name, long seed, Path file) throws IOException {
        Fuzz.run(name, seed, Files.readAllBytes(file), Mutator.Dialect.JSONL, (mutant, index) -> {
            Path work = workDir();
            Path mutated = Files.write(work.resolve(name), mutant);
            List<String> args = new ArrayList<>(List.of("graduate", "--as-of", AS_OF));
            args.addAll(List.of("--enrollments", (file.equals(enrollments) ? mutated : enrollments).toString()));
            args.addAll(List.of("--commitments", (file.equals(commitments) ? mutated : commitments).toString()));
            args.addAll(List.of("--observations", (file.equals(observations) ? mutated : observations).toString()));
            args.add(rosterJsonl.toString());
            check(work, 0, args.toArray(String[]::new));
        });
    }

    /** evaluate on 1 and on 2 threads: the same exit code and the same bytes in every output. */
    private static void checkEvaluate(Path work, Path parameterFile, Path input) throws IOException {
        List<CliResult> results = new ArrayList<>();
        for (int threads = 1; threads <= 2; threads++) {
            List<String> args = new ArrayList<>(List.of("evaluate", "--program", "PKH", "--as-of", AS_OF));
            if (parameterFile != null) {
                args.addAll(List.of("--parameters", parameterFile.toString()));
            }
            args.addAll(List.of(
                    "--threads",
                    String.valueOf(threads),
                    "--output",
                    work.resolve("out" + threads + ".jsonl").toString(),
                    "--rejects",
                    work.resolve("rejects" + threads + ".jsonl").toString(),
                    "--summary",
                    work.resolve("summary" + threads + ".json").toString(),
                    input.toString()));
            results.add(check(work, 0, args.toArray(String[]::new)));
        }
        assertThat(results.get(1).exit())
                .as("exit code on 2 threads")
                .isEqualTo(results.get(0).exit());
        for (String out : List.of("out%d.jsonl", "rejects%d.jsonl", "summary%d.json")) {
            Path one = work.resolve(String.format(java.util.Locale.ROOT, out, 1));
            Path two = work.resolve(String.format(java.util.Locale.ROOT, out, 2));
            assertThat(Files.exists(two)).as(two.getFileName() + " exists").isEqualTo(Files.exists(one));
            if (Files.exists(one)) {
                assertThat(Arrays.equals(Files.readAllBytes(one), Files.readAllBytes(two)))
                        .as(one.getFileName() + " on 1 and 2 threads")
                        .isTrue();
            }
        }
        Path summary = work.resolve("summary1.json");
        if (Files.exists(summary)) {
            String json = Files.readString(summary);
            long read = number(json, "records_read");
            assertThat(number(json, "decided") + number(json, "rejected"))
                    .as("decided + rejected")
                    .isEqualTo(read);
            Path rejects = work.resolve("rejects1.jsonl");
            long rejectLines =
                    Files.exists(rejects) ? Files.readAllLines(rejects).size() : 0;
            assertThat(rejectLines).as("reject lines").isEqualTo(number(json, "rejected"));
            assertThat(results.get(0).exit()).isEqualTo(number(json, "rejected") > 0 ? 3 : 0);
        }
    }

    private static void whatif(Path work, Path parameterFile, String input) throws IOException {
        check(work, 0, "whatif", "--program", "PKH", "--as-of", AS_OF, "--parameters", parameterFile.toString(), input);
    }

    private static long number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*([0-9]+)").matcher(json);
        assertThat(m.find()).as(key + " in the summary").isTrue();
        return Long.parseLong(m.group(1));
    }

    /**
     * Runs a command and checks what every command must do with any input.
     *
     * @param work the folder holding this mutant's outputs, emptied afterwards
     * @param failureExit 1 where the command may exit 1 on a failing scenario, else 0 (no extra code)
     */
    private static CliResult check(Path work, int failureExit, String... args) throws IOException {
        Set<String> tempBefore = bansosTempFiles();
        Set<String> workBefore = names(work);
        CliResult r = run(args);
        Set<Integer> allowed = failureExit == 1 ? Set.of(0, 1, 2, 3) : Set.of(0, 2, 3);
        if (!allowed.contains(r.exit())) {
            throw new AssertionError(args[0] + " exited " + r.exit() + ": " + r.err());
        }
        assertThat(STACK_TRACE.matcher(r.err()).find())
                .as("a stack trace on stderr: %s", r.err())
                .isFalse();
        Matcher className = CLASS_NAME.matcher(r.err());
        if (className.find()) {
            throw new AssertionError("a Java class name (" + className.group() + ") on stderr: " + r.err());
        }
        checkPersonal("stderr", r.err());
        for (String name : names(work)) {
            if (name.startsWith("rejects")) {
                checkPersonal(name, Files.readString(work.resolve(name), StandardCharsets.UTF_8));
            }
        }
        Set<String> tempAfter = bansosTempFiles();
        tempAfter.removeAll(tempBefore);
        assertThat(tempAfter).as("temporary files left in java.io.tmpdir").isEmpty();
        Set<String> left = names(work);
        left.removeAll(workBefore);
        left.removeIf(n -> n.matches("(out|rejects|summary)[12]\\.jsonl?"));
        assertThat(left).as("files left beside the outputs").isEmpty();
        return r;
    }

    /** Looks for the seed's personal data, leaving out the household ids the messages are about. */
    private static void checkPersonal(String what, String text) {
        List<String> lines = text.lines().toList();
        for (String line : lines) {
            String stripped = line;
            Matcher id = HOUSEHOLD_ID_JSON.matcher(line);
            while (id.find()) {
                stripped = stripped.replace(id.group(1), "<id>");
            }
            Matcher named = HOUSEHOLD_IN_MESSAGE.matcher(stripped);
            while (named.find()) {
                stripped = stripped.replace(named.group(1), "<id>");
            }
            Optional<String> found = personal.foundIn(stripped, Optional.empty());
            if (found.isPresent()) {
                throw new AssertionError(what + " holds personal data \"" + found.get() + "\": " + line);
            }
        }
    }

    private static Path workDir() throws IOException {
        Path work = dir.resolve("work");
        if (Files.exists(work)) {
            try (Stream<Path> files = Files.list(work)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
        return Files.createDirectories(work);
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    /** The entries of the temporary-file folder that bansos may have made (spools, index spill files). */
    private static Set<String> bansosTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(tempDir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("bansos"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static CliResult evaluate(Path parameterFile, Path input, int threads) {
        return run(
                "evaluate",
                "--program",
                "PKH",
                "--as-of",
                AS_OF,
                "--parameters",
                parameterFile.toString(),
                "--threads",
                String.valueOf(threads),
                input.toString());
    }

    private static CliResult run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliResult(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record CliResult(int exit, String out, String err) {}
}
