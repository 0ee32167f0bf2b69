package id.bansos.io;

import id.bansos.model.internal.Checks;
import java.io.IOException;

/**
 * Opens a {@link SplitReader} on a source, so that batch evaluation can read a file twice and parse
 * it on worker threads; for example {@code HouseholdReaders::openSplit}.
 */
@FunctionalInterface
public interface SplitReaderFactory {
    /**
     * Opens a split reader at the start of the source.
     *
     * @param source the source, not null
     * @param limits the per-record limits, not null
     * @return a new reader, not null; the caller closes it
     * @throws IOException if the source cannot be opened or read
     * @throws InputException if the file is ill-formed as a whole (such as a bad CSV header)
     */
    SplitReader open(HouseholdSource source, ReadLimits limits) throws IOException;

    /**
     * Adapts a factory of record-at-a-time readers with {@link SplitReader#of(HouseholdReader)}.
     *
     * @param factory the factory, not null
     * @return the split factory, not null
     * @throws NullPointerException if {@code factory} is null
     */
    static SplitReaderFactory of(ReaderFactory factory) {
        Checks.notNull(factory, "factory");
        return (source, limits) -> SplitReader.of(factory.open(source, limits));
    }
}
