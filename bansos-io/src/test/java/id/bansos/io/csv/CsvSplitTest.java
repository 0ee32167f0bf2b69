package id.bansos.io.csv;

import static id.bansos.io.csv.Rosters.ENGLISH;
import static id.bansos.io.csv.Rosters.H1_ROWS;
import static id.bansos.io.csv.Rosters.H2_ROWS;
import static id.bansos.io.csv.Rosters.HEADER;
import static id.bansos.io.csv.Rosters.readAll;
import static id.bansos.io.csv.Rosters.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdReaders;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.HouseholdSource;
import id.bansos.io.InputException;
import id.bansos.io.Masking;
import id.bansos.io.ReadLimits;
import id.bansos.io.SplitReader;
import id.bansos.model.Household;
import id.bansos.synthetic.SyntheticPopulation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link CsvHouseholdReader#openSplit}: the records of {@link CsvHouseholdReader#read()}, in batches. */
class CsvSplitTest {
    private static final String H1_FIRST = H1_ROWS.substring(0, H1_ROWS.indexOf('\n') + 1);

    private static final int[] SIZES = {1, 2, 7, 512};

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0xEF);
        bytes.write(0xBB);
        bytes.write(0xBF);
        bytes.writeBytes(utf8(text));
        return bytes.toByteArray();
    }

    /** The batches of a split reader, unparsed. */
    private static List<SplitReader.Batch> batches(HouseholdSource source, ReadLimits limits, int maxRecords)
            throws IOException {
        List<SplitReader.Batch> batches = new ArrayList<>();
        try (SplitReader reader = CsvHouseholdReader.openSplit(source, limits)) {
            for (Optional<SplitReader.Batch> b = reader.next(maxRecords); b.isPresent(); b = reader.next(maxRecords)) {
                batches.add(b.get());
            }
        }
        return batches;
    }

    /** Every record of a split reader, each batch parsed as soon as it is read. */
    private static List<HouseholdRecord> readSplit(HouseholdSource source, ReadLimits limits, int maxRecords) {
        List<HouseholdRecord> records = new ArrayList<>();
        try (SplitReader reader = CsvHouseholdReader.openSplit(source, limits)) {
            for (Optional<SplitReader.Batch> b = reader.next(maxRecords); b.isPresent(); b = reader.next(maxRecords)) {
                List<HouseholdRecord> batch = b.get().parse();
                assertThat(batch).isNotEmpty().hasSizeLessThanOrEqualTo(maxRecords);
                records.addAll(batch);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    /** Every record of batches read first, then parsed on other threads, the last batch first. */
    private static List<HouseholdRecord> readSplitBackwardsOnThreads(
            HouseholdSource source, ReadLimits limits, int maxRecords)
            throws IOException, InterruptedException, ExecutionException {
        List<SplitReader.Batch> batches = batches(source, limits, maxRecords);
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<HouseholdRecord>>> parsed = new ArrayList<>();
            for (int i = batches.size() - 1; i >= 0; i--) {
                parsed.add(0, workers.submit(batches.get(i)::parse));
            }
            List<HouseholdRecord> records = new ArrayList<>();
            for (Future<List<HouseholdRecord>> f : parsed) {
                records.addAll(f.get());
            }
            return records;
        } finally {
            workers.shutdownNow();
        }
    }

    /** The rosters of {@link CsvHouseholdReaderTest}, good and bad, with the limits they are read with. */
    static Stream<Arguments> rosters() {
        ReadLimits defaults = ReadLimits.defaults();
        List<Arguments> rosters = new ArrayList<>(List.of(
                Arguments.of("English", utf8(ENGLISH), defaults),
                Arguments.of("Indonesian with semicolons", utf8(Rosters.INDONESIAN), defaults),
                Arguments.of("CRLF and BOM", withBom(ENGLISH.replace("\n", "\r\n")), defaults),
                Arguments.of("only required columns, mixed languages", utf8("""
                             NIK , jenis_kelamin,birth_date,hubungan_keluarga,kode_wilayah,Household_ID
                             5208011205800001,L,1980-05-12,HEAD,5208012001,H9
                             """), defaults),
                Arguments.of(
                        "blank lines and rows of bare delimiters",
                        utf8("\n" + HEADER + "\n\n" + ",,,,,,,,,,,,,,,\n" + " , ,,,,,,,,,,,,,,\n" + H2_ROWS + "\n"
                                + ",,,\n" + H1_ROWS + "\n\n"),
                        defaults),
                Arguments.of("empty file", new byte[0], defaults),
                Arguments.of("header only", utf8(HEADER + "\r\n"), defaults),
                Arguments.of(
                        "household columns differ",
                        utf8(HEADER + "\n"
                                + H1_ROWS.replace("3,1500000,5208014703850002", "4,1500000,5208014703850002")
                                + H2_ROWS),
                        defaults),
                Arguments.of(
                        "bad cell in a later row",
                        utf8(HEADER + "\n" + H1_ROWS.replace("FEMALE,2015", "F,2015") + H2_ROWS),
                        defaults),
                Arguments.of(
                        "household rule broken",
                        utf8(HEADER + "\n" + H1_ROWS.replace(",HEAD,", ",OTHER,") + H2_ROWS),
                        defaults),
                Arguments.of(
                        "unquoted delimiter",
                        utf8(HEADER + "\n" + H1_ROWS.replace("\"Siti, Aminah\"", "Siti, Aminah") + H2_ROWS),
                        defaults),
                Arguments.of(
                        "row cut by a line break",
                        utf8(HEADER + "\n" + H1_FIRST.replace(",5208011205800001", "\n5208011205800001")
                                + H1_ROWS.substring(H1_FIRST.length()) + H2_ROWS),
                        defaults),
                Arguments.of(
                        "row without household id",
                        utf8(HEADER + "\n"
                                + H1_ROWS.replace(
                                        "H1,5208010101200001,52.08.01.2001,3,1500000,5208014703850002",
                                        ",5208010101200001,52.08.01.2001,3,1500000,5208014703850002")
                                + H2_ROWS),
                        defaults),
                Arguments.of(
                        "too many members",
                        utf8(HEADER + "\n" + H1_ROWS + H2_ROWS + H1_ROWS.replace("H1", "H3")),
                        ReadLimits.builder().maxMembers(2).build()),
                Arguments.of(
                        "household rows too long",
                        utf8(HEADER + "\n" + H2_ROWS + H2_ROWS.replace("H2", "H3") + H1_ROWS),
                        ReadLimits.builder().maxRecordBytes(274).build()),
                Arguments.of(
                        "value too long",
                        utf8(ENGLISH),
                        ReadLimits.builder().maxStringLength(12).build()),
                Arguments.of(
                        "character after a closing quote in the first row",
                        utf8(HEADER + "\n" + H1_FIRST.replace(",Budi Santoso,", ",\"Budi\" Santoso,") + H2_ROWS),
                        defaults),
                Arguments.of(
                        "quote never closed",
                        utf8(HEADER + "\n" + H1_ROWS
                                + H2_ROWS.replace("5208010101100006,,", "5208010101100006,\"Bayu,")),
                        defaults),
                Arguments.of(
                        "syntax error in a later row",
                        utf8(HEADER + "\n" + H1_ROWS.replace("\"Siti, Aminah\"", "\"Siti\" Aminah") + H2_ROWS),
                        defaults),
                Arguments.of(
                        "syntax error after a household",
                        utf8(HEADER + "\n" + H2_ROWS + H1_FIRST.replace(",Budi Santoso,", ",\"Budi\" Santoso,")),
                        defaults)));
        CsvHouseholdReaderTest.badCells()
                .map(Arguments::get)
                .forEach(a -> rosters.add(Arguments.of(
                        "bad cell " + a[1],
                        utf8(HEADER + "\n" + H1_FIRST.replace((String) a[0], (String) a[1])
                                + H1_ROWS.substring(H1_FIRST.length()) + H2_ROWS),
                        defaults)));
        return rosters.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rosters")
    void openSplit_givesTheRecordsLinesAndRejectsOfRead_forAnyBatchSize(
            String what, byte[] content, ReadLimits limits) {
        List<HouseholdRecord> read = readAll(source(content), limits);

        for (int size : SIZES) {
            assertThat(readSplit(source(content), limits, size))
                    .as("batches of %d", size)
                    .isEqualTo(read);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rosters")
    void openSplit_batchesParsedLastFirstOnOtherThreads_giveTheRecordsOfRead(
            String what, byte[] content, ReadLimits limits) throws Exception {
        List<HouseholdRecord> read = readAll(source(content), limits);

        for (int size : new int[] {1, 2}) {
            assertThat(readSplitBackwardsOnThreads(source(content), limits, size))
                    .as("batches of %d", size)
                    .isEqualTo(read);
        }
    }

    @Test
    void openSplit_badCellInALaterRow_givesTheRejectOfRead_forAnyBatchSize() {
        // Pins one case by hand, so that the differential tests cannot pass with read() broken alike.
        String text = HEADER + "\n" + H1_ROWS.replace("FEMALE,2015", "F,2015") + H2_ROWS;

        for (int size : SIZES) {
            List<HouseholdRecord> records = readSplit(source(text), ReadLimits.defaults(), size);

            assertThat(records).hasSize(2);
            assertThat(Rosters.rejectOf(records.get(0)).error())
                    .isEqualTo("roster.csv:2:8: household H1: sex: must be MALE, FEMALE, L or P, got \"F\""
                            + " (row at line 4)");
            assertThat(records.get(1)).isEqualTo(new HouseholdRecord.Accepted(Rosters.h2(), 6));
        }
    }

    @Test
    void splitReadsWhatReadReads_forMutatedRosters() {
        byte[] original = utf8(ENGLISH + H1_ROWS.replace("H1", "H3") + H2_ROWS.replace("H2", "H4"));
        qt().withFixedSeed(20261122L)
                .withExamples(500)
                .forAll(CsvHouseholdReaderTest.mutations(), integers().between(1, 4))
                .checkAssert((m, size) -> {
                    byte[] content = CsvHouseholdReaderTest.mutate(original, m);
                    List<HouseholdRecord> read;
                    try {
                        read = readAll(source(content), ReadLimits.defaults());
                    } catch (InputException e) {
                        assertThatThrownBy(() -> readSplit(source(content), ReadLimits.defaults(), size))
                                .isInstanceOf(InputException.class)
                                .hasMessage(e.getMessage());
                        return;
                    }
                    assertThat(readSplit(source(content), ReadLimits.defaults(), size))
                            .isEqualTo(read);
                });
    }

    /** A roster of households of {@code members} rows of 128 bytes each, line end included. */
    private static String roster(int households, int members) {
        StringBuilder text = new StringBuilder("household_id,region,nik,sex,birth_date,relationship\n");
        for (int h = 0; h < households; h++) {
            // "H001," (5) + 118 x + ",,,," (4) + "\n" (1) = 128.
            String row = String.format(Locale.ROOT, "H%03d,%s,,,,\n", h, "x".repeat(118));
            text.append(row.repeat(members));
        }
        return text.toString();
    }

    private static List<Integer> batchSizes(String text, int maxRecords) throws IOException {
        List<Integer> sizes = new ArrayList<>();
        for (SplitReader.Batch batch : batches(source(text), ReadLimits.defaults(), maxRecords)) {
            sizes.add(batch.parse().size());
        }
        return sizes;
    }

    @Test
    void openSplit_largeHouseholds_endABatchOnceItHolds256KiB() throws IOException {
        // 100 rows of 128 bytes are 12,800 bytes; 20 households hold 256,000 < 262,144, the 21st passes it.
        assertThat(batchSizes(roster(40, 100), 512)).containsExactly(21, 19);
    }

    @Test
    void openSplit_manyOneRowHouseholds_endABatchAt8192Rows() throws IOException {
        // Rows of 8 to 11 bytes: 8,192 of them hold less than 90 KiB, so the row bound ends the batch.
        StringBuilder text = new StringBuilder("household_id,region,nik,sex,birth_date,relationship\n");
        for (int h = 0; h < 9000; h++) {
            text.append('H').append(h).append(",,,,,\n");
        }

        assertThat(batchSizes(text.toString(), 10_000)).containsExactly(8192, 808);
    }

    @Test
    void openSplit_syntheticRoster_givesTheWrittenHouseholdsInBatchesParsedOnThreads() throws Exception {
        List<Household> households =
                SyntheticPopulation.builder().seed(42).build().stream(20_000).collect(Collectors.toList());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvHouseholdWriter writer = CsvHouseholdWriter.open(bytes, Masking.NONE)) {
            for (Household h : households) {
                writer.write(h);
            }
        }
        HouseholdSource source = source(bytes.toByteArray());

        List<HouseholdRecord> split = readSplitBackwardsOnThreads(source, ReadLimits.defaults(), 512);

        assertThat(split).isEqualTo(readAll(source, ReadLimits.defaults()));
        assertThat(split)
                .extracting(r -> ((HouseholdRecord.Accepted) r).household())
                .isEqualTo(households);
    }

    @Test
    void householdReadersOpenSplit_csv_givesTheRecordsOfRead() throws IOException {
        HouseholdSource source = HouseholdSource.of("roster.csv", HouseholdFormat.CSV, utf8(ENGLISH));
        List<HouseholdRecord> records = new ArrayList<>();
        try (SplitReader reader = HouseholdReaders.openSplit(source, ReadLimits.defaults())) {
            for (Optional<SplitReader.Batch> b = reader.next(1); b.isPresent(); b = reader.next(1)) {
                records.addAll(b.get().parse());
            }
        }

        assertThat(records)
                .containsExactly(
                        new HouseholdRecord.Accepted(Rosters.h1(), 2), new HouseholdRecord.Accepted(Rosters.h2(), 6));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("id.bansos.io.csv.CsvHouseholdReaderTest#badHeaders")
    void openSplit_badHeader_throwsAsOpenDoes(String header, String message) {
        assertThatThrownBy(() -> CsvHouseholdReader.openSplit(source(header + "\n" + H2_ROWS), ReadLimits.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage(message);
    }

    @Test
    void openSplit_nullArguments_throwNamingThem() {
        assertThatThrownBy(() -> CsvHouseholdReader.openSplit(null, ReadLimits.defaults()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("source must not be null");
        assertThatThrownBy(() -> CsvHouseholdReader.openSplit(source(ENGLISH), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("limits must not be null");
    }

    @Test
    void next_maxRecordsBelowOne_isRejected() throws IOException {
        try (SplitReader reader = CsvHouseholdReader.openSplit(source(ENGLISH), ReadLimits.defaults())) {
            assertThatThrownBy(() -> reader.next(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("maxRecords must be 1 or more, got 0");
        }
    }

    @Test
    void next_afterTheEnd_staysEmpty() throws IOException {
        try (SplitReader reader = CsvHouseholdReader.openSplit(source(ENGLISH), ReadLimits.defaults())) {
            assertThat(reader.next(512)).isPresent();
            assertThat(reader.next(512)).isEmpty();
            assertThat(reader.next(512)).isEmpty();
        }
    }
}
