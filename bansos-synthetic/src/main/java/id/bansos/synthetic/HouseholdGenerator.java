package id.bansos.synthetic;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The engine behind {@link SyntheticPopulation}: tables derived once from the settings, and the
 * pure function from an index to a household.
 *
 * <p>The numbers here are the distributions of {@code docs/synthetic.md}; change both together.
 */
final class HouseholdGenerator {
    /** The most members a household has before a duplicate member is appended. */
    static final int MAX_BASE_MEMBERS = 10;

    /**
     * The oldest age generated. Birth dates then span less than 98 years, so two different dates
     * never share the NIK's {@code DDMMYY}.
     */
    static final int MAX_AGE = 97;

    /** How far back a duplicate member may be taken from: household i copies from i-1 … i-8. */
    static final int DUPLICATE_LOOKBACK = 8;

    static final int DISTRICTS = 5;
    static final int VILLAGES_PER_DISTRICT = 10;
    static final int FIRST_VILLAGE = 2001;

    /** Households are spread over the districts by a shuffled pattern of this length. */
    static final int PATTERN_LENGTH = 1000;

    /**
     * Households per district in every 1000 for Lombok Utara (Tanjung, Gangga, Kayangan, Bayan,
     * Pemenang): the districts' shares of the 2020 Dukcapil population of 249,134.
     */
    private static final int[] LOMBOK_UTARA_PER_MILLE = {220, 207, 193, 218, 162};

    private static final int[] EQUAL_PER_MILLE = {200, 200, 200, 200, 200};

    /** Every household in the first district: the population of one district ({@code --region PP.KK.CC}). */
    private static final int[] ONE_DISTRICT_PER_MILLE = {1000, 0, 0, 0, 0};

    private static final int SERIALS = 9999;
    private static final int DAY_OFFSETS = 365;

    /**
     * The (day-in-year-of-age, serial) cells of one district and age. A person's cell is a
     * bijection of (rank of the household within its district, member position), so two people in
     * the same district and of the same age get different NIKs until a district holds more than
     * CELLS / MAX_BASE_MEMBERS = 364,963 households.
     */
    private static final long CELLS = (long) SERIALS * DAY_OFFSETS;

    // Household size 1 … 10; mean 3.64.
    private static final Weights SIZES = Weights.of(0.09, 0.18, 0.23, 0.23, 0.14, 0.07, 0.035, 0.015, 0.006, 0.004);

    private static final double FEMALE_HEAD = 0.17;
    private static final double FEMALE_SINGLE = 0.55;
    private static final AgeBands HEAD_AGES = new AgeBands(
            new int[] {18, 25, 35, 45, 55, 65}, new int[] {24, 34, 44, 54, 64, 85}, 0.05, 0.22, 0.26, 0.22, 0.15, 0.10);
    private static final AgeBands SINGLE_AGES =
            new AgeBands(new int[] {20, 40, 60}, new int[] {39, 59, 90}, 0.25, 0.30, 0.45);
    private static final double SPOUSE_OF_MALE_HEAD = 0.93;
    private static final double SPOUSE_OF_FEMALE_HEAD = 0.05;

    private static final double MALE_CHILD = 0.51;
    private static final int HEAD_MIN_AGE = 18;
    private static final int HEAD_YEARS_PER_MEMBER = 3;
    private static final int MOTHER_MIN_AGE = 19;
    private static final int FIRST_BIRTH_SPREAD = 8;
    private static final int MIN_BIRTH_SPACING = 2;
    private static final int BIRTH_SPACING_SPREAD = 3;
    private static final int LEAVE_HOME_MIN_AGE = 22;
    private static final int LEAVE_HOME_SPREAD = 12;
    private static final double FEMALE_PARENT = 0.65;
    private static final double FEMALE_CHILD_IN_LAW = 0.60;

    private static final double NAME_PRESENT = 0.98;

