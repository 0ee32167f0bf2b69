package id.bansos.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class HouseholdWriterTest {
    @Test
    void write_isByteIdenticalToGolden() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HouseholdWriter writer = HouseholdWriter.of(out, Masking.NONE)) {
            writer.write(Fixtures.fullHousehold());
            writer.write(Fixtures.minimalHousehold());
        }
        String expected = Fixtures.golden("household.json") + Fixtures.golden("household-minimal.json");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void write_masked_isByteIdenticalToGolden() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HouseholdWriter writer = HouseholdWriter.of(out, Masking.MASKED)) {
            writer.write(Fixtures.fullHousehold());
        }
        assertThat(out.toByteArray()).isEqualTo(Fixtures.goldenBytes("household-masked.json"));
    }

    @Test
    void write_masked_holdsNoFullNikKkOrName() throws IOException {
        StringWriter out = new StringWriter();
        try (HouseholdWriter writer = HouseholdWriter.of(out, Masking.MASKED)) {
            writer.write(Fixtures.fullHousehold());
        }
        Household h = Fixtures.fullHousehold();
        assertThat(out.toString()).doesNotContain(h.kkNumber().get().value()).doesNotContain("\"name\"");
        for (Person p : h.members()) {
            assertThat(out.toString()).doesNotContain(p.nik().value());
        }
    }

    @Test
    void write_toAWriter_givesTheSameText() throws IOException {
        StringWriter out = new StringWriter();
        try (HouseholdWriter writer = HouseholdWriter.of(out, Masking.NONE)) {
            writer.write(Fixtures.fullHousehold());
        }
        assertThat(out.toString()).isEqualTo(Fixtures.golden("household.json"));
    }

    @Test
    void flush_passesWhatWasWrittenOn() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HouseholdWriter writer = HouseholdWriter.of(out, Masking.NONE);
        writer.write(Fixtures.minimalHousehold());
        assertThat(out.size()).isZero();
        writer.flush();
        assertThat(out.toByteArray()).isEqualTo(Fixtures.goldenBytes("household-minimal.json"));
        writer.close();
    }

    @Test
    void of_rejectsNulls() {
        assertThatThrownBy(() -> HouseholdWriter.of((ByteArrayOutputStream) null, Masking.NONE))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("out must not be null");
        assertThatThrownBy(() -> HouseholdWriter.of(new StringWriter(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("masking must not be null");
        assertThatThrownBy(() ->
                        HouseholdWriter.of(new StringWriter(), Masking.NONE).write(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("household must not be null");
    }

    @Test
    void writeThenRead_givesEqualHouseholds() {
        qt().withFixedSeed(20_190_101L)
                .withExamples(200)
                .forAll(lists().of(households()).ofSizeBetween(1, 5))
                .checkAssert(households -> {
                    try {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        try (HouseholdWriter writer = HouseholdWriter.of(out, Masking.NONE)) {
                            for (Household h : households) {
                                writer.write(h);
                            }
                        }
                        List<HouseholdRecord> records =
                                ReaderSupport.readJsonLines(out.toByteArray(), ReadLimits.defaults());
                        List<Household> read = new ArrayList<>();
                        for (HouseholdRecord r : records) {
                            read.add(((HouseholdRecord.Accepted) r).household());
                        }
                        assertThat(read).isEqualTo(households);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Households of 1 to 6 members with NIKs that agree with their birth dates; the head comes first. */
    static Gen<Household> households() {
        Gen<List<Person>> members = lists().of(persons()).ofSizeBetween(0, 5);
        return persons()
                .zip(
                        members,
                        integers().between(0, 11),
                        integers().between(-1, 5_000_000),
                        booleans().all(),
                        (head, others, desil, income, withKk) -> {
                            Household.Builder b = Household.builder()
                                    .id("KEL-" + Math.abs(head.hashCode() % 10_000))
                                    .region(RegionCode.parse("52.08.01.2001"))
                                    .addMembers(Person.builder()
                                            .from(head)
                                            .relationship(Relationship.HEAD)
                                            .build());
                            int serial = 1;
                            for (Person p : others) {
                                serial++;
                                b.addMembers(Person.builder()
                                        .from(p)
                                        .nik(withSerial(p.nik(), serial))
                                        .build());
                            }
                            if (desil > 0 && desil <= 10) {
                                b.desil(desil);
                            }
                            if (income >= 0) {
                                b.monthlyIncome(Rupiah.of(income));
                            }
                            if (withKk) {
                                b.kkNumber(KkNumber.parse("5208011503180007"));
                            }
                            return b.build();
                        });
    }

    // Test data: a random constant picked by its position in the enum; nothing is persisted by ordinal.
    @SuppressWarnings("EnumOrdinal")
    private static Gen<Person> persons() {
        return integers().between(0, 36_500).zip(booleans().all(), integers().between(0, 63), (days, female, flags) -> {
            LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(days);
            Sex sex = female ? Sex.FEMALE : Sex.MALE;
            String nik = String.format(
                    Locale.ROOT,
                    "520801%02d%02d%02d0001",
                    birth.getDayOfMonth() + (female ? 40 : 0),
                    birth.getMonthValue(),
                    birth.getYear() % 100);
            Person.Builder b = Person.builder()
                    .nik(Nik.parse(nik))
                    .sex(sex)
                    .birthDate(birth)
                    .relationship(Relationship.values()[1 + flags % 6]);
            if ((flags & 1) != 0) {
                b.name("Nama \"" + days + "\" \u00e9\\");
            }
            if (female && (flags & 2) != 0) {
                b.pregnant(true);
            }
            if (female && (flags & 4) != 0) {
                b.postpartum(true);
            }
            if ((flags & 8) != 0) {
                b.schoolLevel(SchoolLevel.values()[flags % 3]);
            }
            if ((flags & 16) != 0) {
                b.severeDisability(true);
            }
            if ((flags & 32) != 0) {
                b.occupation(Occupation.values()[days % Occupation.values().length])
                        .deceased(true);
            }
            return b.build();
        });
    }

    private static Nik withSerial(Nik nik, int serial) {
        return Nik.parse(nik.value().substring(0, 12) + String.format(Locale.ROOT, "%04d", serial));
    }
}
