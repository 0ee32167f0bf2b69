package id.bansos.testkit;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import id.bansos.io.InputException;
import id.bansos.io.json.BansosModule;
import id.bansos.io.yaml.AliasParser;
import id.bansos.io.yaml.ParameterBounds;
import id.bansos.io.yaml.YamlCursor;
import id.bansos.io.yaml.YamlSupport;
import id.bansos.model.Household;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Component;
import id.bansos.model.program.Program;
import id.bansos.programs.ProgramFile;
import id.bansos.rules.NationalPolicy;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads scenario files strictly: the first mistake stops the read with an {@link InputException}
 * naming the file, line, column and key, with a "did you mean" for a misspelt key. Immutable and
 * thread-safe.
 */
final class ScenarioReader {

    static final List<String> SCENARIO_KEYS =
            List.of("name", "program", "programs", "as_of", "household", "households", "parameters", "expect");
    static final List<String> EXPECT_KEYS =
            List.of("eligible", "annual_amount", "amount_per_payment", "components", "reasons");

    private static final String WHERE = "a scenario file";
    private static final String NONE = "none";
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** The shape of a code, without the library's lists: a district may have codes of its own. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** Numbers up to this many characters are repeated in messages; longer ones could be a NIK. */
    private static final int SHOWABLE_NUMBER_LENGTH = 12;

