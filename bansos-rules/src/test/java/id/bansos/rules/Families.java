package id.bansos.rules;

import id.bansos.model.Household;
import id.bansos.model.Occupation;
import id.bansos.model.Person;
import id.bansos.model.Relationship;
import id.bansos.model.SchoolLevel;
import id.bansos.model.id.RegionCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.EnrollmentStatus;
import id.bansos.model.program.Program;
import java.util.ArrayList;
import java.util.List;

/** Builders of valid households for the tests of the lifecycle packages (commitment, graduation, roster). */
public final class Families {
    /** A village in Tanjung, Lombok Utara. */
    public static final RegionCode TANJUNG = RegionCode.parse("52.08.01.2001");

    private Families() {}

    /** A member under construction; the NIK is made from birth date, sex and position. */
    public static final class Member {
        private final Households.M m;

        private Member(Households.M m) {
            this.m = m;
        }

        /** A pregnant woman. */
        public Member pregnant() {
            m.pregnant();
            return this;
        }

        /** Enrolled at a school level. */
        public Member school(SchoolLevel level) {
            m.school(level);
            return this;
        }

        /** With an occupation. */
        public Member works(Occupation o) {
            m.works(o);
            return this;
        }

        /** Deceased. */
        public Member deceased() {
            m.deceased();
            return this;
        }

        Person build(int position) {
            return m.build(position, position == 0 ? Relationship.HEAD : Relationship.CHILD);
        }
    }

    /** A man born on an ISO date. */
    public static Member man(String birth) {
        return new Member(Households.male(birth));
    }

    /** A woman born on an ISO date. */
    public static Member woman(String birth) {
        return new Member(Households.female(birth));
    }

    /** A household builder: member 0 is the HEAD, the others CHILD; in {@link #TANJUNG}. */
    public static Household.Builder family(String id, Member... members) {
        List<Person> persons = new ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            persons.add(members[i].build(i));
        }
        return Household.builder().id(id).region(TANJUNG).members(persons);
    }

    /** A one-person household in a village, with a desil (null for unknown). */
    public static Household single(String id, RegionCode village, Integer desil) {
        Household.Builder b = family(id, man("1980-05-05")).region(village);
        if (desil != null) {
            b.desil(desil);
        }
        return b.build();
    }

    /**
     * A random valid household on a date from a seed (1 to 8 members of every kind, desil missing
     * in a quarter), with id {@code H<seed in hex>}, in one of the given villages.
     */
    public static Household random(long seed, java.time.LocalDate asOf, List<RegionCode> villages) {
        Household h = Households.random(seed, asOf);
        return Household.builder()
                .from(h)
                .region(villages.get((int) Math.floorMod(seed, (long) villages.size())))
                .build();
    }

    /** Rupiah, for short. */
    public static Rupiah rp(long amount) {
        return Rupiah.of(amount);
    }

    /** An active PKH enrolment of a household since a date ({@code YYYY-MM-DD}). */
    public static Enrollment pkhSince(String householdId, String since) {
        return Enrollment.builder()
                .householdId(householdId)
                .program(Program.PKH)
                .since(java.time.LocalDate.parse(since))
                .status(EnrollmentStatus.ACTIVE)
                .build();
    }

    /** A commitment record of one tahap: the SD child at member 2 attends {@code attended} of 60 school days. */
    public static id.bansos.model.lifecycle.CommitmentRecord schoolDays(
            String householdId, id.bansos.model.time.Tahap tahap, int attended) {
        return id.bansos.model.lifecycle.CommitmentRecord.builder()
                .householdId(householdId)
                .tahap(tahap)
                .addChecks(id.bansos.model.lifecycle.CommitmentCheck.builder()
                        .kind(id.bansos.model.lifecycle.CommitmentKind.SCHOOL_ATTENDANCE)
                        .memberIndex(2)
                        .scheduled(60)
                        .attended(attended)
                        .build())
                .build();
    }
}