    private static final double HEAD_DECEASED_WHEN_ALONE = 0.002;
    private static final double DECEASED_UNDER_60 = 0.008;
    private static final double DECEASED_60_PLUS = 0.07;

    private static final double SD_ENROLLED = 0.97;
    private static final double SMP_ENROLLED = 0.88;
    private static final double SMA_ENROLLED = 0.70;

    private static final double PREGNANT_MARRIED = 0.07;
    private static final double POSTPARTUM_MARRIED = 0.012;
    private static final double PREGNANT_OTHER = 0.01;
    private static final double POSTPARTUM_OTHER = 0.002;

    /** A pregnant or post-partum woman's pregnancy order is unrecorded for this share. */
    private static final double PREGNANCY_ORDER_MISSING = 0.20;
    /** The share with one earlier pregnancy not on the card (a child who left home or died, a miscarriage). */
    private static final double EARLIER_BIRTH_OFF_CARD = 0.10;

    private static final double DISABLED_UNDER_60 = 0.015;
    private static final double DISABLED_60_PLUS = 0.07;

    private static final double OCCUPATION_RECORDED = 0.80;
    private static final double EXCLUDED_IS_HEAD = 0.75;
    private static final Occupation[] EXCLUDED = {
        Occupation.PERANGKAT_DESA,
        Occupation.ASN,
        Occupation.GURU_SERTIFIKASI,
        Occupation.TENAGA_KESEHATAN,
        Occupation.PEKERJA_APBN_APBD,
        Occupation.PEMILIK_USAHA,
        Occupation.BUMN_BUMD,
        Occupation.TNI,
        Occupation.POLRI,
        Occupation.PENSIUNAN_ASN_TNI_POLRI
    };
    private static final Weights EXCLUDED_WEIGHTS =
            Weights.of(0.20, 0.18, 0.12, 0.10, 0.12, 0.10, 0.06, 0.04, 0.04, 0.04);
    private static final int PENSION_AGE = 56;
    private static final int RETIRED_AGE = 65;

    private static final double DESIL_MISSING = 0.05;
    private static final Weights DESIL = Weights.of(0.17, 0.15, 0.13, 0.11, 0.10, 0.09, 0.08, 0.07, 0.06, 0.04);
    private static final Weights EXCLUDED_DESIL =
            Weights.of(0.02, 0.03, 0.05, 0.08, 0.10, 0.12, 0.14, 0.15, 0.16, 0.15);

    private static final double INCOME_PRESENT = 0.60;
    private static final double INCOME_MEDIAN_DESIL_1 = 750_000;
    private static final double INCOME_STEP_PER_DESIL = 1.28;
    private static final double INCOME_SIGMA = 0.45;
    private static final double INCOME_MEDIAN_UNKNOWN = 1_500_000;
    private static final double INCOME_SIGMA_UNKNOWN = 0.80;
    private static final long INCOME_ROUNDING = 10_000;

    private static final int KK_MIN_AGE_DAYS = 30;
    private static final int KK_AGE_SPAN_DAYS = 15 * 365;

