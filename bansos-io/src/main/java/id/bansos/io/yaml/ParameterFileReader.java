package id.bansos.io.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import id.bansos.io.InputException;
import id.bansos.io.Utf8Input;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.Provenance;
import id.bansos.model.internal.Checks;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a YAML parameter file (national policy or a district's layer) into a {@link ParameterSet},
 * strictly: the first mistake stops the read with an {@link InputException} naming the source,
 * line, column and parameter key.
 *
 * <p>The file has the shape below (see {@code docs/parameters.md}). Every parameter key must be
 * one the reader was told about ({@link #forKeys(Map)}), usually the keys that a programme's rules
 * declare, so that a misspelt key is an error with a "did you mean" rather than a value silently
 * ignored; its {@code type} must be the declared one.
 *
 * <pre>{@code
 * schema_version: 1
 * parameters:
 *   pkh.max_component_persons:
 *     type: integer             # rupiah | integer | boolean | string | decimal
 *     values:
 *       - from: 2019-01-01
 *         value: 4              # or: none (the rule reading it is not in force)
 *         legal_basis:
 *           instrument: Kemensos
 *           provenance:         # [S] stated in a public source, [I] our inference, [P] our decision
 *             - {grade: S, secondary: true, text: "cap of four (Kemensos text)"}
 * }</pre>
 *
 * <p>Files of earlier versions wrote the provenance as marked text in the note ({@code note: "[S,
 * secondary] cap of four"}); such a note is still read, into the same provenance.
 *
 * <p>Errors: an unknown key at any level, a key given twice, a value of the wrong type ({@code
 * 4.5} or {@code "4"} for an integer), a missing {@code legal_basis}, dates that repeat or go
 * backwards, YAML anchors, aliases and tags, and a file over {@value #MAX_CODE_POINTS} code points
 * (which, with the ban on aliases, refuses "billion laughs" files). {@code none} is always read as
 * the {@code none} value, so a {@code string} parameter cannot hold the text "none".
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ParameterFileReader {
    /**
     * The largest file read, in Unicode code points (1 Mi). The national policy is about 10 KiB; the
     * limit stays small because SnakeYAML slows down sharply on a single very long line.
     */
    public static final int MAX_CODE_POINTS = YamlSupport.MAX_CODE_POINTS;

    private static final String NONE = "none";

    private static final List<String> ROOT_KEYS = List.of("schema_version", "parameters");
    private static final List<String> PARAMETER_KEYS = List.of("type", "values");
    private static final List<String> ENTRY_KEYS = List.of("from", "value", "legal_basis");
    private static final List<String> BASIS_KEYS =
            List.of("instrument", "number", "year", "article", "note", "provenance");
    private static final List<String> PROVENANCE_KEYS = List.of("grade", "secondary", "text");

    private final Map<String, ValueType> declared;
    private final boolean selfDeclared;
    private final YAMLFactory factory;

    private ParameterFileReader(Map<String, ValueType> declared, boolean selfDeclared) {
        this.declared = declared;
        this.selfDeclared = selfDeclared;
        // Duplicate keys are detected below, per mapping, so that the error names the parameter;
        // Jackson's STRICT_DUPLICATE_DETECTION (off in this factory) would stop first with a
        // message that cannot.
        this.factory = YamlSupport.factory();
    }

    /**
     * Obtains a reader that accepts the given parameter keys, each with the type of its values.
     *
     * <p>Example: {@code forKeys(Map.of("pkh.max_component_persons", Integer.class))}.
     *
     * @param declared the keys a file may set and the type of each, not null; types are {@link
     *     Rupiah}, {@link Integer}, {@link Boolean}, {@link String} or {@link BigDecimal}
     * @return the reader, not null
     * @throws NullPointerException if {@code declared} or a key or type in it is null
     * @throws IllegalArgumentException if a type is not one of the five, or a key is ill-formed
     */
    public static ParameterFileReader forKeys(Map<String, Class<?>> declared) {
        Checks.notNull(declared, "declared");
        Map<String, ValueType> types = new TreeMap<>();
        for (Map.Entry<String, Class<?>> e : declared.entrySet()) {
            String key = Checks.notNull(e.getKey(), "declared key");
            Class<?> type = Checks.notNull(e.getValue(), "type of " + key);
            checkKeyForm(key);
            types.put(key, ValueType.of(type));
        }
        return new ParameterFileReader(Collections.unmodifiableMap(types), false);
    }

    /**
     * Obtains a reader for the {@code parameters} of a programme file (PROGRAMS-V1), which declares
     * its own keys: any well-formed key is accepted and each parameter's {@code type} (written before
     * its {@code values}) gives the type of its values.
     *
     * @return the reader, not null
     */
    public static ParameterFileReader selfDeclared() {
        return new ParameterFileReader(Map.of(), true);
    }

    /**
     * Reads a {@code parameters} mapping inside another YAML file, e.g. a programme file: the cursor
     * is on the key {@code parameters}; on return it is on the mapping's end.
     *
     * @param cursor the cursor of the enclosing file, not null
     * @return the parameters in file order, not null
     * @throws NullPointerException if {@code cursor} is null
     * @throws InputException if the mapping is not a valid {@code parameters} mapping
     * @throws IOException if the parser fails
     */
    public List<Parameter<?>> readParameters(YamlCursor cursor) throws IOException {
        return new Session(Checks.notNull(cursor, "cursor")).readParameters();
    }

    /**
     * Reads a legal basis mapping ({@code instrument} and optional {@code number}, {@code year},
     * {@code article}, {@code note}) inside another YAML file: the cursor is on the key; on return it
     * is on the mapping's end.
     *
     * @param cursor the cursor of the enclosing file, not null
     * @param field the field named in errors, e.g. {@code LANSIA_DAERAH}, not null
     * @param at the key's name in errors, e.g. {@code legal_basis}, not null
     * @return the legal basis, not null
     * @throws NullPointerException if an argument is null
     * @throws InputException if the mapping is not a valid legal basis
     * @throws IOException if the parser fails
     */
    public static LegalBasis readLegalBasis(YamlCursor cursor, String field, String at) throws IOException {
        return selfDeclared().new Session(Checks.notNull(cursor, "cursor"))
                .readLegalBasis(Checks.notNull(field, "field"), Checks.notNull(at, "at"));
    }

    private static void checkKeyForm(String key) {
        boolean ok = !key.isEmpty() && key.charAt(0) >= 'a' && key.charAt(0) <= 'z' && !key.endsWith(".");
        boolean firstSegment = true;
        for (int i = 1; ok && i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '.') {
                ok = key.charAt(i - 1) != '.';
                firstSegment = false;
            } else {
                boolean lower = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
                ok = lower || (!firstSegment && c >= 'A' && c <= 'Z');
            }
        }
        if (!ok) {
            throw new IllegalArgumentException(
                    "declared key must match [a-z][a-z0-9_]*(\\.[A-Za-z0-9_]+)*, got \"" + key + "\"");
        }
    }

    /**
     * Returns the keys this reader accepts and the type of each.
     *
     * @return an unmodifiable map in key order, not null
     */
    public Map<String, Class<?>> declaredKeys() {
        Map<String, Class<?>> out = new TreeMap<>();
        declared.forEach((k, v) -> out.put(k, v.javaType));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Reads a parameter file in UTF-8.
     *
     * @param file the file, not null; its path is the source named in errors
     * @return the parameters, not null; empty if the file sets none
     * @throws NullPointerException if {@code file} is null
     * @throws InputException if the file is not a valid parameter file
     * @throws UncheckedIOException if the file cannot be read
     */
    public ParameterSet read(Path file) {
        Checks.notNull(file, "file");
        try (Reader in = new BufferedReader(Utf8Input.reader(Files.newInputStream(file), file.toString()))) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads a parameter file from a character stream, which is not closed.
     *
     * @param in the text of the file, not null
     * @param source the name of the input for error messages, e.g. a file name, not null
     * @return the parameters, not null; empty if the file sets none
     * @throws NullPointerException if an argument is null
     * @throws InputException if the text is not a valid parameter file
     * @throws UncheckedIOException if the stream cannot be read
     */
    public ParameterSet read(Reader in, String source) {
        Checks.notNull(in, "in");
        Checks.notNull(source, "source");
        // Bounded before SnakeYAML sees it: its own limit lets comments through, and a long line is slow.
        String text = YamlCursor.readText(in, source);
        YamlCursor.checkSyntax(text, source);
        return YamlCursor.parse(factory, text, source, parser -> new Session(parser, source).readFile());
    }

    /** The value types a parameter file can hold, with their names in the file. */
    enum ValueType {
        RUPIAH("rupiah", Rupiah.class, "a whole number of Rupiah, 0 or more"),
        INTEGER("integer", Integer.class, "a whole number"),
        BOOLEAN("boolean", Boolean.class, "true or false"),
        STRING("string", String.class, "a text"),
        DECIMAL("decimal", BigDecimal.class, "a decimal number such as 0.25");

        final String yamlName;
        final Class<?> javaType;
        final String expected;

        ValueType(String yamlName, Class<?> javaType, String expected) {
            this.yamlName = yamlName;
            this.javaType = javaType;
            this.expected = expected;
        }

        static ValueType of(Class<?> type) {
            for (ValueType t : values()) {
                if (t.javaType.equals(type)) {
                    return t;
                }
            }
            throw new IllegalArgumentException(
                    "type must be Rupiah, Integer, Boolean, String or BigDecimal, got " + type.getName());
        }

        static ValueType byName(String name) {
            for (ValueType t : values()) {
                if (t.yamlName.equals(name)) {
                    return t;
                }
            }
            return null;
        }

        static List<String> names() {
            List<String> names = new ArrayList<>();
            for (ValueType t : values()) {
                names.add(t.yamlName);
            }
            return names;
        }
    }

    /** One read of one file; holds the parser and the position for error messages. */
    private final class Session {
        private final YAMLParser p;
        private final YamlCursor cursor;

        Session(YAMLParser p, String source) {
            this.p = p;
            this.cursor = YamlCursor.of(p, source, "a parameter file", Integer.MAX_VALUE);
        }

        Session(YamlCursor cursor) {
            this.p = cursor.parser();
            this.cursor = cursor;
        }

        ParameterSet readFile() throws IOException {
            JsonToken first = next();
            if (first == null) {
                throw error(null, "the file is empty; it must start with schema_version: 1");
            }
            expect(first, JsonToken.START_OBJECT, null, "the file", "a mapping with schema_version and parameters");
            Integer schemaVersion = null;
            List<Parameter<?>> parameters = null;
            JsonLocation rootStart = p.currentTokenLocation();
            Set<String> seen = new HashSet<>();
            for (JsonToken t = next(); t != JsonToken.END_OBJECT; t = next()) {
                String name = fieldName(seen, null, ROOT_KEYS);
                if (name.equals("schema_version")) {
                    JsonToken v = next();
                    if (v != JsonToken.VALUE_NUMBER_INT || !"1".equals(p.getText())) {
                        throw error("schema_version", "must be 1, got " + describe(v));
                    }
                    schemaVersion = 1;
                } else {
                    parameters = readParameters();
                }
            }
            if (schemaVersion == null) {
                throw errorAt(rootStart, null, "schema_version is missing; write schema_version: 1");
            }
            if (parameters == null) {
                throw errorAt(rootStart, null, "parameters is missing");
            }
            if (next() != null) {
                throw error(null, "the file must hold one YAML document, but more follows");
            }
            return ParameterSet.of(parameters);
        }

        private List<Parameter<?>> readParameters() throws IOException {
            JsonToken t = next();
            expect(t, JsonToken.START_OBJECT, null, "parameters", "a mapping from parameter key to its timeline");
            List<Parameter<?>> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (t = next(); t != JsonToken.END_OBJECT; t = next()) {
                String key = p.currentName();
                if (!seen.add(key)) {
                    throw error(key, "is given twice");
                }
                ValueType type = declared.get(key);
                if (type == null && !selfDeclared) {
                    throw error(key, "unknown parameter" + didYouMean(key, declared.keySet()));
                }
                if (type == null) {
                    try {
                        checkKeyForm(key);
                    } catch (IllegalArgumentException e) {
                        throw error(key, "must be lower-case words joined by dots, e.g. lansia_daerah.min_age");
                    }
                }
                out.add(readParameter(key, type));
            }
            return out;
        }

        private Parameter<?> readParameter(String key, ValueType declaredType) throws IOException {
            ValueType type = declaredType;
            JsonToken t = next();
            expect(t, JsonToken.START_OBJECT, key, key, "a mapping with type and values");
            JsonLocation start = p.currentTokenLocation();
            boolean typeSeen = false;
            List<DatedValue<Object>> values = null;
            Set<String> seen = new HashSet<>();
            for (t = next(); t != JsonToken.END_OBJECT; t = next()) {
                String name = fieldName(seen, key, PARAMETER_KEYS);
                if (name.equals("type")) {
                    JsonToken v = next();
                    String text = v == JsonToken.VALUE_STRING ? p.getText() : null;
                    if (type == null) {
                        // A programme file declares its own keys: the type comes from the file.
                        type = ValueType.byName(text);
                        if (type == null) {
                            throw error(
                                    key,
                                    "type must be one of " + String.join(", ", ValueType.names()) + ", got "
                                            + describe(v));
                        }
                    } else if (!type.yamlName.equals(text)) {
                        String got = ValueType.names().contains(text) ? text : describe(v);
                        throw error(key, "type must be " + type.yamlName + " for this key, got " + got);
                    }
                    typeSeen = true;
                } else {
                    if (type == null) {
                        throw error(key, "type must come before values; write type: first");
                    }
                    values = readValues(key, type);
                }
            }
            if (!typeSeen) {
                throw errorAt(
                        start,
                        key,
                        "type is missing; write type: " + (type == null ? "integer, rupiah, …" : type.yamlName));
            }
            if (values == null) {
                throw errorAt(start, key, "values is missing");
            }
            return build(key, type.javaType, values);
        }

        private List<DatedValue<Object>> readValues(String key, ValueType type) throws IOException {
            JsonToken t = next();
            expect(t, JsonToken.START_ARRAY, key, "values", "a list of dated values");
            JsonLocation start = p.currentTokenLocation();
            List<DatedValue<Object>> out = new ArrayList<>();
            LocalDate previous = null;
            for (t = next(); t != JsonToken.END_ARRAY; t = next()) {
                String at = "values[" + out.size() + "]";
                expect(t, JsonToken.START_OBJECT, key, at, "a mapping with from, value and legal_basis");
                JsonLocation entryStart = p.currentTokenLocation();
                LocalDate from = null;
                JsonLocation fromAt = null;
                Object value = null;
                boolean valueSeen = false;
                LegalBasis basis = null;
                Set<String> seen = new HashSet<>();
                for (JsonToken f = next(); f != JsonToken.END_OBJECT; f = next()) {
                    String name = fieldName(seen, key, ENTRY_KEYS);
                    if (name.equals("from")) {
                        next();
                        fromAt = p.currentTokenLocation();
                        from = readDate(key, at + ".from");
                    } else if (name.equals("value")) {
                        value = readValue(key, type);
                        valueSeen = true;
                    } else {
                        basis = readLegalBasis(key, at + ".legal_basis");
                    }
                }
                if (from == null) {
                    throw errorAt(entryStart, key, at + ".from is missing");
                }
                if (!valueSeen) {
                    throw errorAt(entryStart, key, at + ".value is missing; write none to switch the rule off");
                }
                if (basis == null) {
                    throw errorAt(entryStart, key, at + ".legal_basis is missing");
                }
                if (previous != null && !from.isAfter(previous)) {
                    throw errorAt(
                            fromAt,
                            key,
                            from.equals(previous)
                                    ? at + ".from " + from + " repeats the date of the entry before"
                                    : at + ".from " + from + " must be after the date of the entry before, "
                                            + previous);
                }
                previous = from;
                out.add(value == null ? DatedValue.none(from, basis) : DatedValue.of(from, value, basis));
            }
            if (out.isEmpty()) {
                throw errorAt(start, key, "values must hold at least one dated value");
            }
            return out;
        }

        private LocalDate readDate(String key, String field) throws IOException {
            JsonToken t = p.currentToken();
            String text = t == JsonToken.VALUE_STRING ? p.getText() : null;
            if (text != null && text.length() == 10) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // falls through to the error below
                }
            }
            throw error(key, field + " must be a date YYYY-MM-DD, got " + describe(t));
        }

        /** Returns the value, or null for {@code none}. */
        private Object readValue(String key, ValueType type) throws IOException {
            Object value = readUnbounded(key, type);
            Optional<String> problem = ParameterBounds.problem(value);
            if (problem.isPresent()) {
                throw error(key, "value " + problem.get());
            }
            return value;
        }

        private Object readUnbounded(String key, ValueType type) throws IOException {
            JsonToken t = next();
            String text = p.getText();
            if (t == JsonToken.VALUE_STRING && NONE.equals(text)) {
                return null;
            }
            switch (type) {
                case RUPIAH -> {
                    if (t == JsonToken.VALUE_NUMBER_INT && isDigits(text, false)) {
                        return Rupiah.of(parseLong(key, text, "at most " + ParameterBounds.MAX_RUPIAH));
                    }
                }
                case INTEGER -> {
                    if (t == JsonToken.VALUE_NUMBER_INT && isDigits(text, true)) {
                        String range = "between " + ParameterBounds.MIN_INTEGER + " and " + ParameterBounds.MAX_INTEGER;
                        long v = parseLong(key, text, range);
                        if (v < ParameterBounds.MIN_INTEGER || v > ParameterBounds.MAX_INTEGER) {
                            throw error(key, "value must be " + range + ", got " + v);
                        }
                        return (int) v;
                    }
                }
                case BOOLEAN -> {
                    if ((t == JsonToken.VALUE_TRUE && "true".equals(text))
                            || (t == JsonToken.VALUE_FALSE && "false".equals(text))) {
                        return t == JsonToken.VALUE_TRUE;
                    }
                }
                case STRING -> {
                    if (t == JsonToken.VALUE_STRING && !text.isBlank()) {
                        return text;
                    }
                }
                case DECIMAL -> {
                    if ((t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) && isDecimal(text)) {
                        return new BigDecimal(text);
                    }
                }
            }
            throw error(key, "value must be " + type.expected + " or none, got " + describe(t));
        }

        private long parseLong(String key, String text, String range) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw error(key, "value must be " + range + ", got " + ParameterBounds.describeNumber(text));
            }
        }

        private LegalBasis readLegalBasis(String key, String at) throws IOException {
            JsonToken t = next();
            expect(
                    t,
                    JsonToken.START_OBJECT,
                    key,
                    at,
                    "a mapping with instrument and optional number, year, article, note, provenance");
            JsonLocation start = p.currentTokenLocation();
            LegalBasis.Builder b = LegalBasis.builder();
            boolean instrument = false;
            Set<String> seen = new HashSet<>();
            for (t = next(); t != JsonToken.END_OBJECT; t = next()) {
                String name = fieldName(seen, key, BASIS_KEYS);
                JsonToken v = next();
                String text = p.getText();
                switch (name) {
                    case "instrument" -> {
                        b.instrument(text(v, text, key, at + ".instrument"));
                        instrument = true;
                    }
                    case "number" ->
                        // An instrument number is text ("300.2.2-2138"), but a bare 4 is natural to write.
                        b.number(v == JsonToken.VALUE_NUMBER_INT ? text : text(v, text, key, at + ".number"));
                    case "year" -> {
                        if (v != JsonToken.VALUE_NUMBER_INT || !isDigits(text, false) || text.length() != 4) {
                            throw error(key, at + ".year must be a year such as 2018, got " + describe(v));
                        }
                        b.year(Integer.parseInt(text));
                    }
                    case "article" -> b.article(text(v, text, key, at + ".article"));
                    case "provenance" -> readProvenance(b, v, key, at + ".provenance");
                    default -> b.note(text(v, text, key, at + ".note"));
                }
            }
            if (!instrument) {
                throw errorAt(start, key, at + ".instrument is missing");
            }
            return b.build();
        }

        private void readProvenance(LegalBasis.Builder b, JsonToken t, String key, String at) throws IOException {
            expect(t, JsonToken.START_ARRAY, key, at, "a list of mappings with grade, text and optional secondary");
            int n = 0;
            for (t = next(); t != JsonToken.END_ARRAY; t = next()) {
                String entry = at + "[" + n++ + "]";
                expect(t, JsonToken.START_OBJECT, key, entry, "a mapping with grade, text and optional secondary");
                JsonLocation start = p.currentTokenLocation();
                Provenance.Grade grade = null;
                boolean secondary = false;
                String text = null;
                Set<String> seen = new HashSet<>();
                for (t = next(); t != JsonToken.END_OBJECT; t = next()) {
                    String name = fieldName(seen, key, PROVENANCE_KEYS);
                    JsonToken v = next();
                    switch (name) {
                        case "grade" -> {
                            String g = v == JsonToken.VALUE_STRING ? p.getText() : "";
                            if (!g.equals("S") && !g.equals("I") && !g.equals("P")) {
                                throw error(key, entry + ".grade must be S, I or P, got " + describe(v));
                            }
                            grade = Provenance.Grade.valueOf(g);
                        }
                        case "secondary" -> {
                            if (v != JsonToken.VALUE_TRUE && v != JsonToken.VALUE_FALSE) {
                                throw error(key, entry + ".secondary must be true or false, got " + describe(v));
                            }
                            secondary = v == JsonToken.VALUE_TRUE;
                        }
                        default -> text = text(v, p.getText(), key, entry + ".text");
                    }
                }
                if (grade == null || text == null) {
                    throw errorAt(start, key, entry + (grade == null ? ".grade" : ".text") + " is missing");
                }
                b.addProvenance(Provenance.of(grade, secondary, text));
            }
        }

        private String text(JsonToken t, String text, String key, String field) {
            if (t != JsonToken.VALUE_STRING || text.isBlank()) {
                throw error(key, field + " must be a text, got " + describe(t));
            }
            return text;
        }

        /** Reads the current field name, checked against the keys allowed and the keys seen. */
        private String fieldName(Set<String> seen, String key, List<String> allowed) throws IOException {
            return cursor.key(
                    key,
                    allowed,
                    seen,
                    name -> "unknown key " + name + didYouMean(name, allowed) + "; expected one of " + allowed);
        }

        private JsonToken next() throws IOException {
            return cursor.next();
        }

        private void expect(JsonToken got, JsonToken wanted, String key, String what, String shape) {
            if (got != wanted) {
                throw error(key, what + " must be " + shape + ", got " + describe(got));
            }
        }

        private String describe(JsonToken t) {
            return cursor.describe(t);
        }

        private InputException error(String key, String detail) {
            return cursor.error(key, detail);
        }

        private InputException errorAt(JsonLocation loc, String key, String detail) {
            return cursor.errorAt(loc, key, detail);
        }
    }

    private static boolean isDigits(String text, boolean signed) {
        int start = signed && text.startsWith("-") ? 1 : 0;
        if (text.length() == start) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDecimal(String text) {
        int dot = text.indexOf('.');
        if (dot < 0) {
            return isDigits(text, true);
        }
        return isDigits(text.substring(0, dot), true) && isDigits(text.substring(dot + 1), false);
    }

    @SuppressWarnings("unchecked") // each value was read as type's Java type; Parameter.of checks again
    private static <T> Parameter<T> build(String key, Class<T> type, List<DatedValue<Object>> values) {
        return Parameter.of(key, type, (List<DatedValue<T>>) (List<?>) values);
    }

    /** Returns {@code " (did you mean X?)"} for the closest candidate, or an empty text. */
    static String didYouMean(String name, Iterable<String> candidates) {
        return YamlSupport.closest(name, candidates)
                .map(best -> " (did you mean " + best + "?)")
                .orElse("");
    }
}
