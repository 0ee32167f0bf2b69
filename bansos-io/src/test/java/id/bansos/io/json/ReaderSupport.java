package id.bansos.io.json;

import com.fasterxml.jackson.core.json.PackageVersion;
import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdReader;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.HouseholdSource;
import id.bansos.io.ReadLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads whole test inputs with either reader. */
final class ReaderSupport {
    private ReaderSupport() {}

    /**
     * The column Jackson gives a syntax error: before 2.17 (the floor profile runs 2.15) many were
     * one column right of the offending character, an unrecognized token one past its end
     * (jackson-core issues 1173 and 1180).
     *
     * @param current the column on Jackson 2.17 and later
     * @param before217 the column on older Jackson
     * @return the column for the running Jackson
     */
    static int syntaxColumn(int current, int before217) {
        return PackageVersion.VERSION.getMinorVersion() < 17 ? before217 : current;
    }

    static List<HouseholdRecord> readJsonLines(String content) throws IOException {
        return readJsonLines(content.getBytes(StandardCharsets.UTF_8), ReadLimits.defaults());
    }

    static List<HouseholdRecord> readJsonLines(byte[] content, ReadLimits limits) throws IOException {
        try (HouseholdReader reader =
                JsonLinesHouseholdReader.open(HouseholdSource.of("h.jsonl", HouseholdFormat.JSONL, content), limits)) {
            return readAll(reader);
        }
    }

    static List<HouseholdRecord> readJson(String content) throws IOException {
        return readJson(content.getBytes(StandardCharsets.UTF_8), ReadLimits.defaults());
    }

    static List<HouseholdRecord> readJson(byte[] content, ReadLimits limits) throws IOException {
        try (HouseholdReader reader =
                JsonHouseholdReader.open(HouseholdSource.of("h.json", HouseholdFormat.JSON, content), limits)) {
            return readAll(reader);
        }
    }

    static List<HouseholdRecord> readAll(HouseholdReader reader) throws IOException {
        List<HouseholdRecord> records = new ArrayList<>();
        for (Optional<HouseholdRecord> r = reader.read(); r.isPresent(); r = reader.read()) {
            records.add(r.get());
        }
        // Once at the end, a reader stays there.
        if (reader.read().isPresent()) {
            throw new AssertionError("read() gave a record after the end");
        }
        return records;
    }

    static String error(HouseholdRecord record) {
        if (!(record instanceof HouseholdRecord.Rejected rejected)) {
            throw new AssertionError("expected a reject, got " + record);
        }
        return rejected.reject().error();
    }

    static List<String> describe(List<HouseholdRecord> records) {
        List<String> out = new ArrayList<>();
        for (HouseholdRecord r : records) {
            if (r instanceof HouseholdRecord.Accepted accepted) {
                out.add(r.line() + " " + accepted.household().id());
            } else {
                out.add(error(r));
            }
        }
        return out;
    }
}