    private static final String[] MALE_FIRST = {
        "Muhammad", "Ahmad", "Lalu", "Abdul", "Rahmat", "Hairul", "Supardi", "Saharudin", "Zulkifli", "Junaidi",
        "Hasan", "Idris", "Rusdi", "Burhan", "Mahsun", "Sukri", "Hamdan", "Samsul", "Arif", "Fauzan",
        "Ilham", "Rizki", "Wahyu", "Agus", "Made", "Ketut", "Kadek", "Nyoman", "Sahnan", "Jumadil"
    };
    private static final String[] MALE_SECOND = {
        "Hidayat",
        "Rahman",
        "Hakim",
        "Saputra",
        "Hasbi",
        "Ramdani",
        "Maulana",
        "Hadi",
        "Wijaya",
        "Iskandar",
        "Firmansyah",
        "Kurniawan",
        "Setiawan",
        "Sanjaya",
        "Ardiansyah",
        "Mustofa",
        "Zainuddin",
        "Anwar",
        "Pratama",
        "Adnan"
    };
    private static final String[] FEMALE_FIRST = {
        "Siti",
        "Baiq",
        "Nurul",
        "Sri",
        "Rohani",
        "Hasanah",
        "Marniati",
        "Sumiati",
        "Aminah",
        "Fatimah",
        "Nuraini",
        "Rahmawati",
        "Juliana",
        "Sulastri",
        "Halimah",
        "Wulandari",
        "Ayu",
        "Lestari",
        "Aisyah",
        "Zahra",
        "Salmah",
        "Rukiah",
        "Maesarah",
        "Ni Made",
        "Ni Ketut",
        "Komang",
        "Kartini",
        "Yuliani",
        "Hartini",
        "Mariam"
    };
    private static final String[] FEMALE_SECOND = {
        "Sari", "Rahayu", "Wati", "Susanti", "Hidayati", "Apriani", "Handayani", "Fitriani", "Ningsih",
        "Safitri", "Lestari", "Utami", "Maharani", "Anggraini", "Rosida", "Zuhriah", "Aini", "Yanti",
        "Marlina", "Puspita"
    };

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long INDEX_SALT = 0x5851F42D4C957F2DL;
    private static final long TABLE_SALT = 0x14057B7EF767814FL;
    /**
     * Pregnancy orders come from their own stream per household, so that adding them left every
     * other drawn value of a seed as it was.
     */
    private static final long ORDER_SALT = 0x2545F4914F6CDD1DL;

    private final long seed;
    private final LocalDate reference;
    private final double duplicateShare;
    private final double excludedShare;
    private final String idPrefix;
    private final long[] districtPrefix = new long[DISTRICTS];
    private final RegionCode[][] villageCodes = new RegionCode[DISTRICTS][VILLAGES_PER_DISTRICT];
    private final List<RegionCode> villages;
    private final byte[] pattern = new byte[PATTERN_LENGTH];
    private final int[] rankInPattern = new int[PATTERN_LENGTH];
    private final int[] perPattern;
    private final long[] latestBirthEpochDay = new long[MAX_AGE + 1];
    private final int serialMultiplier;
    private final int serialOffset;
    private final int[] dayShift = new int[SERIALS];

    HouseholdGenerator(SyntheticPopulation settings) {
        this.seed = settings.seed();
        this.reference = settings.reference();
        this.duplicateShare = settings.duplicateNikShare();
        this.excludedShare = settings.excludedOccupationShare();
        RegionCode regency = settings.regency();
        Optional<RegionCode> only = settings.district();
        boolean lombokUtara = regency.equals(SyntheticPopulation.LOMBOK_UTARA);
        // With one district, every household falls in the first slot of the pattern, which is that district.
        this.idPrefix = only.isPresent() ? only.get().digits() + "-" : lombokUtara ? "KLU-" : regency.digits() + "-";
        this.perPattern =
                only.isPresent() ? ONE_DISTRICT_PER_MILLE : lombokUtara ? LOMBOK_UTARA_PER_MILLE : EQUAL_PER_MILLE;

        List<RegionCode> all = new ArrayList<>(DISTRICTS * VILLAGES_PER_DISTRICT);
        for (int d = 0; d < DISTRICTS; d++) {
            String district = only.isPresent() && d == 0 ? only.get().digits() : regency.digits() + "0" + (d + 1);
            districtPrefix[d] = Long.parseLong(district);
            for (int v = 0; v < VILLAGES_PER_DISTRICT; v++) {
                villageCodes[d][v] = RegionCode.parse(district + (FIRST_VILLAGE + v));
                if (perPattern[d] > 0) {
                    all.add(villageCodes[d][v]);
                }
            }
        }
        this.villages = List.copyOf(all);

        for (int a = 0; a <= MAX_AGE; a++) {
            latestBirthEpochDay[a] = reference.minusYears(a).toEpochDay();
        }

        SplittableRandom tables = new SplittableRandom(fmix(seed ^ TABLE_SALT));
        int at = 0;
        for (int d = 0; d < DISTRICTS; d++) {
            for (int c = 0; c < perPattern[d]; c++) {
                pattern[at++] = (byte) d;
            }
        }
        for (int i = PATTERN_LENGTH - 1; i > 0; i--) {
            int j = tables.nextInt(i + 1);
            byte t = pattern[i];
            pattern[i] = pattern[j];
            pattern[j] = t;
        }
        int[] seen = new int[DISTRICTS];
        for (int i = 0; i < PATTERN_LENGTH; i++) {
            rankInPattern[i] = seen[pattern[i]]++;
        }
        int multiplier;
        do {
            multiplier = 1 + tables.nextInt(SERIALS - 1);
        } while (gcd(multiplier, SERIALS) != 1);
        this.serialMultiplier = multiplier;
        this.serialOffset = tables.nextInt(SERIALS);
        for (int r = 0; r < SERIALS; r++) {
            dayShift[r] = tables.nextInt(DAY_OFFSETS);
        }
    }

