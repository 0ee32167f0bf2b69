package id.bansos.io.csv;

import static id.bansos.io.csv.Rosters.ENGLISH;
import static id.bansos.io.csv.Rosters.H1_ROWS;
import static id.bansos.io.csv.Rosters.H2_ROWS;
import static id.bansos.io.csv.Rosters.HEADER;
import static id.bansos.io.csv.Rosters.readAll;
import static id.bansos.io.csv.Rosters.rejectOf;
import static id.bansos.io.csv.Rosters.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.bansos.io.HouseholdRecord;
import id.bansos.io.InputException;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.model.Household;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

class CsvHouseholdReaderTest {
    private static final String H1_FIRST = H1_ROWS.substring(0, H1_ROWS.indexOf('\n') + 1);

    private static HouseholdRecord.Accepted accepted(HouseholdRecord record) {
        assertThat(record).isInstanceOf(HouseholdRecord.Accepted.class);
        return (HouseholdRecord.Accepted) record;
    }

    @Test
    void read_englishRoster_givesHouseholdsAtTheirFirstRowLines() {
        List<HouseholdRecord> records = readAll(ENGLISH);

        assertThat(records)
                .containsExactly(
                        new HouseholdRecord.Accepted(Rosters.h1(), 2), new HouseholdRecord.Accepted(Rosters.h2(), 6));
    }

    @Test
    void read_indonesianRosterWithSemicolons_givesTheSameHouseholds() {
        List<HouseholdRecord> records = readAll(Rosters.INDONESIAN);

        assertThat(records)
                .containsExactly(
                        new HouseholdRecord.Accepted(Rosters.h1(), 2), new HouseholdRecord.Accepted(Rosters.h2(), 6));
    }

