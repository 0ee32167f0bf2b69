package id.bansos.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.bansos.batch.BatchHouseholds;
import id.bansos.io.HouseholdSource;
import id.bansos.model.Household;
import id.bansos.model.id.RegionLevel;
import id.bansos.rules.monitoring.Allocation;
import id.bansos.rules.monitoring.MonitoringSample;
import id.bansos.rules.monitoring.SampleSize;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bansos sample}: a reproducible random sample of households for monitoring visits. */
@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        description = "Draw a reproducible random sample of households for home visits: households ranked by a keyed"
                + " hash of (seed, household id), so input order does not matter; optional strata by region level,"
                + " allocated by largest remainder. Or, with --size-for-margin, print the sample size for a margin of"
                + " error (Cochran, p = 0.5, finite population correction, rounded up).")
final class SampleCommand implements Callable<Integer> {
    @Option(names = "--size", paramLabel = "N", description = "How many households to draw.")
    Long size;

    @Option(names = "--seed", paramLabel = "S", description = "The seed; the same seed gives the same sample.")
    Long seed;

    @Option(
            names = "--by",
            paramLabel = "province|regency|district|village",
            description = "Stratify by region at this level.")
    String by;

    @Option(
            names = "--allocation",
            paramLabel = "proportional|equal",
            defaultValue = "proportional",
            description = "How the sample is spread over strata (default proportional).")
    String allocation;

    @Option(
            names = "--size-for-margin",
            paramLabel = "E",
            description = "Print the sample size for this margin of error (e.g. 0.05) instead of drawing.")
    Double margin;

    @Option(
            names = "--confidence",
            paramLabel = "C",
            defaultValue = "0.95",
            description = "Confidence level for --size-for-margin (default 0.95).")
    double confidence;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Where the sample goes as JSON Lines (default: standard output); written atomically.")
    Path output;

    @Mixin
    Options.InputFormat inputFormat;

    @Parameters(paramLabel = "INPUT", description = "Households: .json, .jsonl or .csv; - for standard input.")
    String input;

    @picocli.CommandLine.ParentCommand
    BansosCommand parent;

    @Override
    public Integer call() throws Exception {
        // Before anything is read: inputs readable, no output onto an input or another output.
        PathCheck.of().input("INPUT", input).output("--output", output).check();
        HouseholdSource source = inputFormat.source(input);
        PrintStream err = parent.err;
        if (margin != null) {
            long[] population = {0};
            long rejected = forEach(source, h -> population[0]++, err);
            if (population[0] == 0) {
                throw new UsageException("the input holds no valid household");
            }
            long n = SampleSize.forMargin(population[0], margin, confidence);
            parent.out.println(n);
            parent.out.flush();
            err.println(String.format(
                    Locale.ROOT,
                    "population %d, margin %s, confidence %s: sample size %d",
                    population[0],
                    margin,
                    confidence,
                    n));
            return rejected > 0 ? 3 : 0;
        }
        if (size == null || seed == null) {
            throw new UsageException("sample needs --size and --seed (or --size-for-margin)");
        }
        Optional<RegionLevel> level = by == null ? Optional.empty() : Optional.of(level(by));
        Allocation alloc = switch (allocation) {
            case "proportional" -> Allocation.PROPORTIONAL;
            case "equal" -> Allocation.EQUAL;
            default ->
                throw new UsageException("--allocation must be proportional or equal, got \"" + allocation + "\"");
        };
        if (size < 1) {
            throw new UsageException("--size must be at least 1, got " + size);
        }
        MonitoringSample sample = MonitoringSample.of(size, seed, level, alloc);
        long rejected = forEach(source, sample::count, err);
        Map<String, Long> quotas;
        try {
            quotas = sample.allocate();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--size " + e.getMessage().substring("size ".length()));
        }
        forEach(source, sample::offer, new PrintStream(OutputStream.nullOutputStream()));
        try (AtomicOutput file = output == null ? null : AtomicOutput.create(output)) {
            OutputStream out = file != null ? file.stream() : new BufferedOutputStream(parent.out, 1 << 16);
            JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            json.setRootValueSeparator(null);
            for (MonitoringSample.Ranked r : sample.result()) {
                json.writeStartObject();
                json.writeStringField("household_id", r.householdId());
                if (!r.stratum().isEmpty()) {
                    json.writeStringField("stratum", r.stratum());
                }
                json.writeStringField("rank", Long.toUnsignedString(r.rank(), 16));
                json.writeEndObject();
                json.writeRaw('\n');
            }
            json.flush();
            out.flush();
            if (file != null) {
                file.commit();
            }
        }
        err.println("sample " + size + " of seed " + seed + (level.isPresent() ? " by " + by : "") + ":");
        for (Map.Entry<String, Long> e : quotas.entrySet()) {
            err.println("  " + Escape.line(e.getKey().isEmpty() ? "all" : e.getKey()) + ": " + e.getValue());
        }
        return rejected > 0 ? 3 : 0;
    }

    static RegionLevel level(String by) {
        return switch (by) {
            case "province" -> RegionLevel.PROVINCE;
            case "regency" -> RegionLevel.REGENCY;
            case "district" -> RegionLevel.DISTRICT;
            case "village" -> RegionLevel.VILLAGE;
            default ->
                throw new UsageException("--by must be province, regency, district or village, got \"" + by + "\"");
        };
    }

    /**
     * Reads every record as {@code evaluate} reads it ({@link BatchHouseholds}: repeated ids and
     * split CSV households rejected), handing valid households on and reporting rejects; returns
     * the reject count.
     */
    static long forEach(HouseholdSource source, Consumer<Household> action, PrintStream rejects) throws IOException {
        return forEach(source, null, action, rejects);
    }

    /**
     * As {@link #forEach(HouseholdSource, Consumer, PrintStream)}, rejecting too a household with a
     * member born after {@code asOf} when it is not null.
     */
    static long forEach(HouseholdSource source, LocalDate asOf, Consumer<Household> action, PrintStream rejects)
            throws IOException {
        BatchHouseholds.Builder reading = BatchHouseholds.builder();
        if (asOf != null) {
            reading.asOf(asOf);
        }
        return reading.build()
                .forEach(source, h -> action.accept(h.household()), r -> rejects.println(Escape.line(r.error())))
                .rejected();
    }
}