    List<RegionCode> villages() {
        return villages;
    }

    Household household(long index) {
        SplittableRandom rng = new SplittableRandom(mix(seed, index));
        Base base = base(index, rng);
        List<Person> members = base.members;
        if (index > 0 && rng.nextDouble() < duplicateShare) {
            long source = index - 1 - rng.nextInt((int) Math.min(DUPLICATE_LOOKBACK, index));
            members.add(duplicateOf(source, base.headAge, rng));
        }
        Household.Builder b = Household.builder()
                .id(id(index))
                .region(base.village)
                .kkNumber(base.kk)
                .members(members);
        if (base.desil > 0) {
            b.desil(base.desil);
        }
        if (base.income >= 0) {
            b.monthlyIncome(Rupiah.of(base.income));
        }
        return b.build();
    }

    /**
     * Copies a living member of an earlier household, as a relative registered on two family
     * cards. The copy keeps no NIK of this household: its cell differs from every cell here by
     * 1 to 89 positions (at most eight households back, ten members each), never by a multiple of
     * CELLS.
     */
    private Person duplicateOf(long source, int headAge, SplittableRandom rng) {
        List<Person> from = base(source, new SplittableRandom(mix(seed, source))).members;
        int start = rng.nextInt(from.size());
        Person p = from.get(start);
        for (int k = 0; k < from.size() && p.deceased(); k++) {
            p = from.get((start + k) % from.size());
        }
        Relationship relationship = p.ageOn(reference) >= headAge + 15 ? Relationship.PARENT : Relationship.OTHER;
        return Person.builder()
                .nik(p.nik())
                .name(p.name())
                .sex(p.sex())
                .birthDate(p.birthDate())
                .relationship(relationship)
                .pregnant(p.pregnant())
                .postpartum(p.postpartum())
                .pregnancyOrder(p.pregnancyOrder())
                .schoolLevel(p.schoolLevel())
                .severeDisability(p.severeDisability())
                .occupation(p.occupation())
                .build();
    }

    private String id(long index) {
        String number = Long.toString(index + 1);
        StringBuilder sb = new StringBuilder(idPrefix.length() + Math.max(8, number.length()));
        sb.append(idPrefix);
        for (int z = number.length(); z < 8; z++) {
            sb.append('0');
        }
        return sb.append(number).toString();
    }

    /** A household without its duplicate member: what a later household may copy from. */
    private static final class Base {
        RegionCode village;
        KkNumber kk;
        int headAge;
        int desil;
        long income = -1;
        List<Person> members;
    }

