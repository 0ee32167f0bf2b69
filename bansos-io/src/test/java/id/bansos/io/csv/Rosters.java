package id.bansos.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdReader;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.HouseholdSource;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.model.Household;
import id.bansos.model.Occupation;
import id.bansos.model.Person;
import id.bansos.model.Relationship;
import id.bansos.model.SchoolLevel;
import id.bansos.model.Sex;
import id.bansos.model.id.KkNumber;
import id.bansos.model.id.Nik;
import id.bansos.model.id.RegionCode;
import id.bansos.model.money.Rupiah;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Hand-made households and the CSV rosters that hold them, shared by the I/O tests. */
public final class Rosters {
    /** The English header. */
    public static final String HEADER = "household_id,kk_number,region,desil,monthly_income,nik,name,sex,birth_date,"
            + "relationship,pregnant,postpartum,school_level,severe_disability,occupation,deceased";

    /** The Indonesian header. */
    public static final String HEADER_ID = "id_keluarga;no_kk;kode_wilayah;desil;penghasilan_bulanan;nik;nama;"
            + "jenis_kelamin;tanggal_lahir;hubungan_keluarga;hamil;nifas;jenjang_sekolah;disabilitas_berat;"
            + "pekerjaan;meninggal";

    /** H1's rows: lines 2, 3 and 4-5 (a name with a line break). */
    public static final String H1_ROWS = ""
            + "H1,5208010101200001,52.08.01.2001,3,1500000,5208011205800001,Budi Santoso,MALE,1980-05-12,HEAD,"
            + "false,false,,false,LAINNYA,false\n"
            + "H1,5208010101200001,52.08.01.2001,3,1500000,5208014703850002,\"Siti, Aminah\",FEMALE,1985-03-07,"
            + "SPOUSE,true,false,,false,,false\n"
            + "H1,5208010101200001,52.08.01.2001,3,1500000,5208016008150003,\"Rina\nPutri\",FEMALE,2015-08-20,"
            + "CHILD,false,false,SD,false,,false\n";

    /** H2's rows: a deceased head and a new one, no KK number, desil or income. */
    public static final String H2_ROWS = ""
            + "H2,,5208012002,,,5208010211700004,Ahmad,MALE,1970-11-02,HEAD,false,false,,false,,true\n"
            + "H2,,5208012002,,,5208015505720005,\"Dewi \"\"Ani\"\" Lestari\",FEMALE,1972-05-15,HEAD,false,false,,"
            + "false,,false\n"
            + "H2,,5208012002,,,5208010101100006,,MALE,2010-01-01,CHILD,false,false,SMP,true,,false\n";

    /** The English roster: H1 at line 2, H2 at line 6. */
    public static final String ENGLISH = HEADER + "\n" + H1_ROWS + H2_ROWS;

    /** The same households in Indonesian, with {@code ;}, L/P, ya/tidak and Indonesian relationships. */
    public static final String INDONESIAN = HEADER_ID + "\n"
            + "H1;5208010101200001;52.08.01.2001;3;1500000;5208011205800001;Budi Santoso;L;1980-05-12;"
            + "KEPALA_KELUARGA;tidak;tidak;;tidak;lainnya;tidak\n"
            + "H1;5208010101200001;52.08.01.2001;3;1500000;5208014703850002;Siti, Aminah;P;1985-03-07;ISTRI;"
            + "YA;Tidak;;0;;0\n"
            + "H1;5208010101200001;52.08.01.2001;3;1500000;5208016008150003;\"Rina\nPutri\";P;2015-08-20;ANAK;"
            + ";;sd;;;\n"
            + "H2;;5208012002;;;5208010211700004;Ahmad;L;1970-11-02;Kepala Keluarga;;;;;;ya\n"
            + "H2;;5208012002;;;5208015505720005;\"Dewi \"\"Ani\"\" Lestari\";P;1972-05-15;kepala_keluarga;;;;;;\n"
            + "H2;;5208012002;;;5208010101100006;;l;2010-01-01;ANAK;;;SMP;1;;\n";

    /** Every NIK and KK number of the rosters, which no message may contain. */
    public static final List<String> NUMBERS = List.of(
            "5208011205800001",
            "5208014703850002",
            "5208016008150003",
            "5208010211700004",
            "5208015505720005",
            "5208010101100006",
            "5208010101200001");

    /** Every word of a name in the rosters, which no message may contain. */
    public static final List<String> NAME_WORDS =
            List.of("Budi", "Santoso", "Siti", "Aminah", "Rina", "Putri", "Dewi", "Ani", "Lestari", "Ahmad");

    private Rosters() {}

