package id.bansos.model.id;

import id.bansos.model.internal.Checks;
import id.bansos.model.internal.Shown;
import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.Optional;

/**
 * A Kemendagri region code, {@code PP.KK.CC.DDDD}, at any of the four {@linkplain RegionLevel
 * levels}: province {@code 52}, regency/city {@code 52.08}, district {@code 52.08.01}, village
 * {@code 52.08.01.2001}.
 *
 * <p>The codes are those of the Minister of Home Affairs' decree on administrative region codes
 * (latest: Kepmendagri 300.2.2-2138/2025). Regency numbers {@code 01}–{@code 69} are kabupaten and
 * {@code 71}–{@code 99} kota; village numbers starting with {@code 1} are kelurahan and those
 * starting with {@code 2} desa. BPS statistical codes differ below regency level and are not
 * these.
 *
 * <p>Only the shape is checked: two digits per level down to the district, four for the village,
 * none of them all zeros. Codes change when regions split, so whether a code exists is for the
 * caller to check against the region table it supplies. The village number's first digit is not
 * checked; {@link #isKelurahan()} reads it.
 *
 * <p>Example: {@code RegionCode.parse("5208012001")} is village {@code 52.08.01.2001} in
 * Kabupaten Lombok Utara ({@code 52.08}); its {@link #parent()} is the district {@code 52.08.01}
 * and {@code ancestor(RegionLevel.PROVINCE)} is {@code 52}.
 *
 * <p>Region codes are not personal data: messages show them.
 */
public final class RegionCode implements Comparable<RegionCode>, Serializable {
    private static final long serialVersionUID = 1L;

