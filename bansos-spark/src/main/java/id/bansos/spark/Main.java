package id.bansos.spark;

import id.bansos.batch.BatchSummary;
import id.bansos.batch.SummaryJson;
import id.bansos.io.InputException;
import id.bansos.io.Utf8Input;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
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
 * DATE [--parameters FILE]… [--lang id|en] --output DIR [--rejects DIR] INPUT}: {@code bansos
 * evaluate} on a cluster. Writes {@code DIR/part-*} (the decisions), the rejects' {@code part-*} in
 * {@code --rejects DIR} (default {@code DIR/_rejects}), {@code DIR/_SUMMARY.json}, and the summary
 * table on standard error. Exit codes as {@code evaluate}: 0, 3 when some records were rejected, 2
 * for a usage error or an input that is not UTF-8 text, 1 for an I/O or internal failure.
 */
public final class Main {
    private Main() {}

    /** A command line that cannot be run. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The options of one run. */
    record Options(
            String program,
            LocalDate asOf,
            List<Path> parameters,
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
        Options options;
        SparkEvaluation evaluation;
        try {
            options = parse(args);
            SparkEvaluation.Builder b = SparkEvaluation.builder()
                    .program(options.program())
                    .asOf(options.asOf())
                    .language(options.language());
            for (Path p : options.parameters()) {
                b.parameters(p.toString(), read(p));
            }
            evaluation = b.build();
        } catch (UsageException | IllegalArgumentException | InputException e) {
            err.println("bansos-spark: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("bansos-spark: " + e.getMessage());
            return 2;
        }
        SparkSession spark = SparkSession.builder().appName("bansos evaluate").getOrCreate();
        try {
            return run(spark, evaluation, options, err);
        } finally {
            spark.stop();
        }
    }

    static int run(SparkSession spark, SparkEvaluation evaluation, Options options, PrintStream err) {
        try {
            SparkEvaluation.Result result = evaluation.run(spark, options.input(), options.output(), options.rejects());
            BatchSummary summary = result.summary();
            org.apache.hadoop.fs.Path summaryPath = new org.apache.hadoop.fs.Path(options.output(), "_SUMMARY.json");
            FileSystem fs = summaryPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (OutputStream out = fs.create(summaryPath, false)) {
                SummaryJson.write(summary, Optional.empty(), out);
            }
            Locale locale = options.language().equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("id");
            err.print(summary.toTable(locale));
            err.flush();
            return summary.rejected() > 0 ? 3 : 0;
        } catch (InputException e) {
            err.println("bansos-spark: " + e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("bansos-spark: " + e);
            return 1;
        }
    }

    private static String read(Path file) throws IOException {
        try (Reader in = Utf8Input.reader(Files.newInputStream(file), file.toString())) {
            StringWriter text = new StringWriter();
            in.transferTo(text);
            return text.toString();
        }
    }

    static final String USAGE = "usage: id.bansos.spark.Main --program PKH|SEMBAKO --as-of YYYY-MM-DD"
            + " [--parameters FILE]... [--lang id|en] --output DIR [--rejects DIR] INPUT";

    static Options parse(String[] args) throws UsageException {
        String program = null;
        LocalDate asOf = null;
        List<Path> parameters = new ArrayList<>();
        String language = "id";
        String output = null;
        String rejects = null;
        String input = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                if (input != null) {
                    throw new UsageException("one INPUT only, got " + input + " and " + a);
                }
                input = a;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new UsageException(a + " needs a value");
            }
            String value = args[++i];
            switch (a) {
                case "--program" -> program = value;
                case "--as-of" -> asOf = date(value);
                case "--parameters" -> parameters.add(Path.of(value));
                case "--lang" -> language = value;
                case "--output" -> output = value;
                case "--rejects" -> rejects = value;
                default -> throw new UsageException("unknown option " + a);
            }
        }
        if (program == null || asOf == null || output == null || input == null) {
            throw new UsageException("--program, --as-of, --output and INPUT are required");
        }
        if (input.toLowerCase(Locale.ROOT).endsWith(".csv")
                || input.toLowerCase(Locale.ROOT).endsWith(".json")) {
            throw new UsageException(input + ": bansos-spark reads JSON Lines (.jsonl) only");
        }
        return new Options(
                program, asOf, parameters, language, output, rejects != null ? rejects : output + "/_rejects", input);
    }

    private static LocalDate date(String text) throws UsageException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of: not a date YYYY-MM-DD: " + text);
        }
    }
}
