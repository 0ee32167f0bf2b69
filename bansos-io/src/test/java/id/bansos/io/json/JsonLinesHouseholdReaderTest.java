package id.bansos.io.json;

import static id.bansos.io.json.ReaderSupport.describe;
import static id.bansos.io.json.ReaderSupport.readJsonLines;
import static id.bansos.io.json.ReaderSupport.syntaxColumn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.HouseholdSource;
import id.bansos.io.InputException;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.io.SplitReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class JsonLinesHouseholdReaderTest {
    private static final String LINE = Fixtures.MINIMAL_LINE;
    private static final String FULL = Fixtures.golden("household.json").trim();

    /** A line whose person has a misspelt key; "birthdate" starts at column 93. */
    private static final String MISSPELT = LINE.replace("birth_date", "birthdate");

    @Test
    void read_givesEachHouseholdWithItsLine() throws IOException {
        List<HouseholdRecord> records = readJsonLines(LINE + "\n" + FULL + "\n");
        assertThat(records).hasSize(2);
        assertThat(((HouseholdRecord.Accepted) records.get(0)).household()).isEqualTo(Fixtures.minimalHousehold());
        assertThat(((HouseholdRecord.Accepted) records.get(1)).household()).isEqualTo(Fixtures.fullHousehold());
        assertThat(records).extracting(HouseholdRecord::line).containsExactly(1L, 2L);
    }

    @Test
    void read_emptyFile_hasNoRecords() throws IOException {
        assertThat(readJsonLines("")).isEmpty();
        assertThat(readJsonLines("\n \n\t\r\n")).isEmpty();
    }

    @Test
    void read_skipsBlankLinesButCountsThem() throws IOException {
        assertThat(describe(readJsonLines("\n" + LINE + "\n\n   \n" + LINE)))
                .containsExactly("2 KEL-0002", "5 KEL-0002");
    }

    @Test
    void read_crlfIsOneLineEnd() throws IOException {
        assertThat(describe(readJsonLines(LINE + "\r\n\r\n" + MISSPELT + "\r\n" + LINE + "\r\n")))
                .containsExactly(
                        "1 KEL-0002",
                        "h.jsonl:3:93: household KEL-0002: members[0].birthdate: unknown key \"birthdate\","
                                + " did you mean \"birth_date\"?",
                        "4 KEL-0002");
    }

    @Test
    void read_byteOrderMark_isNotCounted() throws IOException {
        assertThat(describe(readJsonLines("\uFEFF" + MISSPELT + "\n" + LINE)))
                .containsExactly(
                        "h.jsonl:1:93: household KEL-0002: members[0].birthdate: unknown key \"birthdate\","
                                + " did you mean \"birth_date\"?",
                        "2 KEL-0002");
    }

    @Test
    void read_badLine_isRejectedWithFieldAndLocation_andReadingGoesOn() throws IOException {
        List<HouseholdRecord> records = readJsonLines(LINE + "\n" + MISSPELT + "\n" + LINE + "\n");
        Reject reject = ((HouseholdRecord.Rejected) records.get(1)).reject();
        assertThat(reject.source()).isEqualTo("h.jsonl");
        assertThat(reject.line()).isEqualTo(2);
        assertThat(reject.column()).hasValue(93);
        assertThat(reject.householdId()).hasValue("KEL-0002");
        assertThat(reject.field()).hasValue("members[0].birthdate");
        assertThat(records.get(2)).isInstanceOf(HouseholdRecord.Accepted.class);
    }

    @Test
    void read_idAfterTheError_isStillNamed() throws IOException {
        String line = "{\"regoin\":\"52.08.01.2001\",\"id\":\"KEL-7\",\"members\":[]}";
        assertThat(describe(readJsonLines(line)))
                .containsExactly(
                        "h.jsonl:1:2: household KEL-7: regoin: unknown key \"regoin\", did you mean \"region\"?");
    }

    @Test
    void read_truncatedLine_isRejected_andReadingGoesOn() throws IOException {
        String truncated = LINE.substring(0, 60);
        List<String> records = describe(readJsonLines(truncated + "\n" + LINE));
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).startsWith("h.jsonl:1:61: malformed JSON: Unexpected end-of-input");
        assertThat(records.get(1)).isEqualTo("2 KEL-0002");
    }

    @Test
    void read_lineOver1MiB_isRejectedWithoutBeingRead_andReadingGoesOn() throws IOException {
        String name = "x".repeat(2 << 20);
        String huge = LINE.replace("\"sex\"", "\"name\":\"" + name + "\",\"sex\"");
        List<HouseholdRecord> records = readJsonLines(LINE + "\n" + huge + "\n" + LINE + "\n");
        assertThat(describe(records))
                .containsExactly("1 KEL-0002", "h.jsonl:2: record is larger than 1048576 bytes", "3 KEL-0002");
    }

    @Test
    void read_lineOfExactlyTheLimit_isRead_evenWithCrlf() throws IOException {
        int limit = LINE.length();
        ReadLimits limits = ReadLimits.builder().maxRecordBytes(limit).build();
        byte[] content = (LINE + "\r\n" + LINE + " \r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(describe(readJsonLines(content, limits)))
                .containsExactly("1 KEL-0002", "h.jsonl:2: record is larger than " + limit + " bytes");
    }

    @Test
    void read_deepNesting_isRejected_andReadingGoesOn() throws IOException {
        // Strictness stops it at the first level too many: a person must be an object.
        String deep = "{\"id\":\"KEL-9\",\"members\":" + "[".repeat(998) + "]".repeat(998) + "}";
        assertThat(describe(readJsonLines(deep + "\n" + LINE)))
                .containsExactly(
                        "h.jsonl:1:26: household KEL-9: members[0]: must be an object, got an array", "2 KEL-0002");
    }

    @Test
    void read_nestingBeyondTheHardLimit_isRejected_andReadingGoesOn() throws IOException {
        // Skipping the rest to look for the id meets Jackson's hard limit; the first error is reported.
        String deep = "{\"members\":" + "[".repeat(5000) + "]".repeat(5000) + ",\"id\":\"KEL-9\"}";
        assertThat(describe(readJsonLines(deep + "\n" + LINE)))
                .containsExactly("h.jsonl:1:13: members[0]: must be an object, got an array", "2 KEL-0002");
    }

    @Test
    void read_longString_isRejectedWithItsField() throws IOException {
        String line = LINE.replace("\"sex\"", "\"name\":\"" + "y".repeat(10_001) + "\",\"sex\"");
        assertThat(describe(readJsonLines(line)))
                .containsExactly("h.jsonl:1:87: household KEL-0002: members[0].name: string is longer than 10000"
                        + " characters");
    }

    @Test
    void read_longNumber_isRejectedWithItsField() throws IOException {
        String line = LINE.replace("\"region\"", "\"desil\":" + "1".repeat(33) + ",\"region\"");
        assertThat(describe(readJsonLines(line)))
                .containsExactly("h.jsonl:1:26: household KEL-0002: desil: number is longer than 32 characters");
    }

    @Test
    void read_moreMembersThanTheLimit_isRejected() throws IOException {
        ReadLimits limits = ReadLimits.builder().maxMembers(2).build();
        byte[] content = (FULL + "\n" + LINE).getBytes(StandardCharsets.UTF_8);
        assertThat(describe(readJsonLines(content, limits)))
                .containsExactly(
                        "h.jsonl:1:381: household KEL-0001: members: must hold 1 to 2 persons, got more than 2",
                        "2 KEL-0002");
    }

    @Test
    void read_notAnObject_isRejected() throws IOException {
        assertThat(describe(readJsonLines("[" + LINE + "]\n\"KEL-1\"\n42\nnull")))
                .containsExactly(
                        "h.jsonl:1:1: must be a household object, got an array",
                        "h.jsonl:2:1: must be a household object, got a string",
                        "h.jsonl:3:1: must be a household object, got an integer",
                        "h.jsonl:4:1: must be a household object, got null");
    }

    @Test
    void read_twoObjectsOnALine_isRejected() throws IOException {
        assertThat(describe(readJsonLines(LINE + " " + LINE)))
                .containsExactly("h.jsonl:1:144: household KEL-0002: unexpected content after the household object");
    }

    @Test
    void read_invalidUtf8_refusesTheWholeFileNamingTheLine() {
        byte[] line = LINE.replace("KEL-0002", "KEL-\u00e9").getBytes(StandardCharsets.UTF_8);
        // Cut the two-byte é in half by dropping its second byte.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int e9 = indexOf(line, (byte) 0xC3);
        out.write(line, 0, e9 + 1);
        out.write(line, e9 + 2, line.length - e9 - 2);
        out.write('\n');
        out.writeBytes(LINE.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> readJsonLines(out.toByteArray(), ReadLimits.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage("h.jsonl:1: is not valid UTF-8 (has byte 0xC3; perhaps Windows-1252 or another legacy"
                        + " encoding); save the file as UTF-8");
    }

    /**
     * Lines with NUL bytes, as text saved in UTF-16 or UTF-32 has them: each is one reject at its first
     * NUL, worded alike by both readers, and reading goes on. Jackson used to take such a line for
     * another encoding: the UTF-16LE copy of a household was read as that household, and a UTF-32
     * shape aborted the whole read with a CharConversionException.
     */
    @Test
    void read_linesWithNulBytes_areOneRejectEachAtTheFirstNul_inBothReaders() throws IOException {
        String ctrl = "malformed JSON: Illegal character ((CTRL-CHAR, code 0)): only regular white space"
                + " (\\r, \\n, \\t) is allowed between tokens";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((LINE + "\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(LINE.getBytes(StandardCharsets.UTF_16LE)); // '{' NUL '"' NUL ...
        out.write('\n');
        out.writeBytes(new byte[] {0, 0, 0, '{', '}', '\n'}); // UTF-32BE in shape
        out.writeBytes(new byte[] {0, '{', 0, 0, '}', '\n'}); // UCS-4 in the order 3412
        out.writeBytes("{\"id\":\"KEL-1\u0000\"}\n".getBytes(StandardCharsets.UTF_8));
        // A UTF-8 byte order mark at the start of a line is passed over and, as at the start of the file,
        // does not count towards columns.
        out.writeBytes(("\uFEFF" + LINE + "\n\uFEFF" + MISSPELT).getBytes(StandardCharsets.UTF_8));
        byte[] content = out.toByteArray();

        List<HouseholdRecord> read = readJsonLines(content, ReadLimits.defaults());

        // Jackson places a bad character between tokens just after it: the NUL at byte 2 of line 2 is
        // reported at column 3, the one at byte 1 of lines 3 and 4 at column 2.
        assertThat(describe(read))
                .containsExactly(
                        "1 KEL-0002",
                        "h.jsonl:2:3: " + ctrl,
                        "h.jsonl:3:2: " + ctrl,
                        "h.jsonl:4:2: " + ctrl,
                        // {"id":"KEL-1 is 12 bytes: the NUL inside the string is at column 13 (14 before
                        // Jackson 2.17, as the floor profile runs).
                        "h.jsonl:5:" + syntaxColumn(13, 14)
                                + ": malformed JSON: Illegal unquoted character ((CTRL-CHAR, code 0)): has to be"
                                + " escaped using backslash to be included in string value",
                        "6 KEL-0002",
                        "h.jsonl:7:93: household KEL-0002: members[0].birthdate: unknown key \"birthdate\","
                                + " did you mean \"birth_date\"?");
        for (int size : new int[] {1, 2, 3, 7}) {
            assertThat(readSplit(content, ReadLimits.defaults(), size))
                    .as("batches of %d", size)
                    .isEqualTo(read);
        }
    }

    @Test
    void read_neverShowsNikKkOrName_inAnyError() throws IOException {
        String nik = "5208011207850001";
        String kk = "5208011503180007";
        String name = "Ahmad Fauzi";
        String person = "{\"nik\":\"" + nik + "\",\"name\":\"" + name
                + "\",\"sex\":\"MALE\",\"birth_date\":\"1985-07-12\"," + "\"relationship\":\"HEAD\"}";
        String head = "{\"id\":\"KEL-1\",\"kk_number\":\"" + kk + "\",\"region\":\"52.08.01.2001\",\"members\":[";
        List<String> hostile = List.of(
                head + person.replace("1985-07-12", "1985-07-13") + "]}",
                head + person.replace("\"MALE\"", "\"" + name + "\"") + "]}",
                head + person.replace("\"HEAD\"", "\"" + nik + "\"") + "]}",
                head + person.replace("\"1985-07-12\"", "\"" + name + "\"") + "]}",
                head + person.replace("\"1985-07-12\"", "\"" + nik + "\"") + "]}",
                head + person.replace("\"name\"", "\"" + nik + "\"") + "]}",
                head + person.replace("\"name\"", "\"" + name + "\"") + "]}",
                head + person.replace("\"name\"", "\"Ahmad\"") + "]}",
                head + person.replace("\"" + name + "\"", name) + "]}",
                head + person.replace("\"" + nik + "\"", nik) + "]}",
                head + person.replace("\"" + nik + "\"", "\"" + nik + "x\"") + "]}",
                head + person.replace("\"" + nik + "\"", "\"" + name + "\"") + "]}",
                head.replace("\"52.08.01.2001\"", "\"" + name + "\"") + person + "]}",
                head.replace("\"52.08.01.2001\"", "\"" + nik + "\"") + person + "]}",
                head.replace("\"" + kk + "\"", "\"" + kk + "9\"") + person + "]}",
                head.replace("\"" + kk + "\"", "\"" + name + "\"") + person + "]}",
                head.replace("\"" + kk + "\"", kk) + person + "]}",
                head + person + ",\"" + name + "\"]}",
                head + person + "]," + nik + ":1}",
                head + person + "],\"desil\":" + nik + "}",
                head + person + "],\"desil\":\"" + name + "\"}",
                head + person.replace("\"" + name + "\"", "\"" + name + " ".repeat(10_000) + "\"") + "]}",
                head + person.substring(0, person.indexOf(name) + 5));
        List<HouseholdRecord> records = readJsonLines(String.join("\n", hostile));
        assertThat(records).hasSize(hostile.size()).allMatch(r -> r instanceof HouseholdRecord.Rejected);
        for (HouseholdRecord r : records) {
            assertThat(ReaderSupport.error(r))
                    .doesNotContain(nik)
                    .doesNotContain(nik.substring(6, 12))
                    .doesNotContain(kk)
                    .doesNotContain("Ahmad")
                    .doesNotContain("Fauzi");
        }
    }

    @Test
    void read_streamsALargeInput_oneLineAtATime() throws IOException {
        int count = 100_000;
        byte[] line = (LINE + "\n").getBytes(StandardCharsets.UTF_8);
        InputStream endless = new RepeatingInputStream(line, count);
        long accepted = 0;
        try (JsonLinesHouseholdReader reader =
                JsonLinesHouseholdReader.open(endless, "gen.jsonl", ReadLimits.defaults())) {
            for (Optional<HouseholdRecord> r = reader.read(); r.isPresent(); r = reader.read()) {
                assertThat(r.get()).isInstanceOf(HouseholdRecord.Accepted.class);
                accepted++;
            }
        }
        assertThat(accepted).isEqualTo(count);
    }

    @Test
    void open_withLinesBefore_numbersTheSplitsLinesAsInTheWholeFile() throws IOException {
        // A split that starts after 40 lines of the file: a blank line (41), a household ending in a
        // CRLF (42), a blank CRLF line (43), the misspelt key (44, column 93), a household (45).
        String split = "\n" + LINE + "\r\n\r\n" + MISSPELT + "\n" + LINE;
        List<HouseholdRecord> records = new ArrayList<>();
        try (JsonLinesHouseholdReader reader = JsonLinesHouseholdReader.open(
                new ByteArrayInputStream(split.getBytes(StandardCharsets.UTF_8)),
                "h.jsonl",
                ReadLimits.defaults(),
                40)) {
            for (Optional<HouseholdRecord> r = reader.read(); r.isPresent(); r = reader.read()) {
                records.add(r.get());
            }
        }

        assertThat(describe(records))
                .containsExactly(
                        "42 KEL-0002",
                        "h.jsonl:44:93: household KEL-0002: members[0].birthdate: unknown key \"birthdate\","
                                + " did you mean \"birth_date\"?",
                        "45 KEL-0002");
        assertThat(((HouseholdRecord.Rejected) records.get(1)).reject().line()).isEqualTo(44);
    }

    @Test
    void open_withNegativeLinesBefore_isRefused() {
        assertThatThrownBy(() -> JsonLinesHouseholdReader.open(
                        new ByteArrayInputStream(new byte[0]), "x", ReadLimits.defaults(), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("linesBefore must not be negative, got -1");
    }

    @Test
    void open_rejectsNulls() {
        assertThatThrownBy(() -> JsonLinesHouseholdReader.open(null, ReadLimits.defaults()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("source must not be null");
        assertThatThrownBy(() -> JsonLinesHouseholdReader.open(new ByteArrayInputStream(new byte[0]), "x", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("limits must not be null");
        assertThatThrownBy(() -> JsonLinesHouseholdReader.open(null, "x", ReadLimits.defaults()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("in must not be null");
    }

    @Test
    @Timeout(120)
    void randomByteMutations_giveOnlyHouseholdsOrRejects() {
        byte[] base = (LINE + "\n" + FULL + "\r\n\n" + MISSPELT + "\n" + LINE).getBytes(StandardCharsets.UTF_8);
        long lines = 5;
        qt().withFixedSeed(20_240_301L)
                .withExamples(400)
                .forAll(lists().of(integers().between(0, base.length * 256 - 1)).ofSizeBetween(1, 12))
                .checkAssert(mutations -> {
                    byte[] mutated = base.clone();
                    for (int m : mutations) {
                        mutated[m / 256] = (byte) (m % 256);
                    }
                    List<HouseholdRecord> records;
                    try {
                        records = readJsonLines(mutated, ReadLimits.defaults());
                    } catch (InputException e) {
                        // The one file error: a mutation made the bytes something other than UTF-8.
                        assertThat(e.getMessage()).containsAnyOf("not UTF-8", "not valid UTF-8");
                        return;
                    } catch (IOException e) {
                        throw new AssertionError("an in-memory read cannot fail", e);
                    }
                    // A mutation can turn a byte into LF and split a line, so at most one extra record per mutation.
                    assertThat((long) records.size()).isLessThanOrEqualTo(lines + mutations.size());
                    for (HouseholdRecord r : records) {
                        assertThat(r.line()).isBetween(1L, lines + mutations.size());
                    }
                });
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** A stream of one line repeated, never held in memory whole. */
    static final class RepeatingInputStream extends InputStream {
        private final byte[] line;
        private long remaining;
        private int pos;

        RepeatingInputStream(byte[] line, long times) {
            this.line = line;
            this.remaining = times * line.length;
        }

        @Override
        public int read() {
            if (remaining == 0) {
                return -1;
            }
            byte b = line[pos];
            pos = (pos + 1) % line.length;
            remaining--;
            return b & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            for (int i = 0; i < n; i++) {
                b[off + i] = line[pos];
                pos = pos + 1 == line.length ? 0 : pos + 1;
            }
            remaining -= n;
            return n;
        }
    }

    /** Every record of a split reader's batches, parsed in order. */
    private static List<HouseholdRecord> readSplit(byte[] content, ReadLimits limits, int maxRecords)
            throws IOException {
        List<HouseholdRecord> records = new ArrayList<>();
        try (SplitReader reader = JsonLinesHouseholdReader.openSplit(
                HouseholdSource.of("h.jsonl", HouseholdFormat.JSONL, content), limits)) {
            for (Optional<SplitReader.Batch> b = reader.next(maxRecords); b.isPresent(); b = reader.next(maxRecords)) {
                List<HouseholdRecord> batch = b.get().parse();
                assertThat(batch).isNotEmpty().hasSizeLessThanOrEqualTo(maxRecords);
                records.addAll(batch);
            }
        }
        return records;
    }

    @Test
    void openSplit_givesTheRecordsLinesAndRejectsOfRead_forAnyBatchSize() throws IOException {
        int limit = FULL.length();
        ReadLimits limits = ReadLimits.builder().maxRecordBytes(limit).build();
        String tooLong = LINE.replace("\"sex\"", "\"name\":\"" + "x".repeat(limit) + "\",\"sex\"");
        byte[] content = ("\uFEFF" + LINE + "\r\n\n  \n" + MISSPELT + "\n" + tooLong + "\n{\"id\":\n" + FULL
                        + "\r\n[1]\n" + LINE)
                .getBytes(StandardCharsets.UTF_8);
        List<String> expected = List.of(
                "1 KEL-0002",
                "h.jsonl:4:93: household KEL-0002: members[0].birthdate: unknown key \"birthdate\","
                        + " did you mean \"birth_date\"?",
                "h.jsonl:5: record is larger than " + limit + " bytes",
                "h.jsonl:6:7: malformed JSON: Unexpected end-of-input",
                "7 " + Fixtures.fullHousehold().id(),
                "h.jsonl:8:1: must be a household object, got an array",
                "9 KEL-0002");
        List<HouseholdRecord> read = readJsonLines(content, limits);
        List<String> described = describe(read);
        assertThat(described).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(described.get(i)).startsWith(expected.get(i));
        }
        for (int size : new int[] {1, 2, 3, 7, 512}) {
            assertThat(readSplit(content, limits, size))
                    .as("batches of %d", size)
                    .isEqualTo(read);
        }
    }

    @Test
    void openSplit_emptyFile_hasNoBatches() throws IOException {
        assertThat(readSplit("\n \n\t\r\n".getBytes(StandardCharsets.UTF_8), ReadLimits.defaults(), 4))
                .isEmpty();
    }

    @Test
    void openSplit_nullArguments_areRejected() {
        HouseholdSource source = HouseholdSource.of("h.jsonl", HouseholdFormat.JSONL, new byte[0]);
        assertThatThrownBy(() -> JsonLinesHouseholdReader.openSplit(null, ReadLimits.defaults()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("source must not be null");
        assertThatThrownBy(() -> JsonLinesHouseholdReader.openSplit(source, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("limits must not be null");
    }

    @Test
    void openSplit_maxRecordsBelowOne_isRejected() throws IOException {
        HouseholdSource source = HouseholdSource.of("h.jsonl", HouseholdFormat.JSONL, new byte[0]);
        try (SplitReader reader = JsonLinesHouseholdReader.openSplit(source, ReadLimits.defaults())) {
            assertThatThrownBy(() -> reader.next(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("maxRecords must be 1 or more, got 0");
        }
    }
}
