package id.bansos.io;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import id.bansos.model.id.RegionCode;
import id.bansos.model.internal.Checks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Kemendagri region codes and their names, from a {@code code,name} CSV file taken from the
 * current Kepmendagri (for example Kepmendagri 300.2.2-2138/2025).
 *
 * <p>With a table, a household whose village code is not in it is rejected, and summaries show
 * names; without one, codes are checked for shape only. Codes may be written with or without dots;
 * a header row {@code code,name} (or {@code kode,nama}) is optional.
 */
public final class RegionTable {
    private final Map<RegionCode, String> names;

    private RegionTable(Map<RegionCode, String> names) {
        this.names = Collections.unmodifiableMap(names);
    }

    /**
     * Reads a region table.
     *
     * @param file the CSV file, not null
     * @return the table, not null
     * @throws IOException if the file cannot be read
     * @throws InputException if a row is not {@code code,name} with a valid code, or a code repeats
     */
    public static RegionTable read(Path file) throws IOException {
        Checks.notNull(file, "file");
        try (Reader reader = new BufferedReader(
                Utf8Input.reader(Files.newInputStream(file), file.getFileName().toString()))) {
            return read(reader, file.getFileName().toString());
        }
    }

    /**
     * Reads a region table from text.
     *
     * @param reader the CSV text, not null; not closed
     * @param source the name shown in errors, not null
     * @return the table, not null
     * @throws IOException if the text cannot be read
     * @throws InputException if a row is not {@code code,name} with a valid code, or a code repeats
     */
    public static RegionTable read(Reader reader, String source) throws IOException {
        Map<RegionCode, String> names = new TreeMap<>();
        CsvReader<CsvRecord> csv = CsvReader.builder()
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(reader);
        for (CsvRecord row : csv) {
            long line = row.getStartingLineNumber();
            String code = row.getFieldCount() > 0 ? row.getField(0).strip() : "";
            if (code.isEmpty() || (line == 1 && isHeader(code))) {
                continue;
            }
            if (row.getFieldCount() < 2 || row.getField(1).isBlank()) {
                throw new InputException(source, line, 0, null, "name", "a region row must be code,name");
            }
            RegionCode region;
            try {
                region = RegionCode.parse(code);
            } catch (IllegalArgumentException e) {
                throw new InputException(source, line, 1, null, "code", e.getMessage(), e);
            }
            if (names.put(region, row.getField(1).strip()) != null) {
                throw new InputException(source, line, 1, null, "code", "region code " + region + " appears twice");
            }
        }
        return new RegionTable(names);
    }

    private static boolean isHeader(String first) {
        String s = first.toLowerCase(Locale.ROOT).replace("\uFEFF", "");
        return s.equals("code") || s.equals("kode") || s.equals("kode_wilayah");
    }

    /**
     * Tells whether a code is in the table.
     *
     * @param code the code, not null
     * @return true if listed
     */
    public boolean contains(RegionCode code) {
        return names.containsKey(code);
    }

    /**
     * The name of a region.
     *
     * @param code the code, not null
     * @return the name, if listed
     */
    public Optional<String> name(RegionCode code) {
        return Optional.ofNullable(names.get(code));
    }

    /**
     * All regions, sorted by code.
     *
     * @return code to name, not null
     */
    public Map<RegionCode, String> names() {
        return names;
    }
}
