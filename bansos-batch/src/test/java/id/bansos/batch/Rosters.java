package id.bansos.batch;

import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdReader;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.HouseholdSource;
import id.bansos.io.Masking;
import id.bansos.io.ReaderFactory;
import id.bansos.io.Reject;
import id.bansos.io.csv.CsvHouseholdWriter;
import id.bansos.model.Household;
import id.bansos.model.Occupation;
import id.bansos.model.Person;
import id.bansos.model.Relationship;
import id.bansos.model.SchoolLevel;
import id.bansos.model.Sex;
import id.bansos.model.id.Nik;
import id.bansos.model.id.RegionCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Households, rosters and sources built by hand for the tests of this package. */
final class Rosters {
    private Rosters() {}

    static final RegionCode TANJUNG_1 = RegionCode.parse("52.08.01.2001");
    static final RegionCode TANJUNG_2 = RegionCode.parse("52.08.01.2002");
    static final RegionCode GANGGA_1 = RegionCode.parse("52.08.02.2001");
    static final RegionCode MATARAM_1 = RegionCode.parse("52.71.01.1001");

    /** A trivial encoder: the decision's text form and a line feed. */
    static final DecisionEncoder TEXT = d -> (d.toString() + "\n").getBytes(StandardCharsets.UTF_8);

    /** A person whose NIK agrees with birth date and sex; serial tells people born the same day apart. */
    static Person person(Sex sex, String birth, int serial, Relationship relationship) {
        return personBuilder(sex, birth, serial, relationship).build();
    }

    static Person.Builder personBuilder(Sex sex, String birth, int serial, Relationship relationship) {
        LocalDate date = LocalDate.parse(birth);
        int day = date.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
        Nik nik = Nik.parse(String.format(
                Locale.ROOT, "520801%02d%02d%02d%04d", day, date.getMonthValue(), date.getYear() % 100, serial));
        return Person.builder().nik(nik).sex(sex).birthDate(date).relationship(relationship);
    }

    static Person head(String birth, int serial) {
        return person(Sex.MALE, birth, serial, Relationship.HEAD);
    }

    static Person child(String birth, int serial) {
        return person(Sex.MALE, birth, serial, Relationship.CHILD);
    }

    static Person schoolChild(String birth, int serial, SchoolLevel level) {
        return personBuilder(Sex.MALE, birth, serial, Relationship.CHILD)
                .schoolLevel(level)
                .build();
    }

    static Person asn(String birth, int serial) {
        return personBuilder(Sex.MALE, birth, serial, Relationship.HEAD)
                .occupation(Occupation.ASN)
                .build();
    }

    static Person pregnantWife(String birth, int serial) {
        return personBuilder(Sex.FEMALE, birth, serial, Relationship.SPOUSE)
                .pregnant(true)
                .build();
    }

    static Household household(String id, RegionCode region, Person... members) {
        return Household.builder().id(id).region(region).addMembers(members).build();
    }

    /** The household with one more member, who is listed as OTHER (a NIK copied from elsewhere). */
    static Household withMember(Household h, Person member) {
        Person other = Person.builder()
                .nik(member.nik())
                .sex(member.sex())
                .birthDate(member.birthDate())
                .relationship(Relationship.OTHER)
                .deceased(member.deceased())
                .build();
        return Household.builder()
                .id(h.id())
                .kkNumber(h.kkNumber())
                .region(h.region())
                .desil(h.desil())
                .monthlyIncome(h.monthlyIncome())
                .addAllMembers(h.members())
                .addMembers(other)
                .build();
    }

    /** Households as a CSV roster, in full (not masked). */
    static byte[] csv(Iterable<Household> households) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvHouseholdWriter w = CsvHouseholdWriter.open(out, Masking.NONE)) {
            for (Household h : households) {
                w.write(h);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static HouseholdSource csvSource(String name, byte[] content) {
        return HouseholdSource.of(name, HouseholdFormat.CSV, content);
    }

    /** An accepted record at a line. */
    static HouseholdRecord accepted(Household h, long line) {
        return new HouseholdRecord.Accepted(h, line);
    }

    /** A rejected record at a line. */
    static HouseholdRecord rejected(String source, long line, String householdId, String error) {
        return new HouseholdRecord.Rejected(Reject.builder()
                .source(source)
                .line(line)
                .householdId(Optional.ofNullable(householdId))
                .error(error)
                .build());
    }

    /** Accepted records, one per line, from a list. */
    static List<HouseholdRecord> lines(List<Household> households) {
        List<HouseholdRecord> records = new ArrayList<>();
        for (int i = 0; i < households.size(); i++) {
            records.add(accepted(households.get(i), i + 1));
        }
        return records;
    }

    /**
     * A reader factory that serves fixed records, registered for JSONL in the tests: the first open
     * gets {@code first}, later opens get {@code second}.
     */
    static final class Records implements ReaderFactory {
        private final List<HouseholdRecord> first;
        private final List<HouseholdRecord> second;
        final AtomicInteger opens = new AtomicInteger();

        Records(List<HouseholdRecord> records) {
            this(records, records);
        }

        Records(List<HouseholdRecord> first, List<HouseholdRecord> second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public HouseholdReader open(HouseholdSource source, id.bansos.io.ReadLimits limits) {
            return new Reader(opens.getAndIncrement() == 0 ? first : second);
        }

        /** Reads a list of records. */
        static final class Reader implements HouseholdReader {
            private final Iterator<HouseholdRecord> it;

            Reader(List<HouseholdRecord> records) {
                this.it = records.iterator();
            }

            @Override
            public Optional<HouseholdRecord> read() {
                return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
            }

            @Override
            public void close() {}
        }

        static HouseholdSource source(String name) {
            return HouseholdSource.of(name, HouseholdFormat.JSONL, new byte[0]);
        }
    }
}
