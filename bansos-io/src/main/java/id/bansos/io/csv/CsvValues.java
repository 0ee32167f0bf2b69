package id.bansos.io.csv;

import id.bansos.model.Occupation;
import id.bansos.model.Relationship;
import id.bansos.model.SchoolLevel;
import id.bansos.model.Sex;
import id.bansos.model.id.KkNumber;
import id.bansos.model.id.Nik;
import id.bansos.model.id.RegionCode;
import id.bansos.model.id.RegionLevel;
import id.bansos.model.internal.Shown;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Program;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The value syntax of CSV rosters: each method reads one cell (never null; empty means absent) or
 * throws an {@link IllegalArgumentException} whose message is the detail for the column, without the
 * column name.
 *
 * <p>Values are taken as written, without trimming; codes and booleans ignore case. A bad value is
 * quoted in the message only if it cannot be personal data (see {@link #shownCode(String)}).
 */
final class CsvValues {
    private static final int MAX_AMOUNT_DIGITS = 18;

    private static final Map<String, Relationship> RELATIONSHIPS = Map.ofEntries(
            Map.entry("HEAD", Relationship.HEAD),
            Map.entry("SPOUSE", Relationship.SPOUSE),
            Map.entry("CHILD", Relationship.CHILD),
            Map.entry("GRANDCHILD", Relationship.GRANDCHILD),
            Map.entry("PARENT", Relationship.PARENT),
            Map.entry("IN_LAW", Relationship.IN_LAW),
            Map.entry("OTHER", Relationship.OTHER),
            Map.entry("KEPALA_KELUARGA", Relationship.HEAD),
            Map.entry("ISTRI", Relationship.SPOUSE),
            Map.entry("SUAMI", Relationship.SPOUSE),
            Map.entry("ANAK", Relationship.CHILD),
            Map.entry("CUCU", Relationship.GRANDCHILD),
            Map.entry("ORANG_TUA", Relationship.PARENT),
            Map.entry("MERTUA", Relationship.IN_LAW),
            Map.entry("MENANTU", Relationship.IN_LAW),
            Map.entry("FAMILI_LAIN", Relationship.OTHER),
            Map.entry("LAINNYA", Relationship.OTHER));

    /** Every code of every code column, upper case: such a cell is never personal data. */
    private static final Set<String> CODES = codes();

    private CsvValues() {}

    private static Set<String> codes() {
        Set<String> codes = new HashSet<>(RELATIONSHIPS.keySet());
        codes.addAll(List.of("MALE", "FEMALE", "L", "P", "TRUE", "FALSE", "YA", "TIDAK"));
        for (SchoolLevel level : SchoolLevel.values()) {
            codes.add(level.name());
        }
        for (Occupation occupation : Occupation.values()) {
            codes.add(occupation.name());
        }
        return Set.copyOf(codes);
    }

    /** A required cell: fails with {@code is required} when empty. */
    static String required(String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("is required");
        }
        return value;
    }

    static Optional<KkNumber> kkNumber(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(KkNumber.parse(value));
    }

    static RegionCode region(String value) {
        RegionCode region;
        required(value);
        try {
            region = RegionCode.parse(value);
        } catch (IllegalArgumentException e) {
            if (shownRegion(value).startsWith("\"")) {
                throw e;
            }
            throw new IllegalArgumentException(
                    "must be a village code PP.KK.CC.DDDD or its 10 digits, got " + shownRegion(value), e);
        }
        if (region.level() != RegionLevel.VILLAGE) {
            throw new IllegalArgumentException("must be a village code PP.KK.CC.DDDD, got " + shownRegion(value));
        }
        return region;
    }

    static OptionalInt desil(String value) {
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!allDigits(value) || value.length() > 2) {
            throw new IllegalArgumentException(
                    "must be a whole number 1-10 or empty, got " + Shown.shaped(value, 4, "0123456789.,+-", 3));
        }
        int desil = Integer.parseInt(value);
        if (desil < 1 || desil > 10) {
            throw new IllegalArgumentException("must be between 1 and 10, got " + desil);
        }
        return OptionalInt.of(desil);
    }

    static OptionalInt pregnancyOrder(String value) {
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!allDigits(value) || value.length() > 2) {
            throw new IllegalArgumentException(
                    "must be a whole number 1-99 or empty, got " + Shown.shaped(value, 4, "0123456789.,+-", 3));
        }
        int order = Integer.parseInt(value);
        if (order < 1) {
            throw new IllegalArgumentException("must be 1 or more, got " + order);
        }
        return OptionalInt.of(order);
    }

    static Optional<Rupiah> monthlyIncome(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!allDigits(value)) {
            throw new IllegalArgumentException(
                    "must be a whole number of Rupiah, digits only, or empty, got " + shownAmount(value));
        }
        if (value.length() > MAX_AMOUNT_DIGITS) {
            throw new IllegalArgumentException(
                    "must have at most " + MAX_AMOUNT_DIGITS + " digits, got " + value.length());
        }
        return Optional.of(Rupiah.of(Long.parseLong(value)));
    }

    /**
     * A {@code receives} cell: programme codes separated by {@code |}, e.g. {@code PKH|PIP}; empty
     * for none. Codes are upper-case {@code [A-Z][A-Z0-9_]*}, none twice; an empty code between two
     * bars is refused.
     */
    static List<Program> receives(String value) {
        if (value.isEmpty()) {
            return List.of();
        }
        List<Program> out = new ArrayList<>();
        Set<Program> seen = new HashSet<>();
        int start = 0;
        while (start <= value.length()) {
            int bar = value.indexOf('|', start);
            int end = bar < 0 ? value.length() : bar;
            String code = value.substring(start, end);
            Program program;
            try {
                program = Program.of(code);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "must be programme codes [A-Z][A-Z0-9_]* separated by |, e.g. PKH|PIP, got " + shownCode(code),
                        e);
            }
            if (!seen.add(program)) {
                throw new IllegalArgumentException("must not repeat a programme, got \"" + program + "\" twice");
            }
            out.add(program);
            if (bar < 0) {
                break;
            }
            start = bar + 1;
        }
        return List.copyOf(out);
    }

    static Nik nik(String value) {
        return Nik.parse(required(value));
    }

    /** A blank name counts as no name, as a spreadsheet cell of spaces shows nothing. */
    static Optional<String> name(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(CsvText.restore(value));
    }

    static Sex sex(String value) {
        return switch (upper(required(value))) {
            case "MALE", "L" -> Sex.MALE;
            case "FEMALE", "P" -> Sex.FEMALE;
            default -> throw new IllegalArgumentException("must be MALE, FEMALE, L or P, got " + shownCode(value));
        };
    }

    /** ISO {@code YYYY-MM-DD} only: {@code 1/2/2020} means different days in different countries. */
    static LocalDate date(String value) {
        required(value);
        boolean shape = value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-';
        for (int i = 0; shape && i < 10; i++) {
            shape = i == 4 || i == 7 || (value.charAt(i) >= '0' && value.charAt(i) <= '9');
        }
        if (!shape) {
            throw new IllegalArgumentException("must be a date YYYY-MM-DD, got " + shownDate(value));
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(value, 0, 4, 10),
                    Integer.parseInt(value, 5, 7, 10),
                    Integer.parseInt(value, 8, 10, 10));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a date in the calendar, got " + shownDate(value), e);
        }
    }

    static Relationship relationship(String value) {
        Relationship relationship = RELATIONSHIPS.get(code(required(value)));
        if (relationship == null) {
            throw new IllegalArgumentException("must be HEAD, SPOUSE, CHILD, GRANDCHILD, PARENT, IN_LAW, OTHER"
                    + " or an Indonesian alias (KEPALA_KELUARGA, ISTRI, SUAMI, ANAK, CUCU, ORANG_TUA, MERTUA,"
                    + " MENANTU, FAMILI_LAIN, LAINNYA), got " + shownCode(value));
        }
        return relationship;
    }

    static boolean bool(String value) {
        return switch (upper(value)) {
            case "", "FALSE", "TIDAK", "0" -> false;
            case "TRUE", "YA", "1" -> true;
            default ->
                throw new IllegalArgumentException(
                        "must be true, false, ya, tidak, 1, 0 or empty, got " + shownCode(value));
        };
    }

    static Optional<SchoolLevel> schoolLevel(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (SchoolLevel level : SchoolLevel.values()) {
            if (level.name().equals(upper(value))) {
                return Optional.of(level);
            }
        }
        throw new IllegalArgumentException("must be SD, SMP, SMA or empty, got " + shownCode(value));
    }

    static Optional<Occupation> occupation(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String code = code(value);
        for (Occupation occupation : Occupation.values()) {
            if (occupation.name().equals(code)) {
                return Optional.of(occupation);
            }
        }
        throw new IllegalArgumentException("must be one of ASN, TNI, POLRI, PENSIUNAN_ASN_TNI_POLRI, BUMN_BUMD,"
                + " PERANGKAT_DESA, GURU_SERTIFIKASI, TENAGA_KESEHATAN, PEMILIK_USAHA, PEKERJA_APBN_APBD, LAINNYA"
                + " or empty, got " + shownCode(value));
    }

    /**
     * Quotes a bad cell of a code column (sex, relationship, booleans, school level, occupation) for
     * a message, or only gives its length. In a row shifted by a stray delimiter any column can hold
     * a name or a NIK, and names on identity cards are written in capitals, so looking like a code
     * is not enough: a cell is quoted only if it has at most two characters, is a code of some
     * column of the format (a shifted neighbour, such as {@code ANAK} under {@code sex}), or has
     * the shape of a code with a digit or an underscore in it ({@code SD1}), which names do not
     * have.
     *
     * @param value the cell, not null
     * @return {@code "value"} or {@code a value of N characters}
     */
    static String shownCode(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' || c > '~' || c == '"') {
                return Shown.length(value);
            }
        }
        if (value.length() <= 2 || CODES.contains(code(value))) {
            return "\"" + value + "\"";
        }
        boolean marked = value.chars().anyMatch(c -> (c >= '0' && c <= '9') || c == '_');
        return marked ? Shown.code(value) : Shown.length(value);
    }

    /** A region cell: quoted if at most 13 digits and dots (a NIK has 16 digits). */
    static String shownRegion(String value) {
        return Shown.shaped(value, 13, "0123456789.", 10);
    }

    /** An amount cell: quoted if it has the characters of an amount and no run of 16 digits. */
    static String shownAmount(String value) {
        return Shown.shaped(value, 24, "0123456789 .,+-Rp", 15);
    }

    /** A date cell: quoted if it has the characters of a date, at most 12 of them. */
    static String shownDate(String value) {
        return Shown.shaped(value, 12, "0123456789-/.+", 8);
    }

    private static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }

    /** Upper case with spaces as underscores, since spreadsheets hold {@code Kepala Keluarga}. */
    private static String code(String value) {
        return upper(value).replace(' ', '_');
    }

    private static boolean allDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return !value.isEmpty();
    }
}
