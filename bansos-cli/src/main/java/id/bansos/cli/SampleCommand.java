package id.bansos.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.bansos.batch.BatchHouseholds;
import id.bansos.batch.Escape;
import id.bansos.io.HouseholdSource;
import id.bansos.io.Reject;
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

    @Mixin
    Options.Regions regions;

    @Mixin
    Options.Language language;

    @Parameters(paramLabel = "INPUT", description = "Households: .json, .jsonl or .csv; - for standard input.")
    String input;

    @picocli.CommandLine.ParentCommand
    BansosCommand parent;

    @Override
    public Integer call() throws Exception {
        // Before anything is read: inputs readable, no output onto an input or another output.
        PathCheck.of()
                .input("INPUT", input)
                .input("--regions", regions.file)
                .output("--output", output)
                .check();
        language.locale();
        Texts texts = parent.texts;
        HouseholdSource source = inputFormat.source(input);
        PrintStream err = parent.err;
        BatchHouseholds reading = regions.reading().build();
        Consumer<Reject> rejects = r -> err.println(Escape.line(texts.reject(r)));
        long[] population = {0};
        if (margin != null) {
            long rejected = forEach(reading, source, h -> population[0]++, rejects);
            if (population[0] == 0) {
                throw UsageException.of("sample.noValid");
            }
            long n = SampleSize.forMargin(population[0], margin, confidence);
            parent.out.println(n);
            parent.out.flush();
            err.println(texts.get(
                    "sample.margin",
                    texts.count(population[0]),
                    texts.decimal(margin),
                    texts.decimal(confidence),
                    texts.count(n)));
            return rejected > 0 ? 3 : 0;
        }
        if (size == null || seed == null) {
            throw UsageException.of("sample.needsSize");
        }
        Optional<RegionLevel> level = by == null ? Optional.empty() : Optional.of(level(by));
        Allocation alloc = switch (allocation) {
            case "proportional" -> Allocation.PROPORTIONAL;
            case "equal" -> Allocation.EQUAL;
            default -> throw UsageException.of("sample.allocation", allocation);
        };
        if (size < 1) {
            throw UsageException.of("sample.size", size);
        }
        MonitoringSample sample = MonitoringSample.of(size, seed, level, alloc);
        long rejected = forEach(
                reading,
                source,
                h -> {
                    population[0]++;
                    sample.count(h);
                },
                rejects);
        if (size > population[0]) {
            throw UsageException.of("sample.sizeOver", texts.count(population[0]), texts.count(size));
        }
        Map<String, Long> quotas = sample.allocate();
        forEach(reading, source, sample::offer, r -> {});
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
        err.println(
                level.isPresent()
                        ? texts.get("sample.drawnBy", texts.count(size), seed, texts.get("sample.level." + by))
                        : texts.get("sample.drawn", texts.count(size), seed));
        for (Map.Entry<String, Long> e : quotas.entrySet()) {
            String stratum = e.getKey().isEmpty() ? texts.get("sample.all") : Escape.line(e.getKey());
            err.println(texts.get("sample.stratum", stratum, texts.count(e.getValue())));
        }
        return rejected > 0 ? 3 : 0;
    }

    static RegionLevel level(String by) {
        return switch (by) {
            case "province" -> RegionLevel.PROVINCE;
            case "regency" -> RegionLevel.REGENCY;
            case "district" -> RegionLevel.DISTRICT;
            case "village" -> RegionLevel.VILLAGE;
            default -> throw UsageException.of("sample.by", by);
        };
    }

    /**
     * Reads every record as {@code evaluate} reads it ({@link BatchHouseholds}: repeated ids and
     * split CSV households rejected, and what the reading adds: a region check, a date), handing
     * valid households on and rejects to {@code rejects}; returns the reject count.
     */
    static long forEach(
            BatchHouseholds reading, HouseholdSource source, Consumer<Household> action, Consumer<Reject> rejects)
            throws IOException {
        return reading.forEach(source, h -> action.accept(h.household()), rejects)
                .rejected();
    }
}
