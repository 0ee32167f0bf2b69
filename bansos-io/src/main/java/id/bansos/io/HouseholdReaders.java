package id.bansos.io;

import id.bansos.io.csv.CsvHouseholdReader;
import id.bansos.io.json.JsonHouseholdReader;
import id.bansos.io.json.JsonLinesHouseholdReader;
import id.bansos.model.internal.Checks;
import java.io.IOException;

/** Opens the right {@link HouseholdReader} for a source's format. */
public final class HouseholdReaders {
    private HouseholdReaders() {}

    /**
     * Opens a source with the default limits.
     *
     * @param source the source, not null
     * @return a reader of its records, which the caller closes
     * @throws IOException if the source cannot be opened
     */
    public static HouseholdReader open(HouseholdSource source) throws IOException {
        return open(source, ReadLimits.defaults());
    }

    /**
     * Opens a source.
     *
     * @param source the source, not null
     * @param limits the per-record limits, not null
     * @return a reader of its records, which the caller closes
     * @throws IOException if the source cannot be opened
     * @throws InputException if a CSV file has a bad header
     */
    public static HouseholdReader open(HouseholdSource source, ReadLimits limits) throws IOException {
        Checks.notNull(source, "source");
        Checks.notNull(limits, "limits");
        return switch (source.format()) {
            case JSON -> JsonHouseholdReader.open(source, limits);
            case JSONL -> JsonLinesHouseholdReader.open(source, limits);
            case CSV -> CsvHouseholdReader.open(source, limits);
            default -> throw new IllegalArgumentException("format has no reader, got " + source.format());
        };
    }

    /**
     * Opens a source for reading in batches that are parsed where they are used (see {@link
     * SplitReader}): JSON Lines are split at line ends and parsed by each batch; CSV rows are
     * tokenised and grouped into households by the reading thread and their cells converted by each
     * batch; JSON is read and parsed by the reading thread, as {@link #open(HouseholdSource,
     * ReadLimits)} does.
     *
     * @param source the source, not null
     * @param limits the per-record limits, not null
     * @return a split reader of its records, which the caller closes
     * @throws NullPointerException if an argument is null
     * @throws IOException if the source cannot be opened
     * @throws InputException if the file is ill-formed as a whole (such as a bad CSV header)
     */
    public static SplitReader openSplit(HouseholdSource source, ReadLimits limits) throws IOException {
        Checks.notNull(source, "source");
        Checks.notNull(limits, "limits");
        return switch (source.format()) {
            case JSONL -> JsonLinesHouseholdReader.openSplit(source, limits);
            case CSV -> CsvHouseholdReader.openSplit(source, limits);
            default -> SplitReader.of(open(source, limits));
        };
    }
}
