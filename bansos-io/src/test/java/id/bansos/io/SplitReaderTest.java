package id.bansos.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.io.csv.Rosters;
import id.bansos.model.Household;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SplitReaderTest {
    private static HouseholdRecord accepted(String id, long line) {
        return new HouseholdRecord.Accepted(
                Household.builder().from(Rosters.h2()).id(id).build(), line);
    }

    /** A reader over given records that remembers being closed. */
    private static final class ListReader implements HouseholdReader {
        private final Iterator<HouseholdRecord> records;
        final AtomicBoolean closed = new AtomicBoolean();

        ListReader(List<HouseholdRecord> records) {
            this.records = records.iterator();
        }

        @Override
        public Optional<HouseholdRecord> read() {
            return records.hasNext() ? Optional.of(records.next()) : Optional.empty();
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    private static List<List<HouseholdRecord>> batches(SplitReader reader, int size) throws IOException {
        List<List<HouseholdRecord>> batches = new ArrayList<>();
        for (Optional<SplitReader.Batch> b = reader.next(size); b.isPresent(); b = reader.next(size)) {
            batches.add(b.get().parse());
        }
        return batches;
    }

    @Test
    void of_givesTheReadersRecordsInBatchesOfAtMostTheSize_andClosesIt() throws IOException {
        List<HouseholdRecord> five =
                List.of(accepted("A", 1), accepted("B", 2), accepted("C", 3), accepted("D", 4), accepted("E", 5));
        ListReader inner = new ListReader(five);
        try (SplitReader reader = SplitReader.of(inner)) {
            assertThat(batches(reader, 2)).containsExactly(five.subList(0, 2), five.subList(2, 4), five.subList(4, 5));
        }
        assertThat(inner.closed).isTrue();
    }

    @Test
    void mapped_runsTheFunctionOverEveryRecordOfEveryBatch() throws IOException {
        List<HouseholdRecord> three = List.of(accepted("A", 1), accepted("B", 2), accepted("C", 3));
        HouseholdRecord rejected = new HouseholdRecord.Rejected(
                Reject.from(new InputException("h.json", 2, 0, "B", "region", "not in the table"), 2));
        ListReader inner = new ListReader(three);
        try (SplitReader reader = SplitReader.of(inner).mapped(r -> r.line() == 2 ? rejected : r)) {
            assertThat(batches(reader, 2)).containsExactly(List.of(three.get(0), rejected), List.of(three.get(2)));
        }
        assertThat(inner.closed).isTrue();
    }

    @Test
    void nullArguments_andSizeBelowOne_areRejected() throws IOException {
        assertThatThrownBy(() -> SplitReader.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("reader must not be null");
        assertThatThrownBy(() -> SplitReaderFactory.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("factory must not be null");
        try (SplitReader reader = SplitReader.of(new ListReader(List.of()))) {
            assertThatThrownBy(() -> reader.mapped(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("map must not be null");
            assertThatThrownBy(() -> reader.next(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("maxRecords must be 1 or more, got 0");
            assertThat(reader.next(1)).isEmpty();
        }
    }
}