    /** Keys safe to repeat in a message: not a number that could be a NIK, not text with spaces. */
    private static final Pattern SHOWABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,63}");

    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{6}");

    private final YAMLFactory factory;
    private final ObjectMapper mapper;
    private final Set<Program> programs;
    private final Map<String, Class<?>> declared;
    private final ParameterSet base;

    /**
     * Creates a reader.
     *
     * @param programs the programmes a scenario may name
     * @param declared the parameter keys a scenario may override, with their types
     * @param base the policy the overrides are layered over, for each key's first date
     */
    ScenarioReader(Set<Program> programs, Map<String, Class<?>> declared, ParameterSet base) {
        this.factory = YamlSupport.factory();
        this.mapper = new YAMLMapper(factory).registerModule(new BansosModule());
        this.programs = programs;
        this.declared = declared;
        this.base = base;
    }

    /**
     * Reads a scenario file.
     *
     * @param in the text, not closed
     * @param source the name of the file for messages
     * @return the scenarios in file order, empty for a file without any
     * @throws InputException if the file has a mistake
     * @throws UncheckedIOException if the text cannot be read
     */
    List<Scenario> read(Reader in, String source) {
        String text = YamlCursor.readText(in, source);
        // A first pass over every token refuses anchors, aliases and tags before anything is built,
        // so that no part of the second pass (household reading included) can meet one.
        List<ProgramsRef> refs = new ArrayList<>();
        YamlCursor.parse(factory, text, source, p -> {
            YamlCursor first = YamlCursor.of(p, source, WHERE, SHOWABLE_NUMBER_LENGTH);
            // Every token is checked by next(). On the way, each scenario's programs: is noted, so
            // that its programmes and parameter keys are known whatever the order of the keys.
            int depth = 0;
            for (JsonToken t = first.next(); t != null; t = first.next()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                    if (depth == 2 && t == JsonToken.START_OBJECT) {
                        refs.add(null);
                    }
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && depth == 2 && "programs".equals(p.currentName())) {
                    JsonToken v = first.next();
                    if (v == JsonToken.VALUE_STRING) {
                        refs.set(refs.size() - 1, new ProgramsRef(p.getText(), p.currentTokenLocation()));
                    } else if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                        depth++;
                    }
                }
            }
            return refs;
        });
        return YamlCursor.parse(factory, text, source, p -> new Session(p, source, refs).readFile());
    }

    private static InputException errorAt(String source, JsonLocation loc, String field, String detail) {
        return YamlCursor.errorAt(source, loc, field, detail);
    }

    /** Returns {@code unknown key "x", did you mean "y"?} or the list of keys allowed. */
    static String unknownKey(String what, String name, List<String> allowed) {
        Optional<String> best = YamlSupport.closest(name, allowed);
        String shown = isShowable(name) ? what + " \"" + name + "\"" : what + " (not shown: it could be personal data)";
        return best.map(b -> "unknown " + shown + ", did you mean \"" + b + "\"?")
                .orElseGet(() -> "unknown " + shown + "; expected one of " + String.join(", ", allowed));
    }

    static boolean isShowable(String key) {
        return SHOWABLE.matcher(key).matches() && !DIGIT_RUN.matcher(key).find();
    }

    /** An override value read from the file, placed on its timeline once the scenario is read. */
    private static final class ParameterOverride {
        final String key;
        final Class<?> type;
        final Object value; // null for none

        ParameterOverride(String key, Class<?> type, Object value) {
            this.key = key;
            this.type = type;
            this.value = value;
        }
    }

    /** A scenario's {@code programs:} as written, with where. */
    private record ProgramsRef(String file, JsonLocation at) {}

    /** The expectations of one household as read, with where they start. */
    private static final class Entry {
        final Expectation.Builder builder = Expectation.builder();
        final JsonLocation at;
        boolean any;

        Entry(JsonLocation at) {
            this.at = at;
        }
    }

    /** One read of one file: the parser and the file's name. */
    private final class Session {
        private final YAMLParser p;
        private final String source;
        private final YamlCursor cursor;

        private final List<ProgramsRef> refs;
        private final Map<Path, ProgramFile> loaded = new HashMap<>();
        private int scenarios;
        private ProgramFile programFile;
        private Map<String, Class<?>> declaredHere;
        private ParameterSet baseHere;

        Session(YAMLParser p, String source, List<ProgramsRef> refs) {
            this.p = p;
            this.source = source;
            this.cursor = YamlCursor.of(p, source, WHERE, SHOWABLE_NUMBER_LENGTH);
            this.refs = refs;
        }

        /**
         * Reads the programme file a scenario names, relative to the scenario file's folder, once
         * per file; sets the keys and the policy its overrides are checked against.
         */
        private void programsOf(int index) {
            ProgramsRef ref = index < refs.size() ? refs.get(index) : null;
            programFile = null;
            declaredHere = declared;
            baseHere = base;
            if (ref == null) {
                return;
            }
            Path dir = Path.of(source).toAbsolutePath().getParent();
            Path file =
                    dir == null ? Path.of(ref.file()) : dir.resolve(ref.file()).normalize();
            if (!Files.isRegularFile(file)) {
                throw errorAt(source, ref.at(), "programs", "no programme file " + ref.file() + " next to this file");
            }
            programFile = loaded.computeIfAbsent(file, ProgramFile::read);
            Map<String, Class<?>> keys = new HashMap<>(declared);
            keys.putAll(NationalPolicy.parameterTypes(programFile.programs()));
            declaredHere = keys;
            baseHere = programFile.layeredOver(base);
        }

        List<Scenario> readFile() throws IOException {
            JsonToken t = p.nextToken();
            List<Scenario> out = new ArrayList<>();
            if (t == null) {
                return out;
            }
            if (t != JsonToken.START_ARRAY) {
                throw error(
                        null,
                        "a scenario file must be a list of scenarios, each starting with \"- name:\", got "
                                + describe(t));
            }
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.START_OBJECT) {
                    throw error(null, "each scenario must be a mapping starting with \"- name:\", got " + describe(t));
                }
                out.add(readScenario());
            }
            if (p.nextToken() != null) {
                throw error(null, "the file must hold one YAML document, but more follows");
            }
            return out;
        }

        private Scenario readScenario() throws IOException {
            JsonLocation start = p.currentTokenLocation();
            programsOf(scenarios++);
            Set<String> seen = new HashSet<>();
            String name = null;
            Program program = null;
            LocalDate asOf = null;
            List<Household> households = null;
            List<JsonLocation> householdsAt = new ArrayList<>();
            String householdKey = null;
            Map<String, ParameterOverride> overrides = new LinkedHashMap<>();
            Entry direct = null;
            Map<String, Entry> byId = new LinkedHashMap<>();
            boolean expectSeen = false;
            JsonLocation expectAt = null;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                JsonLocation keyAt = p.currentTokenLocation();
                String key = cursor.key(null, SCENARIO_KEYS, seen, k -> unknownKey("key", k, SCENARIO_KEYS));
                JsonToken v = p.nextToken();
                switch (key) {
                    case "name" -> name = text(v, "name");
                    case "program" -> program = readProgram(v);
                    case "programs" -> text(v, "programs");
                    case "as_of" -> asOf = date(v, "as_of");
                    case "household", "households" -> {
                        if (householdKey != null) {
                            throw errorAt(
                                    source,
                                    keyAt,
                                    null,
                                    "give either household (one) or households (several), not both");
                        }
                        householdKey = key;
                        households = key.equals("household") ? readOne() : readMany(householdsAt);
                    }
                    case "parameters" -> readOverrides(v, overrides);
                    default -> {
                        expectSeen = true;
                        expectAt = p.currentTokenLocation();
                        if (v != JsonToken.START_OBJECT) {
                            throw error("expect", "must be a mapping such as {eligible: true}, got " + describe(v));
                        }
                        direct = readExpect(byId);
                    }
                }
            }
            if (name == null) {
                throw errorAt(source, start, null, "the scenario has no name; write name: first");
            }
            if (program == null) {
                throw errorAt(source, start, null, "the scenario has no program; write program: " + programList());
            }
            if (asOf == null) {
                throw errorAt(source, start, null, "the scenario has no as_of; write as_of: YYYY-MM-DD");
            }
            if (households == null) {
                throw errorAt(
                        source,
                        start,
                        null,
                        "the scenario has no household; write household: (one) or households: (several)");
            }
            if (!expectSeen) {
                throw errorAt(source, start, null, "the scenario has no expect; write what the decision must show");
            }
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < households.size(); i++) {
                String id = households.get(i).id();
                if (ids.contains(id)) {
                    throw errorAt(
                            source,
                            householdsAt.get(i),
                            householdKey + "[" + i + "].id",
                            "household id \"" + id + "\" is given twice");
                }
                ids.add(id);
            }
            Map<String, Expectation> expectations = expectations(householdKey, ids, direct, byId, expectAt);
            Scenario.Builder b = Scenario.builder()
                    .source(source)
                    .line(Math.max(0, start.getLineNr()))
                    .name(name)
                    .program(program)
                    .asOf(asOf)
                    .households(households)
                    .programFile(Optional.ofNullable(programFile))
                    .expectations(expectations);
            if (!overrides.isEmpty()) {
                b.parameters(overrideSet(overrides, asOf, name));
            }
            try {
                return b.build();
            } catch (IllegalArgumentException e) {
                throw errorAt(source, start, null, e.getMessage());
            }
        }

        private Map<String, Expectation> expectations(
                String householdKey, List<String> ids, Entry direct, Map<String, Entry> byId, JsonLocation expectAt) {
            Map<String, Expectation> out = new LinkedHashMap<>();
            if (direct != null) {
                if (householdKey.equals("households")) {
                    throw errorAt(
                            source,
                            direct.at,
                            "expect",
                            "with households:, expect maps each household id to its expectations,"
                                    + " e.g. H1: {eligible: false}");
                }
                if (!byId.isEmpty()) {
                    throw errorAt(
                            source,
                            byId.values().iterator().next().at,
                            "expect",
                            "give the expectations either directly or under the household id, not both");
                }
                out.put(ids.get(0), build(direct, "expect"));
                return out;
            }
            if (byId.isEmpty()) {
                throw errorAt(
                        source, expectAt, "expect", "must name at least one of " + String.join(", ", EXPECT_KEYS));
            }
            for (Map.Entry<String, Entry> e : byId.entrySet()) {
                if (!ids.contains(e.getKey())) {
                    throw errorAt(
                            source,
                            e.getValue().at,
                            "expect",
                            "no household with id \"" + e.getKey() + "\" in this scenario"
                                    + YamlSupport.closest(e.getKey(), ids)
                                            .map(b -> ", did you mean \"" + b + "\"?")
                                            .orElse("; its households are " + String.join(", ", ids)));
                }
                out.put(e.getKey(), build(e.getValue(), "expect." + e.getKey()));
            }
            return out;
        }

        private Expectation build(Entry entry, String field) {
            if (!entry.any) {
                throw errorAt(source, entry.at, field, "must name at least one of " + String.join(", ", EXPECT_KEYS));
            }
            return entry.builder.build();
        }

        private List<Household> readOne() throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw error(
                        "household",
                        "must be a mapping (one household), got " + describe(p.currentToken())
                                + "; for several households write households:");
            }
            return List.of(readHousehold("household"));
        }

        private List<Household> readMany(List<JsonLocation> at) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw error("households", "must be a list of households, got " + describe(p.currentToken()));
            }
            JsonLocation listAt = p.currentTokenLocation();
            List<Household> out = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                String field = "households[" + out.size() + "]";
                if (t != JsonToken.START_OBJECT) {
                    throw error(field, "must be a mapping (one household), got " + describe(t));
                }
                at.add(p.currentTokenLocation());
                out.add(readHousehold(field));
            }
            if (out.isEmpty()) {
                throw errorAt(source, listAt, "households", "must hold at least one household");
            }
            return out;
        }

        private Household readHousehold(String field) throws IOException {
            JsonLocation at = p.currentTokenLocation();
            try {
                // The CSV roster's Indonesian keys and aliases (jenis_kelamin: P, hamil: ya) are accepted.
                return mapper.readValue(AliasParser.of(p), Household.class);
            } catch (JsonMappingException e) {
                // The module's messages name the field inside the household and never hold a NIK,
                // a KK number or a name.
                JsonLocation loc = e.getLocation() == null ? at : e.getLocation();
                throw new InputException(
                        source,
                        Math.max(0, loc.getLineNr()),
                        Math.max(0, loc.getColumnNr()),
                        null,
                        field,
                        YamlCursor.firstLine(e.getOriginalMessage()),
                        e);
            }
        }

        private Program readProgram(JsonToken v) throws IOException {
            String code = text(v, "program");
            if (programFile != null && programFile.find(code).isPresent()) {
                return Program.of(code);
            }
            for (Program known : programs) {
                if (known.code().equals(code)) {
                    return known;
                }
            }
            List<String> codes = new ArrayList<>();
            for (Program known : programs) {
                codes.add(known.code());
            }
            if (programFile != null) {
                programFile.programs().forEach(d -> codes.add(d.program().code()));
            }
            throw error("program", unknownKey("programme", code, codes));
        }

        private String programList() {
            List<String> codes = new ArrayList<>();
            for (Program known : programs) {
                codes.add(known.code());
            }
            return String.join(" or ", codes);
        }

        private void readOverrides(JsonToken v, Map<String, ParameterOverride> out) throws IOException {
            if (v != JsonToken.START_OBJECT) {
                throw error(
                        "parameters", "must be a mapping such as {pkh.max_component_persons: 3}, got " + describe(v));
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String key = p.currentName();
                Class<?> type = declaredHere.get(key);
                if (type == null) {
                    throw error("parameters", unknownKey("parameter", key, List.copyOf(declaredHere.keySet())));
                }
                if (out.containsKey(key)) {
                    throw error("parameters", key + " is given twice");
                }
                p.nextToken();
                out.put(key, new ParameterOverride(key, type, overrideValue(key, type)));
            }
        }

        /** Returns the value, or null for {@code none}. */
        private Object overrideValue(String key, Class<?> type) throws IOException {
            Object value = unboundedOverride(key, type);
            Optional<String> problem = ParameterBounds.problem(value);
            if (problem.isPresent()) {
                throw error("parameters", key + " " + problem.get());
            }
            return value;
        }

        private Object unboundedOverride(String key, Class<?> type) throws IOException {
            JsonToken t = p.currentToken();
            String text = p.getText();
            if (t == JsonToken.VALUE_STRING && NONE.equals(text)) {
                return null;
            }
            String expected;
            if (type == Rupiah.class) {
                if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    long amount = p.getLongValue();
                    if (amount >= 0) {
                        return Rupiah.of(amount);
                    }
                } else if (t == JsonToken.VALUE_NUMBER_INT
                        && p.getBigIntegerValue().signum() > 0) {
                    throw error(
                            "parameters",
                            key + " must be at most " + ParameterBounds.MAX_RUPIAH + ", got "
                                    + ParameterBounds.describeNumber(text));
                }
                expected = "a whole number of Rupiah, 0 or more,";
            } else if (type == Integer.class) {
                if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                    return p.getIntValue();
                } else if (t == JsonToken.VALUE_NUMBER_INT) {
                    throw error(
                            "parameters",
                            key + " must be between " + ParameterBounds.MIN_INTEGER + " and "
                                    + ParameterBounds.MAX_INTEGER + ", got " + ParameterBounds.describeNumber(text));
                }
                expected = "a whole number";
            } else if (type == Boolean.class) {
                if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                    return t == JsonToken.VALUE_TRUE;
                }
                expected = "true or false";
            } else if (type == BigDecimal.class) {
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    return new BigDecimal(text);
                }
                expected = "a decimal number such as 0.25";
            } else {
                if (t == JsonToken.VALUE_STRING && !text.isBlank()) {
                    return text;
                }
                expected = "a text";
            }
            throw error("parameters", key + " must be " + expected + " or none, got " + describe(t));
        }

        private ParameterSet overrideSet(Map<String, ParameterOverride> overrides, LocalDate asOf, String name) {
            LegalBasis basis = LegalBasis.builder()
                    .instrument("Skenario")
                    .provenance("[P] changed by the scenario \"" + name + "\" for all dates")
                    .build();
            List<Parameter<?>> parameters = new ArrayList<>();
            for (ParameterOverride o : overrides.values()) {
                // The value holds for all dates: from the first date of the key in the policy below,
                // so that layering replaces its whole timeline.
                LocalDate from = baseHere.find(o.key)
                        .map(below -> below.values().get(0).effectiveFrom())
                        .orElse(asOf);
                parameters.add(parameter(o.key, o.type, from, o.value, basis));
            }
            return ParameterSet.of(parameters);
        }

        /** Reads {@code expect:}; returns the direct expectations, and puts per-household ones in byId. */
        private Entry readExpect(Map<String, Entry> byId) throws IOException {
            Entry direct = null;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String key = p.currentName();
                JsonLocation keyAt = p.currentTokenLocation();
                JsonToken v = p.nextToken();
                if (EXPECT_KEYS.contains(key)) {
                    if (direct == null) {
                        direct = new Entry(keyAt);
                    }
                    readExpectation(direct, key, v, "expect");
                } else if (v == JsonToken.START_OBJECT) {
                    if (byId.containsKey(key)) {
                        throw errorAt(source, keyAt, "expect", "household " + key + " is given twice");
                    }
                    Entry entry = new Entry(keyAt);
                    byId.put(key, entry);
                    readEntry(entry, "expect." + key);
                } else {
                    throw errorAt(source, keyAt, "expect", unknownKey("key", key, EXPECT_KEYS));
                }
            }
            return direct;
        }

        private void readEntry(Entry entry, String field) throws IOException {
            Set<String> seen = new HashSet<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String key = cursor.key(field, EXPECT_KEYS, seen, k -> unknownKey("key", k, EXPECT_KEYS));
                readExpectation(entry, key, p.nextToken(), field);
            }
        }

        private void readExpectation(Entry entry, String key, JsonToken v, String field) throws IOException {
            Expectation.Builder b = entry.builder;
            entry.any = true;
            switch (key) {
                case "eligible" -> {
                    if (v != JsonToken.VALUE_TRUE && v != JsonToken.VALUE_FALSE) {
                        throw error(field, "eligible must be true or false, got " + describe(v));
                    }
                    b.eligible(v == JsonToken.VALUE_TRUE);
                }
                case "annual_amount" -> b.annualAmount(amount(v, field, key));
                case "amount_per_payment" -> b.amountPerPayment(amount(v, field, key));
                case "components" -> {
                    List<Component> components = new ArrayList<>();
                    for (String code : codes(v, field, key, "component")) {
                        components.add(Component.of(code));
                    }
                    b.components(List.copyOf(components));
                }
                default -> {
                    Set<ReasonCode> reasons = new LinkedHashSet<>();
                    for (String code : codes(v, field, key, "reason")) {
                        reasons.add(ReasonCode.of(code));
                    }
                    b.reasons(reasons);
                }
            }
        }

        private Rupiah amount(JsonToken v, String field, String key) throws IOException {
            if (v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                long amount = p.getLongValue();
                if (amount >= 0) {
                    return Rupiah.of(amount);
                }
            }
            throw error(field, key + " must be a whole number of Rupiah such as 3900000, got " + describe(v));
        }

        private List<String> codes(JsonToken v, String field, String key, String what) throws IOException {
            if (v != JsonToken.START_ARRAY) {
                throw error(field, key + " must be a list of " + what + " codes such as [SD], got " + describe(v));
            }
            List<String> out = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                String text = t == JsonToken.VALUE_STRING ? p.getText() : null;
                if (text == null || !CODE.matcher(text).matches()) {
                    throw error(
                            field,
                            key + " must hold upper-case " + what + " codes such as " + example(what) + ", got "
                                    + describe(t));
                }
                if (key.equals("reasons") && out.contains(text)) {
                    throw error(field, "reasons must not repeat a code, got " + text + " twice");
                }
                out.add(text);
            }
            return out;
        }

        private String example(String what) {
            return what.equals("component") ? "SD" : "DATA_GANDA";
        }

        private String text(JsonToken v, String key) throws IOException {
            if (v != JsonToken.VALUE_STRING || p.getText().isBlank()) {
                throw error(key, "must be a text, got " + describe(v));
            }
            return p.getText();
        }

        private LocalDate date(JsonToken v, String key) throws IOException {
            String text = v == JsonToken.VALUE_STRING ? p.getText() : null;
            if (text != null && DATE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // falls through to the error below
                }
            }
            throw error(key, "must be a date YYYY-MM-DD, got " + describe(v));
        }

        private String describe(JsonToken t) {
            return cursor.describe(t);
        }

        private InputException error(String field, String detail) {
            return cursor.error(field, detail);
        }
    }

    @SuppressWarnings("unchecked") // value was read as an instance of type; Parameter.of checks again
    private static <T> Parameter<T> parameter(
            String key, Class<T> type, LocalDate from, Object value, LegalBasis basis) {
        DatedValue<T> entry = value == null ? DatedValue.none(from, basis) : DatedValue.of(from, (T) value, basis);
        return Parameter.of(key, type, List.of(entry));
    }
}
