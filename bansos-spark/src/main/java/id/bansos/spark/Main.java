package id.bansos.spark;

import id.bansos.batch.BatchSummary;
import id.bansos.batch.SummaryJson;
import id.bansos.io.InputException;
import id.bansos.io.ReaderMessages;
import id.bansos.io.Utf8Input;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;

/**
 * {@code spark-submit --class id.bansos.spark.Main bansos-spark-VERSION-spark.jar --program P --as-of
 * DATE [--parameters FILE]… [--programs FILE]… [--lang id|en] --output DIR [--rejects DIR] INPUT}:
 * {@code bansos evaluate} on a cluster. Writes {@code DIR/part-*} (the decisions), the rejects'
 * {@code part-*} in {@code --rejects DIR} (default {@code DIR/_rejects}), {@code DIR/_SUMMARY.json},
 * and the summary table on standard error. Errors and the usage line are in the language of {@code
 * --lang} (Bahasa Indonesia by default), a bad programme or parameter file named with its line and
 * field. Exit codes as {@code evaluate}: 0, 3 when some records were rejected, 2 for a usage error,
 * a bad programme or parameter file, an output directory that exists or an input that is not UTF-8
 * text, 1 for an I/O or internal failure.
 */
public final class Main {
    private Main() {}

    /** A command line that cannot be run: a key of the texts and its arguments. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        private final String key;
        private final transient Object[] args;

        UsageException(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args.clone();
        }

        String message(MainTexts texts) {
            return texts.get(key, args);
        }
    }

    /** The options of one run. */
    record Options(
            String program,
            LocalDate asOf,
            List<Path> parameters,
            List<Path> programs,
            String language,
            String output,
            String rejects,
            String input) {}

    /**
     * Runs the job and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    /** Runs the job on the session the environment sets up (spark-submit, or the spark.* properties). */
    static int run(String[] args, PrintStream err) {
        MainTexts texts = MainTexts.of(language(args));
        Options options;
        SparkEvaluation evaluation;
        try {
            options = parse(args);
            evaluation = evaluation(options);
        } catch (UsageException e) {
            err.println("bansos-spark: " + e.message(texts));
            err.println(texts.get("usage"));
            return 2;
        } catch (SparkEvaluation.UnknownProgramException e) {
            err.println("bansos-spark: " + texts.get("option.program", String.join(", ", e.known()), e.code()));
            err.println(texts.get("usage"));
            return 2;
        } catch (InputException e) {
            err.println("bansos-spark: " + ReaderMessages.message(e, texts.locale()));
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("bansos-spark: " + ReaderMessages.detail(String.valueOf(e.getMessage()), texts.locale()));
            return 2;
        } catch (IOException e) {
            err.println("bansos-spark: " + ioMessage(e, texts));
            return 2;
        }
        SparkSession spark = SparkSession.builder().appName("bansos evaluate").getOrCreate();
        try {
            return run(spark, evaluation, options, err);
        } finally {
            spark.stop();
        }
    }

    /** The evaluation of the options, with the programme and parameter files read on the driver. */
    static SparkEvaluation evaluation(Options options) throws IOException {
        SparkEvaluation.Builder b = SparkEvaluation.builder()
                .program(options.program())
                .asOf(options.asOf())
                .language(options.language());
        for (Path p : options.programs()) {
            b.programs(p.toString(), read(p));
        }
        for (Path p : options.parameters()) {
            b.parameters(p.toString(), read(p));
        }
        return b.build();
    }

    static int run(SparkSession spark, SparkEvaluation evaluation, Options options, PrintStream err) {
        MainTexts texts = MainTexts.of(options.language());
        try {
            SparkEvaluation.Result result = evaluation.run(spark, options.input(), options.output(), options.rejects());
            BatchSummary summary = result.summary();
            org.apache.hadoop.fs.Path summaryPath = new org.apache.hadoop.fs.Path(options.output(), "_SUMMARY.json");
            FileSystem fs = summaryPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (OutputStream out = fs.create(summaryPath, false)) {
                SummaryJson.write(summary, Optional.empty(), out);
            }
            err.print(summary.toTable(texts.locale()));
            err.flush();
            return summary.rejected() > 0 ? 3 : 0;
        } catch (InputException e) {
            err.println("bansos-spark: " + ReaderMessages.message(e, texts.locale()));
            return 2;
        } catch (FileAlreadyExistsException e) {
            err.println("bansos-spark: " + texts.get("error.exists", e.getFile()));
            return 2;
        } catch (IOException e) {
            err.println("bansos-spark: " + ioMessage(e, texts));
            return 1;
        } catch (RuntimeException e) {
            err.println("bansos-spark: " + texts.get("error.internal", String.valueOf(e)));
            return 1;
        }
    }

    private static String ioMessage(IOException e, MainTexts texts) {
        if (e instanceof NoSuchFileException n) {
            return texts.get("error.noSuchFile", n.getFile());
        }
        if (e instanceof java.io.FileNotFoundException) {
            return texts.get("error.noSuchFile", e.getMessage());
        }
        return texts.get("error.io", e.getMessage());
    }

    private static String read(Path file) throws IOException {
        try (Reader in = Utf8Input.reader(Files.newInputStream(file), file.toString())) {
            StringWriter text = new StringWriter();
            in.transferTo(text);
            return text.toString();
        }
    }

    /** The value of the last {@code --lang}, read before the rest so that every error is in it. */
    static String language(String[] args) {
        String language = "id";
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--lang")) {
                language = args[++i];
            }
        }
        return language;
    }

    static Options parse(String[] args) throws UsageException {
        String program = null;
        LocalDate asOf = null;
        List<Path> parameters = new ArrayList<>();
        List<Path> programs = new ArrayList<>();
        String language = "id";
        String output = null;
        String rejects = null;
        String input = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                if (input != null) {
                    throw new UsageException("usage.oneInput", input, a);
                }
                input = a;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new UsageException("usage.missingValue", a);
            }
            String value = args[++i];
            switch (a) {
                case "--program" -> program = value;
                case "--as-of" -> asOf = date(value);
                case "--parameters" -> parameters.add(Path.of(value));
                case "--programs" -> programs.add(Path.of(value));
                case "--lang" -> language = value;
                case "--output" -> output = value;
                case "--rejects" -> rejects = value;
                default -> throw new UsageException("usage.unknownOption", a);
            }
        }
        if (!language.equals("id") && !language.equals("en")) {
            throw new UsageException("lang.invalid", language);
        }
        if (program == null || asOf == null || output == null || input == null) {
            throw new UsageException("usage.required");
        }
        if (rejects != null
                && Path.of(rejects)
                        .toAbsolutePath()
                        .normalize()
                        .equals(Path.of(output).toAbsolutePath().normalize())) {
            // Both write part-NNNNN files: the rejects would overwrite the decisions.
            throw new UsageException("usage.sameDirectory", rejects);
        }
        if (input.toLowerCase(Locale.ROOT).endsWith(".csv")
                || input.toLowerCase(Locale.ROOT).endsWith(".json")) {
            throw new UsageException("usage.jsonLinesOnly", input);
        }
        return new Options(
                program,
                asOf,
                parameters,
                programs,
                language,
                output,
                rejects != null ? rejects : output + "/_rejects",
                input);
    }

    private static LocalDate date(String text) throws UsageException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("option.date", "--as-of", text);
        }
    }
}
