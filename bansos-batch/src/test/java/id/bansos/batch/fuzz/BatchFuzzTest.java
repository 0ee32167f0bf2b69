package id.bansos.batch.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import id.bansos.batch.BatchEvaluator;
import id.bansos.batch.BatchSummary;
import id.bansos.batch.IndexMemory;
import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdSource;
import id.bansos.io.InputException;
import id.bansos.io.Masking;
import id.bansos.io.Reject;
import id.bansos.io.csv.CsvHouseholdWriter;
import id.bansos.io.fuzz.Fuzz;
import id.bansos.io.fuzz.Mutator;
import id.bansos.io.fuzz.PersonalData;
import id.bansos.io.json.HouseholdWriter;
import id.bansos.model.Household;
import id.bansos.model.decision.Decision;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import id.bansos.synthetic.SyntheticPopulation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input for the batch path of bansos-batch (two passes, id index spilled to disk, ordered
 * pipeline): for every mutant (see {@link Mutator}) of a roster, the run ends normally or with the
 * documented {@link InputException}; records read = decided + rejected; every reject names its
 * source and line and holds no personal data of the seed; 1 and 2 threads give the same decisions
 * and rejects; no spill file is left. {@code -Dbansos.fuzz.mutants=10000} for the long run.
 */
class BatchFuzzTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private static final List<Household> HOUSEHOLDS =
            SyntheticPopulation.builder().seed(14).duplicateNikShare(0.2).build().stream(12)
                    .toList();

    @TempDir
    Path spill;

    @TestFactory
    Stream<DynamicTest> batchPath() throws IOException {
        PersonalData personal = PersonalData.of(HOUSEHOLDS);
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        try (HouseholdWriter w = HouseholdWriter.of(jsonl, Masking.NONE)) {
            for (Household h : HOUSEHOLDS) {
                w.write(h);
            }
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try (CsvHouseholdWriter w = CsvHouseholdWriter.open(csv, Masking.NONE)) {
            for (Household h : HOUSEHOLDS) {
                w.write(h);
            }
        }
        String lines = jsonl.toString(StandardCharsets.UTF_8).strip();
        byte[] json = ("[" + lines.replace("\n", ",\n") + "]").getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                run("batch.jsonl", 3301, jsonl.toByteArray(), HouseholdFormat.JSONL, Mutator.Dialect.JSONL, personal),
                run("batch.json", 3302, json, HouseholdFormat.JSON, Mutator.Dialect.JSON, personal),
                run("batch.csv", 3303, csv.toByteArray(), HouseholdFormat.CSV, Mutator.Dialect.CSV, personal));
    }

    private DynamicTest run(
            String name,
            long seed,
            byte[] file,
            HouseholdFormat format,
            Mutator.Dialect dialect,
            PersonalData personal) {
        return dynamicTest(name, () -> {
            Outcome valid = evaluate(HouseholdSource.of(name, format, file), 1).orElseThrow();
            assertThat(valid.rejects()).isEmpty();
            assertThat(valid.decisions()).hasSize(HOUSEHOLDS.size());
            Fuzz.run(name, seed, file, dialect, (mutant, index) -> {
                HouseholdSource source = HouseholdSource.of(name, format, mutant);
                Optional<Outcome> one = evaluate(source, 1);
                Optional<Outcome> two = evaluate(source, 2);
                assertThat(two).as("2 threads").isEqualTo(one);
                if (one.isEmpty()) {
                    return;
                }
                Outcome o = one.get();
                BatchSummary s = o.summary();
                assertThat(s.decided() + s.rejected()).as("decided + rejected").isEqualTo(s.recordsRead());
                assertThat((long) o.decisions().size()).isEqualTo(s.decided());
                assertThat((long) o.rejects().size()).isEqualTo(s.rejected());
                for (Reject r : o.rejects()) {
                    assertThat(r.source()).isEqualTo(name);
                    assertThat(r.line()).isPositive();
                    assertThat(r.error()).startsWith(name + ":" + r.line());
                    Optional<String> found = personal.foundIn(r.error(), r.householdId());
                    if (found.isPresent()) {
                        throw new AssertionError("reject holds personal data \"" + found.get() + "\": " + r.error());
                    }
                }
            });
        });
    }

    /** Decisions, rejects and summary; empty if the file was refused as a whole. */
    private Optional<Outcome> evaluate(HouseholdSource source, int threads) throws IOException {
        List<Decision> decisions = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        BatchEvaluator evaluator = BatchEvaluator.builder()
                .program(Programs.pkh())
                .parameters(NationalPolicy.load())
                .asOf(AS_OF)
                .threads(threads)
                .chunkSize(3)
                // 144 bytes: six index entries, so that every table spills to disk a few times.
                .indexMemory(IndexMemory.builder()
                        .bytesPerTable(144)
                        .directory(spill)
                        .build())
                .build();
        try {
            BatchSummary summary = evaluator.run(source, decisions::add, rejects::add);
            return Optional.of(new Outcome(decisions, rejects, summary));
        } catch (InputException e) {
            assertThat(e.getMessage()).startsWith(source.name() + ":");
            return Optional.empty();
        } finally {
            try (Stream<Path> left = Files.list(spill)) {
                assertThat(left.toList()).as("spill files left").isEmpty();
            }
        }
    }

    private record Outcome(List<Decision> decisions, List<Reject> rejects, BatchSummary summary) {}
}