    private Base base(long index, SplittableRandom rng) {
        int slot = (int) (index % PATTERN_LENGTH);
        int district = pattern[slot];
        long rank = index / PATTERN_LENGTH * perPattern[district] + rankInPattern[slot];
        Base base = new Base();
        base.village = villageCodes[district][rng.nextInt(VILLAGES_PER_DISTRICT)];

        int size = 1 + SIZES.sample(rng);
        Draft[] drafts = compose(size, rng);
        base.headAge = drafts[0].age;
        boolean married = size > 1 && drafts[1].relationship == Relationship.SPOUSE;

        boolean excluded = rng.nextDouble() < excludedShare;
        int excludedAt = -1;
        Occupation excludedAs = null;
        if (excluded) {
            excludedAt = married && rng.nextDouble() >= EXCLUDED_IS_HEAD && workingAge(drafts[1].age) ? 1 : 0;
            int age = drafts[excludedAt].age;
            excludedAs = EXCLUDED[EXCLUDED_WEIGHTS.sample(rng)];
            if (age >= RETIRED_AGE) {
                excludedAs = Occupation.PENSIUNAN_ASN_TNI_POLRI;
            } else if (excludedAs == Occupation.PENSIUNAN_ASN_TNI_POLRI && age < PENSION_AGE) {
                excludedAs = Occupation.ASN;
            }
        }

        long prefix = districtPrefix[district];
        long firstCell = Math.floorMod(rank, CELLS) * MAX_BASE_MEMBERS;
        List<Person> members = new ArrayList<>(size + 1);
        SplittableRandom orders = null;
        for (int p = 0; p < size; p++) {
            Draft d = drafts[p];
            long cell = dayOffsetAndSerial(firstCell + p);
            LocalDate birth = LocalDate.ofEpochDay(latestBirthEpochDay[d.age] - cell / 10_000);
            int serial = (int) (cell % 10_000);
            boolean female = d.sex == Sex.FEMALE;
            long nik = prefix * 10_000_000_000L
                    + (birth.getDayOfMonth() + (female ? 40 : 0)) * 100_000_000L
                    + birth.getMonthValue() * 1_000_000L
                    + Math.floorMod(birth.getYear(), 100) * 10_000L
                    + serial;
            Person.Builder person = Person.builder()
                    .nik(Nik.parse(Long.toString(nik)))
                    .sex(d.sex)
                    .birthDate(birth)
                    .relationship(d.relationship);
            if (rng.nextDouble() < NAME_PRESENT) {
                person.name(name(d.sex, rng));
            }
            boolean deceased = p == 0
                    ? size == 1 && rng.nextDouble() < HEAD_DECEASED_WHEN_ALONE
                    : rng.nextDouble() < (d.age >= 60 ? DECEASED_60_PLUS : DECEASED_UNDER_60);
            person.deceased(deceased);
            SchoolLevel school = deceased ? null : school(d.age, rng);
            if (school != null) {
                person.schoolLevel(school);
            }
            if (female && !deceased && d.age >= 15 && d.age <= 49) {
                boolean wife = d.relationship == Relationship.SPOUSE
                        || d.relationship == Relationship.IN_LAW
                        || (p == 0 && married);
                double pregnant = wife ? PREGNANT_MARRIED : PREGNANT_OTHER;
                double postpartum = wife ? POSTPARTUM_MARRIED : POSTPARTUM_OTHER;
                double u = rng.nextDouble();
                boolean isPregnant = u < pregnant;
                boolean isPostpartum = !isPregnant && u < pregnant + postpartum;
                person.pregnant(isPregnant);
                person.postpartum(isPostpartum);
                if (isPregnant || isPostpartum) {
                    if (orders == null) {
                        orders = new SplittableRandom(mix(seed ^ ORDER_SALT, index));
                    }
                    int order = pregnancyOrder(drafts, p, isPostpartum, orders);
                    if (order > 0) {
                        person.pregnancyOrder(order);
                    }
                }
            }
            person.severeDisability(rng.nextDouble() < (d.age >= 60 ? DISABLED_60_PLUS : DISABLED_UNDER_60));
            if (p == excludedAt) {
                person.occupation(excludedAs);
            } else if (d.age >= 15 && school == null && rng.nextDouble() < OCCUPATION_RECORDED) {
                person.occupation(Occupation.LAINNYA);
            }
            members.add(person.build());
        }
        base.members = members;

        if (rng.nextDouble() >= DESIL_MISSING) {
            base.desil = 1 + (excluded ? EXCLUDED_DESIL : DESIL).sample(rng);
        }
        if (rng.nextDouble() < INCOME_PRESENT) {
            double median = base.desil > 0
                    ? INCOME_MEDIAN_DESIL_1 * Math.pow(INCOME_STEP_PER_DESIL, base.desil - 1)
                    : INCOME_MEDIAN_UNKNOWN;
            double sigma = base.desil > 0 ? INCOME_SIGMA : INCOME_SIGMA_UNKNOWN;
            double income = median * Math.exp(sigma * rng.nextGaussian());
            base.income = Math.round(income / INCOME_ROUNDING) * INCOME_ROUNDING;
        }
        LocalDate issued = reference.minusDays(KK_MIN_AGE_DAYS + rng.nextInt(KK_AGE_SPAN_DAYS));
        long kk = prefix * 10_000_000_000L
                + issued.getDayOfMonth() * 100_000_000L
                + issued.getMonthValue() * 1_000_000L
                + Math.floorMod(issued.getYear(), 100) * 10_000L
                + rank % SERIALS
                + 1;
        base.kk = KkNumber.parse(Long.toString(kk));
        return base;
    }

