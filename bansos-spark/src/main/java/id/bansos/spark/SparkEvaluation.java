package id.bansos.spark;

import id.bansos.batch.BatchHousehold;
import id.bansos.batch.BatchSummary;
import id.bansos.batch.BornAfter;
import id.bansos.batch.PartitionedRun;
import id.bansos.batch.PartitionedRun.Candidate;
import id.bansos.batch.PartitionedRun.Counts;
import id.bansos.batch.PartitionedRun.SharedNiks;
import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.io.Utf8Input;
import id.bansos.io.json.DecisionWriter;
import id.bansos.io.json.JsonLinesHouseholdReader;
import id.bansos.io.json.RejectJson;
import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.decision.Decision;
import id.bansos.model.internal.Checks;
import id.bansos.rules.ProgramDefinition;
import id.bansos.rules.Programs;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.FileAlreadyExistsException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Decides every household of a JSON Lines file on a Spark cluster, with the same decisions, rejects
 * and summary as {@code bansos evaluate} ({@code SPARK-V1}).
 *
 * <p><b>The two passes.</b> The file is cut into splits of {@code spark.sql.files.maxPartitionBytes};
 * each split reads the lines that start in it with the library's own reader. Pass 1, a {@code
 * mapPartitions}, emits a key for every household id (of accepted records and of rejects that name
 * one) and every member's NIK (of households not rejected for a late birth), with the partition and
 * line; one shuffle sorts the keys, and a scan of each sorted partition keeps the keys seen twice,
 * which alone come back to the driver with each split's line count. Pass 2, a second {@code
 * mapPartitions} over the same splits and no shuffle, decides each household with the library's
 * evaluator and the broadcast duplicates, and writes the split's decisions and rejects to {@code
 * part-NNNNN} files, so that the files in name order are the output of {@code evaluate}. Each task
 * of pass 2 returns its counts; the driver adds up the results of the successful tasks, once each.
 *
 * <p>The same two passes run over the partitions of a {@code Dataset<String>} of JSON Lines rows
 * ({@link #run(Dataset, String, String, String)}), each partition read as the lines of one split.
 *
 * <p>Example: {@code SparkEvaluation.builder().program("PKH").asOf(LocalDate.of(2024, 3, 1)).build()
 * .run(spark, "hdfs:///dtsen/roster.jsonl", "hdfs:///out/decisions", "hdfs:///out/rejects")}.
 * Immutable and serializable.
 */
public final class SparkEvaluation implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final char ID = 'I';
    private static final char NIK = 'N';
    private static final char STATS = 'S';

    private final Settings settings;

    private SparkEvaluation(Settings settings) {
        this.settings = settings;
    }

    /**
     * Returns a builder: programme and date required, no parameter files, language {@code id}.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * What a run gives.
     *
     * @param summary the counts and totals, as {@code evaluate --summary} gives them
     * @param partitions the partitions: the splits the file was read in, or the Dataset's
     * @param repeatedKeys the ids and NIKs seen more than once, which the driver held
     */
    public record Result(BatchSummary summary, int partitions, long repeatedKeys) {}

    /**
     * Decides every household of a JSON Lines file.
     *
     * @param spark the session, not null
     * @param input the file, a Hadoop path ({@code hdfs://}, {@code s3a://}, {@code file:}, or plain),
     *     not null
     * @param outputDir the directory of the decisions' {@code part-NNNNN} files, not null; must not
     *     exist
     * @param rejectsDir the directory of the rejects' {@code part-NNNNN} files, not null; must not
     *     exist
     * @return the result, not null
     * @throws IOException if a file cannot be read or written, or an output directory exists (a
     *     {@link FileAlreadyExistsException})
     * @throws id.bansos.io.InputException if the file is not UTF-8 text
     * @throws IllegalArgumentException if {@code rejectsDir} is {@code outputDir}
     */
    public Result run(SparkSession spark, String input, String outputDir, String rejectsDir) throws IOException {
        Checks.notNull(spark, "spark");
        Checks.notNull(input, "input");
        Checks.notNull(outputDir, "outputDir");
        Checks.notNull(rejectsDir, "rejectsDir");
        settings.prepared();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(path);
        checkHead(fs, path);
        checkAbsent(conf, outputDir, rejectsDir);
        // Through the public conf (sessionState differs between Spark 3.5 and 4); "128m" or bytes.
        long splitBytes =
                Math.max(1, JavaUtils.byteStringAsBytes(spark.conf().get("spark.sql.files.maxPartitionBytes", "128m")));
        List<Split> splits = splits(status.getPath().toString(), status.getLen(), splitBytes);
        String sourceName = path.getName();
        Broadcast<Map<String, String>> hadoop = jsc.broadcast(hadoopSettings(conf));
        // One split per partition: parallelize cuts n elements into n slices of one.
        Opener<Split> opener = it -> openSplit(it.next(), hadoop.value(), sourceName);
        try {
            return run(jsc, jsc.parallelize(splits, splits.size()), opener, sourceName, hadoop, outputDir, rejectsDir);
        } finally {
            hadoop.destroy();
        }
    }

    /**
     * Decides every household of a {@code Dataset} of JSON Lines rows, such as {@code
     * spark.read().textFile(path)} or a table's string column ({@code df.select("json").as(Encoders.STRING())}),
     * with the decisions, rejects and summary of {@code bansos evaluate} on a file of these lines.
     *
     * <p>Each row is one line (a row holding line feeds counts as that many lines more). A record's
     * line is its place in the Dataset: partitions in order, then rows in order within a partition,
     * counted from 1; the decisions come out in that order, one {@code part-NNNNN} per partition. The
     * Dataset is computed twice (once per pass) and must give the same rows in the same partitions
     * both times: a file or table read does; for anything computed in between, {@code
     * checkpoint()} it first (a {@code persist()} may be evicted and recomputed).
     *
     * @param lines the rows, not null
     * @param sourceName the name the rejects and errors give as the source, such as the table's, not
     *     null
     * @param outputDir the directory of the decisions' {@code part-NNNNN} files, not null; must not
     *     exist
     * @param rejectsDir the directory of the rejects' {@code part-NNNNN} files, not null; must not
     *     exist
     * @return the result, not null; its {@code partitions} are the Dataset's
     * @throws IOException if a file cannot be written, or an output directory exists (a {@link
     *     FileAlreadyExistsException})
     * @throws IllegalArgumentException if {@code rejectsDir} is {@code outputDir}
     */
    public Result run(Dataset<String> lines, String sourceName, String outputDir, String rejectsDir)
            throws IOException {
        Checks.notNull(lines, "lines");
        Checks.notNull(sourceName, "sourceName");
        Checks.notNull(outputDir, "outputDir");
        Checks.notNull(rejectsDir, "rejectsDir");
        settings.prepared();
        JavaSparkContext jsc =
                JavaSparkContext.fromSparkContext(lines.sparkSession().sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        checkAbsent(conf, outputDir, rejectsDir);
        Broadcast<Map<String, String>> hadoop = jsc.broadcast(hadoopSettings(conf));
        Opener<String> opener = it -> {
            RowInput rows = new RowInput(it);
            return new Opened(rows, rows);
        };
        try {
            return run(jsc, lines.javaRDD(), opener, sourceName, hadoop, outputDir, rejectsDir);
        } finally {
            hadoop.destroy();
        }
    }

    /** The two passes over the partitions of an RDD, each partition opened as lines by {@code opener}. */
    private <T> Result run(
            JavaSparkContext jsc,
            JavaRDD<T> rdd,
            Opener<T> opener,
            String sourceName,
            Broadcast<Map<String, String>> hadoop,
            String outputDir,
            String rejectsDir)
            throws IOException {
        int partitions = rdd.getNumPartitions();
        Settings s = settings;

        // Pass 1: keys, one shuffle, the keys seen twice and each partition's lines back to the driver.
        JavaPairRDD<String, Ref> keys = JavaPairRDD.fromJavaRDD(rdd.mapPartitionsWithIndex(
                (p, it) -> firstPass(p, opener.open(it), s, sourceName).iterator(), true));
        List<Tuple2<String, List<Ref>>> repeated = keys.repartitionAndSortWithinPartitions(
                        new HashPartitioner(Math.max(1, partitions)))
                .mapPartitions(SparkEvaluation::runsOfTwo)
                .collect();
        Duplicates duplicates = Duplicates.of(repeated, partitions, sourceName);

        // Pass 2: decide each partition, no shuffle; counts of the successful tasks only.
        Broadcast<Duplicates> dup = jsc.broadcast(duplicates);
        List<Counts> counts = rdd.mapPartitionsWithIndex(
                        (p, it) -> List.of(secondPass(
                                        p,
                                        opener.open(it),
                                        s,
                                        sourceName,
                                        hadoop.value(),
                                        dup.value(),
                                        outputDir,
                                        rejectsDir))
                                .iterator(),
                        true)
                .collect();
        Configuration conf = jsc.hadoopConfiguration();
        for (String dir : List.of(outputDir, rejectsDir)) {
            Path p = new Path(dir, "_temporary");
            p.getFileSystem(conf).delete(p, true);
        }
        Counts total = new Counts();
        counts.forEach(total::add);
        dup.destroy();
        return new Result(total.summary(), partitions, repeated.size() - (long) partitions);
    }

    /** Opens the lines of a partition from its elements: a file split, or a Dataset's rows. */
    private interface Opener<T> extends Serializable {
        Opened open(Iterator<T> elements) throws IOException;
    }

    /**
     * A partition's lines: the bytes the reader reads, and where to count the line ends handed out.
     *
     * @param stream the bytes, perhaps checked for UTF-8 over {@code lines}
     * @param lines the lines, which count their line ends
     */
    private record Opened(InputStream stream, LineInput lines) {}

    private static void checkAbsent(Configuration conf, String outputDir, String rejectsDir) throws IOException {
        if (new Path(outputDir).equals(new Path(rejectsDir))) {
            throw new IllegalArgumentException("rejectsDir " + rejectsDir + " is also the output directory");
        }
        for (String dir : List.of(outputDir, rejectsDir)) {
            Path p = new Path(dir);
            if (p.getFileSystem(conf).exists(p)) {
                throw new FileAlreadyExistsException(dir, null, "already exists");
            }
        }
    }

    private static Map<String, String> hadoopSettings(Configuration conf) {
        HashMap<String, String> hadoop = new HashMap<>();
        conf.forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        return hadoop;
    }

    /** Fails with the reader's error if the file starts as UTF-16 or UTF-32 text, before any task runs. */
    private static void checkHead(FileSystem fs, Path path) throws IOException {
        try (InputStream in = Utf8Input.checked(fs.open(path), path.getName())) {
            in.read(new byte[4]);
        }
    }

    /** The splits of a file of {@code length} bytes: at least one, each {@code splitBytes} but the last. */
    static List<Split> splits(String path, long length, long splitBytes) {
        List<Split> splits = new ArrayList<>();
        long start = 0;
        do {
            long end = Math.min(length, start + splitBytes);
            splits.add(new Split(splits.size(), path, start, end));
            start = end;
        } while (start < length);
        return splits;
    }

    /** Opens the lines of a split, checking the encoding of the file's start in the first. */
    private static Opened openSplit(Split split, Map<String, String> hadoop, String sourceName) throws IOException {
        Configuration conf = new Configuration(false);
        hadoop.forEach(conf::set);
        Path path = new Path(split.path());
        SplitInput lines = SplitInput.open(path.getFileSystem(conf).open(path), split.start(), split.end());
        return new Opened(split.start() == 0 ? Utf8Input.checked(lines, sourceName) : lines, lines);
    }

    private static List<Tuple2<String, Ref>> firstPass(int p, Opened lines, Settings settings, String sourceName)
            throws IOException {
        List<Tuple2<String, Ref>> keys = new ArrayList<>();
        LocalDate asOf = settings.asOf();
        int index = 0;
        try (JsonLinesHouseholdReader reader =
                JsonLinesHouseholdReader.open(lines.stream(), sourceName, ReadLimits.defaults(), 0)) {
            for (Optional<HouseholdRecord> r = reader.read(); r.isPresent(); r = reader.read()) {
                HouseholdRecord record = r.get();
                if (record instanceof HouseholdRecord.Accepted a) {
                    Household h = a.household();
                    keys.add(new Tuple2<>(ID + h.id(), new Ref(p, record.line(), -1, null)));
                    if (BornAfter.firstMember(h, asOf) < 0) {
                        for (Person m : h.members()) {
                            keys.add(new Tuple2<>(
                                    NIK + Long.toString(m.nik().asLong()), new Ref(p, record.line(), index, h.id())));
                        }
                    }
                    index++;
                } else {
                    Optional<String> id =
                            ((HouseholdRecord.Rejected) record).reject().householdId();
                    if (id.isPresent()) {
                        keys.add(new Tuple2<>(ID + id.get(), new Ref(p, record.line(), -1, null)));
                    }
                }
            }
        }
        keys.add(new Tuple2<>(
                STATS + Integer.toString(p), new Ref(p, lines.lines().lineEnds(), -1, null)));
        return keys;
    }

    /** Scans keys sorted within a partition for runs: keeps the keys seen twice or more, and the statistics. */
    private static Iterator<Tuple2<String, List<Ref>>> runsOfTwo(Iterator<Tuple2<String, Ref>> sorted) {
        List<Tuple2<String, List<Ref>>> runs = new ArrayList<>();
        String key = null;
        List<Ref> run = new ArrayList<>();
        while (true) {
            Tuple2<String, Ref> next = sorted.hasNext() ? sorted.next() : null;
            if (key != null && (next == null || !next._1().equals(key))) {
                if (run.size() > 1 || key.charAt(0) == STATS) {
                    runs.add(new Tuple2<>(key, run));
                }
                run = new ArrayList<>();
            }
            if (next == null) {
                return runs.iterator();
            }
            key = next._1();
            run.add(next._2());
        }
    }

    private static Counts secondPass(
            int p,
            Opened lines,
            Settings settings,
            String sourceName,
            Map<String, String> hadoop,
            Duplicates duplicates,
            String outputDir,
            String rejectsDir)
            throws IOException {
        Settings.Prepared prepared = settings.prepared();
        LocalDate asOf = settings.asOf();
        Locale locale = prepared.locale();
        Counts counts = new Counts();
        Configuration conf = new Configuration(false);
        hadoop.forEach(conf::set);
        try (PartFile decisions = PartFile.create(conf, outputDir, p);
                PartFile rejects = PartFile.create(conf, rejectsDir, p);
                JsonLinesHouseholdReader reader = JsonLinesHouseholdReader.open(
                        lines.stream(), sourceName, ReadLimits.defaults(), duplicates.linesBefore(p))) {
            OutputStream out = decisions.stream();
            int index = 0;
            for (Optional<HouseholdRecord> r = reader.read(); r.isPresent(); r = reader.read()) {
                HouseholdRecord record = r.get();
                long ordinal = -1;
                if (record instanceof HouseholdRecord.Accepted) {
                    ordinal = ((long) p << 32) | index++;
                }
                record = duplicates.admit(sourceName, record);
                Optional<Reject> reject = record instanceof HouseholdRecord.Rejected rejected
                        ? Optional.of(rejected.reject())
                        : BornAfter.reject(sourceName, (HouseholdRecord.Accepted) record, asOf);
                if (reject.isPresent()) {
                    counts.rejected(reject.get());
                    RejectJson.write(rejects.json(), reject.get(), locale);
                    continue;
                }
                Household h = ((HouseholdRecord.Accepted) record).household();
                BatchHousehold household = duplicates.shared().household(ordinal, h, record.line());
                Decision decision = prepared.evaluator().decide(household);
                counts.decided(h, decision);
                out.write(DecisionWriter.encode(decision, prepared.renderer()));
            }
            decisions.commit();
            rejects.commit();
        }
        return counts;
    }

    /** What the driver learnt from pass 1 and sends to every task of pass 2. */
    static final class Duplicates implements Serializable {
        private static final long serialVersionUID = 1L;

        private final long[] linesBefore;
        private final Map<String, long[]> repeatedIds;
        private final SharedNiks shared;

        private Duplicates(long[] linesBefore, Map<String, long[]> repeatedIds, SharedNiks shared) {
            this.linesBefore = linesBefore;
            this.repeatedIds = repeatedIds;
            this.shared = shared;
        }

        static Duplicates of(List<Tuple2<String, List<Ref>>> runs, int partitions, String sourceName) {
            long[] lineEnds = new long[partitions];
            List<Tuple2<String, List<Ref>>> ids = new ArrayList<>();
            Map<Long, List<Long>> niksByOrdinal = new HashMap<>();
            Map<Long, String> idByOrdinal = new HashMap<>();
            for (Tuple2<String, List<Ref>> run : runs) {
                char kind = run._1().charAt(0);
                if (kind == STATS) {
                    Ref stats = run._2().get(0);
                    lineEnds[stats.partition] = stats.line;
                } else if (kind == ID) {
                    ids.add(run);
                } else {
                    long nik = Long.parseLong(run._1().substring(1));
                    for (Ref r : run._2()) {
                        niksByOrdinal
                                .computeIfAbsent(r.ordinal(), o -> new ArrayList<>())
                                .add(nik);
                        idByOrdinal.put(r.ordinal(), r.householdId);
                    }
                }
            }
            long[] linesBefore = new long[partitions];
            for (int p = 1; p < partitions; p++) {
                linesBefore[p] = linesBefore[p - 1] + lineEnds[p - 1];
            }
            Map<String, long[]> repeatedIds = new HashMap<>();
            for (Tuple2<String, List<Ref>> run : ids) {
                long[] lines = new long[run._2().size()];
                for (int i = 0; i < lines.length; i++) {
                    Ref r = run._2().get(i);
                    lines[i] = linesBefore[r.partition] + r.line;
                }
                Arrays.sort(lines);
                repeatedIds.put(run._1().substring(1), lines);
            }
            List<Candidate> candidates = new ArrayList<>(niksByOrdinal.size());
            niksByOrdinal.forEach((ordinal, niks) -> candidates.add(new Candidate(
                    ordinal,
                    idByOrdinal.get(ordinal),
                    niks.stream().mapToLong(Long::longValue).toArray())));
            return new Duplicates(linesBefore, repeatedIds, SharedNiks.of(candidates, repeatedIds::containsKey));
        }

        long linesBefore(int partition) {
            return linesBefore[partition];
        }

        SharedNiks shared() {
            return shared;
        }

        /** The record as the second pass hands it out: rejected in every record of a repeated id. */
        HouseholdRecord admit(String sourceName, HouseholdRecord record) {
            if (repeatedIds.isEmpty()) {
                return record;
            }
            Optional<String> id = record instanceof HouseholdRecord.Accepted a
                    ? Optional.of(a.household().id())
                    : ((HouseholdRecord.Rejected) record).reject().householdId();
            long[] lines = id.map(repeatedIds::get).orElse(null);
            return lines == null
                    ? record
                    : PartitionedRun.repeatedId(HouseholdFormat.JSONL, sourceName, record, id.get(), lines);
        }
    }

    /** A programme code that neither a national programme nor a programme file has. */
    public static final class UnknownProgramException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final String code;
        private final List<String> known;

        UnknownProgramException(String code, List<String> known) {
            super("program must be one of " + String.join(", ", known) + ", got \"" + code + "\"");
            this.code = code;
            this.known = List.copyOf(known);
        }

        /**
         * The code asked for.
         *
         * @return the code, not null
         */
        public String code() {
            return code;
        }

        /**
         * The codes there are: the national programmes', then the programme files'.
         *
         * @return the codes, not null
         */
        public List<String> known() {
            return known;
        }
    }

    /** Builds a {@link SparkEvaluation}. Not thread-safe. */
    public static final class Builder {
        private String program;
        private LocalDate asOf;
        private final List<Settings.FileText> programs = new ArrayList<>();
        private final List<Settings.FileText> parameters = new ArrayList<>();
        private String language = "id";

        private Builder() {}

        /**
         * Sets the programme; {@link #build()} checks that it exists.
         *
         * @param code a national programme's code, such as {@code PKH} or {@code SEMBAKO}, or a code
         *     of a programme file added with {@link #programs(String, String)}; any case; not null
         * @return this builder
         */
        public Builder program(String code) {
            this.program = Checks.notNull(code, "code");
            return this;
        }

        /**
         * Adds a programme file (PROGRAMS-V1, conditions in CEL), as {@code bansos --programs FILE}:
         * its programmes may be chosen with {@link #program(String)}, and its own parameters lie over
         * the national policy, under the district parameter files.
         *
         * @param name the name shown in errors, such as its path, not null
         * @param yaml the file's text, not null
         * @return this builder
         */
        public Builder programs(String name, String yaml) {
            programs.add(new Settings.FileText(Checks.notNull(name, "name"), Checks.notNull(yaml, "yaml")));
            return this;
        }

        /**
         * Sets the date of evaluation.
         *
         * @param asOf the date, not null
         * @return this builder
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = Checks.notNull(asOf, "asOf");
            return this;
        }

        /**
         * Adds a district parameter file, layered over the national policy and the files added before.
         *
         * @param name the name shown in errors, such as its path, not null
         * @param yaml the file's text, not null
         * @return this builder
         */
        public Builder parameters(String name, String yaml) {
            parameters.add(new Settings.FileText(Checks.notNull(name, "name"), Checks.notNull(yaml, "yaml")));
            return this;
        }

        /**
         * Sets the language of the reasons and reject messages.
         *
         * @param language {@code id} (the default) or {@code en}
         * @return this builder
         * @throws IllegalArgumentException if it is another
         */
        public Builder language(String language) {
            Checks.notNull(language, "language");
            Checks.check(Settings.localeOf(language).isPresent(), "language", "must be id or en", language);
            this.language = language;
            return this;
        }

        /**
         * Builds the evaluation, preparing the evaluator once to check the programme and parameter
         * files.
         *
         * @return the evaluation, not null
         * @throws NullPointerException if the programme or date was not set
         * @throws UnknownProgramException if neither a national programme nor a programme file has
         *     the programme's code
         * @throws id.bansos.io.InputException if a programme or parameter file is not valid, naming
         *     the file, line and field
         */
        public SparkEvaluation build() {
            Checks.notNull(program, "program");
            Checks.notNull(asOf, "asOf");
            Settings settings = new Settings(program, asOf, programs, parameters, language);
            List<ProgramDefinition> own = settings.programFiles().programs();
            if (Settings.programOf(program, own).isEmpty()) {
                List<String> known = new ArrayList<>();
                Programs.national().forEach(p -> known.add(p.program().code()));
                own.forEach(p -> known.add(p.program().code()));
                throw new UnknownProgramException(program, known);
            }
            settings.prepared();
            return new SparkEvaluation(settings);
        }
    }
}