    @Test
    void read_crlfAndBom_countsCrlfAsOneLineEndAndTheBomAsNothing() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(ENGLISH.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));

        List<HouseholdRecord> records = readAll(source(bytes.toByteArray()), ReadLimits.defaults());

        assertThat(records).extracting(HouseholdRecord::line).containsExactly(2L, 6L);
        assertThat(accepted(records.get(0)).household().members().get(2).name()).hasValue("Rina\r\nPutri");
        assertThat(accepted(records.get(1)).household()).isEqualTo(Rosters.h2());
    }

    @Test
    void read_mixedLanguagesAnyOrderAndOnlyRequiredColumns() {
        String text = """
                      NIK , jenis_kelamin,birth_date,hubungan_keluarga,kode_wilayah,Household_ID
                      5208011205800001,L,1980-05-12,HEAD,5208012001,H9
                      """;

        Household household = accepted(readAll(text).get(0)).household();

        assertThat(household.id()).isEqualTo("H9");
        assertThat(household.kkNumber()).isEmpty();
        assertThat(household.desil()).isEmpty();
        assertThat(household.members().get(0).name()).isEmpty();
        assertThat(household.members().get(0).pregnant()).isFalse();
    }

    @Test
    void read_blankLinesAndRowsOfBareDelimiters_areSkippedButCountAsLines() {
        String text = "\n" + HEADER + "\n\n" + ",,,,,,,,,,,,,,,\n" + " , ,,,,,,,,,,,,,,\n" + H2_ROWS + "\n";

        List<HouseholdRecord> records = readAll(text);

        assertThat(records).containsExactly(new HouseholdRecord.Accepted(Rosters.h2(), 6));
    }

    static Stream<Arguments> noRecords() {
        return Stream.of(
                Arguments.of("empty file", new byte[0]),
                Arguments.of("byte order mark only", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                Arguments.of("blank lines only", "\n\r\n\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("header only", HEADER.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("header and line end", (HEADER + "\r\n").getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noRecords")
    void read_fileWithoutRows_hasNoRecords(String what, byte[] content) {
        assertThat(readAll(source(content), ReadLimits.defaults())).isEmpty();
    }

    static Stream<Arguments> badHeaders() {
        String rest = ",kk_number,region,desil,monthly_income,nik,name,sex,birth_date,relationship";
        return Stream.of(
                Arguments.of(
                        "household_id,region,nik,sex,relationship",
                        "roster.csv:1: missing required column birth_date (or tanggal_lahir)"),
                Arguments.of(
                        "nik,name",
                        "roster.csv:1: missing required columns household_id (or id_keluarga),"
                                + " region (or kode_wilayah), sex (or jenis_kelamin), birth_date (or tanggal_lahir),"
                                + " relationship (or hubungan_keluarga)"),
                Arguments.of(
                        "household_id" + rest.replace("birth_date", "birthdate"),
                        "roster.csv:1:9: unknown column \"birthdate\", did you mean \"birth_date\"?"),
                Arguments.of(
                        "id" + rest,
                        "roster.csv:1:1: unknown column \"id\"; the household id column is household_id"
                                + " (or id_keluarga)"),
                Arguments.of("household_id" + rest + ",colour", "roster.csv:1:11: unknown column \"colour\""),
                Arguments.of("household_id" + rest + ",", "roster.csv:1:11: column has no name"),
                Arguments.of(
                        "household_id" + rest + ",nik", "roster.csv:1:11: duplicate column \"nik\", also column 6"),
                Arguments.of(
                        "household_id" + rest + ",id_keluarga",
                        "roster.csv:1:11: duplicate column \"id_keluarga\", also column 1 as \"household_id\""),
                Arguments.of(
                        H1_FIRST.strip(),
                        "roster.csv:1: the header line holds no known column name (is the header line missing?)"),
                Arguments.of(
                        "household_id" + rest + ",\"a\"b",
                        "roster.csv:1: header line: a character follows a closing quote (a quote inside a value"
                                + " must be doubled); reading stopped"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badHeaders")
    void open_badHeader_throwsInputExceptionNamingTheProblem(String header, String message) {
        assertThatThrownBy(() -> CsvHouseholdReader.open(source(header + "\n" + H2_ROWS), ReadLimits.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage(message);
    }

    @Test
    void open_headerThatIsReallyADataRow_doesNotQuoteTheData() {
        String row = H1_FIRST.replace("H1,", "");

        assertThatThrownBy(() -> CsvHouseholdReader.open(source(row), ReadLimits.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage("roster.csv:1: the header line holds no known column name (is the header line missing?)");
    }

    @Test
    void open_headerlessRosterStartingWithAName_doesNotQuoteTheName() {
        String row = "Siti Aminah,H1,5208010101200001,52.08.01.2001,3,1500000,5208014703850002,FEMALE,1985-03-07,HEAD";

        assertThatThrownBy(() -> CsvHouseholdReader.open(source(row), ReadLimits.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage("roster.csv:1: the header line holds no known column name (is the header line missing?)");
    }

    @Test
    void read_householdColumnsDisagree_rejectsTheWholeHouseholdNamingTheColumn() {
        String text =
                HEADER + "\n" + H1_ROWS.replace("3,1500000,5208014703850002", "4,1500000,5208014703850002") + H2_ROWS;

        List<HouseholdRecord> records = readAll(text);

        assertThat(records).hasSize(2);
        Reject reject = rejectOf(records.get(0));
        assertThat(reject.error())
                .isEqualTo("roster.csv:2:4: household H1: desil: must be the same on every row of a household,"
                        + " but line 3 differs from line 2");
        assertThat(reject.line()).isEqualTo(2);
        assertThat(reject.column()).hasValue(4);
        assertThat(reject.householdId()).hasValue("H1");
        assertThat(reject.field()).hasValue("desil");
        assertThat(records.get(1)).isEqualTo(new HouseholdRecord.Accepted(Rosters.h2(), 6));
    }

    @Test
    void read_householdColumnsWrittenDifferentlyButEqual_agree() {
        String text = HEADER + "\n" + H1_ROWS.replaceFirst("52\\.08\\.01\\.2001", "5208012001");

        assertThat(readAll(text)).containsExactly(new HouseholdRecord.Accepted(Rosters.h1(), 2));
    }

    static Stream<Arguments> badCells() {
        return Stream.of(
                Arguments.of(
                        "MALE,1980-05-12",
                        "X,1980-05-12",
                        "8: household H1: sex: must be MALE, FEMALE, L or P," + " got \"X\""),
                Arguments.of(
                        "1980-05-12",
                        "12/05/1980",
                        "9: household H1: birth_date: must be a date YYYY-MM-DD, got" + " \"12/05/1980\""),
                Arguments.of(
                        "1980-05-12",
                        "1980-02-30",
                        "9: household H1: birth_date: is not a date in the calendar, got" + " \"1980-02-30\""),
                Arguments.of(
                        "HEAD",
                        "BOSS",
                        "10: household H1: relationship: must be HEAD, SPOUSE, CHILD,"
                                + " GRANDCHILD, PARENT, IN_LAW, OTHER or an Indonesian alias (KEPALA_KELUARGA, ISTRI, SUAMI,"
                                + " ANAK, CUCU, ORANG_TUA, MERTUA, MENANTU, FAMILI_LAIN, LAINNYA), got a value of 4 characters"),
                Arguments.of(
                        "HEAD,false",
                        "HEAD,maybe",
                        "11: household H1: pregnant: must be true, false, ya, tidak,"
                                + " 1, 0 or empty, got a value of 5 characters"),
                Arguments.of(",3,", ",11,", "4: household H1: desil: must be between 1 and 10, got 11"),
                Arguments.of(
                        ",3,",
                        ",\"4.5\",",
                        "4: household H1: desil: must be a whole number 1-10 or empty," + " got \"4.5\""),
                Arguments.of(
                        ",1500000,",
                        ",1.500.000,",
                        "5: household H1: monthly_income: must be a whole number of"
                                + " Rupiah, digits only, or empty, got \"1.500.000\""),
                Arguments.of(
                        "52.08.01.2001",
                        "52.08",
                        "3: household H1: region: must be a village code PP.KK.CC.DDDD," + " got \"52.08\""),
                Arguments.of(
                        "5208011205800001",
                        "52080112058000AB",
                        "6: household H1: nik: NIK must contain only" + " digits"),
                Arguments.of(
                        "5208011205800001",
                        "520801120580001",
                        "6: household H1: nik: NIK must have 16 digits," + " got 15"),
                Arguments.of(
                        "5208010101200001",
                        "520801010120000X",
                        "2: household H1: kk_number: KK number must contain" + " only digits"),
                Arguments.of(
                        "MALE,1980",
                        "FEMALE,1980",
                        "6: household H1: nik: does not agree with birth_date and" + " sex"),
                Arguments.of(
                        "HEAD,false", "HEAD,true", "11: household H1: pregnant: is only allowed for a FEMALE person"),
                Arguments.of(
                        ",LAINNYA,",
                        ",PILOT,",
                        "15: household H1: occupation: must be one of ASN, TNI, POLRI,"
                                + " PENSIUNAN_ASN_TNI_POLRI, BUMN_BUMD, PERANGKAT_DESA, GURU_SERTIFIKASI, TENAGA_KESEHATAN,"
                                + " PEMILIK_USAHA, PEKERJA_APBN_APBD, LAINNYA or empty, got a value of 5 characters"),
                Arguments.of(
                        "HEAD,false,false,,",
                        "HEAD,false,false,SD1,",
                        "13: household H1: school_level: must be SD," + " SMP, SMA or empty, got \"SD1\""),
                Arguments.of(
                        "Budi Santoso,MALE",
                        "Budi Santoso,5208011205800001",
                        "8: household H1: sex: must be" + " MALE, FEMALE, L or P, got a value of 16 characters"),
                // A row shifted by one column: the name lands under sex; in capitals, as on identity cards.
                Arguments.of(
                        "Budi Santoso,MALE",
                        "BUDI,Budi Santoso",
                        "8: household H1: sex: must be" + " MALE, FEMALE, L or P, got a value of 12 characters"),
                Arguments.of(
                        "Budi Santoso,MALE",
                        "Budi Santoso,SANTOSO",
                        "8: household H1: sex: must be" + " MALE, FEMALE, L or P, got a value of 7 characters"),
                // A code of another column is not personal data and shows which way the row slipped.
                Arguments.of(
                        "Budi Santoso,MALE",
                        "Budi Santoso,KEPALA_KELUARGA",
                        "8: household H1: sex: must be" + " MALE, FEMALE, L or P, got \"KEPALA_KELUARGA\""));
    }

    @Test
    void read_pregnancyOrder_underItsEnglishAndIndonesianHeader() {
        for (String column : List.of("pregnancy_order", "kehamilan_ke")) {
            String text = "household_id,region,nik,sex,birth_date,relationship,pregnant," + column + "\n"
                    + "H1,52.08.01.2001,5208014703850002,FEMALE,1985-03-07,HEAD,true,3\n"
                    + "H2,52.08.01.2001,5208014703850003,FEMALE,1985-03-07,HEAD,true,\n";
            List<HouseholdRecord> records = readAll(text);
            HouseholdRecord.Accepted third = (HouseholdRecord.Accepted) records.get(0);
            HouseholdRecord.Accepted unknown = (HouseholdRecord.Accepted) records.get(1);
            assertThat(third.household().members().get(0).pregnancyOrder()).hasValue(3);
            assertThat(unknown.household().members().get(0).pregnancyOrder()).isEmpty();
        }
    }

    @Test
    void read_badPregnancyOrder_rejectsTheHousehold() {
        String text = """
                household_id,region,nik,sex,birth_date,relationship,pregnant,pregnancy_order
                H1,52.08.01.2001,5208014703850002,FEMALE,1985-03-07,HEAD,false,1
                H2,52.08.01.2001,5208014703850003,FEMALE,1985-03-07,HEAD,true,0
                H3,52.08.01.2001,5208014703850004,FEMALE,1985-03-07,HEAD,true,x
                """;
        List<HouseholdRecord> records = readAll(text);
        assertThat(rejectOf(records.get(0)).error())
                .isEqualTo("roster.csv:2:8: household H1: pregnancy_order: is only allowed with pregnant or postpartum,"
                        + " got 1");
        assertThat(rejectOf(records.get(1)).error())
                .isEqualTo("roster.csv:3:8: household H2: pregnancy_order: must be 1 or more, got 0");
        assertThat(rejectOf(records.get(2)).error())
                .isEqualTo("roster.csv:4:8: household H3: pregnancy_order: must be a whole number 1-99 or empty,"
                        + " got a value of 1 character");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badCells")
    void read_badCellInFirstRow_rejectsTheHouseholdAtThatColumn(String from, String to, String message) {
        String text = HEADER + "\n" + H1_FIRST.replace(from, to) + H1_ROWS.substring(H1_FIRST.length()) + H2_ROWS;

        List<HouseholdRecord> records = readAll(text);

        assertThat(records).hasSize(2);
        assertThat(rejectOf(records.get(0)).error()).isEqualTo("roster.csv:2:" + message);
        assertThat(records.get(1)).isEqualTo(new HouseholdRecord.Accepted(Rosters.h2(), 6));
    }

    @Test
    void read_badCellInALaterRow_rejectsTheHouseholdAtItsFirstLineNamingTheRow() {
        String text = HEADER + "\n" + H1_ROWS.replace("FEMALE,2015", "F,2015") + H2_ROWS;

        List<HouseholdRecord> records = readAll(text);

        assertThat(rejectOf(records.get(0)).error())
                .isEqualTo("roster.csv:2:8: household H1: sex: must be MALE, FEMALE, L or P, got \"F\""
                        + " (row at line 4)");
        assertThat(records.get(1).line()).isEqualTo(6);
    }

    @Test
    void read_householdRuleBroken_rejectsWithTheModelsMessage() {
        String text = HEADER + "\n" + H1_ROWS.replace(",HEAD,", ",OTHER,");

        assertThat(rejectOf(readAll(text).get(0)).error())
                .isEqualTo("roster.csv:2: household H1: members must include a HEAD");
    }

    @Test
    void read_rowWithAnUnquotedDelimiter_rejectsItsWholeHousehold() {
        String text = HEADER + "\n" + H1_ROWS.replace("\"Siti, Aminah\"", "Siti, Aminah") + H2_ROWS;

        List<HouseholdRecord> records = readAll(text);

        assertThat(rejectOf(records.get(0)).error())
                .isEqualTo("roster.csv:2: household H1: row has 17 fields, but the header has 16 (a delimiter inside"
                        + " a value that is not quoted?) (row at line 3)");
        assertThat(records.get(1)).isEqualTo(new HouseholdRecord.Accepted(Rosters.h2(), 6));
    }

    @Test
    void read_rowCutByALineBreak_showsTheIdOfItsFirstPartOnly() {
        // The second part starts with the NIK, in the id column; its region cell holds "MALE".
        String text = HEADER + "\n" + H1_FIRST.replace(",5208011205800001", "\n5208011205800001")
                + H1_ROWS.substring(H1_FIRST.length()) + H2_ROWS;

        List<HouseholdRecord> records = readAll(text);

        assertThat(records).hasSize(4);
        assertThat(rejectOf(records.get(0)).error())
                .isEqualTo("roster.csv:2: household H1: row has 5 fields, but the header has 16 (a delimiter inside"
                        + " a value that is not quoted?)");
        Reject second = rejectOf(records.get(1));
        assertThat(second.householdId()).isEmpty();
        assertThat(second.error())
                .isEqualTo("roster.csv:3: row has 11 fields, but the header has 16 (a delimiter inside a value that"
                        + " is not quoted?)");
        assertThat(rejectOf(records.get(2)).error())
                .isEqualTo("roster.csv:4: household H1: members must include a HEAD");
        assertThat(records.get(3)).isEqualTo(new HouseholdRecord.Accepted(Rosters.h2(), 7));
    }

    @Test
    void read_rowWithoutHouseholdId_isARecordOfItsOwn() {
        String text = HEADER + "\n"
                + H1_ROWS.replace(
                        "H1,5208010101200001,52.08.01.2001,3,1500000,5208014703850002",
                        ",5208010101200001,52.08.01.2001,3,1500000,5208014703850002");

        List<HouseholdRecord> records = readAll(text);

        assertThat(records).extracting(HouseholdRecord::line).containsExactly(2L, 3L, 4L);
        assertThat(records.get(0)).isInstanceOf(HouseholdRecord.Accepted.class);
        assertThat(rejectOf(records.get(1)).error()).isEqualTo("roster.csv:3:1: household_id: is required");
        assertThat(rejectOf(records.get(2)).error())
                .isEqualTo("roster.csv:4: household H1: members must include a HEAD");
    }

    @Test
    void read_householdOverTheMemberLimit_isRejectedAndTheNextOneRead() {
        ReadLimits limits = ReadLimits.builder().maxMembers(2).build();

        List<HouseholdRecord> records = readAll(source(HEADER + "\n" + H1_ROWS + H2_ROWS), limits);

        assertThat(rejectOf(records.get(0)).error())
                .isEqualTo("roster.csv:2: household H1: household has 3 rows, more than the limit of 2 members");
        assertThat(rejectOf(records.get(1)).line()).isEqualTo(6);
    }

    @Test
    void read_householdOverTheByteLimit_isRejectedAndTheNextOneRead() {
        // H2's rows are 86, 104 and 85 bytes with their line ends (the doubled quotes count once each).
        ReadLimits limits = ReadLimits.builder().maxRecordBytes(274).build();

        List<HouseholdRecord> records = readAll(source(HEADER + "\n" + H2_ROWS + H2_ROWS.replace("H2", "H3")), limits);

        assertThat(rejectOf(records.get(0)).error())
                .isEqualTo("roster.csv:2: household H2: household rows take 275 bytes, more than the limit of 274");
        assertThat(records.get(1)).isInstanceOf(HouseholdRecord.Rejected.class);
        assertThat(readAll(
                        source(HEADER + "\n" + H2_ROWS),
                        ReadLimits.builder().maxRecordBytes(275).build()))
                .containsExactly(new HouseholdRecord.Accepted(Rosters.h2(), 2));
    }

    @Test
    void read_valueOverTheStringLimit_isRejectedNamingItsColumn() {
        ReadLimits limits = ReadLimits.builder().maxStringLength(12).build();

        List<HouseholdRecord> records = readAll(source(ENGLISH), limits);

        assertThat(rejectOf(records.get(0)).error())
                .isEqualTo("roster.csv:2:2: household H1: kk_number: is longer than 12 characters");
    }

    @Test
    void read_characterAfterAClosingQuoteInTheFirstRow_rejectsThatRecordAndEndsTheRead() {
        String text = HEADER + "\n" + H1_FIRST.replace(",Budi Santoso,", ",\"Budi\" Santoso,") + H2_ROWS;

        List<HouseholdRecord> records = readAll(text);

        assertThat(records).hasSize(1);
        assertThat(rejectOf(records.get(0)).error())
                .isEqualTo("roster.csv:2: a character follows a closing quote (a quote inside a value must be"
                        + " doubled); reading stopped");
    }

    @Test
    void read_quoteNeverClosed_rejectsTheHouseholdItInterruptsAndEndsTheRead() {
        String text = HEADER + "\n" + H1_ROWS + H2_ROWS.replace("5208010101100006,,", "5208010101100006,\"Bayu,");

        List<HouseholdRecord> records = readAll(text);

        assertThat(records).hasSize(2);
        assertThat(records.get(0)).isEqualTo(new HouseholdRecord.Accepted(Rosters.h1(), 2));
        assertThat(rejectOf(records.get(1)).error())
                .isEqualTo("roster.csv:6: household H2: a quoted value is not closed before the end of the file;"
                        + " reading stopped (at line 8)");
    }

    @Test
    void read_syntaxErrorInALaterRow_rejectsTheHouseholdItInterrupts() {
        // The broken row may belong to H1 as far as anyone can tell, so H1 cannot be known whole.
        String text = HEADER + "\n" + H1_ROWS.replace("\"Siti, Aminah\"", "\"Siti\" Aminah") + H2_ROWS;

        List<HouseholdRecord> records = readAll(text);

        assertThat(records).hasSize(1);
        assertThat(rejectOf(records.get(0)).error())
                .isEqualTo("roster.csv:2: household H1: a character follows a closing quote (a quote inside a value"
                        + " must be doubled); reading stopped (at line 3)");
    }

    @Test
    void read_bytesThatAreNotUtf8_refuseTheWholeFileNamingTheLine() {
        byte[] text = (HEADER + "\n" + H2_ROWS.replace("Ahmad", "Ahm\u00e9d")).getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> readAll(source(text), ReadLimits.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessage("roster.csv:2: is not valid UTF-8 (has byte 0xE9; perhaps Windows-1252 or another legacy"
                        + " encoding); save the file as UTF-8");
    }

    @Test
    void open_nullArguments_throwNamingThem() {
        assertThatThrownBy(() -> CsvHouseholdReader.open(null, ReadLimits.defaults()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("source must not be null");
        assertThatThrownBy(() -> CsvHouseholdReader.open(source(ENGLISH), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("limits must not be null");
    }

    @Test
    void read_afterTheEnd_staysEmpty() throws IOException {
        try (CsvHouseholdReader reader = CsvHouseholdReader.open(source(ENGLISH), ReadLimits.defaults())) {
            assertThat(Rosters.drain(reader)).hasSize(2);
            assertThat(reader.read()).isEmpty();
        }
    }

    /** One edit of a file: replace, insert or delete a byte. */
    record Mutation(int kind, int position, int value) {}

    static Gen<List<Mutation>> mutations() {
        Gen<Mutation> one = integers()
                .between(0, 2)
                .zip(integers().between(0, Integer.MAX_VALUE), integers().between(0, 255), Mutation::new);
        return lists().of(one).ofSizeBetween(1, 6);
    }

    static byte[] mutate(byte[] original, List<Mutation> mutations) {
        List<Byte> bytes = new ArrayList<>();
        for (byte b : original) {
            bytes.add(b);
        }
        for (Mutation m : mutations) {
            int at = m.position() % (bytes.size() + 1);
            if (m.kind() == 0 && at < bytes.size()) {
                bytes.set(at, (byte) m.value());
            } else if (m.kind() == 1 || bytes.isEmpty()) {
                bytes.add(at, (byte) m.value());
            } else {
                bytes.remove(Math.min(at, bytes.size() - 1));
            }
        }
        byte[] result = new byte[bytes.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = bytes.get(i);
        }
        return result;
    }

    @Test
    void mutatedRosterGivesOnlyHouseholdsOrRejects() {
        byte[] original = ENGLISH.getBytes(StandardCharsets.UTF_8);
        qt().withFixedSeed(20260101L).withExamples(2000).forAll(mutations()).checkAssert(m -> {
            byte[] content = mutate(original, m);
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                CsvHouseholdReader reader;
                try {
                    reader = CsvHouseholdReader.open(source(content), ReadLimits.defaults());
                } catch (InputException e) {
                    // Only the header makes the whole file unreadable.
                    Rosters.assertNoPersonalData(e.getMessage());
                    return;
                }
                try (reader) {
                    List<HouseholdRecord> records = Rosters.drain(reader);
                    for (HouseholdRecord r : records) {
                        if (r instanceof HouseholdRecord.Rejected) {
                            rejectOf(r);
                        }
                    }
                }
            });
        });
    }
}
