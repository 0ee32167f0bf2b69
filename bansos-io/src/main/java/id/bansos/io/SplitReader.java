package id.bansos.io;

import id.bansos.model.internal.Checks;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads a household file as batches of whole records whose parsing can run on other threads: the
 * reading thread only finds where records begin and end, and each {@link Batch} parses its records
 * when asked, on whatever thread asks.
 *
 * <p>The records, their order, line numbers and rejects are those a {@link HouseholdReader} of the
 * same format gives. A format that cannot be split this way is adapted with {@link
 * #of(HouseholdReader)}, which parses on the reading thread.
 *
 * <p>Example: {@code try (SplitReader r = HouseholdReaders.openSplit(source, limits)) { for (var b =
 * r.next(512); b.isPresent(); b = r.next(512)) { pool.submit(b.get()::parse); } }}.
 *
 * <p>Not thread-safe; the batches it returns are independent of it and of each other.
 */
public interface SplitReader extends Closeable {
    /**
     * Reads the next batch of records, unparsed.
     *
     * @param maxRecords the most records in the batch, 1 or more; a batch may hold fewer (at the end,
     *     or to keep its bytes bounded), never none
     * @return the next batch, or empty at the end
     * @throws IOException if the input cannot be read
     * @throws InputException if the file is ill-formed as a whole (such as a bad CSV header)
     */
    Optional<Batch> next(int maxRecords) throws IOException;

    /**
     * Records read from the input but not yet parsed; parsing needs nothing from the reader.
     */
    @FunctionalInterface
    interface Batch {
        /**
         * Parses the batch's records.
         *
         * @return the records in input order, not null, never empty
         * @throws IOException if parsing fails as a whole
         */
        List<HouseholdRecord> parse() throws IOException;
    }

    /**
     * Returns a reader whose batches also run a function over each parsed record, such as a check
     * that turns some accepted records into rejects.
     *
     * @param map maps each record, in its batch's thread, not null, thread-safe
     * @return the mapping reader, not null; closing it closes this one
     * @throws NullPointerException if {@code map} is null
     */
    default SplitReader mapped(UnaryOperator<HouseholdRecord> map) {
        Checks.notNull(map, "map");
        SplitReader inner = this;
        return new SplitReader() {
            @Override
            public Optional<Batch> next(int maxRecords) throws IOException {
                Optional<Batch> next = inner.next(maxRecords);
                if (next.isEmpty()) {
                    return next;
                }
                Batch batch = next.get();
                return Optional.of(() -> {
                    List<HouseholdRecord> records = new ArrayList<>(batch.parse());
                    records.replaceAll(map);
                    return records;
                });
            }

            @Override
            public void close() throws IOException {
                inner.close();
            }
        };
    }

    /**
     * Adapts a record-at-a-time reader: each batch is read and parsed by {@link #next(int)} itself.
     *
     * @param reader the reader, not null; closed by the adapter's {@code close}
     * @return the adapter, not null
     * @throws NullPointerException if {@code reader} is null
     */
    static SplitReader of(HouseholdReader reader) {
        Checks.notNull(reader, "reader");
        return new SplitReader() {
            @Override
            public Optional<Batch> next(int maxRecords) throws IOException {
                Checks.check(maxRecords >= 1, "maxRecords", "must be 1 or more", maxRecords);
                List<HouseholdRecord> records = new ArrayList<>(Math.min(maxRecords, 1024));
                for (Optional<HouseholdRecord> r = reader.read(); r.isPresent(); r = reader.read()) {
                    records.add(r.get());
                    if (records.size() == maxRecords) {
                        break;
                    }
                }
                if (records.isEmpty()) {
                    return Optional.empty();
                }
                List<HouseholdRecord> parsed = List.copyOf(records);
                return Optional.of(() -> parsed);
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }
}
