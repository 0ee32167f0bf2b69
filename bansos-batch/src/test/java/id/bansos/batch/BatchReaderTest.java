package id.bansos.batch;

import static id.bansos.io.csv.Rosters.H2_ROWS;
import static id.bansos.io.csv.Rosters.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdReader;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.HouseholdSource;
import id.bansos.io.InputException;
import id.bansos.io.ReadLimits;
import id.bansos.io.ReaderFactory;
import id.bansos.io.Reject;
import id.bansos.io.SplitReader;
import id.bansos.io.SplitReaderFactory;
import id.bansos.io.csv.CsvHouseholdReader;
import id.bansos.io.csv.Rosters;
import id.bansos.model.Household;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchReaderTest {
    private static final String H1_HEAD = Rosters.H1_ROWS.substring(0, Rosters.H1_ROWS.indexOf('\n') + 1);
    private static final String H1_REST = Rosters.H1_ROWS.substring(H1_HEAD.length());
    private static final HouseholdSource JSON = HouseholdSource.of("h.json", HouseholdFormat.JSON, new byte[0]);

    /** A reader over given records, standing in for any format. */
    private static final class ListReader implements HouseholdReader {
        private final Iterator<HouseholdRecord> records;

        ListReader(List<HouseholdRecord> records) {
            this.records = records.iterator();
        }

        @Override
        public Optional<HouseholdRecord> read() {
            return records.hasNext() ? Optional.of(records.next()) : Optional.empty();
        }

        @Override
        public void close() {}
    }

    private static HouseholdRecord accepted(String id, long line) {
        return new HouseholdRecord.Accepted(
                Household.builder().from(Rosters.h2()).id(id).build(), line);
    }

    private static HouseholdRecord rejected(String id, long line) {
        return new HouseholdRecord.Rejected(Reject.from(
                new InputException("h.json", line, 0, id, "desil", "must be between 1 and 10, got 11"), line));
    }

    private static List<HouseholdRecord> readAll(BatchReader reader) throws IOException {
        try (reader) {
            return Rosters.drain(reader);
        }
    }

    private static String error(HouseholdRecord record) {
        return Rosters.rejectOf(record).error();
    }

    @Test
    void read_csvHouseholdWhoseRowsAreNotContiguous_rejectsBothRecordsWithBothLines() throws IOException {
        String text = HEADER + "\n" + H1_HEAD + H2_ROWS + H1_REST.replaceFirst(",SPOUSE,", ",HEAD,");
        List<Household> visited = new ArrayList<>();

        BatchReader reader =
                BatchReader.open(Rosters.source(text), ReadLimits.defaults(), CsvHouseholdReader::open, visited::add);
        List<HouseholdRecord> records = readAll(reader);

        assertThat(records).hasSize(3);
        assertThat(error(records.get(0)))
                .isEqualTo("roster.csv:2: household H1: household_id: household id appears in 2 records, at lines 2,"
                        + " 6");
        assertThat(records.get(1)).isEqualTo(new HouseholdRecord.Accepted(Rosters.h2(), 3));
        assertThat(error(records.get(2)))
                .isEqualTo("roster.csv:6: household H1: household_id: household id appears in 2 records, at lines 2,"
                        + " 6");
        Reject reject = Rosters.rejectOf(records.get(2));
        assertThat(reject.householdId()).hasValue("H1");
        assertThat(reject.field()).hasValue("household_id");
        assertThat(reject.line()).isEqualTo(6);
        assertThat(reader.stats()).isEqualTo(new BatchReader.Stats(1, 2));
        assertThat(reader.stats().recordsRead()).isEqualTo(3);
        assertThat(reader.firstPassRecords()).isEqualTo(3);
        assertThat(visited).extracting(Household::id).containsExactly("H1", "H2", "H1");
        assertThat(reader.isRepeatedId("H1")).isTrue();
        assertThat(reader.isRepeatedId("H2")).isFalse();
    }

    @Test
    void read_repeatedIdOfARecordAlreadyRejected_keepsItsErrorAndAddsTheLines() throws IOException {
        String text = HEADER + "\n" + H1_HEAD + H2_ROWS + H1_REST;
        List<Household> visited = new ArrayList<>();

        List<HouseholdRecord> records = readAll(
                BatchReader.open(Rosters.source(text), ReadLimits.defaults(), CsvHouseholdReader::open, visited::add));

        assertThat(error(records.get(2)))
                .isEqualTo("roster.csv:6: household H1: members must include a HEAD; household id appears in 2"
                        + " records, at lines 2, 6");
        assertThat(Rosters.rejectOf(records.get(2)).field()).isEmpty();
        assertThat(visited).extracting(Household::id).containsExactly("H1", "H2");
    }

    @Test
    void read_anyFormat_rejectsEveryRecordOfARepeatedIdNamingTheIdField() throws IOException {
        List<HouseholdRecord> input = List.of(
                accepted("H1", 1),
                accepted("H2", 3),
                rejected("H1", 5),
                new HouseholdRecord.Rejected(Reject.from(new InputException("h.json", 7, 3, null, null, "bad"), 7)),
                accepted("H1", 9));

        BatchReader reader = BatchReader.open(JSON, ReadLimits.defaults(), (s, l) -> new ListReader(input));
        List<HouseholdRecord> records = readAll(reader);

        assertThat(error(records.get(0)))
                .isEqualTo("h.json:1: household H1: id: household id appears in 3 records, at lines 1, 5, 9");
        assertThat(records.get(1)).isEqualTo(input.get(1));
        assertThat(error(records.get(2)))
                .isEqualTo("h.json:5: household H1: desil: must be between 1 and 10, got 11; household id appears in"
                        + " 3 records, at lines 1, 5, 9");
        assertThat(records.get(3)).isEqualTo(input.get(3));
        assertThat(error(records.get(4)))
                .isEqualTo("h.json:9: household H1: id: household id appears in 3 records, at lines 1, 5, 9");
        assertThat(reader.stats()).isEqualTo(new BatchReader.Stats(1, 4));
    }

    @Test
    void read_inputThatChangedBetweenPasses_fails() throws IOException {
        AtomicInteger opened = new AtomicInteger();
        List<HouseholdRecord> two = List.of(accepted("H1", 1), accepted("H2", 2));
        ReaderFactory shrinking = (s, l) -> new ListReader(opened.getAndIncrement() == 0 ? two : two.subList(0, 1));
        ReaderFactory growing = (s, l) -> new ListReader(
                opened.getAndIncrement() == 2 ? two : List.of(accepted("H1", 1), accepted("H2", 2), accepted("H3", 3)));

        try (BatchReader reader = BatchReader.open(JSON, ReadLimits.defaults(), shrinking)) {
            reader.read();
            assertThatThrownBy(reader::read)
                    .isInstanceOf(IOException.class)
                    .hasMessage("h.json: the input changed between the two passes: 2 records in the first, 1 in the"
                            + " second");
        }
        try (BatchReader reader = BatchReader.open(JSON, ReadLimits.defaults(), growing)) {
            reader.read();
            reader.read();
            assertThatThrownBy(reader::read)
                    .isInstanceOf(IOException.class)
                    .hasMessage("h.json: the input changed between the two passes: 2 records in the first, more in"
                            + " the second");
        }
    }

    @Test
    void open_badHeader_throwsTheInputException() {
        assertThatThrownBy(() -> BatchReader.open(
                        Rosters.source("household_id,nik\n"), ReadLimits.defaults(), CsvHouseholdReader::open))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("roster.csv:1: missing required columns");
    }

    @Test
    void open_emptyFile_hasNoRecords() throws IOException {
        BatchReader reader = BatchReader.open(Rosters.source(""), ReadLimits.defaults(), CsvHouseholdReader::open);

        assertThat(readAll(reader)).isEmpty();
        assertThat(reader.stats()).isEqualTo(new BatchReader.Stats(0, 0));
    }

    @Test
    void repeatedDetail_showsAtMostTwentyLines() {
        long[] lines = new long[25];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = 10L * (i + 1);
        }

        assertThat(BatchReader.repeatedDetail(lines))
                .isEqualTo("household id appears in 25 records, at lines 10, 20, 30, 40, 50, 60, 70, 80, 90, 100,"
                        + " 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, …");
    }

    @Test
    void stats_rejectNegativeCountsAndAddUp() {
        assertThat(new BatchReader.Stats(3, 4).recordsRead()).isEqualTo(7);
        assertThatThrownBy(() -> new BatchReader.Stats(-1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("accepted must not be negative, got -1");
        assertThatThrownBy(() -> new BatchReader.Stats(0, -2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rejected must not be negative, got -2");
    }

    @Test
    void open_nullArguments_throwNamingThem() throws IOException {
        ReaderFactory factory = (s, l) -> new ListReader(List.of());
        assertThatThrownBy(() -> BatchReader.open(null, ReadLimits.defaults(), factory))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("source must not be null");
        assertThatThrownBy(() -> BatchReader.open(JSON, null, factory))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("limits must not be null");
        assertThatThrownBy(() -> BatchReader.open(JSON, ReadLimits.defaults(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("factory must not be null");
        assertThatThrownBy(() -> BatchReader.open(JSON, ReadLimits.defaults(), factory, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("firstPassVisitor must not be null");
        try (BatchReader reader = BatchReader.open(JSON, ReadLimits.defaults(), factory)) {
            assertThatThrownBy(() -> reader.isRepeatedId(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("householdId must not be null");
        }
    }

    /** The second pass of a split reader, parsed batch by batch and admitted in order. */
    private static List<HouseholdRecord> readBatches(BatchReader reader, int size) throws IOException {
        List<HouseholdRecord> records = new ArrayList<>();
        try (reader) {
            for (Optional<SplitReader.Batch> b = reader.nextBatch(size); b.isPresent(); b = reader.nextBatch(size)) {
                for (HouseholdRecord r : b.get().parse()) {
                    records.add(reader.admit(r));
                }
            }
            reader.checkEnd();
        }
        return records;
    }

    @Test
    void openSplit_onWorkers_givesTheSameRecordsVisitsAndRepeatedIdsAsOpen() throws IOException {
        List<HouseholdRecord> input = List.of(
                accepted("H1", 1),
                accepted("H2", 3),
                rejected("H1", 5),
                new HouseholdRecord.Rejected(Reject.from(new InputException("h.json", 7, 3, null, null, "bad"), 7)),
                accepted("H1", 9),
                accepted("H3", 10));
        ReaderFactory list = (s, l) -> new ListReader(input);
        List<Household> visitedBefore = new ArrayList<>();
        List<HouseholdRecord> expected =
                readAll(BatchReader.open(JSON, ReadLimits.defaults(), list, visitedBefore::add));
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            // With a budget of 48 bytes the id index spills a run at every second record: same result.
            IndexMemory tiny = IndexMemory.builder().bytesPerTable(48).build();
            for (int size : new int[] {1, 2, 4, 100}) {
                List<Household> visited = new ArrayList<>();
                BatchReader reader = BatchReader.open(
                        JSON,
                        ReadLimits.defaults(),
                        SplitReaderFactory.of(list),
                        visited::add,
                        workers,
                        size,
                        2,
                        size == 4 ? tiny : IndexMemory.defaults());
                assertThat(reader.firstPassRecords()).isEqualTo(6);
                assertThat(reader.isRepeatedId("H1")).isTrue();
                assertThat(reader.isRepeatedId("H3")).isFalse();
                assertThat(readBatches(reader, size)).as("batches of %d", size).isEqualTo(expected);
                assertThat(reader.stats()).isEqualTo(new BatchReader.Stats(2, 4));
                assertThat(visited).isEqualTo(visitedBefore);
            }
        } finally {
            workers.shutdownNow();
        }
        assertThat(visitedBefore).extracting(Household::id).containsExactly("H1", "H2", "H1", "H3");
    }

    @Test
    void admit_moreRecordsThanTheFirstPass_fails_andCheckEnd_fewerRecords_fails() throws IOException {
        ExecutorService workers = Executors.newSingleThreadExecutor();
        List<HouseholdRecord> two = List.of(accepted("H1", 1), accepted("H2", 2));
        try (BatchReader reader = BatchReader.open(
                JSON,
                ReadLimits.defaults(),
                SplitReaderFactory.of((s, l) -> new ListReader(two)),
                h -> {},
                workers,
                8,
                1,
                IndexMemory.defaults())) {
            reader.admit(two.get(0));
            assertThatThrownBy(reader::checkEnd)
                    .isInstanceOf(IOException.class)
                    .hasMessage("h.json: the input changed between the two passes: 2 records in the first, 1 in the"
                            + " second");
            reader.admit(two.get(1));
            reader.checkEnd();
            assertThatThrownBy(() -> reader.admit(accepted("H3", 3)))
                    .isInstanceOf(IOException.class)
                    .hasMessage("h.json: the input changed between the two passes: 2 records in the first, more in"
                            + " the second");
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void openSplit_badArguments_areRejected() {
        ExecutorService workers = Executors.newSingleThreadExecutor();
        SplitReaderFactory none = SplitReaderFactory.of((s, l) -> new ListReader(List.of()));
        try {
            assertThatThrownBy(() -> BatchReader.open(
                            JSON, ReadLimits.defaults(), none, h -> {}, null, 1, 1, IndexMemory.defaults()))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("workers must not be null");
            assertThatThrownBy(() -> BatchReader.open(
                            JSON, ReadLimits.defaults(), none, h -> {}, workers, 0, 1, IndexMemory.defaults()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("batchSize must be 1 or more, got 0");
            assertThatThrownBy(() -> BatchReader.open(
                            JSON, ReadLimits.defaults(), none, h -> {}, workers, 1, 0, IndexMemory.defaults()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("inFlight must be 1 or more, got 0");
            assertThatThrownBy(() -> BatchReader.open(JSON, ReadLimits.defaults(), none, h -> {}, workers, 1, 1, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("memory must not be null");
        } finally {
            workers.shutdownNow();
        }
    }
}