    /**
     * Returns H1: a head, a pregnant wife and a daughter at SD.
     *
     * @return the household
     */
    public static Household h1() {
        return Household.builder()
                .id("H1")
                .kkNumber(KkNumber.parse("5208010101200001"))
                .region(RegionCode.parse("52.08.01.2001"))
                .desil(3)
                .monthlyIncome(Rupiah.of(1_500_000))
                .addMembers(person("5208011205800001", "Budi Santoso", Sex.MALE, 1980, 5, 12, Relationship.HEAD)
                        .occupation(Occupation.LAINNYA)
                        .build())
                .addMembers(person("5208014703850002", "Siti, Aminah", Sex.FEMALE, 1985, 3, 7, Relationship.SPOUSE)
                        .pregnant(true)
                        .build())
                .addMembers(person("5208016008150003", "Rina\nPutri", Sex.FEMALE, 2015, 8, 20, Relationship.CHILD)
                        .schoolLevel(SchoolLevel.SD)
                        .build())
                .build();
    }

    /**
     * Returns H2: a deceased head, the new head, and a son at SMP with a severe disability.
     *
     * @return the household
     */
    public static Household h2() {
        return Household.builder()
                .id("H2")
                .region(RegionCode.parse("52.08.01.2002"))
                .addMembers(person("5208010211700004", "Ahmad", Sex.MALE, 1970, 11, 2, Relationship.HEAD)
                        .deceased(true)
                        .build())
                .addMembers(
                        person("5208015505720005", "Dewi \"Ani\" Lestari", Sex.FEMALE, 1972, 5, 15, Relationship.HEAD)
                                .build())
                .addMembers(person("5208010101100006", null, Sex.MALE, 2010, 1, 1, Relationship.CHILD)
                        .schoolLevel(SchoolLevel.SMP)
                        .severeDisability(true)
                        .build())
                .build();
    }

    private static Person.Builder person(
            String nik, String name, Sex sex, int year, int month, int day, Relationship relationship) {
        Person.Builder b = Person.builder()
                .nik(Nik.parse(nik))
                .sex(sex)
                .birthDate(LocalDate.of(year, month, day))
                .relationship(relationship);
        if (name != null) {
            b.name(name);
        }
        return b;
    }

    /**
     * Makes an in-memory CSV source.
     *
     * @param text the content, written as UTF-8
     * @return the source
     */
    public static HouseholdSource source(String text) {
        return source(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Makes an in-memory CSV source named {@code roster.csv}.
     *
     * @param bytes the content
     * @return the source
     */
    public static HouseholdSource source(byte[] bytes) {
        return HouseholdSource.of("roster.csv", HouseholdFormat.CSV, bytes);
    }

    /**
     * Reads every record of a roster with the default limits.
     *
     * @param text the content
     * @return the records in order
     */
    public static List<HouseholdRecord> readAll(String text) {
        return readAll(source(text), ReadLimits.defaults());
    }

    /**
     * Reads every record of a source.
     *
     * @param source the source
     * @param limits the limits
     * @return the records in order
     */
    public static List<HouseholdRecord> readAll(HouseholdSource source, ReadLimits limits) {
        try (HouseholdReader reader = CsvHouseholdReader.open(source, limits)) {
            return drain(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads every record of a reader.
     *
     * @param reader the reader
     * @return the records in order
     * @throws IOException if reading fails
     */
    public static List<HouseholdRecord> drain(HouseholdReader reader) throws IOException {
        List<HouseholdRecord> records = new ArrayList<>();
        for (Optional<HouseholdRecord> r = reader.read(); r.isPresent(); r = reader.read()) {
            records.add(r.get());
        }
        return records;
    }

    /**
     * Returns the reject of a record, failing if it was accepted.
     *
     * @param record the record
     * @return its reject
     */
    public static Reject rejectOf(HouseholdRecord record) {
        assertThat(record).isInstanceOf(HouseholdRecord.Rejected.class);
        Reject reject = ((HouseholdRecord.Rejected) record).reject();
        assertNoPersonalData(reject.error());
        reject.householdId().ifPresent(Rosters::assertNoPersonalData);
        return reject;
    }

    /**
     * Fails if a text holds a NIK, a KK number, ten digits of one, or a word of a name of the rosters.
     *
     * @param text the text
     */
    public static void assertNoPersonalData(String text) {
        for (String number : NUMBERS) {
            for (int i = 0; i + 10 <= number.length(); i++) {
                assertThat(text).doesNotContain(number.substring(i, i + 10));
            }
        }
        for (String word : NAME_WORDS) {
            assertThat(text).doesNotContain(word);
        }
    }
}
