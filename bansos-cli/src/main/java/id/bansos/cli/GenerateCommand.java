package id.bansos.cli;

import id.bansos.io.HouseholdFormat;
import id.bansos.io.Masking;
import id.bansos.io.csv.CsvHouseholdWriter;
import id.bansos.io.json.HouseholdWriter;
import id.bansos.model.Household;
import id.bansos.synthetic.SyntheticPopulation;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bansos generate}: a synthetic population, reproducible from its seed. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write a synthetic population that looks like Kabupaten Lombok Utara (52.08), reproducible"
                + " from --seed, as JSON Lines or CSV by the output file's extension.")
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
        SyntheticPopulation population =
                SyntheticPopulation.builder().seed(seed).build();
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
}