    /**
     * Draws which pregnancy this is for the pregnant or post-partum woman at {@code at}, or 0 when
     * unrecorded: one more than her children on the card (the head's and spouse's children for the
     * head or spouse, the grandchildren for a daughter-in-law, none for other women), plus
     * sometimes one earlier pregnancy not on the card. A post-partum woman's baby is already on the
     * card when a child of age 0 is.
     */
    private static int pregnancyOrder(Draft[] drafts, int at, boolean postpartum, SplittableRandom rng) {
        if (rng.nextDouble() < PREGNANCY_ORDER_MISSING) {
            return 0;
        }
        Relationship own = drafts[at].relationship;
        Relationship children = own == Relationship.IN_LAW
                ? Relationship.GRANDCHILD
                : own == Relationship.SPOUSE || own == Relationship.HEAD ? Relationship.CHILD : null;
        int onCard = 0;
        boolean newborn = false;
        for (Draft d : drafts) {
            if (d.relationship == children) {
                onCard++;
                newborn |= d.age == 0;
            }
        }
        int offCard = rng.nextDouble() < EARLIER_BIRTH_OFF_CARD ? 1 : 0;
        return onCard + offCard + (postpartum && newborn ? 0 : 1);
    }

    /**
     * Maps a cell number to {@code dayOffset * 10_000 + serial}: a bijection of [0, CELLS) onto
     * (0–364, 1–9999), scrambled by the seed so that serials and birthdays look unrelated.
     */
    private long dayOffsetAndSerial(long cell) {
        int c = (int) (cell % CELLS);
        int r = c % SERIALS;
        int q = c / SERIALS;
        int serial = (int) ((r * (long) serialMultiplier + serialOffset) % SERIALS) + 1;
        int dayOffset = (q + dayShift[r]) % DAY_OFFSETS;
        return dayOffset * 10_000L + serial;
    }

    private static boolean workingAge(int age) {
        return age >= 20 && age < RETIRED_AGE;
    }

    private static SchoolLevel school(int age, SplittableRandom rng) {
        if (age >= 7 && age <= 12) {
            return rng.nextDouble() < SD_ENROLLED ? SchoolLevel.SD : null;
        }
        if (age >= 13 && age <= 15) {
            return rng.nextDouble() < SMP_ENROLLED ? SchoolLevel.SMP : null;
        }
        if (age >= 16 && age <= 18) {
            return rng.nextDouble() < SMA_ENROLLED ? SchoolLevel.SMA : null;
        }
        return null;
    }

