package id.bansos.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import id.bansos.io.Masking;
import id.bansos.model.id.KkNumber;
import id.bansos.model.id.Nik;
import id.bansos.model.id.RegionCode;
import id.bansos.model.money.Rupiah;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Readers of the scalar values of the v1 format, strict about token types whatever the
 * {@code ObjectMapper}'s coercion settings: {@code "4"} is not an integer, {@code 4.5} is not an
 * integer, {@code true} is not a string.
 *
 * <p>Each reader expects the parser on the value's token and throws a {@link FieldError} with an
 * empty path; the object reader puts the key in front. Messages repeat a bad value only when it
 * cannot be personal data.
 */
final class Values {
    /** The masking a serializer was asked for through a writer attribute, {@link Masking#NONE} by default. */
    static Masking masking(com.fasterxml.jackson.databind.SerializerProvider provider) {
        Object value = provider == null ? null : provider.getAttribute(Masking.class);
        return value instanceof Masking masking ? masking : Masking.NONE;
    }

    private static final Pattern REGION_SHAPE = Pattern.compile("[0-9.]{1,13}");
    private static final Pattern CODE_SHAPE = Pattern.compile("[A-Za-z0-9_]{1,40}");
    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{6}");

    /** Numbers up to this many characters are repeated in messages; longer ones could be a NIK. */
    private static final int SHOWABLE_NUMBER_LENGTH = 5;

    private Values() {}