    private static final int[] GROUP_WIDTHS = {2, 2, 2, 4};
    private static final long[] POWERS_OF_TEN = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L, 10_000_000_000L
    };
    private static final RegionLevel[] LEVELS = RegionLevel.values();

    /** The digits as a number; {@link #level} says how many there are, so leading zeros survive. */
    private final long value;

    /** The level, which fixes the number of digits. */
    private final RegionLevel level;

    private RegionCode(long value, RegionLevel level) {
        this.value = value;
        this.level = level;
    }

    /**
     * Parses a region code, dotted ({@code 52.08.01.2001}) or not ({@code 5208012001}), at any level.
     *
     * <p>Accepted: 2, 4, 6 or 10 ASCII digits, or the same digits grouped {@code PP.KK.CC.DDDD} with
     * a dot between every two groups. No group may be all zeros.
     *
     * @param text the code, not null
     * @return the code, not null
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text has another shape, e.g. {@code region code must
     *     be 2, 4, 6 or 10 digits (PP.KK.CC.DDDD), got "52.8"}, or a group is zero, e.g.
     *     {@code region code regency/city must not be 00, got "52.00"}; the text is quoted only if it
     *     is at most 13 digits and dots, otherwise only its length is given ({@code got a value of 16
     *     characters}), since it may be a NIK or a name
     */
    public static RegionCode parse(CharSequence text) {
        Checks.notNull(text, "text");
        String s = text.toString();
        String digits = s.indexOf('.') >= 0 ? undot(s) : s;
        RegionLevel level = levelOf(digits.length());
        if (level == null || !Checks.isDigits(digits, digits.length())) {
            throw new IllegalArgumentException(
                    "region code must be 2, 4, 6 or 10 digits (PP.KK.CC.DDDD), got " + quoted(s));
        }
        // The messages (quoted text) are built only on failure: parse runs for every household.
        if (digits.startsWith("00")) {
            Checks.check(false, "region code province", "must not be 00", quoted(s));
        }
        if (level.compareTo(RegionLevel.REGENCY) >= 0 && digits.startsWith("00", 2)) {
            Checks.check(false, "region code regency/city", "must not be 00", quoted(s));
        }
        if (level.compareTo(RegionLevel.DISTRICT) >= 0 && digits.startsWith("00", 4)) {
            Checks.check(false, "region code district", "must not be 00", quoted(s));
        }
        if (level == RegionLevel.VILLAGE && digits.startsWith("0000", 6)) {
            Checks.check(false, "region code village", "must not be 0000", quoted(s));
        }
        return new RegionCode(Long.parseLong(digits), level);
    }

    /** Returns the digits of a dotted code, or an empty string (rejected later) if misgrouped. */
    private static String undot(String s) {
        // By hand rather than split: parse runs for every household.
        StringBuilder digits = new StringBuilder(10);
        int group = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '.') {
                if (group >= GROUP_WIDTHS.length || i - start != GROUP_WIDTHS[group]) {
                    return "";
                }
                digits.append(s, start, i);
                group++;
                start = i + 1;
            }
        }
        return digits.toString();
    }

    private static RegionLevel levelOf(int digitCount) {
        for (RegionLevel level : LEVELS) {
            if (level.digitCount() == digitCount) {
                return level;
            }
        }
        return null;
    }

    /** The text if it has the shape of a code (at most 13 digits and dots), else only its length: it may be a NIK. */
    private static String quoted(String s) {
        return Shown.shaped(s, 13, "0123456789.", 10);
    }

    /**
     * Returns the level this code names.
     *
     * @return the level, not null
     */
    public RegionLevel level() {
        return level;
    }

    /**
     * Returns the province number, e.g. {@code "52"} for {@code 52.08.01.2001}.
     *
     * @return two digits, not {@code 00}, not null
     */
    public String province() {
        return digits().substring(0, 2);
    }

    /**
     * Returns the regency/city number within the province, e.g. {@code "08"} for
     * {@code 52.08.01.2001}.
     *
     * @return two digits, not {@code 00}; empty for a province code
     */
    public Optional<String> regency() {
        return group(RegionLevel.REGENCY, 2, 4);
    }

    /**
     * Returns the district number within the regency/city, e.g. {@code "01"} for
     * {@code 52.08.01.2001}.
     *
     * @return two digits, not {@code 00}; empty above district level
     */
    public Optional<String> district() {
        return group(RegionLevel.DISTRICT, 4, 6);
    }

    /**
     * Returns the village number within the district, e.g. {@code "2001"} for
     * {@code 52.08.01.2001}.
     *
     * @return four digits, not {@code 0000}; empty above village level
     */
    public Optional<String> village() {
        return group(RegionLevel.VILLAGE, 6, 10);
    }

    private Optional<String> group(RegionLevel groupLevel, int from, int to) {
        return level.compareTo(groupLevel) >= 0 ? Optional.of(digits().substring(from, to)) : Optional.empty();
    }

    /**
     * Returns the code without dots, e.g. {@code 5208012001}; {@link #parse(CharSequence)} reads it
     * back.
     *
     * @return 2, 4, 6 or 10 digits, not null
     */
    public String digits() {
        String digits = Long.toString(value);
        return "0".repeat(level.digitCount() - digits.length()) + digits;
    }

    /**
     * Returns the code one level up, e.g. {@code 52.08.01} for {@code 52.08.01.2001}.
     *
     * @return the parent, or empty for a province
     */
    public Optional<RegionCode> parent() {
        return switch (level) {
            case PROVINCE -> Optional.empty();
            case REGENCY -> Optional.of(ancestor(RegionLevel.PROVINCE));
            case DISTRICT -> Optional.of(ancestor(RegionLevel.REGENCY));
            case VILLAGE -> Optional.of(ancestor(RegionLevel.DISTRICT));
        };
    }

    /**
     * Returns the code at the given level that contains this one: this code itself at its own level,
     * e.g. {@code 52.08} for {@code 52.08.01.2001} at {@link RegionLevel#REGENCY}.
     *
     * @param level the level wanted, at or above this code's level, not null
     * @return the ancestor, or this code, not null
     * @throws NullPointerException if {@code level} is null
     * @throws IllegalArgumentException if {@code level} is below this code's level, e.g.
     *     {@code level must be at or above REGENCY, got VILLAGE}
     */
    public RegionCode ancestor(RegionLevel level) {
        Checks.notNull(level, "level");
        Checks.check(level.compareTo(this.level) <= 0, "level", "must be at or above " + this.level, level);
        if (level == this.level) {
            return this;
        }
        return new RegionCode(value / POWERS_OF_TEN[this.level.digitCount() - level.digitCount()], level);
    }

    /**
     * Tells whether {@code other} is this region or lies within it, e.g. {@code 52.08} contains
     * {@code 52.08}, {@code 52.08.01} and {@code 52.08.01.2001}, but not {@code 52} or
     * {@code 52.71.01}.
     *
     * @param other the code to test, not null
     * @return true if {@code other} equals this code or is below it
     * @throws NullPointerException if {@code other} is null
     */
    public boolean contains(RegionCode other) {
        Checks.notNull(other, "other");
        return other.level.compareTo(level) >= 0 && other.ancestor(level).equals(this);
    }

    /**
     * Tells whether this code is in a kota (city): its regency number is {@code 71}–{@code 99}.
     *
     * @return true for a kota or anything within one; false for a kabupaten and for a province code
     */
    public boolean isKota() {
        return level != RegionLevel.PROVINCE && regencyNumber() >= 71;
    }

    private int regencyNumber() {
        return (int) (value / POWERS_OF_TEN[level.digitCount() - 4] % 100);
    }

    /**
     * Tells whether this code is a kelurahan (urban village): a village number starting with
     * {@code 1}, e.g. {@code 33.73.04.1001}.
     *
     * @return true for a kelurahan; false for any other village and above village level
     */
    public boolean isKelurahan() {
        return level == RegionLevel.VILLAGE && value % 10_000 / 1_000 == 1;
    }

    /**
     * Orders codes as in the Kepmendagri list: by number, each region before the regions within
     * it ({@code 52} &lt; {@code 52.08} &lt; {@code 52.08.01} &lt; {@code 52.71} &lt; {@code 53}).
     *
     * @param other the code to compare with, not null
     * @return negative, zero or positive as this code sorts before, equal or after
     */
    @Override
    public int compareTo(RegionCode other) {
        int byNumber = Long.compare(padded(), other.padded());
        return byNumber != 0 ? byNumber : level.compareTo(other.level);
    }

    /** The value as if written to village level with zeros; no group is zero, so no clash. */
    private long padded() {
        return value * POWERS_OF_TEN[RegionLevel.VILLAGE.digitCount() - level.digitCount()];
    }

    /**
     * Tells whether {@code obj} is a region code with the same level and digits.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof RegionCode other)) {
            return false;
        }
        return value == other.value && level == other.level;
    }

    /**
     * Returns a hash code for the level and digits.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * Long.hashCode(value) + level.hashCode();
    }

    /**
     * Returns the canonical dotted form, e.g. {@code 52.08.01.2001} or {@code 52.08}, which
     * {@link #parse(CharSequence)} reads back.
     *
     * @return the dotted code, not null
     */
    @Override
    public String toString() {
        String digits = digits();
        StringBuilder sb = new StringBuilder(13);
        int from = 0;
        for (int i = 0; from < digits.length(); i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(digits, from, from + GROUP_WIDTHS[i]);
            from += GROUP_WIDTHS[i];
        }
        return sb.toString();
    }

    /**
     * Checks a deserialized value, so that a forged stream cannot produce a code that parse would reject.
     *
     * @return this value, not null
     * @throws ObjectStreamException ({@link InvalidObjectException}) if the value is not valid
     */
    private Object readResolve() throws ObjectStreamException {
        if (level == null || value < 0 || value >= POWERS_OF_TEN[level.digitCount()]) {
            throw new InvalidObjectException("region code in stream is not valid");
        }
        try {
            return parse(digits());
        } catch (IllegalArgumentException e) {
            InvalidObjectException invalid = new InvalidObjectException("region code in stream is not valid");
            invalid.initCause(e);
            throw invalid;
        }
    }
}