    private static String name(Sex sex, SplittableRandom rng) {
        String[] first = sex == Sex.MALE ? MALE_FIRST : FEMALE_FIRST;
        String[] second = sex == Sex.MALE ? MALE_SECOND : FEMALE_SECOND;
        return first[rng.nextInt(first.length)] + ' ' + second[rng.nextInt(second.length)];
    }

    /** A member before its NIK and flags are drawn. */
    private static final class Draft {
        final Relationship relationship;
        final Sex sex;
        final int age;

        Draft(Relationship relationship, Sex sex, int age) {
            this.relationship = relationship;
            this.sex = sex;
            this.age = Math.min(MAX_AGE, Math.max(0, age));
        }
    }

    /** Draws who lives in a household of {@code size}: the head, maybe a spouse, then relatives. */
    private static Draft[] compose(int size, SplittableRandom rng) {
        Draft[] drafts = new Draft[size];
        Sex headSex;
        int headAge;
        if (size == 1) {
            headSex = rng.nextDouble() < FEMALE_SINGLE ? Sex.FEMALE : Sex.MALE;
            headAge = SINGLE_AGES.sample(rng);
        } else {
            headSex = rng.nextDouble() < FEMALE_HEAD ? Sex.FEMALE : Sex.MALE;
            headAge = HEAD_AGES.sample(rng);
            // Young couples rarely head large households; without this floor, infants pile up.
            int floor = HEAD_MIN_AGE + HEAD_YEARS_PER_MEMBER * (size - 2);
            if (headAge < floor) {
                headAge = floor + rng.nextInt(10);
            }
        }
        drafts[0] = new Draft(Relationship.HEAD, headSex, headAge);
        int n = 1;
        int motherAge = headSex == Sex.FEMALE ? headAge : headAge - 3;
        boolean male = headSex == Sex.MALE;
        if (size > 1 && rng.nextDouble() < (male ? SPOUSE_OF_MALE_HEAD : SPOUSE_OF_FEMALE_HEAD)) {
            int spouseAge = male ? Math.max(16, headAge - rng.nextInt(8)) : headAge + rng.nextInt(6);
            drafts[n++] = new Draft(Relationship.SPOUSE, male ? Sex.FEMALE : Sex.MALE, spouseAge);
            motherAge = male ? spouseAge : headAge;
        }
        int firstRelative = n;
        int parents = 0;
        int childAge = eldestChildAge(motherAge, rng);
        while (n < size) {
            Relationship relationship = relative(headAge, rng);
            if (relationship == Relationship.PARENT && parents++ >= 2) {
                relationship = Relationship.CHILD;
            }
            if (relationship == Relationship.CHILD) {
                drafts[n++] = new Draft(relationship, childSex(rng), childAge);
                childAge -= MIN_BIRTH_SPACING + rng.nextInt(BIRTH_SPACING_SPREAD);
            } else {
                drafts[n++] = relativeDraft(relationship, headAge, rng);
            }
        }
        // Family cards list children by birth order, then the other relatives.
        Arrays.sort(
                drafts,
                firstRelative,
                size,
                (a, b) -> a.relationship != b.relationship
                        ? a.relationship.compareTo(b.relationship)
                        : Integer.compare(b.age, a.age));
        return drafts;
    }

    private static Relationship relative(int headAge, SplittableRandom rng) {
        double u = rng.nextDouble();
        if (headAge >= 60) {
            return u < 0.55
                    ? Relationship.CHILD
                    : u < 0.90 ? Relationship.GRANDCHILD : u < 0.97 ? Relationship.IN_LAW : Relationship.OTHER;
        }
        if (headAge >= 45) {
            return u < 0.80
                    ? Relationship.CHILD
                    : u < 0.90
                            ? Relationship.GRANDCHILD
                            : u < 0.94 ? Relationship.PARENT : u < 0.98 ? Relationship.IN_LAW : Relationship.OTHER;
        }
        return u < 0.88
                ? Relationship.CHILD
                : u < 0.95 ? Relationship.PARENT : u < 0.97 ? Relationship.IN_LAW : Relationship.OTHER;
    }

