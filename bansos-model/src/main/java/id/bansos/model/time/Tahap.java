package id.bansos.model.time;

import id.bansos.model.internal.Checks;
import id.bansos.model.internal.Shown;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A PKH payment stage (tahap): a year and one of its four quarters, I to IV.
 *
 * <p>PKH pays its annual benefit in four tahap: I covers January–March, II April–June, III
 * July–September and IV October–December. The canonical {@link #toString()} form is the year, a
 * hyphen and the stage in Roman numerals, {@code 2024-III}, which {@link #parse(CharSequence)} reads
 * back. Years run from 1 to 9999, so that the form always has four year digits.
 *
 * <p>Example: {@code Tahap.containing(LocalDate.of(2024, 5, 17))} is {@code 2024-II}, whose {@link
 * #firstDay()} is 2024-04-01 and {@link #lastDay()} 2024-06-30.
 */
public final class Tahap implements Comparable<Tahap>, Serializable {
    private static final long serialVersionUID = 1L;

    /** The smallest year allowed. */
    public static final int MIN_YEAR = 1;

    /** The largest year allowed. */
    public static final int MAX_YEAR = 9999;

    private static final String[] NUMERALS = {"I", "II", "III", "IV"};

    private final int year;
    private final int stage;

    private Tahap(int year, int stage) {
        this.year = year;
        this.stage = stage;
    }

    /**
     * Obtains the tahap of a year and a stage number.
     *
     * @param year the year, from {@link #MIN_YEAR} to {@link #MAX_YEAR}
     * @param stage the stage, from 1 (January–March) to 4 (October–December)
     * @return the tahap, not null
     * @throws IllegalArgumentException if {@code year} or {@code stage} is out of range
     */
    public static Tahap of(int year, int stage) {
        Checks.inRange(year, MIN_YEAR, MAX_YEAR, "year");
        Checks.inRange(stage, 1, 4, "stage");
        return new Tahap(year, stage);
    }

    /**
     * Obtains the tahap that contains a date.
     *
     * @param date the date, not null, in a year from {@link #MIN_YEAR} to {@link #MAX_YEAR}
     * @return the tahap containing {@code date}, not null
     * @throws NullPointerException if {@code date} is null
     * @throws IllegalArgumentException if the year of {@code date} is out of range
     */
    public static Tahap containing(LocalDate date) {
        Checks.notNull(date, "date");
        return of(date.getYear(), (date.getMonthValue() + 2) / 3);
    }

    /**
     * Parses the canonical form: four year digits, a hyphen and {@code I}, {@code II}, {@code III}
     * or {@code IV}, as in {@code 2024-II}.
     *
     * @param text the text to parse, not null
     * @return the tahap, not null
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is not of that form, or the year is 0000
     */
    public static Tahap parse(CharSequence text) {
        Checks.notNull(text, "text");
        String s = text.toString();
        int stage = 0;
        if (s.length() > 5 && s.charAt(4) == '-' && Checks.isDigits(s.subSequence(0, 4), 4)) {
            String numeral = s.substring(5);
            for (int i = 0; i < NUMERALS.length; i++) {
                if (NUMERALS[i].equals(numeral)) {
                    stage = i + 1;
                }
            }
        }
        if (stage == 0) {
            throw new IllegalArgumentException(
                    "Tahap text is not of the form 2024-I, 2024-II, 2024-III or 2024-IV, got "
                            + Shown.shaped(text, 12, "0123456789-IVX", Shown.SHORT_DIGIT_RUN));
        }
        return of(Integer.parseInt(s.substring(0, 4)), stage);
    }

    /**
     * Returns the year.
     *
     * @return the year, from {@link #MIN_YEAR} to {@link #MAX_YEAR}
     */
    public int year() {
        return year;
    }

    /**
     * Returns the stage number within the year.
     *
     * @return the stage, from 1 to 4
     */
    public int stage() {
        return stage;
    }

    /**
     * Returns the first day of this tahap, the first of January, April, July or October.
     *
     * @return the first day, not null
     */
    public LocalDate firstDay() {
        return LocalDate.of(year, firstMonth(), 1);
    }

    /**
     * Returns the last day of this tahap, the last of March, June, September or December.
     *
     * @return the last day, not null
     */
    public LocalDate lastDay() {
        return YearMonth.of(year, firstMonth() + 2).atEndOfMonth();
    }

    /**
     * Returns the three months of this tahap, in order.
     *
     * @return the three months, not null, unmodifiable
     */
    public List<YearMonth> months() {
        int first = firstMonth();
        return List.of(YearMonth.of(year, first), YearMonth.of(year, first + 1), YearMonth.of(year, first + 2));
    }

    /**
     * Tells whether a date falls in this tahap, its first and last day included.
     *
     * @param date the date, not null
     * @return true if {@code date} is from {@link #firstDay()} to {@link #lastDay()}
     * @throws NullPointerException if {@code date} is null
     */
    public boolean contains(LocalDate date) {
        Checks.notNull(date, "date");
        return date.getYear() == year && (date.getMonthValue() + 2) / 3 == stage;
    }

    /**
     * Returns the tahap after this one; the next of {@code 2024-IV} is {@code 2025-I}.
     *
     * @return the next tahap, not null
     * @throws IllegalArgumentException if this is {@code 9999-IV}
     */
    public Tahap next() {
        return stage == 4 ? of(year + 1, 1) : new Tahap(year, stage + 1);
    }

    /**
     * Returns the tahap before this one; the previous of {@code 2025-I} is {@code 2024-IV}.
     *
     * @return the previous tahap, not null
     * @throws IllegalArgumentException if this is {@code 0001-I}
     */
    public Tahap previous() {
        return stage == 1 ? of(year - 1, 4) : new Tahap(year, stage - 1);
    }

    /**
     * Tells whether this is tahap I, the one in which PKH pays the once-a-year fixed benefit.
     *
     * @return true if {@link #stage()} is 1
     */
    public boolean isFirstOfYear() {
        return stage == 1;
    }

    // Deserialization bypasses the constructor's callers; going through of(..) keeps the checks.
    private Object readResolve() {
        return of(year, stage);
    }

    private int firstMonth() {
        return stage * 3 - 2;
    }

    /**
     * Compares by year, then by stage.
     *
     * @param other the other tahap, not null
     * @return negative if this is earlier, zero if the same, positive if later
     * @throws NullPointerException if {@code other} is null
     */
    @Override
    public int compareTo(Tahap other) {
        int cmp = Integer.compare(year, other.year);
        return cmp != 0 ? cmp : Integer.compare(stage, other.stage);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Tahap tahap && tahap.year == year && tahap.stage == stage;
    }

    @Override
    public int hashCode() {
        return year * 4 + stage;
    }

    /**
     * Returns the canonical form, such as {@code 2024-II}, which {@link #parse(CharSequence)} reads
     * back.
     *
     * @return the canonical form, not null
     */
    @Override
    public String toString() {
        String digits = Integer.toString(year);
        return "0000".substring(digits.length()) + digits + "-" + NUMERALS[stage - 1];
    }
}
