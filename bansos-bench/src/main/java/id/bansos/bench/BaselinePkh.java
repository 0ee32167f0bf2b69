package id.bansos.bench;

import id.bansos.model.Household;
import id.bansos.model.Occupation;
import id.bansos.model.Person;
import id.bansos.model.SchoolLevel;
import id.bansos.model.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * PKH under POLICY-V1 hand-written as one plain loop over the members: the practical speed limit
 * that the library is measured against. It gives no reasons and no components, only eligibility
 * and the two amounts; the dated values are hard-coded here and picked once per date.
 *
 * <p>Not a second implementation to trust: bansos-bench checks that it agrees with the library
 * before it measures anything.
 */
public final class BaselinePkh {
    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
    private static final LocalDate INDEX_2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate DESIL_FROM = LocalDate.of(2025, 4, 1);
    private static final int MAX_COMPONENT_PERSONS = 4;
    private static final int ANAK_USIA_DINI_MAX_AGE = 6;
    private static final int SCHOOL_MAX_AGE = 21;
    private static final int TARGET_DESIL_MAX = 4;

    private final int year;
    private final int monthDay;
    private final long ibuHamil;
    private final long anakUsiaDini;
    private final long sd = 900_000;
    private final long smp = 1_500_000;
    private final long sma = 2_000_000;
    private final long disabilitasBerat = 2_400_000;
    private final long lanjutUsia = 2_400_000;
    private final int lansiaMinAge;
    private final long fixedBenefit;
    private final boolean desilTargeting;
    private final boolean tahapI;

    private BaselinePkh(LocalDate asOf) {
        this.year = asOf.getYear();
        this.monthDay = asOf.getMonthValue() * 32 + asOf.getDayOfMonth();
        boolean y2019 = asOf.isBefore(INDEX_2020);
        this.ibuHamil = y2019 ? 2_400_000 : 3_000_000;
        this.anakUsiaDini = y2019 ? 2_400_000 : 3_000_000;
        this.lansiaMinAge = y2019 ? 60 : 70;
        this.fixedBenefit = y2019 ? 550_000 : 0;
        this.desilTargeting = !asOf.isBefore(DESIL_FROM);
        this.tahapI = asOf.getMonthValue() <= 3;
    }

    /**
     * Returns the baseline for a date.
     *
     * @param asOf the date of evaluation, not null, from 2019-01-01 (the first dated values)
     * @return the baseline, not null
     * @throws NullPointerException if {@code asOf} is null
     * @throws IllegalArgumentException if {@code asOf} is before 2019-01-01
     */
    public static BaselinePkh on(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (asOf.isBefore(FIRST)) {
            throw new IllegalArgumentException("asOf must be on or after 2019-01-01, got " + asOf);
        }
        return new BaselinePkh(asOf);
    }

    /**
     * Decides one household.
     *
     * @param household the household, not null; no member born after the date
     * @return its eligibility and amounts, not null
     * @throws NullPointerException if {@code household} is null
     */
    public PkhOutcome evaluate(Household household) {
        List<Person> members = household.members();
        boolean anyLiving = false;
        boolean excluded = false;
        // The four highest component values so far, highest first; ties need no order for sums.
        long v0 = 0;
        long v1 = 0;
        long v2 = 0;
        long v3 = 0;
        for (int i = 0, n = members.size(); i < n; i++) {
            Person p = members.get(i);
            if (p.deceased()) {
                continue;
            }
            anyLiving = true;
            if (!excluded
                    && p.occupation().isPresent()
                    && excludes(p.occupation().get())) {
                excluded = true;
            }
            long v = value(p);
            if (v > v3) {
                if (v > v0) {
                    v3 = v2;
                    v2 = v1;
                    v1 = v0;
                    v0 = v;
                } else if (v > v1) {
                    v3 = v2;
                    v2 = v1;
                    v1 = v;
                } else if (v > v2) {
                    v3 = v2;
                    v2 = v;
                } else {
                    v3 = v;
                }
            }
        }
        if (!anyLiving || excluded || v0 == 0) {
            return PkhOutcome.NOT_ELIGIBLE;
        }
        if (desilTargeting) {
            if (household.desil().isEmpty() || household.desil().getAsInt() > TARGET_DESIL_MAX) {
                return PkhOutcome.NOT_ELIGIBLE;
            }
        }
        long sum = v0 + v1 + v2 + v3;
        return new PkhOutcome(true, sum + fixedBenefit, sum / MAX_COMPONENT_PERSONS + (tahapI ? fixedBenefit : 0));
    }

    private long value(Person p) {
        int age = ageOf(p.birthDate());
        long best = 0;
        if (p.sex() == Sex.FEMALE && (p.pregnant() || p.postpartum())) {
            best = ibuHamil;
        }
        if (p.schoolLevel().isPresent()) {
            if (age <= SCHOOL_MAX_AGE) {
                SchoolLevel level = p.schoolLevel().get();
                long school = level == SchoolLevel.SD ? sd : level == SchoolLevel.SMP ? smp : sma;
                best = Math.max(best, school);
            }
        } else if (age <= ANAK_USIA_DINI_MAX_AGE) {
            best = Math.max(best, anakUsiaDini);
        }
        if (p.severeDisability()) {
            best = Math.max(best, disabilitasBerat);
        }
        if (age >= lansiaMinAge) {
            best = Math.max(best, lanjutUsia);
        }
        return best;
    }

    // Whole years as java.time.Period counts them: a 29 February birthday falls on 1 March.
    private int ageOf(LocalDate birth) {
        int age = year - birth.getYear();
        return birth.getMonthValue() * 32 + birth.getDayOfMonth() > monthDay ? age - 1 : age;
    }

    private static boolean excludes(Occupation o) {
        return o != Occupation.LAINNYA;
    }
}
