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
 * PKH under POLICY-V2 hand-written as plain loops over the members: the practical speed limit
 * that the library is measured against. It gives no reasons and no components, only eligibility
 * and the two amounts; the dated values are hard-coded here and picked once per date.
 *
 * <p>The assignment (POLICY-V2 rule 6) needs only the largest total here, not which member is paid
 * what, so it is solved by an argument instead of a search. The limits are 2 young children, 1
 * person with a severe disability, 1 elderly person, 4 members in all. Every member's unlimited
 * value (pregnancy, school) is at most the young-child value, which equals the pregnancy value on
 * every date. Once it is fixed who holds the disability place and who the elderly place (each
 * possibility is tried), giving the two young-child places to the young children of lowest
 * unlimited value is best (any other choice leaves a list of values that is no higher, value by
 * value), and the cap then keeps the four highest values.
 *
 * <p>Not a second implementation to trust: bansos-bench checks that it agrees with the library
 * before it measures anything. Thread-safe.
 */
public final class BaselinePkh {
    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
    private static final LocalDate INDEX_2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate COVID_FROM = LocalDate.of(2020, 4, 1);
    private static final LocalDate COVID_UNTIL = LocalDate.of(2021, 1, 1);
    private static final LocalDate DESIL_FROM = LocalDate.of(2025, 4, 1);
    private static final int MAX_COMPONENT_PERSONS = 4;
    private static final int MAX_PREGNANCY_ORDER = 2;
    private static final int ANAK_USIA_DINI_MAX_AGE = 6;
    private static final int SCHOOL_MAX_AGE = 21;
    private static final int TARGET_DESIL_MAX = 4;
    private static final int TAHAP_PER_YEAR = 4;
    private static final int MONTHS_PER_YEAR = 12;

    /** Flags of the limited components a member qualifies for. */
    private static final int AUD = 1;

    private static final int DIS = 2;
    private static final int LU = 4;

    private final int year;
    private final int monthDay;
    private final long ibuHamil;
    private final long anakUsiaDini;
    private final long sd;
    private final long smp;
    private final long sma;
    private final long disabilitasBerat;
    private final long lanjutUsia;
    private final int lansiaMinAge;
    private final long fixedBenefit;
    private final boolean desilTargeting;
    private final int paymentsPerYear;
    private final boolean paysFixedBenefit;

