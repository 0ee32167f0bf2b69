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
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
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
     * @param partitions the splits the file was read in
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
     * @throws IOException if a file cannot be read or written, or an output directory exists
     * @throws id.bansos.io.InputException if the file is not UTF-8 text
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
        for (String dir : List.of(outputDir, rejectsDir)) {
            Path p = new Path(dir);
            if (p.getFileSystem(conf).exists(p)) {
                throw new IOException(dir + ": already exists");
            }
        }
        // Through the public conf (sessionState differs between Spark 3.5 and 4); "128m" or bytes.
        long splitBytes =
                Math.max(1, JavaUtils.byteStringAsBytes(spark.conf().get("spark.sql.files.maxPartitionBytes", "128m")));
        List<Split> splits = splits(status.getPath().toString(), status.getLen(), splitBytes);
        HashMap<String, String> hadoop = new HashMap<>();
        conf.forEach(e -> hadoop.put(e.getKey(), e.getValue()));
        String sourceName = path.getName();

        // Pass 1: keys, one shuffle, the keys seen twice and each split's lines back to the driver.
        JavaRDD<Split> splitRdd = jsc.parallelize(splits, splits.size());
        Broadcast<HashMap<String, String>> hadoopConf = jsc.broadcast(hadoop);
        Settings s = settings;
        JavaPairRDD<String, Ref> keys = splitRdd.mapPartitionsToPair(
                it -> firstPass(it, s, sourceName, hadoopConf.value()).iterator());
        List<Tuple2<String, List<Ref>>> repeated = keys.repartitionAndSortWithinPartitions(
                        new HashPartitioner(splits.size()))
                .mapPartitions(SparkEvaluation::runsOfTwo)
                .collect();
        Duplicates duplicates = Duplicates.of(repeated, splits.size(), sourceName);

        // Pass 2: decide each split, no shuffle; counts of the successful tasks only.
        Broadcast<Duplicates> dup = jsc.broadcast(duplicates);
        List<Counts> counts = splitRdd.mapPartitions(
                        it -> secondPass(it, s, sourceName, hadoopConf.value(), dup.value(), outputDir, rejectsDir)
                                .iterator())
                .collect();
        for (String dir : List.of(outputDir, rejectsDir)) {
            Path p = new Path(dir, "_temporary");
            p.getFileSystem(conf).delete(p, true);
        }
        Counts total = new Counts();
        counts.forEach(total::add);
        dup.destroy();
        hadoopConf.destroy();
        return new Result(total.summary(), splits.size(), repeated.size() - (long) splits.size());
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
    private static InputStream open(Split split, Map<String, String> hadoop, String sourceName, SplitInput[] lines)
            throws IOException {
        Configuration conf = new Configuration(false);
        hadoop.forEach(conf::set);
        Path path = new Path(split.path());
        lines[0] = SplitInput.open(path.getFileSystem(conf).open(path), split.start(), split.end());
        return split.start() == 0 ? Utf8Input.checked(lines[0], sourceName) : lines[0];
    }

    private static List<Tuple2<String, Ref>> firstPass(
            Iterator<Split> it, Settings settings, String sourceName, Map<String, String> hadoop) throws IOException {
        List<Tuple2<String, Ref>> keys = new ArrayList<>();
        LocalDate asOf = settings.asOf();
        while (it.hasNext()) {
            Split split = it.next();
            int p = split.index();
            SplitInput[] lines = new SplitInput[1];
            int index = 0;
            try (JsonLinesHouseholdReader reader = JsonLinesHouseholdReader.open(
                    open(split, hadoop, sourceName, lines), sourceName, ReadLimits.defaults(), 0)) {
                for (Optional<HouseholdRecord> r = reader.read(); r.isPresent(); r = reader.read()) {
                    HouseholdRecord record = r.get();
                    if (record instanceof HouseholdRecord.Accepted a) {
                        Household h = a.household();
                        keys.add(new Tuple2<>(ID + h.id(), new Ref(p, record.line(), -1, null)));
                        if (BornAfter.firstMember(h, asOf) < 0) {
                            for (Person m : h.members()) {
                                keys.add(new Tuple2<>(
                                        NIK + Long.toString(m.nik().asLong()),
                                        new Ref(p, record.line(), index, h.id())));
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
            keys.add(new Tuple2<>(STATS + Integer.toString(p), new Ref(p, lines[0].lineEnds(), -1, null)));
        }
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

    private static List<Counts> secondPass(
            Iterator<Split> it,
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
        List<Counts> all = new ArrayList<>();
        while (it.hasNext()) {
            Split split = it.next();
            int p = split.index();
            Counts counts = new Counts();
            SplitInput[] lines = new SplitInput[1];
            Configuration conf = new Configuration(false);
            hadoop.forEach(conf::set);
            try (PartFile decisions = PartFile.create(conf, outputDir, p);
                    PartFile rejects = PartFile.create(conf, rejectsDir, p);
                    JsonLinesHouseholdReader reader = JsonLinesHouseholdReader.open(
                            open(split, hadoop, sourceName, lines),
                            sourceName,
                            ReadLimits.defaults(),
                            duplicates.linesBefore(p))) {
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
            all.add(counts);
        }
        return all;
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

    /** Builds a {@link SparkEvaluation}. Not thread-safe. */
    public static final class Builder {
        private String program;
        private LocalDate asOf;
        private final List<Settings.ParameterText> parameters = new ArrayList<>();
        private String language = "id";

        private Builder() {}

        /**
         * Sets the programme.
         *
         * @param code a national programme's code, such as {@code PKH} or {@code SEMBAKO}, any case
         * @return this builder
         * @throws IllegalArgumentException if no national programme has the code
         */
        public Builder program(String code) {
            Checks.notNull(code, "code");
            Checks.check(Settings.programOf(code).isPresent(), "program", "must be a national programme", code);
            this.program = code;
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
            parameters.add(new Settings.ParameterText(Checks.notNull(name, "name"), Checks.notNull(yaml, "yaml")));
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
         * Builds the evaluation, preparing the evaluator once to check the parameter files.
         *
         * @return the evaluation, not null
         * @throws NullPointerException if the programme or date was not set
         * @throws id.bansos.io.InputException if a parameter file is not valid
         */
        public SparkEvaluation build() {
            Checks.notNull(program, "program");
            Checks.notNull(asOf, "asOf");
            Settings settings = new Settings(program, asOf, parameters, language);
            settings.prepared();
            return new SparkEvaluation(settings);
        }
    }
}
