package id.bansos.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * Streams the records of one household file, one household at a time, in file order.
 *
 * <p>A bad record does not stop the read: it comes out as a {@link HouseholdRecord.Rejected} and
 * reading goes on with the next record (except after a syntax error inside a JSON array, which
 * ends the read). Memory does not grow with the file. Not thread-safe.
 */
public interface HouseholdReader extends Closeable {
    /**
     * Reads the next record.
     *
     * @return the next record, or empty at the end of the input
     * @throws IOException if the input cannot be read (not for bad content, which is a reject)
     */
    Optional<HouseholdRecord> read() throws IOException;
}
