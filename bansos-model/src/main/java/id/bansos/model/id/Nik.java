package id.bansos.model.id;

import id.bansos.model.Sex;
import id.bansos.model.internal.Checks;
import id.bansos.model.internal.Masks;
import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A Nomor Induk Kependudukan (NIK), the 16-digit lifelong personal number issued by Dukcapil.
 *
 * <p>The digits read {@code PP KK CC DDMMYY NNNN}: the province, regency/city and district where the
 * NIK was first issued; the date of birth, with 40 added to the day for women; and a serial from
 * {@code 0001}. The number is issued once and kept for life (UU 23/2006 on Administrasi
 * Kependudukan as amended by UU 24/2013, Article 13), so the region prefix says where it was issued,
 * not where the person lives now. The two-digit year leaves the century open: see
 * {@link #birthDate(LocalDate)} and {@link #agreesWith(LocalDate, Sex)}.
 *
 * <p>Example: {@code 5208014101900001} is a woman (day 41 = 1 + 40) born on 1 January of a year
 * ending in 90, first registered in district {@code 52.08.01}, serial 1. Its {@link #toString()}
 * is {@code 520801******0001}.
 *
 * <p>A NIK is personal data (UU 27/2022): {@link #toString()} gives the {@linkplain #masked() masked
 * form}, and no exception message contains the digits. Only {@link #value()} gives them, for
 * storage and exchange. The number is held in one {@code long}, since millions of them are kept in
 * memory at once.
 */
public final class Nik implements Comparable<Nik>, Serializable {
    private static final long serialVersionUID = 1L;

    private static final int LENGTH = 16;
    private static final int WOMEN_DAY_OFFSET = 40;

    /** The 16 digits as a number; the province is at least 11, so no leading zero is lost. */
    private final long value;

    private Nik(long value) {
        this.value = value;
    }

    /**
     * Parses a NIK of exactly 16 ASCII digits and checks its shape.
     *
     * <p>The rules, checked in this order: 16 characters; all {@code 0}–{@code 9}; province
     * {@code 11}–{@code 99}; regency/city and district not {@code 00}; day of birth
     * {@code 01}–{@code 31} (men) or {@code 41}–{@code 71} (women); month {@code 01}–{@code 12};
     * serial not {@code 0000}. The day is not checked against the month ({@code 31} February passes),
     * because registry data holds such numbers and they still identify a person; {@link
     * #birthDate(LocalDate)} reports them as having no real date.
     *
     * @param text the 16 digits, without spaces or separators, not null
     * @return the NIK, not null
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if a rule fails; the message names the rule and never
     *     contains the digits, e.g. {@code NIK month of birth must be 01-12, got 13}
     */
    public static Nik parse(CharSequence text) {
        Checks.notNull(text, "text");
        if (text.length() != LENGTH) {
            Checks.check(false, "NIK", "must have 16 digits", text.length());
        }
        Checks.check(Checks.isDigits(text, LENGTH), "NIK", "must contain only digits");
        String s = text.toString();
        // The checks build their messages (substrings) only on failure: parse runs for every person.
        int province = twoDigits(s, 0);
        if (province < 11) {
            Checks.check(false, "NIK province code", "must be 11-99", s.substring(0, 2));
        }
        Checks.check(twoDigits(s, 2) != 0, "NIK regency/city code", "must not be 00");
        Checks.check(twoDigits(s, 4) != 0, "NIK district code", "must not be 00");
        int day = twoDigits(s, 6);
        if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) {
            Checks.check(false, "NIK day of birth", "must be 01-31 (men) or 41-71 (women)", s.substring(6, 8));
        }
        int month = twoDigits(s, 8);
        if (month < 1 || month > 12) {
            Checks.check(false, "NIK month of birth", "must be 01-12", s.substring(8, 10));
        }
        Checks.check(Integer.parseInt(s, 12, 16, 10) != 0, "NIK serial", "must not be 0000");
        return new Nik(Checks.digitsValue(s));
    }

    private static int twoDigits(String s, int from) {
        return (s.charAt(from) - '0') * 10 + (s.charAt(from + 1) - '0');
    }

    /**
     * Returns the full 16 digits, which {@link #parse(CharSequence)} reads back. This is personal
     * data: do not log it.
     *
     * @return the 16 digits, not null
     */
    public String value() {
        return Long.toString(value);
    }

    /**
     * Returns the 16 digits as one number, e.g. {@code 5208014101900001L}, for indexes that hold
     * millions of NIKs as primitives (the duplicate-NIK index of batch evaluation). Numbers order as
     * the digits do, and {@code Nik.parse(Long.toString(n))} reads one back. This is personal data:
     * do not log it.
     *
     * @return the digits as a number, from 1101010101000001 to 9999997112999999
     */
    public long asLong() {
        return value;
    }

    /**
     * Returns the masked form: the region prefix, six asterisks, and the serial, e.g.
     * {@code 520801******0001}. The birth date and sex are hidden.
     *
     * @return the masked form, 16 characters, not null
     */
    public String masked() {
        return Masks.sixteenDigitsMasked(value);
    }

    /**
     * Returns the region prefix {@code PPKKCC}: the district where the NIK was first issued, e.g.
     * {@code 520801} (Kemendagri code {@code 52.08.01}).
     *
     * @return the first six digits, not null
     */
    public String regionPrefix() {
        return Long.toString(value / 10_000_000_000L);
    }

    /**
     * Returns the sex the NIK encodes: female when the day digits are above 40.
     *
     * @return the sex, not null
     */
    public Sex sex() {
        return dayDigits() > WOMEN_DAY_OFFSET ? Sex.FEMALE : Sex.MALE;
    }

    /**
     * Returns the day of birth, with the 40 added for women taken off.
     *
     * @return the day, 1–31 (not checked against the month)
     */
    public int birthDay() {
        int day = dayDigits();
        return day > WOMEN_DAY_OFFSET ? day - WOMEN_DAY_OFFSET : day;
    }

    private int dayDigits() {
        return (int) (value / 100_000_000L % 100);
    }

    /**
     * Returns the month of birth.
     *
     * @return the month, 1–12
     */
    public int birthMonth() {
        return (int) (value / 1_000_000L % 100);
    }

    /**
     * Returns the last two digits of the year of birth; the century is not encoded.
     *
     * @return the year within its century, 0–99
     */
    public int birthYearTwoDigits() {
        return (int) (value / 10_000L % 100);
    }

    /**
     * Returns the serial number that tells apart people with the same region and birth date.
     *
     * @return the serial, 1–9999
     */
    public int serial() {
        return (int) (value % 10_000L);
    }

    /**
     * Tells whether this NIK agrees with a recorded birth date and sex: same day, month, last two
     * digits of the year, and sex. The exchange format requires this of every person.
     *
     * <p>Example: {@code 5208014101900001} agrees with ({@code 1990-01-01}, {@code FEMALE}) and with
     * ({@code 1890-01-01}, {@code FEMALE}), but not with ({@code 1990-01-01}, {@code MALE}).
     *
     * @param birthDate the recorded date of birth, not null
     * @param sex the recorded sex, not null
     * @return true if all four match
     * @throws NullPointerException if an argument is null
     */
    public boolean agreesWith(LocalDate birthDate, Sex sex) {
        Checks.notNull(birthDate, "birthDate");
        Checks.notNull(sex, "sex");
        return birthDate.getDayOfMonth() == birthDay()
                && birthDate.getMonthValue() == birthMonth()
                && Math.floorMod(birthDate.getYear(), 100) == birthYearTwoDigits()
                && sex == sex();
    }

    /**
     * Resolves the date of birth by choosing the century: the latest year ending in the NIK's two
     * digits that puts the birthday on or before {@code reference}.
     *
     * <p>If that year has no such day (31 February, or 29 February outside a leap year) the result
     * is empty: a NIK's holder is alive, so a real date one or more centuries earlier is not an
     * answer. Example: {@code 5208014101900001} with reference {@code 2024-06-30} gives
     * {@code 1990-01-01}; with reference {@code 1990-01-01} also {@code 1990-01-01}; with
     * {@code 1989-12-31}, {@code 1890-01-01}.
     *
     * @param reference the latest date the birth may be on, e.g. the date of evaluation, not null
     * @return the date of birth, or empty if the day does not exist in the chosen year
     * @throws NullPointerException if {@code reference} is null
     */
    public Optional<LocalDate> birthDate(LocalDate reference) {
        Checks.notNull(reference, "reference");
        int month = birthMonth();
        int day = birthDay();
        int year = reference.getYear() - Math.floorMod(reference.getYear() - birthYearTwoDigits(), 100);
        if (year == reference.getYear()
                && (month > reference.getMonthValue()
                        || (month == reference.getMonthValue() && day > reference.getDayOfMonth()))) {
            year -= 100;
        }
        if (year < Year.MIN_VALUE || day > YearMonth.of(year, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    /**
     * Compares by the 16 digits, as text and as numbers alike.
     *
     * @param other the NIK to compare with, not null
     * @return negative, zero or positive as this NIK's digits sort before, equal or after
     */
    @Override
    public int compareTo(Nik other) {
        return Long.compare(value, other.value);
    }

    /**
     * Tells whether {@code obj} is a NIK with the same digits.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Nik nik && nik.value == value;
    }

    /**
     * Returns a hash code for the digits.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    /**
     * Returns the {@linkplain #masked() masked form}, e.g. {@code 520801******0001}, so that a NIK
     * logged by accident does not leak. Use {@link #value()} for the digits.
     *
     * @return the masked form, not null
     */
    @Override
    public String toString() {
        return masked();
    }

    /**
     * Checks a deserialized value, so that a forged stream cannot produce a NIK that parse would reject.
     *
     * @return this value, not null
     * @throws ObjectStreamException ({@link InvalidObjectException}) if the value is not valid
     */
    private Object readResolve() throws ObjectStreamException {
        String digits = Long.toString(value);
        try {
            return parse(digits);
        } catch (IllegalArgumentException e) {
            InvalidObjectException invalid = new InvalidObjectException("NIK in stream is not valid");
            invalid.initCause(e);
            throw invalid;
        }
    }
}