    private BaselinePkh(LocalDate asOf) {
        this.year = asOf.getYear();
        this.monthDay = asOf.getMonthValue() * 32 + asOf.getDayOfMonth();
        boolean y2019 = asOf.isBefore(INDEX_2020);
        // April to December 2020: the index raised by a quarter, paid monthly (COVID-19 relief).
        boolean covid = !asOf.isBefore(COVID_FROM) && asOf.isBefore(COVID_UNTIL);
        this.ibuHamil = y2019 ? 2_400_000 : covid ? 3_750_000 : 3_000_000;
        this.anakUsiaDini = ibuHamil;
        this.sd = covid ? 1_125_000 : 900_000;
        this.smp = covid ? 1_875_000 : 1_500_000;
        this.sma = covid ? 2_500_000 : 2_000_000;
        this.disabilitasBerat = covid ? 3_000_000 : 2_400_000;
        this.lanjutUsia = disabilitasBerat;
        this.lansiaMinAge = y2019 ? 60 : 70;
        this.fixedBenefit = y2019 ? 550_000 : 0;
        this.desilTargeting = !asOf.isBefore(DESIL_FROM);
        this.paymentsPerYear = covid ? MONTHS_PER_YEAR : TAHAP_PER_YEAR;
        // The fixed benefit comes with tahap I (January to March), or with January when monthly.
        this.paysFixedBenefit = covid ? asOf.getMonthValue() == 1 : asOf.getMonthValue() <= 3;
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
        int n = members.size();
        // The qualifying members: their highest unlimited value and their limited components.
        long[] unlimited = new long[n];
        int[] limited = new int[n];
        int q = 0;
        boolean anyLiving = false;
        boolean excluded = false;
        for (int i = 0; i < n; i++) {
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
            int age = ageOf(p.birthDate());
            long u = 0;
            int flags = 0;
            if (p.sex() == Sex.FEMALE
                    && (p.pregnant() || p.postpartum())
                    && p.pregnancyOrder().orElse(1) <= MAX_PREGNANCY_ORDER) {
                u = ibuHamil;
            }
            if (p.schoolLevel().isPresent()) {
                if (age <= SCHOOL_MAX_AGE) {
                    SchoolLevel level = p.schoolLevel().get();
                    u = Math.max(u, level == SchoolLevel.SD ? sd : level == SchoolLevel.SMP ? smp : sma);
                }
            } else if (age <= ANAK_USIA_DINI_MAX_AGE) {
                flags |= AUD;
            }
            if (p.severeDisability()) {
                flags |= DIS;
            }
            if (age >= lansiaMinAge) {
                flags |= LU;
            }
            if (u > 0 || flags != 0) {
                unlimited[q] = u;
                limited[q] = flags;
                q++;
            }
        }
        if (!anyLiving || excluded || q == 0) {
            return PkhOutcome.NOT_ELIGIBLE;
        }
        if (desilTargeting) {
            if (household.desil().isEmpty() || household.desil().getAsInt() > TARGET_DESIL_MAX) {
                return PkhOutcome.NOT_ELIGIBLE;
            }
        }
        long sum = largestTotal(unlimited, limited, q);
        return new PkhOutcome(true, sum + fixedBenefit, sum / paymentsPerYear + (paysFixedBenefit ? fixedBenefit : 0));
    }

    /** The largest total of an assignment: every holder of the disability and the elderly place tried. */
    private long largestTotal(long[] unlimited, int[] limited, int q) {
        long best = 0;
        for (int dis = -1; dis < q; dis++) {
            if (dis >= 0 && (limited[dis] & DIS) == 0) {
                continue;
            }
            for (int lu = -1; lu < q; lu++) {
                if (lu >= 0 && (lu == dis || (limited[lu] & LU) == 0)) {
                    continue;
                }
                best = Math.max(best, total(unlimited, limited, q, dis, lu));
            }
        }
        return best;
    }

    /**
     * The total with member {@code dis} paid the disability and {@code lu} the elderly component
     * (-1: nobody), the two young-child places given to the young children of lowest unlimited value,
     * everyone else paid their unlimited value, and the four highest values kept.
     */
    private long total(long[] unlimited, int[] limited, int q, int dis, int lu) {
        int aud1 = -1;
        int aud2 = -1;
        for (int i = 0; i < q; i++) {
            if (i == dis || i == lu || (limited[i] & AUD) == 0) {
                continue;
            }
            if (aud1 < 0 || unlimited[i] < unlimited[aud1]) {
                aud2 = aud1;
                aud1 = i;
            } else if (aud2 < 0 || unlimited[i] < unlimited[aud2]) {
                aud2 = i;
            }
        }
        long[] top = new long[MAX_COMPONENT_PERSONS];
        if (dis >= 0) {
            keep(top, disabilitasBerat);
        }
        if (lu >= 0) {
            keep(top, lanjutUsia);
        }
        for (int i = 0; i < q; i++) {
            if (i != dis && i != lu) {
                keep(top, i == aud1 || i == aud2 ? anakUsiaDini : unlimited[i]);
            }
        }
        long sum = 0;
        for (long v : top) {
            sum += v;
        }
        return sum;
    }

    /** Keeps the highest values, highest first. */
    private static void keep(long[] top, long value) {
        for (int k = 0; k < top.length; k++) {
            if (value > top[k]) {
                System.arraycopy(top, k, top, k + 1, top.length - k - 1);
                top[k] = value;
                return;
            }
        }
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