    /**
     * Reads a JSON string.
     *
     * @param p the parser on the value
     * @return the text
     * @throws FieldError if the token is not a string
     */
    static String string(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(p, "a string");
        }
        return p.getText();
    }

    /**
     * Reads an identifier written as a string, or in YAML as a bare integer (read as its digits).
     *
     * @param p the parser on the value
     * @param expected the expected type for the message, e.g. {@code "a string of 16 digits"}
     * @return the text
     * @throws FieldError if the token is neither
     */
    static String identifier(JsonParser p, String expected) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING || (t == JsonToken.VALUE_NUMBER_INT && isYaml(p))) {
            return p.getText();
        }
        throw wrongType(p, expected);
    }

    /**
     * Reads a non-blank string, such as an id or a version.
     *
     * @param p the parser on the value
     * @return the text, not blank
     * @throws FieldError if the token is not a string or the string is blank
     */
    static String nonBlank(JsonParser p) throws IOException {
        String s = identifier(p, "a string");
        if (s.isBlank()) {
            throw FieldError.at(p, "must not be blank");
        }
        return s;
    }

    /**
     * Reads a JSON boolean.
     *
     * @param p the parser on the value
     * @return the value
     * @throws FieldError if the token is not {@code true} or {@code false}
     */
    static boolean bool(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw wrongType(p, "a boolean");
    }

    /**
     * Reads a JSON integer in a range.
     *
     * @param p the parser on the value
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @return the value
     * @throws FieldError if the token is not an integer or the value is out of range
     */
    static int integer(JsonParser p, int min, int max) throws IOException {
        expectInteger(p);
        if (p.getNumberType() == JsonParser.NumberType.INT) {
            int value = p.getIntValue();
            if (value >= min && value <= max) {
                return value;
            }
        }
        throw FieldError.at(p, "must be between " + min + " and " + max + ", got " + showNumber(p));
    }

    /**
     * Reads a JSON integer that fits in a {@code long}.
     *
     * @param p the parser on the value
     * @return the value
     * @throws FieldError if the token is not an integer or does not fit
     */
    static long longInteger(JsonParser p) throws IOException {
        expectInteger(p);
        JsonParser.NumberType type = p.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            throw FieldError.at(p, "must be an integer that fits in 64 bits, got " + showNumber(p));
        }
        return p.getLongValue();
    }

    /**
     * Reads an amount of whole Rupiah, a JSON integer.
     *
     * @param p the parser on the value
     * @param mayBeNegative whether negative amounts are allowed
     * @return the amount
     * @throws FieldError if the token is not an integer, does not fit, or is negative when not allowed
     */
    static Rupiah rupiah(JsonParser p, boolean mayBeNegative) throws IOException {
        long amount = longInteger(p);
        if (amount < 0 && !mayBeNegative) {
            throw FieldError.at(p, "must not be negative, got " + showNumber(p));
        }
        return Rupiah.of(amount);
    }

    /**
     * Reads an ISO date {@code YYYY-MM-DD}, nothing else.
     *
     * @param p the parser on the value
     * @return the date
     * @throws FieldError if the token is not a string of that form or not a real date
     */
    static LocalDate date(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(p, "a date string YYYY-MM-DD");
        }
        String s = p.getText();
        if (!isIsoDateShape(s)) {
            throw FieldError.at(p, "must be a date YYYY-MM-DD");
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
        } catch (DateTimeException e) {
            throw FieldError.at(p, "must be a real date YYYY-MM-DD, got \"" + s + "\"");
        }
    }

    /** {@code DDDD-DD-DD} in ASCII digits; checked by hand because every person has a date (no regex per record). */
    private static boolean isIsoDateShape(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a NIK: a string of 16 digits, or in YAML a bare number.
     *
     * @param p the parser on the value
     * @return the NIK
     * @throws FieldError if the token is of another type or the NIK is malformed; the message
     *     never holds the digits
     */
    static Nik nik(JsonParser p) throws IOException {
        String s = identifier(p, "a string of 16 digits");
        try {
            return Nik.parse(s);
        } catch (IllegalArgumentException e) {
            throw FieldError.at(p, e.getMessage());
        }
    }

    /**
     * Reads a KK number: a string of 16 digits, or in YAML a bare number.
     *
     * @param p the parser on the value
     * @return the KK number
     * @throws FieldError if the token is of another type or the number is malformed
     */
    static KkNumber kkNumber(JsonParser p) throws IOException {
        String s = identifier(p, "a string of 16 digits");
        try {
            return KkNumber.parse(s);
        } catch (IllegalArgumentException e) {
            throw FieldError.at(p, e.getMessage());
        }
    }

    /**
     * Reads a region code, dotted or not.
     *
     * @param p the parser on the value
     * @return the region code
     * @throws FieldError if the token is of another type or the code is malformed
     */
    static RegionCode region(JsonParser p) throws IOException {
        String s = identifier(p, "a string PP.KK.CC.DDDD");
        try {
            return RegionCode.parse(s);
        } catch (IllegalArgumentException e) {
            // A region code is not personal data, but text in the wrong field might be.
            throw FieldError.at(
                    p,
                    REGION_SHAPE.matcher(s).matches()
                            ? e.getMessage()
                            : "region code must be 2, 4, 6 or 10 digits (PP.KK.CC.DDDD)");
        }
    }

    /**
     * Reads an open code such as a programme.
     *
     * @param p the parser on the value
     * @param factory the code's {@code of} method
     * @param <T> the code type
     * @return the code
     * @throws FieldError if the token is not a string or the code is malformed
     */
    static <T> T code(JsonParser p, Function<String, T> factory) throws IOException {
        String s = string(p);
        try {
            return factory.apply(s);
        } catch (IllegalArgumentException e) {
            String shown =
                    CODE_SHAPE.matcher(s).matches() && !DIGIT_RUN.matcher(s).find() ? ", got \"" + s + "\"" : "";
            throw FieldError.at(p, "must be an upper-case code [A-Z][A-Z0-9_]*" + shown);
        }
    }

    /** Each enum's constants by name, built once per enum: a lookup per value read, not a scan of a fresh copy. */
    private static final ClassValue<Map<String, Object>> ENUMS = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byName = new HashMap<>();
            for (Object e : type.getEnumConstants()) {
                byName.put(((Enum<?>) e).name(), e);
            }
            return Map.copyOf(byName);
        }
    };

    /**
     * Reads an enum constant by its exact name.
     *
     * @param p the parser on the value
     * @param type the enum type
     * @param <E> the enum type
     * @return the constant
     * @throws FieldError if the token is not a string or names no constant
     */
    static <E extends Enum<E>> E enumValue(JsonParser p, Class<E> type) throws IOException {
        String s = string(p);
        Object found = ENUMS.get(type).get(s);
        if (found != null) {
            return type.cast(found);
        }
        E[] constants = type.getEnumConstants();
        StringBuilder sb = new StringBuilder("must be one of ");
        String nearMiss = null;
        for (int i = 0; i < constants.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append('"').append(constants[i].name()).append('"');
            if (constants[i].name().equalsIgnoreCase(s)) {
                nearMiss = s;
            }
        }
        // Only a case slip is shown: any other text here could be a name that slid a column.
        if (nearMiss != null) {
            sb.append(", got \"").append(nearMiss).append('"');
        }
        throw FieldError.at(p, sb.toString());
    }

    /**
     * The error for a token of the wrong type.
     *
     * @param p the parser on the token
     * @param expected what was expected, e.g. {@code "an integer"}
     * @return the error
     */
    static FieldError wrongType(JsonParser p, String expected) {
        return FieldError.at(p, "must be " + expected + ", got " + describe(p.currentToken()));
    }

    /**
     * Names a token's type for messages.
     *
     * @param t the token, may be null
     * @return e.g. {@code "a string"}
     */
    static String describe(JsonToken t) {
        if (t == null) {
            return "the end of input";
        }
        return switch (t) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a number with a fraction";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> t.name().toLowerCase(Locale.ROOT);
        };
    }

    private static void expectInteger(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(p, "an integer");
        }
    }

    private static String showNumber(JsonParser p) throws IOException {
        String text = p.getText();
        return text.length() <= SHOWABLE_NUMBER_LENGTH ? text : "a number of " + text.length() + " characters";
    }

    /**
     * Tells whether the parser reads YAML, where a NIK or a region code may come as a bare number.
     * JSON does not get that leniency: a JavaScript system that wrote a NIK as a number has
     * already rounded it.
     */
    private static boolean isYaml(JsonParser p) {
        JsonParser inner = p;
        while (inner instanceof JsonParserDelegate) {
            inner = ((JsonParserDelegate) inner).delegate();
        }
        return inner instanceof YAMLParser;
    }
}