    /**
     * The age of the eldest child still at home: born when the mother was 19 to 26, or a younger
     * sibling if the eldest have left home (at 22 to 33). Later children follow 2 to 4 years apart;
     * ages below zero become zero (twins, rarely).
     */
    private static int eldestChildAge(int motherAge, SplittableRandom rng) {
        int age = motherAge - MOTHER_MIN_AGE - rng.nextInt(FIRST_BIRTH_SPREAD);
        int leftHomeAfter = LEAVE_HOME_MIN_AGE + rng.nextInt(LEAVE_HOME_SPREAD);
        while (age > leftHomeAfter) {
            age -= MIN_BIRTH_SPACING + rng.nextInt(BIRTH_SPACING_SPREAD);
        }
        return age;
    }

    /** Draws a relative other than a child. */
    private static Draft relativeDraft(Relationship relationship, int headAge, SplittableRandom rng) {
        switch (relationship) {
            case GRANDCHILD -> {
                return new Draft(relationship, childSex(rng), rng.nextInt(Math.max(0, Math.min(headAge - 36, 20)) + 1));
            }
            case PARENT -> {
                return new Draft(
                        relationship,
                        rng.nextDouble() < FEMALE_PARENT ? Sex.FEMALE : Sex.MALE,
                        headAge + 18 + rng.nextInt(18));
            }
            case IN_LAW -> {
                if (headAge >= 45) {
                    // A son- or daughter-in-law (menantu).
                    return new Draft(
                            relationship,
                            rng.nextDouble() < FEMALE_CHILD_IN_LAW ? Sex.FEMALE : Sex.MALE,
                            18 + rng.nextInt(23));
                }
                // A parent-in-law (mertua).
                return new Draft(
                        relationship,
                        rng.nextDouble() < FEMALE_PARENT ? Sex.FEMALE : Sex.MALE,
                        headAge + 20 + rng.nextInt(16));
            }
            default -> {
                return new Draft(relationship, rng.nextBoolean() ? Sex.FEMALE : Sex.MALE, 5 + rng.nextInt(66));
            }
        }
    }

    private static Sex childSex(SplittableRandom rng) {
        return rng.nextDouble() < MALE_CHILD ? Sex.MALE : Sex.FEMALE;
    }

    /** The seed of household {@code index}: distinct indices give distinct seeds for one population. */
    static long mix(long seed, long index) {
        return fmix(fmix(seed ^ INDEX_SALT) + index * GOLDEN_GAMMA);
    }

    /** MurmurHash3's 64-bit finaliser, a bijection that spreads every input bit over the output. */
    private static long fmix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** A discrete distribution over 0 … n-1, sampled by one uniform draw. */
    static final class Weights {
        private final double[] cumulative;

        private Weights(double[] cumulative) {
            this.cumulative = cumulative;
        }

        static Weights of(double... weights) {
            double[] cumulative = new double[weights.length];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulative[i] = sum;
            }
            for (int i = 0; i < cumulative.length; i++) {
                cumulative[i] /= sum;
            }
            return new Weights(cumulative);
        }

        int sample(SplittableRandom rng) {
            double u = rng.nextDouble();
            int last = cumulative.length - 1;
            for (int i = 0; i < last; i++) {
                if (u < cumulative[i]) {
                    return i;
                }
            }
            return last;
        }
    }

    /** Ages drawn as a band by weight, then uniformly within the band. */
    private static final class AgeBands {
        private final int[] lows;
        private final int[] highs;
        private final Weights weights;

        AgeBands(int[] lows, int[] highs, double... weights) {
            this.lows = lows;
            this.highs = highs;
            this.weights = Weights.of(weights);
        }

        int sample(SplittableRandom rng) {
            int band = weights.sample(rng);
            return lows[band] + rng.nextInt(highs[band] - lows[band] + 1);
        }
    }
}
