package id.bansos.cli;

import id.bansos.batch.Escape;
import id.bansos.io.HouseholdFormat;
import id.bansos.io.Masking;
import id.bansos.io.csv.CsvHouseholdWriter;
import id.bansos.io.json.HouseholdWriter;
import id.bansos.model.Household;
import id.bansos.model.id.RegionCode;
import id.bansos.model.id.RegionLevel;
import id.bansos.synthetic.SyntheticPopulation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bansos generate}: a synthetic population, reproducible from its seed. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write a synthetic population that looks like Kabupaten Lombok Utara (52.08), reproducible"
                + " from --seed, as JSON Lines or CSV by the output file's extension; with --as-of, as of that date,"
                + " with --region, in that regency or district.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--households", required = true, paramLabel = "N", description = "How many households.")
    long households;

    @Option(
            names = "--seed",
            required = true,
            paramLabel = "S",
            description = "The seed; the same seed gives the same population.")
    long seed;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The output file, .jsonl or .csv.")
    Path output;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "The date ages and family-card dates are drawn against, YYYY-MM-DD (default 2025-01-01):"
                    + " nobody is born after it.")
    String asOf;

    @Option(
            names = "--region",
            paramLabel = "CODE",
            description = "The regency PP.KK or district PP.KK.CC the population lives in (default 52.08, Lombok"
                    + " Utara).")
    String region;

    @picocli.CommandLine.Mixin
    Options.Language language;

    @Override
    public Integer call() throws Exception {
        // Before anything is read: inputs readable, no output onto an input or another output.
        PathCheck.of().output("--output", output).check();
        language.locale();
        if (households < 0) {
            throw UsageException.of("generate.households", households);
        }
        HouseholdFormat format;
        try {
            format = HouseholdFormat.fromFileName(output.getFileName().toString());
        } catch (IllegalArgumentException e) {
            throw UsageException.of("generate.output", new Texts.Io(e.getMessage()));
        }
        if (format == HouseholdFormat.JSON) {
            throw UsageException.of("generate.outputJson", output);
        }
        SyntheticPopulation.Builder settings = SyntheticPopulation.builder().seed(seed);
        if (asOf != null) {
            LocalDate date = Options.date("--as-of", asOf);
            if (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR) {
                throw UsageException.of("generate.asOf", asOf);
            }
            settings.reference(date);
        }
        if (region != null) {
            RegionCode code = region(region);
            if (code.level() == RegionLevel.DISTRICT) {
                settings.regency(code.ancestor(RegionLevel.REGENCY)).district(code);
            } else {
                settings.regency(code);
            }
        }
        SyntheticPopulation population = settings.build();
        Iterator<Household> it = population.iterator(households);
        try (AtomicOutput out = AtomicOutput.create(output)) {
            if (format == HouseholdFormat.CSV) {
                CsvHouseholdWriter writer = CsvHouseholdWriter.open(out.stream(), Masking.NONE);
                while (it.hasNext()) {
                    writer.write(it.next());
                }
                writer.flush();
            } else {
                HouseholdWriter writer = HouseholdWriter.of(out.stream(), Masking.NONE);
                while (it.hasNext()) {
                    writer.write(it.next());
                }
                writer.flush();
            }
            out.commit();
        }
        return 0;
    }

    /** The years of {@code --as-of}: the synthetic population's own bounds (1900-01-01 to 9999-12-31). */
    private static final int EARLIEST_YEAR = 1900;

    private static final int LATEST_YEAR = 9999;

    /** A regency or district code whose province is 11 or more (NIKs start with it); else exit 2. */
    private static RegionCode region(String text) {
        RegionCode code;
        try {
            code = RegionCode.parse(text);
        } catch (IllegalArgumentException e) {
            throw UsageException.of("generate.region", Escape.line(text));
        }
        boolean level = code.level() == RegionLevel.REGENCY || code.level() == RegionLevel.DISTRICT;
        if (!level || Integer.parseInt(code.province()) < 11) {
            throw UsageException.of("generate.region", Escape.line(text));
        }
        return code;
    }
}
