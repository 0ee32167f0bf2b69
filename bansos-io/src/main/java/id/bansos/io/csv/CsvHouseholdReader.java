package id.bansos.io.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import id.bansos.io.HouseholdReader;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.HouseholdSource;
import id.bansos.io.InputException;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.io.SplitReader;
import id.bansos.io.Utf8Input;
import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.id.KkNumber;
import id.bansos.model.id.RegionCode;
import id.bansos.model.internal.Checks;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Program;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Streams households out of a CSV roster: one row per person, the household columns repeated on
 * every row, consecutive rows with the same {@code household_id} forming one household.
 *
 * <p>The header names the columns, in English or Indonesian, mixed freely and in any order, matched
 * after trimming and lower-casing: {@code household_id} ({@code id_keluarga}), {@code kk_number}
 * ({@code no_kk}), {@code region} ({@code kode_wilayah}), {@code desil}, {@code monthly_income}
 * ({@code penghasilan_bulanan}), {@code nik}, {@code name} ({@code nama}), {@code sex}
 * ({@code jenis_kelamin}), {@code birth_date} ({@code tanggal_lahir}), {@code relationship}
 * ({@code hubungan_keluarga}), {@code pregnant} ({@code hamil}), {@code postpartum} ({@code nifas}),
 * {@code school_level} ({@code jenjang_sekolah}), {@code severe_disability}
 * ({@code disabilitas_berat}), {@code occupation} ({@code pekerjaan}), {@code deceased}
 * ({@code meninggal}). Those without a default (household_id, region, nik, sex, birth_date,
 * relationship) are required. The delimiter is {@code ;} if the header line holds more semicolons
 * than commas, else {@code ,}. A bad header (missing, unknown or repeated column) is an
 * {@link InputException} thrown by {@link #open}: no row could be read right.
 *
 * <p>Values are taken as written (no trimming): sex {@code MALE}/{@code FEMALE} or {@code L}/{@code P};
 * relationship codes or {@code KEPALA_KELUARGA}, {@code ISTRI}, {@code SUAMI}, {@code ANAK},
 * {@code CUCU}, {@code ORANG_TUA}, {@code MERTUA}, {@code MENANTU}, {@code FAMILI_LAIN},
 * {@code LAINNYA}; booleans {@code true}/{@code false}, {@code ya}/{@code tidak}, {@code 1}/{@code 0} or
 * empty (false); codes and booleans ignore case, and a space in a code reads as {@code _}; dates
 * {@code YYYY-MM-DD} only; desil 1–10 or empty; monthly income whole Rupiah or empty.
 *
 * <p>One bad row rejects its whole household, since dropping a row could hide an exclusion; so does
 * a household column (kk_number, region, desil, monthly_income) that differs between the rows of a
 * household. A reject's line is the household's first row; when the fault is on a later row the
 * detail ends with {@code (row at line N)}; the column is the 1-based position in the header. No
 * message holds a NIK, KK number or name: values are quoted only when they cannot be one, and a
 * household id is shown only if a row of the right width carries it, or a row whose region cell
 * still holds a village code (the first part of a row cut by a stray line break). A household cut
 * that way comes out as two records with the same id, which bansos-batch's {@code BatchReader}
 * rejects both of.
 *
 * <p>Limits ({@link ReadLimits}) apply per household: its rows' bytes (UTF-8, counting quotes,
 * delimiters and one byte per line end), its members, and the length of each value. Rows past a
 * limit are counted but not kept, so memory stays flat whatever the file. A CSV syntax error
 * (a character after a closing quote, a quote never closed, a field longer than the record limit)
 * leaves the tokenizer unable to find the next row: it rejects the household being read and ends
 * the read.
 *
 * <p>Lines are physical lines from 1; a UTF-8 byte order mark does not count, CRLF is one line end,
 * and a quoted value with line breaks spans lines. Bytes that are not UTF-8 read as U+FFFD. Rows whose
 * cells are all blank are skipped like empty lines. Not thread-safe; {@link #openSplit} reads the
 * same records in batches that can be built on other threads.
 */
public final class CsvHouseholdReader implements HouseholdReader {
    /** How far into the file to look for the header line when choosing the delimiter. */
    private static final int HEADER_PEEK = 1 << 16;

    /** The most header cells kept. */
    private static final int MAX_HEADER_CELLS = 256;

    /** The longest header cell kept, whatever the string limit of values. */
    private static final int MAX_HEADER_CELL_LENGTH = 256;

    /**
     * A batch of {@link #openSplit} ends once its kept rows hold this many bytes, as the JSON Lines
     * batches do, so that batches of large households stay bounded.
     */
    private static final int BATCH_BYTES = 256 * 1024;

    /** A batch also ends at this many kept rows, which bounds the rows of short ones. */
    private static final int BATCH_ROWS = 8 * 1024;

    private final ReadLimits limits;
    private final CsvReader<Row> csv;
    private final CloseableIterator<Row> rows;
    private final RowHandler handler;
    private final CsvHeader header;

    /** Builds households out of the groups; null if the file has no header, and so no rows. */
    private final Households households;

    private Row pending;
    private boolean ended;

    private CsvHouseholdReader(
            String source,
            ReadLimits limits,
            CsvReader<Row> csv,
            CloseableIterator<Row> rows,
            RowHandler handler,
            CsvHeader header) {
        this.limits = limits;
        this.csv = csv;
        this.rows = rows;
        this.handler = handler;
        this.header = header;
        this.households = header == null ? null : new Households(source, limits, header);
        this.ended = header == null;
    }

    /**
     * Opens a roster and reads its header; an empty file (or one of blank lines) has no records.
     *
     * @param source the source, not null
     * @param limits the per-household limits, not null
     * @return a reader, not null; the caller closes it
     * @throws NullPointerException if an argument is null
     * @throws IOException if the source cannot be opened or read
     * @throws InputException if the header is ill-formed: a required column missing, an unknown or
     *     repeated column, or a syntax error in the header line
     */
    public static CsvHouseholdReader open(HouseholdSource source, ReadLimits limits) throws IOException {
        Checks.notNull(source, "source");
        Checks.notNull(limits, "limits");
        String name = source.name();
        InputStream in = Utf8Input.checked(source.open(), name);
        try {
            BufferedReader text = new BufferedReader(
                    new InputStreamReader(skipBom(new BufferedInputStream(in)), StandardCharsets.UTF_8));
            char delimiter = detectDelimiter(text);
            RowHandler handler = new RowHandler(MAX_HEADER_CELL_LENGTH, MAX_HEADER_CELLS);
            CsvReader<Row> csv = CsvReader.builder()
                    .fieldSeparator(delimiter)
                    .quoteCharacter('"')
                    .commentStrategy(CommentStrategy.NONE)
                    .skipEmptyLines(true)
                    .allowUnclosedQuote(false)
                    .trimWhitespacesAroundQuotes(false)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .detectBomHeader(false)
                    .maxBufferSize(bufferSize(limits))
                    .build(handler, text);
            CloseableIterator<Row> rows = csv.iterator();
            Row first = next(rows, handler, limits);
            if (first == null) {
                return new CsvHouseholdReader(name, limits, csv, rows, handler, null);
            }
            if (first.isFatal()) {
                throw new InputException(name, first.line(), 0, null, null, "header line: " + first.fatal());
            }
            CsvHeader header = CsvHeader.parse(name, first.line(), Arrays.asList(first.keptFields()));
            if (first.fieldCount() > MAX_HEADER_CELLS) {
                throw new InputException(
                        name, first.line(), 0, null, null, "header has more than " + MAX_HEADER_CELLS + " columns");
            }
            handler.limit(limits.maxStringLength(), header.size() + 1);
            return new CsvHouseholdReader(name, limits, csv, rows, handler, header);
        } catch (IOException | RuntimeException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Opens a roster for reading in batches that are parsed where they are used, with the records,
     * lines and rejects of {@link #read()}: the reading thread only tokenises the rows and groups them
     * into households, with the per-household limits and the syntax error that ends the read; each
     * batch converts the cells and builds the households of its groups, on whatever thread parses it.
     *
     * <p>A batch holds at most {@code maxRecords} households, and fewer once its rows hold 256 KiB or
     * 8,192 rows, so that batches of large households stay bounded.
     *
     * @param source the source, not null
     * @param limits the per-household limits, not null
     * @return the split reader, not null; the caller closes it, which closes the file
     * @throws NullPointerException if an argument is null
     * @throws IOException if the source cannot be opened or read
     * @throws InputException if the header is ill-formed, as for {@link #open}
     */
    public static SplitReader openSplit(HouseholdSource source, ReadLimits limits) throws IOException {
        return new Splitter(open(source, limits));
    }

    /** A field may be as long as a whole record; beyond that the tokenizer gives up. */
    private static int bufferSize(ReadLimits limits) {
        return (int) Math.max(HEADER_PEEK, Math.min(Integer.MAX_VALUE - 16L, limits.maxRecordBytes() + 16L));
    }

    private static InputStream skipBom(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (head.length < 3 || (head[0] & 0xFF) != 0xEF || (head[1] & 0xFF) != 0xBB || (head[2] & 0xFF) != 0xBF) {
            in.reset();
        }
        return in;
    }

    /** Counts {@code ;} and {@code ,} on the first non-empty line; more semicolons means {@code ;}. */
    private static char detectDelimiter(BufferedReader text) throws IOException {
        text.mark(HEADER_PEEK);
        int commas = 0;
        int semicolons = 0;
        boolean started = false;
        for (int i = 0; i < HEADER_PEEK - 1; i++) {
            int c = text.read();
            if (c < 0) {
                break;
            }
            if (c == '\r' || c == '\n') {
                if (started) {
                    break;
                }
                continue;
            }
            started = true;
            if (c == ',') {
                commas++;
            } else if (c == ';') {
                semicolons++;
            }
        }
        text.reset();
        return semicolons > commas ? ';' : ',';
    }

    /** The next row, a fatal row for a syntax error (after which there are no more), or null at the end. */
    private static Row next(CloseableIterator<Row> rows, RowHandler handler, ReadLimits limits) throws IOException {
        try {
            return rows.hasNext() ? rows.next() : null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            return Row.fatal(handler.line(), describe(e, limits));
        }
    }

    /** FastCSV's messages, reworded so that they quote no character of the data. */
    private static String describe(CsvParseException e, ReadLimits limits) {
        String message = Objects.requireNonNullElse(e.getMessage(), "");
        String what;
        if (message.startsWith("Unexpected character after closing quote")) {
            what = "a character follows a closing quote (a quote inside a value must be doubled)";
        } else if (message.startsWith("Unclosed quoted field")) {
            what = "a quoted value is not closed before the end of the file";
        } else if (message.startsWith("The maximum buffer size")) {
            what = "a value is longer than " + limits.maxRecordBytes() + " characters (a quote not closed?)";
        } else {
            what = "the CSV is malformed";
        }
        return what + "; reading stopped";
    }

    /**
     * Reads the next household, or the reject of its rows.
     *
     * @return the next record, or empty at the end of the file
     * @throws IOException if the input cannot be read
     */
    @Override
    public Optional<HouseholdRecord> read() throws IOException {
        Group group = nextGroup();
        return group == null ? Optional.empty() : Optional.of(households.build(group));
    }

    /**
     * Reads the rows of the next household, applying what depends on the stream: where the household
     * ends, its row and byte limits, whether its id may be shown, and a syntax error that ends the read.
     */
    private Group nextGroup() throws IOException {
        Row first = pending;
        pending = null;
        if (first == null) {
            first = nextRow();
        }
        if (first == null) {
            return null;
        }
        if (first.isFatal()) {
            return Group.syntaxError(first);
        }
        Group group = new Group(id(first), first.line());
        add(group, first);
        while (true) {
            Row row = nextRow();
            if (row == null) {
                break;
            }
            if (row.isFatal()) {
                group.fatal = row;
                break;
            }
            if (group.id == null || !group.id.equals(id(row))) {
                pending = row;
                break;
            }
            add(group, row);
        }
        return group;
    }

    private void add(Group group, Row row) {
        group.add(row, limits, group.id != null && (row.fieldCount() == header.size() || regionIntact(row)));
    }

    private Row nextRow() throws IOException {
        if (ended) {
            return null;
        }
        Row row = next(rows, handler, limits);
        if (row == null || row.isFatal()) {
            ended = true;
        }
        return row;
    }

    /** The household id a row names, or null if it names none: each such row is a household of its own. */
    private String id(Row row) {
        String id = row.field(header.index(CsvColumn.HOUSEHOLD_ID));
        return id == null || id.isEmpty() ? null : CsvText.restore(id);
    }

    /**
     * Tells whether a row of the wrong width still has its leading columns in place, judged by its
     * region cell holding a village code. A row cut in two by a stray line break keeps them in its
     * first part, so its household id is real; the second part starts with whatever followed the
     * break (often a NIK or a name) in the id column, and its region cell holds no region.
     */
    private boolean regionIntact(Row row) {
        String region = row.field(header.index(CsvColumn.REGION));
        if (region == null) {
            return false;
        }
        try {
            return CsvValues.region(region) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The rows of one household, kept while within the limits, and counted beyond; or a syntax error
     * met before any row. Once read it is never changed, so it can be built on any thread.
     */
    private static final class Group {
        /** The household id, or null if the first row names none. */
        final String id;

        final long line;
        final List<Row> rows = new ArrayList<>();

        /** The rows read, kept or not; 0 only for a syntax error met before any row. */
        long rowCount;

        /** The UTF-8 bytes of the rows read, kept or not. */
        long bytes;

        /** The UTF-8 bytes of the rows kept, which bound what the group holds. */
        long keptBytes;

        boolean idShown;

        /** The syntax error that ended the read, or null. */
        Row fatal;

        Group(String id, long line) {
            this.id = id;
            this.line = line;
        }

        static Group syntaxError(Row fatal) {
            Group group = new Group(null, fatal.line());
            group.fatal = fatal;
            return group;
        }

        void add(Row row, ReadLimits limits, boolean showsId) {
            rowCount++;
            bytes += row.bytes();
            idShown |= showsId;
            if (rowCount <= limits.maxMembers() && bytes <= limits.maxRecordBytes()) {
                rows.add(row);
                keptBytes += row.bytes();
            }
        }
    }

    /**
     * Builds households out of groups of rows: cell conversion, the household-column checks and the
     * rejects. Holds nothing that changes, so one instance serves every thread.
     */
    private static final class Households {
        private final String source;
        private final ReadLimits limits;
        private final CsvHeader header;

        Households(String source, ReadLimits limits, CsvHeader header) {
            this.source = source;
            this.limits = limits;
            this.header = header;
        }

        HouseholdRecord build(Group group) {
            if (group.rowCount == 0) {
                return reject(group.line, 0, null, null, group.fatal.fatal());
            }
            String id = group.idShown ? group.id : null;
            if (group.fatal != null) {
                return reject(group.line, 0, id, null, group.fatal.fatal() + " (at line " + group.fatal.line() + ")");
            }
            if (group.bytes > limits.maxRecordBytes()) {
                return reject(
                        group.line,
                        0,
                        id,
                        null,
                        "household rows take " + group.bytes + " bytes, more than the limit of "
                                + limits.maxRecordBytes());
            }
            if (group.rowCount > limits.maxMembers()) {
                return reject(
                        group.line,
                        0,
                        id,
                        null,
                        "household has " + group.rowCount + " rows, more than the limit of " + limits.maxMembers()
                                + " members");
            }
            HouseholdColumns columns = null;
            Row columnsRow = null;
            List<Person> members = new ArrayList<>(group.rows.size());
            for (Row row : group.rows) {
                String at = row.line() == group.line ? "" : " (row at line " + row.line() + ")";
                if (row.fieldCount() != header.size()) {
                    return reject(
                            group.line,
                            0,
                            id,
                            null,
                            "row has " + row.fieldCount() + " fields, but the header has " + header.size()
                                    + " (a delimiter inside a value that is not quoted?)" + at);
                }
                if (row.tooLongField() >= 0) {
                    CsvColumn column = columnAt(row.tooLongField());
                    return reject(
                            group.line,
                            row.tooLongField() + 1,
                            id,
                            column == null ? null : header.name(column),
                            "is longer than " + limits.maxStringLength() + " characters" + at);
                }
                try {
                    HouseholdColumns these = HouseholdColumns.read(row, this);
                    if (columns == null) {
                        columns = these;
                        columnsRow = row;
                    } else {
                        CsvColumn differing = columns.differing(these);
                        if (differing != null) {
                            throw new CellException(
                                    differing,
                                    "must be the same on every row of a household, but line " + row.line()
                                            + " differs from line " + columnsRow.line(),
                                    false);
                        }
                    }
                    members.add(person(row));
                } catch (CellException e) {
                    return reject(
                            group.line,
                            e.column == null ? 0 : header.index(e.column) + 1,
                            id,
                            e.column == null ? null : header.name(e.column),
                            e.getMessage() + (e.sameRowOnly ? at : ""));
                }
            }
            try {
                Household household = Household.builder()
                        .id(group.id)
                        .kkNumber(columns.kkNumber)
                        .region(columns.region)
                        .desil(columns.desil)
                        .monthlyIncome(columns.monthlyIncome)
                        .receives(columns.receives)
                        .members(members)
                        .build();
                return new HouseholdRecord.Accepted(household, group.line);
            } catch (IllegalArgumentException e) {
                return reject(group.line, 0, id, null, e.getMessage());
            }
        }

        private CsvColumn columnAt(int index) {
            for (CsvColumn c : CsvColumn.values()) {
                if (header.index(c) == index) {
                    return c;
                }
            }
            return null;
        }

        private Person person(Row row) {
            Person.Builder person = Person.builder();
            person.nik(cell(row, CsvColumn.NIK, CsvValues::nik));
            person.name(cell(row, CsvColumn.NAME, CsvValues::name));
            person.sex(cell(row, CsvColumn.SEX, CsvValues::sex));
            person.birthDate(cell(row, CsvColumn.BIRTH_DATE, CsvValues::date));
            person.relationship(cell(row, CsvColumn.RELATIONSHIP, CsvValues::relationship));
            person.pregnant(cell(row, CsvColumn.PREGNANT, CsvValues::bool));
            person.postpartum(cell(row, CsvColumn.POSTPARTUM, CsvValues::bool));
            person.schoolLevel(cell(row, CsvColumn.SCHOOL_LEVEL, CsvValues::schoolLevel));
            person.severeDisability(cell(row, CsvColumn.SEVERE_DISABILITY, CsvValues::bool));
            person.occupation(cell(row, CsvColumn.OCCUPATION, CsvValues::occupation));
            person.deceased(cell(row, CsvColumn.DECEASED, CsvValues::bool));
            person.pregnancyOrder(cell(row, CsvColumn.PREGNANCY_ORDER, CsvValues::pregnancyOrder));
            try {
                return person.build();
            } catch (IllegalArgumentException e) {
                // Person's messages start with the field: "nik does not agree with birth_date and sex".
                String message = e.getMessage();
                int space = message.indexOf(' ');
                CsvColumn column = space > 0 ? CsvColumn.byName(message.substring(0, space)) : null;
                throw new CellException(column, column == null ? message : message.substring(space + 1));
            }
        }

        /** Reads a cell with a parser; an absent optional column reads as an empty cell. */
        <T> T cell(Row row, CsvColumn column, Function<String, T> parser) {
            int index = header.index(column);
            String value = index < 0 ? "" : row.field(index);
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                throw new CellException(column, e.getMessage());
            }
        }

        private HouseholdRecord reject(long line, int column, String id, String field, String detail) {
            return new HouseholdRecord.Rejected(
                    Reject.from(new InputException(source, line, column, id, field, detail), line));
        }
    }

    /**
     * Closes the file.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        try {
            rows.close();
        } finally {
            csv.close();
        }
    }

    /** Splits the rows into batches of households, built by each batch. */
    private static final class Splitter implements SplitReader {
        private final CsvHouseholdReader reader;

        Splitter(CsvHouseholdReader reader) {
            this.reader = reader;
        }

        @Override
        public Optional<Batch> next(int maxRecords) throws IOException {
            Checks.check(maxRecords >= 1, "maxRecords", "must be 1 or more", maxRecords);
            List<Group> groups = new ArrayList<>(Math.min(maxRecords, 1024));
            long bytes = 0;
            long rows = 0;
            while (groups.size() < maxRecords && bytes < BATCH_BYTES && rows < BATCH_ROWS) {
                Group group = reader.nextGroup();
                if (group == null) {
                    break;
                }
                groups.add(group);
                bytes += group.keptBytes;
                rows += group.rows.size();
            }
            if (groups.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new GroupBatch(reader.households, groups));
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** Households read but not yet built; it shares nothing that changes with the reader. */
    private static final class GroupBatch implements SplitReader.Batch {
        private final Households households;
        private final List<Group> groups;

        GroupBatch(Households households, List<Group> groups) {
            this.households = households;
            this.groups = groups;
        }

        @Override
        public List<HouseholdRecord> parse() {
            List<HouseholdRecord> records = new ArrayList<>(groups.size());
            for (Group group : groups) {
                records.add(households.build(group));
            }
            return records;
        }
    }

    /** A bad cell; the message is the detail without the column name. */
    private static final class CellException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The column, or null if the fault is not in one cell. */
        final CsvColumn column;

        final boolean sameRowOnly;

        CellException(CsvColumn column, String detail) {
            this(column, detail, true);
        }

        CellException(CsvColumn column, String detail, boolean sameRowOnly) {
            super(detail, null, false, false);
            this.column = column;
            this.sameRowOnly = sameRowOnly;
        }
    }

    /** The household columns of one row, compared between the rows of a household. */
    private static final class HouseholdColumns {
        final Optional<KkNumber> kkNumber;
        final RegionCode region;
        final OptionalInt desil;
        final Optional<Rupiah> monthlyIncome;
        final List<Program> receives;

        private HouseholdColumns(
                Optional<KkNumber> kkNumber,
                RegionCode region,
                OptionalInt desil,
                Optional<Rupiah> monthlyIncome,
                List<Program> receives) {
            this.kkNumber = kkNumber;
            this.region = region;
            this.desil = desil;
            this.monthlyIncome = monthlyIncome;
            this.receives = receives;
        }

        static HouseholdColumns read(Row row, Households households) {
            households.cell(row, CsvColumn.HOUSEHOLD_ID, CsvValues::required);
            return new HouseholdColumns(
                    households.cell(row, CsvColumn.KK_NUMBER, CsvValues::kkNumber),
                    households.cell(row, CsvColumn.REGION, CsvValues::region),
                    households.cell(row, CsvColumn.DESIL, CsvValues::desil),
                    households.cell(row, CsvColumn.MONTHLY_INCOME, CsvValues::monthlyIncome),
                    households.cell(row, CsvColumn.RECEIVES, CsvValues::receives));
        }

        /** The first column whose value differs, or null if all agree. */
        CsvColumn differing(HouseholdColumns other) {
            if (!kkNumber.equals(other.kkNumber)) {
                return CsvColumn.KK_NUMBER;
            }
            if (!region.equals(other.region)) {
                return CsvColumn.REGION;
            }
            if (!desil.equals(other.desil)) {
                return CsvColumn.DESIL;
            }
            if (!monthlyIncome.equals(other.monthlyIncome)) {
                return CsvColumn.MONTHLY_INCOME;
            }
            if (!receives.equals(other.receives)) {
                return CsvColumn.RECEIVES;
            }
            return null;
        }
    }
}
