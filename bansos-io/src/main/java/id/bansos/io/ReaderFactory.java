package id.bansos.io;

import java.io.IOException;

/**
 * Opens a {@link HouseholdReader} on a source, so that bansos-batch's {@code BatchReader} can read any format twice.
 *
 * <p>Example: {@code id.bansos.io.csv.CsvHouseholdReader::open}.
 */
@FunctionalInterface
public interface ReaderFactory {
    /**
     * Opens a reader at the start of the source.
     *
     * @param source the source, not null
     * @param limits the per-record limits, not null
     * @return a new reader, not null; the caller closes it
     * @throws IOException if the source cannot be opened or read
     * @throws InputException if the file is ill-formed as a whole (such as a bad CSV header)
     */
    HouseholdReader open(HouseholdSource source, ReadLimits limits) throws IOException;
}
