package id.bansos.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import id.bansos.io.HouseholdRecord;
import id.bansos.io.Masking;
import id.bansos.io.ReadLimits;
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
import id.bansos.model.program.Program;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvHouseholdWriterTest {
    private static final String HEADER_LINE = "household_id,kk_number,region,desil,monthly_income,nik,name,sex,"
            + "birth_date,relationship,pregnant,postpartum,school_level,severe_disability,occupation,deceased,pregnancy_order,receives\r\n";

    private static String write(Masking masking, List<Household> households) {
        StringWriter out = new StringWriter();
        try (CsvHouseholdWriter writer = CsvHouseholdWriter.open(out, masking)) {
            for (Household h : households) {
                writer.write(h);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Test
    void write_givesEnglishHeaderRfc4180QuotingAndCrlf() {
        String csv = write(Masking.NONE, List.of(Rosters.h1(), Rosters.h2()));

        assertThat(csv)
                .isEqualTo(HEADER_LINE
                        + "H1,5208010101200001,52.08.01.2001,3,1500000,5208011205800001,Budi Santoso,MALE,1980-05-12,"
                        + "HEAD,false,false,,false,LAINNYA,false,,\r\n"
                        + "H1,5208010101200001,52.08.01.2001,3,1500000,5208014703850002,\"Siti, Aminah\",FEMALE,"
                        + "1985-03-07,SPOUSE,true,false,,false,,false,,\r\n"
                        + "H1,5208010101200001,52.08.01.2001,3,1500000,5208016008150003,\"Rina\nPutri\",FEMALE,"
                        + "2015-08-20,CHILD,false,false,SD,false,,false,,\r\n"
                        + "H2,,52.08.01.2002,,,5208010211700004,Ahmad,MALE,1970-11-02,HEAD,false,false,,false,,"
                        + "true,,\r\n"
                        + "H2,,52.08.01.2002,,,5208015505720005,\"Dewi \"\"Ani\"\" Lestari\",FEMALE,1972-05-15,HEAD,"
                        + "false,false,,false,,false,,\r\n"
                        + "H2,,52.08.01.2002,,,5208010101100006,,MALE,2010-01-01,CHILD,false,false,SMP,true,,"
                        + "false,,\r\n");
    }

    @Test
    void write_masked_masksNikAndKkAndLeavesNamesOut() {
        String csv = write(Masking.MASKED, List.of(Rosters.h1()));

        assertThat(csv)
                .isEqualTo(HEADER_LINE
                        + "H1,520801******0001,52.08.01.2001,3,1500000,520801******0001,,MALE,1980-05-12,HEAD,false,"
                        + "false,,false,LAINNYA,false,,\r\n"
                        + "H1,520801******0001,52.08.01.2001,3,1500000,520801******0002,,FEMALE,1985-03-07,SPOUSE,"
                        + "true,false,,false,,false,,\r\n"
                        + "H1,520801******0001,52.08.01.2001,3,1500000,520801******0003,,FEMALE,2015-08-20,CHILD,"
                        + "false,false,SD,false,,false,,\r\n");
        Rosters.assertNoPersonalData(csv.replace("5208010101200001", "x"));
    }

    @Test
    void write_receives_joinsTheCodesWithBars_andReadsBack() {
        Household h = Household.builder()
                .from(Rosters.h2())
                .addReceives(Program.PKH, Program.of("PIP"))
                .build();

        String csv = write(Masking.NONE, List.of(h));

        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).endsWith(",true,,PKH|PIP");
        assertThat(Rosters.readAll(csv)).containsExactly(new HouseholdRecord.Accepted(h, 2));
    }

    @Test
    void open_withoutHouseholds_writesTheHeaderOnly() {
        assertThat(write(Masking.NONE, List.of())).isEqualTo(HEADER_LINE);
    }

    @Test
    void open_onAStream_writesUtf8WithoutByteOrderMark() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Household h = Household.builder()
                .from(Rosters.h2())
                .members(List.of(Person.builder()
                        .from(Rosters.h2().members().get(1))
                        .name("Dewi Lestari Ñ")
                        .build()))
                .build();
        try (CsvHouseholdWriter writer = CsvHouseholdWriter.open(bytes, Masking.NONE)) {
            writer.write(h);
            writer.flush();
        }

        byte[] out = bytes.toByteArray();
        assertThat(out[0]).isEqualTo((byte) 'h');
        assertThat(new String(out, StandardCharsets.UTF_8)).contains(",Dewi Lestari \u00d1,");
    }

    @Test
    void nullArguments_throwNamingThem() throws IOException {
        assertThatThrownBy(() -> CsvHouseholdWriter.open((StringWriter) null, Masking.NONE))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("out must not be null");
        assertThatThrownBy(() -> CsvHouseholdWriter.open(new StringWriter(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("masking must not be null");
        try (CsvHouseholdWriter writer = CsvHouseholdWriter.open(new StringWriter(), Masking.NONE)) {
            assertThatThrownBy(() -> writer.write(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("household must not be null");
        }
    }

    @Test
    void write_thenRead_givesTheHandMadeHouseholds() {
        String csv = write(Masking.NONE, List.of(Rosters.h1(), Rosters.h2()));

        assertThat(Rosters.readAll(csv))
                .containsExactly(
                        new HouseholdRecord.Accepted(Rosters.h1(), 2), new HouseholdRecord.Accepted(Rosters.h2(), 6));
    }

    @Test
    void write_textCellsThatWouldStartAFormula_getAnApostropheAndReadBack() {
        Household h = Household.builder()
                .from(Rosters.h2())
                .id("=HYPERLINK(\"http://x\")")
                .members(List.of(
                        Person.builder()
                                .from(Rosters.h2().members().get(0))
                                .name("+62 812 555")
                                .build(),
                        Person.builder()
                                .from(Rosters.h2().members().get(1))
                                .name("'@SUM(A1)")
                                .build()))
                .build();

        String csv = write(Masking.NONE, List.of(h));

        assertThat(csv)
                .isEqualTo(HEADER_LINE
                        + "\"'=HYPERLINK(\"\"http://x\"\")\",,52.08.01.2002,,,5208010211700004,'+62 812 555,MALE,"
                        + "1970-11-02,HEAD,false,false,,false,,true,,\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\",,52.08.01.2002,,,5208015505720005,''@SUM(A1),FEMALE,"
                        + "1972-05-15,HEAD,false,false,,false,,false,,\r\n");
        assertThat(Rosters.readAll(csv)).containsExactly(new HouseholdRecord.Accepted(h, 2));
    }

    /** Characters that CSV must quote or keep, spread through ids and names. */
    private static final String AWKWARD = ",;\"\r\n #'\t=+-@é中";

    private static String text(Random random, String prefix) {
        StringBuilder sb = new StringBuilder(prefix);
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            sb.append(
                    random.nextInt(3) == 0
                            ? AWKWARD.charAt(random.nextInt(AWKWARD.length()))
                            : (char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    // Test data: a random constant picked by its position in the enum; nothing is persisted by ordinal.
    @SuppressWarnings("EnumOrdinal")
    private static Person person(Random random, int serial, boolean head) {
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(45_000));
        String nik = String.format(
                Locale.ROOT,
                "520801%02d%02d%02d%04d",
                birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0),
                birth.getMonthValue(),
                birth.getYear() % 100,
                serial);
        Person.Builder p = Person.builder()
                .nik(Nik.parse(nik))
                .sex(sex)
                .birthDate(birth)
                .relationship(head ? Relationship.HEAD : Relationship.values()[1 + random.nextInt(6)])
                .severeDisability(random.nextBoolean())
                .deceased(!head && random.nextInt(5) == 0);
        if (random.nextBoolean()) {
            p.name(text(random, "N"));
        }
        if (sex == Sex.FEMALE) {
            p.pregnant(random.nextBoolean()).postpartum(random.nextBoolean());
        }
        if (random.nextBoolean()) {
            p.schoolLevel(SchoolLevel.values()[random.nextInt(3)]);
        }
        if (random.nextBoolean()) {
            p.occupation(Occupation.values()[random.nextInt(Occupation.values().length)]);
        }
        return p.build();
    }

    private static Household household(Random random, int index) {
        Household.Builder h = Household.builder()
                .id(text(random, "") + "#" + index)
                .region(RegionCode.parse(random.nextBoolean() ? "52.08.01.2001" : "3171011001"));
        if (random.nextBoolean()) {
            h.kkNumber(KkNumber.parse(String.format(Locale.ROOT, "%016d", random.nextLong() & Long.MAX_VALUE)
                    .substring(0, 16)));
        }
        if (random.nextBoolean()) {
            h.desil(1 + random.nextInt(10));
        }
        if (random.nextBoolean()) {
            h.monthlyIncome(Rupiah.of(random.nextInt(Integer.MAX_VALUE) * 1000L));
        }
        int members = 1 + random.nextInt(6);
        for (int i = 0; i < members; i++) {
            h.addMembers(person(random, i + 1, i == 0));
        }
        return h.build();
    }

    @Test
    void writeThenReadGivesEqualHouseholds() {
        qt().withFixedSeed(20260102L)
                .withExamples(300)
                .forAll(longs().all(), integers().between(1, 4))
                .checkAssert((seed, count) -> {
                    Random random = new Random(seed);
                    List<Household> households = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        households.add(household(random, i));
                    }

                    String csv = write(Masking.NONE, households);

                    List<Household> read = new ArrayList<>();
                    for (HouseholdRecord r : Rosters.readAll(Rosters.source(csv), ReadLimits.defaults())) {
                        assertThat(r).isInstanceOf(HouseholdRecord.Accepted.class);
                        read.add(((HouseholdRecord.Accepted) r).household());
                    }
                    assertThat(read).isEqualTo(households);
                });
    }
}
