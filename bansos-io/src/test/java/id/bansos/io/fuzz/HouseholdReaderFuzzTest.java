package id.bansos.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdReader;
import id.bansos.io.HouseholdReaders;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.HouseholdSource;
import id.bansos.io.InputException;
import id.bansos.io.Masking;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.io.SplitReader;
import id.bansos.io.csv.CsvHouseholdWriter;
import id.bansos.io.csv.Rosters;
import id.bansos.io.json.HouseholdWriter;
import id.bansos.io.json.JsonLinesRecordReader;
import id.bansos.io.yaml.ParameterFileReader;
import id.bansos.model.Household;
import id.bansos.model.lifecycle.CommitmentRecord;
import id.bansos.model.lifecycle.Observation;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Enrollment;
import id.bansos.synthetic.SyntheticPopulation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input for the readers of bansos-io: mutants of valid files (see {@link Mutator}) give only
 * households and rejects, or the documented {@link InputException} for a whole-file problem; every
 * reject names its source and line; no message holds a NIK, KK number or name of the seed; the plain
 * and the split reader give the same records. {@code -Dbansos.fuzz.mutants=10000} for the long run.
 */
class HouseholdReaderFuzzTest {
    private static final ReadLimits LIMITS = ReadLimits.defaults();
    private static final List<Household> SYNTHETIC =
            SyntheticPopulation.builder().seed(13).build().stream(12).toList();

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> householdFiles() throws IOException {
        byte[] jsonl = jsonLines(SYNTHETIC);
        String lines = new String(jsonl, StandardCharsets.UTF_8).strip();
        byte[] array = ("[\n" + lines.replace("\n", ",\n") + "\n]\n").getBytes(StandardCharsets.UTF_8);
        byte[] wrapped = ("{\"schema_version\": 1, \"households\": [" + lines.replace("\n", ",\n") + "]}")
                .getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                households("households.jsonl", 1301, jsonl, HouseholdFormat.JSONL, Mutator.Dialect.JSONL),
                households("households.json", 1302, array, HouseholdFormat.JSON, Mutator.Dialect.JSON),
                households("wrapped.json", 1303, wrapped, HouseholdFormat.JSON, Mutator.Dialect.JSON),
                households("roster.csv", 1304, csv(SYNTHETIC), HouseholdFormat.CSV, Mutator.Dialect.CSV),
                households(
                        "roster-id.csv",
                        1305,
                        Rosters.INDONESIAN.getBytes(StandardCharsets.UTF_8),
                        HouseholdFormat.CSV,
                        Mutator.Dialect.CSV));
    }

    @TestFactory
    Stream<DynamicTest> lifecycleFiles() throws IOException {
        return Stream.of(
                lifecycle(
                        "enrollments.jsonl",
                        1311,
                        Enrollment.class,
                        "golden/enrollment.json",
                        "golden/enrollment-active.json",
                        "schema/valid/enrollment-district-exit.json",
                        "schema/valid/enrollment-suspended.json"),
                lifecycle(
                        "commitments.jsonl",
                        1312,
                        CommitmentRecord.class,
                        "golden/commitment.json",
                        "schema/valid/commitment-every-kind.json",
                        "schema/valid/commitment-p2k2-without-member.json"),
                lifecycle(
                        "observations.jsonl",
                        1313,
                        Observation.class,
                        "golden/observation.json",
                        "golden/observation-minimal.json",
                        "schema/valid/observation-every-finding.json",
                        "schema/valid/observation-statement-only.json"));
    }

    @TestFactory
    Stream<DynamicTest> parameterFiles() throws IOException {
        Map<String, Class<?>> keys = new LinkedHashMap<>();
        keys.put("pkh.max_component_persons", Integer.class);
        keys.put("pkh.index.SD", Rupiah.class);
        keys.put("district.flag", Boolean.class);
        keys.put("district.label", String.class);
        keys.put("district.rate", java.math.BigDecimal.class);
        ParameterFileReader reader = ParameterFileReader.forKeys(keys);
        byte[] seed = """
                # A district's parameters, every type.
                schema_version: 1
                parameters:
                  pkh.max_component_persons:
                    type: integer
                    values:
                      - from: 2024-01-01
                        value: 3
                        legal_basis: {instrument: Perbup Contoh, number: "7", year: 2023, note: "[P] example"}
                      - from: 2025-01-01
                        value: none
                        legal_basis: {instrument: Perbup Contoh, number: "8", year: 2024}
                  pkh.index.SD:
                    type: rupiah
                    values:
                      - from: 2019-01-01
                        value: 900000
                        legal_basis:
                          instrument: Kepdirjen Linjamsos
                          article: Pasal 3
                  district.flag:
                    type: boolean
                    values:
                      - {from: 2024-01-01, value: true, legal_basis: {instrument: Perbup}}
                  district.label:
                    type: string
                    values:
                      - {from: 2024-01-01, value: "Lombok Utara", legal_basis: {instrument: Perbup}}
                  district.rate:
                    type: decimal
                    values:
                      - {from: 2024-01-01, value: 0.25, legal_basis: {instrument: Perbup}}
                """.getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read(write(seed)).keys()).hasSize(5);
        return Stream.of(dynamicTest(
                "parameters.yaml",
                () -> Fuzz.run("parameters.yaml", 1321, seed, Mutator.Dialect.YAML, (mutant, index) -> {
                    Path file = write(mutant);
                    try {
                        reader.read(file);
                    } catch (InputException e) {
                        // The whole file is refused: named, with a line where the mistake has one.
                        assertThat(e.getMessage()).startsWith(file + ":");
                    }
                })));
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = dir.resolve("parameters.yaml");
        Files.write(file, bytes);
        return file;
    }

    private static DynamicTest households(
            String name, long seed, byte[] file, HouseholdFormat format, Mutator.Dialect dialect) {
        return dynamicTest(name, () -> {
            List<HouseholdRecord> valid = readPlain(HouseholdSource.of(name, format, file));
            assertThat(valid).isNotEmpty().allMatch(r -> r instanceof HouseholdRecord.Accepted);
            PersonalData personal = PersonalData.of(valid.stream()
                    .map(r -> ((HouseholdRecord.Accepted) r).household())
                    .toList());
            assertThat(personal.size()).isGreaterThan(valid.size());
            Fuzz.run(name, seed, file, dialect, (mutant, index) -> {
                HouseholdSource source = HouseholdSource.of(name, format, mutant);
                Optional<List<HouseholdRecord>> plain = read(source, personal, false);
                Optional<List<HouseholdRecord>> split = read(source, personal, true);
                assertThat(split).as("split reader").isEqualTo(plain);
            });
        });
    }

    /** Reads with the plain or the split reader; empty if the file was refused as a whole. */
    private static Optional<List<HouseholdRecord>> read(HouseholdSource source, PersonalData personal, boolean split)
            throws IOException {
        List<HouseholdRecord> records;
        try {
            records = split ? readSplit(source) : readPlain(source);
        } catch (InputException e) {
            // The documented whole-file error: located at the source, no personal data.
            assertThat(e.getMessage()).startsWith(source.name() + ":");
            checkPersonal(personal, e.getMessage(), Optional.empty());
            return Optional.empty();
        }
        long previous = 0;
        for (HouseholdRecord r : records) {
            assertThat(r.line()).as("line").isGreaterThanOrEqualTo(Math.max(1, previous));
            previous = r.line();
            if (r instanceof HouseholdRecord.Rejected rejected) {
                Reject reject = rejected.reject();
                assertThat(reject.source()).isEqualTo(source.name());
                assertThat(reject.error()).startsWith(source.name() + ":");
                assertLocatedAtFile(reject.error(), source.name());
                checkPersonal(personal, reject.error(), reject.householdId());
            }
        }
        return Optional.of(records);
    }

    private static void assertLocatedAtFile(String message, String source) {
        assertThat(message).startsWith(source + ":");
        assertThat(message.substring(source.length() + 1))
                .as("a line after the source")
                .matches(Pattern.compile("[1-9][0-9]*(:[1-9][0-9]*)?: .*", Pattern.DOTALL));
    }

    static void checkPersonal(PersonalData personal, String message, Optional<String> householdId) {
        Optional<String> found = personal.foundIn(message, householdId);
        if (found.isPresent()) {
            throw new AssertionError("message holds personal data \"" + found.get() + "\": " + message);
        }
    }

    private static List<HouseholdRecord> readPlain(HouseholdSource source) throws IOException {
        List<HouseholdRecord> records = new ArrayList<>();
        try (HouseholdReader reader = HouseholdReaders.open(source, LIMITS)) {
            for (Optional<HouseholdRecord> r = reader.read(); r.isPresent(); r = reader.read()) {
                records.add(r.get());
            }
        }
        return records;
    }

    private static List<HouseholdRecord> readSplit(HouseholdSource source) throws IOException {
        List<HouseholdRecord> records = new ArrayList<>();
        try (SplitReader reader = HouseholdReaders.openSplit(source, LIMITS)) {
            for (Optional<SplitReader.Batch> b = reader.next(3); b.isPresent(); b = reader.next(3)) {
                records.addAll(b.get().parse());
            }
        }
        return records;
    }

    private static <T> DynamicTest lifecycle(String name, long seed, Class<T> type, String... resources)
            throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        for (String resource : resources) {
            try (InputStream in = HouseholdReaderFuzzTest.class.getResourceAsStream("/" + resource)) {
                sb.append(mapper.readTree(in).toString()).append('\n');
            }
        }
        byte[] file = sb.toString().getBytes(StandardCharsets.UTF_8);
        return dynamicTest(name, () -> {
            assertThat(readLifecycle(name, type, file))
                    .hasSize(resources.length)
                    .allMatch(l -> l instanceof JsonLinesRecordReader.Line.Accepted);
            Fuzz.run(name, seed, file, Mutator.Dialect.JSONL, (mutant, index) -> {
                List<JsonLinesRecordReader.Line<T>> lines;
                try {
                    lines = readLifecycle(name, type, mutant);
                } catch (InputException e) {
                    // A file in another encoding than UTF-8 is refused as a whole, named.
                    assertThat(e.getMessage()).startsWith(name + ":").contains("UTF-8");
                    return;
                }
                long previous = 0;
                for (JsonLinesRecordReader.Line<T> line : lines) {
                    assertThat(line.line()).isGreaterThan(previous);
                    previous = line.line();
                    if (line instanceof JsonLinesRecordReader.Line.Rejected<T> rejected) {
                        assertThat(rejected.reject().source()).isEqualTo(name);
                        assertThat(rejected.reject().line()).isEqualTo(line.line());
                        assertLocatedAtFile(rejected.reject().error(), name);
                    }
                }
            });
        });
    }

    private static <T> List<JsonLinesRecordReader.Line<T>> readLifecycle(String name, Class<T> type, byte[] bytes)
            throws IOException {
        List<JsonLinesRecordReader.Line<T>> lines = new ArrayList<>();
        try (JsonLinesRecordReader<T> reader =
                JsonLinesRecordReader.open(new ByteArrayInputStream(bytes), name, type, LIMITS)) {
            for (var l = reader.read(); l.isPresent(); l = reader.read()) {
                lines.add(l.get());
            }
        }
        return lines;
    }

    private static byte[] jsonLines(List<Household> households) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HouseholdWriter w = HouseholdWriter.of(out, Masking.NONE)) {
            for (Household h : households) {
                w.write(h);
            }
        }
        return out.toByteArray();
    }

    private static byte[] csv(List<Household> households) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvHouseholdWriter w = CsvHouseholdWriter.open(out, Masking.NONE)) {
            for (Household h : households) {
                w.write(h);
            }
        }
        return out.toByteArray();
    }
}
