package id.bansos.rules;

import id.bansos.model.Household;
import id.bansos.model.Occupation;
import id.bansos.model.Person;
import id.bansos.model.Relationship;
import id.bansos.model.SchoolLevel;
import id.bansos.model.Sex;
import id.bansos.model.id.Nik;
import id.bansos.model.id.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/** Small builders of valid households for the tests of this package. */
public final class Households {
    private Households() {}

    public static final RegionCode VILLAGE = RegionCode.parse("3273011001");

    /** A member under construction; the NIK is made from the birth date, sex and position. */
    public static final class M {
        final Sex sex;
        final LocalDate birth;
        boolean pregnant;
        boolean postpartum;
        Integer pregnancyOrder;
        SchoolLevel school;
        boolean disabled;
        Occupation occupation;
        boolean deceased;
        String name;

        M(Sex sex, LocalDate birth) {
            this.sex = sex;
            this.birth = birth;
        }

        public M pregnant() {
            pregnant = true;
            return this;
        }

        public M postpartum() {
            postpartum = true;
            return this;
        }

        /** Pregnant, in the given pregnancy (kehamilan ke-). */
        public M pregnancy(int order) {
            pregnant = true;
            pregnancyOrder = order;
            return this;
        }

        public M school(SchoolLevel level) {
            school = level;
            return this;
        }

        public M disabled() {
            disabled = true;
            return this;
        }

        public M works(Occupation o) {
            occupation = o;
            return this;
        }

        public M deceased() {
            deceased = true;
            return this;
        }

        public M named(String n) {
            name = n;
            return this;
        }

        public Person build(int position, Relationship relationship) {
            return Person.builder()
                    .nik(nik(sex, birth, position + 1))
                    .name(Optional.ofNullable(name))
                    .sex(sex)
                    .birthDate(birth)
                    .relationship(relationship)
                    .pregnant(pregnant)
                    .postpartum(postpartum)
                    .pregnancyOrder(pregnancyOrder == null ? OptionalInt.empty() : OptionalInt.of(pregnancyOrder))
                    .schoolLevel(Optional.ofNullable(school))
                    .severeDisability(disabled)
                    .occupation(Optional.ofNullable(occupation))
                    .deceased(deceased)
                    .build();
        }
    }

    public static M male(String birth) {
        return new M(Sex.MALE, LocalDate.parse(birth));
    }

    public static M female(String birth) {
        return new M(Sex.FEMALE, LocalDate.parse(birth));
    }

    /** A NIK {@code 327301 DDMMYY NNNN} that agrees with the birth date and sex. */
    public static Nik nik(Sex sex, LocalDate birth, int serial) {
        int day = birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
        return Nik.parse(String.format(
                Locale.ROOT, "327301%02d%02d%02d%04d", day, birth.getMonthValue(), birth.getYear() % 100, serial));
    }

    /** A household: the first member is the HEAD, the others CHILD; desil null for unknown. */
    public static Household household(Integer desil, M... members) {
        return household("KEL-001", desil, List.of(members));
    }

    public static Household household(String id, Integer desil, List<M> members) {
        List<Person> persons = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            persons.add(members.get(i).build(i, i == 0 ? Relationship.HEAD : Relationship.CHILD));
        }
        Household.Builder b = Household.builder().id(id).region(VILLAGE).members(persons);
        if (desil != null) {
            b.desil(desil);
        }
        return b.build();
    }

    /**
     * A random valid household on a date, from a seed: 1 to 8 members, living or not, with
     * components and occupations of every kind. Member 0 is the HEAD.
     */
    public static Household random(long seed, LocalDate asOf) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(8);
        List<M> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(randomMember(r, asOf));
        }
        Integer desil = r.nextInt(4) == 0 ? null : 1 + r.nextInt(10);
        return household("H" + Long.toHexString(seed), desil, members);
    }

    // Test data: a random constant picked by its position in the enum; nothing is persisted by ordinal.
    @SuppressWarnings("EnumOrdinal")
    public static M randomMember(Random r, LocalDate asOf) {
        LocalDate birth = asOf.minusDays(r.nextInt(90 * 366));
        M m = new M(r.nextBoolean() ? Sex.MALE : Sex.FEMALE, birth);
        if (m.sex == Sex.FEMALE && r.nextInt(6) == 0) {
            m.pregnant = true;
        }
        if (m.sex == Sex.FEMALE && r.nextInt(10) == 0) {
            m.postpartum = true;
        }
        if ((m.pregnant || m.postpartum) && r.nextInt(3) == 0) {
            m.pregnancyOrder = 1 + r.nextInt(4);
        }
        if (r.nextInt(3) == 0) {
            m.school = SchoolLevel.values()[r.nextInt(3)];
        }
        m.disabled = r.nextInt(10) == 0;
        if (r.nextInt(6) == 0) {
            m.occupation = Occupation.values()[r.nextInt(Occupation.values().length)];
        }
        m.deceased = r.nextInt(8) == 0;
        return m;
    }
}
