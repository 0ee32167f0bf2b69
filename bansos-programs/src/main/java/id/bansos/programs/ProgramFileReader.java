package id.bansos.programs;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import id.bansos.io.InputException;
import id.bansos.io.yaml.ParameterFileReader;
import id.bansos.io.yaml.YamlCursor;
import id.bansos.io.yaml.YamlSupport;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.param.Parameter;
import id.bansos.model.program.Program;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.ProgramDefinition;
import id.bansos.rules.Programs;
import id.bansos.rules.Rule;
import id.bansos.rules.Rules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads one programme file (PROGRAMS-V1); one instance per read. */
final class ProgramFileReader {
    private static final List<String> ROOT_KEYS = List.of("schema_version", "programs");
    private static final List<String> PROGRAM_KEYS = List.of(
            "code", "name", "legal_basis", "payment_schedule", "uses", "parameters", "requires", "amount_per_payment");
    private static final List<String> REQUIRES_KEYS = List.of("code", "rule", "message");
    private static final List<String> TEXT_KEYS = List.of("id", "en");

    private final String source;
    private final String[] lines;
    private YAMLParser p;
    private YamlCursor cursor;
    private int expressions;

    private ProgramFileReader(String source, String text) {
        this.source = source;
        this.lines = text.split("\n", -1);
    }

    static ProgramFile read(String text, String source) {
        ProgramFileReader reader = new ProgramFileReader(source, text);
        YamlCursor.checkSyntax(text, source);
        return YamlCursor.parse(YamlSupport.factory(), text, source, parser -> {
            reader.p = parser;
            reader.cursor = YamlCursor.of(parser, source, "a programme file", 20);
            return reader.readFile();
        });
    }

    private ProgramFile readFile() throws IOException {
        JsonToken first = cursor.next();
        if (first == null) {
            throw cursor.error(null, "the file is empty; it must start with schema_version: 1");
        }
        expect(first, JsonToken.START_OBJECT, null, "the file", "a mapping with schema_version and programs");
        JsonLocation rootStart = p.currentTokenLocation();
        boolean version = false;
        List<Parsed> programs = null;
        Set<String> seen = new HashSet<>();
        for (JsonToken t = cursor.next(); t != JsonToken.END_OBJECT; t = cursor.next()) {
            String name = key(seen, null, ROOT_KEYS);
            if (name.equals("schema_version")) {
                JsonToken v = cursor.next();
                if (v != JsonToken.VALUE_NUMBER_INT || !"1".equals(p.getText())) {
                    throw cursor.error("schema_version", "must be 1, got " + cursor.describe(v));
                }
                version = true;
            } else {
                programs = readPrograms();
            }
        }
        if (!version) {
            throw cursor.errorAt(rootStart, null, "schema_version is missing; write schema_version: 1");
        }
        if (programs == null) {
            throw cursor.errorAt(rootStart, null, "programs is missing");
        }
        if (cursor.next() != null) {
            throw cursor.error(null, "the file must hold one YAML document, but more follows");
        }
        return build(programs);
    }

    private List<Parsed> readPrograms() throws IOException {
        JsonToken t = cursor.next();
        expect(t, JsonToken.START_ARRAY, "programs", "programs", "a list of programmes");
        List<Parsed> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (t = cursor.next(); t != JsonToken.END_ARRAY; t = cursor.next()) {
            if (out.size() == ProgramFile.MAX_PROGRAMS) {
                throw cursor.error("programs", "must hold at most " + ProgramFile.MAX_PROGRAMS + " programmes");
            }
            String at = "programs[" + out.size() + "]";
            expect(t, JsonToken.START_OBJECT, at, at, "a mapping with code, name, legal_basis, …");
            Parsed parsed = readProgram(at);
            if (!codes.add(parsed.code)) {
                throw errorAt(parsed.start, parsed.code, "the programme code is given twice in this file");
            }
            out.add(parsed);
        }
        return out;
    }

    /** A programme as read, before its expressions are compiled. */
    private static final class Parsed {
        JsonLocation start;
        String code;
        Map<String, String> name;
        LegalBasis basis;
        PaymentSchedule schedule;
        final List<String> uses = new ArrayList<>();
        final List<Parameter<?>> parameters = new ArrayList<>();
        final List<Requirement> requires = new ArrayList<>();
        Text amount;
    }

    /** A {@code requires} entry as read. */
    private static final class Requirement {
        JsonLocation start;
        ReasonCode code;
        Text rule;
        Map<String, String> message;
    }

    /** An expression with where it starts in the file. */
    private record Text(String text, JsonLocation at) {}

    private Parsed readProgram(String at) throws IOException {
        Parsed out = new Parsed();
        out.start = p.currentTokenLocation();
        Set<String> seen = new HashSet<>();
        for (JsonToken t = cursor.next(); t != JsonToken.END_OBJECT; t = cursor.next()) {
            String field = out.code == null ? at : out.code;
            String name = key(seen, field, PROGRAM_KEYS);
            switch (name) {
                case "code" -> out.code = programCode(field);
                case "name" -> out.name = texts(field, "name");
                case "legal_basis" -> out.basis = ParameterFileReader.readLegalBasis(cursor, field, "legal_basis");
                case "payment_schedule" -> out.schedule = schedule(field);
                case "uses" -> readUses(field, out.uses);
                case "parameters" ->
                    out.parameters.addAll(ParameterFileReader.selfDeclared().readParameters(cursor));
                case "requires" -> readRequires(field, out.requires);
                default -> out.amount = expression(field, "amount_per_payment");
            }
        }
        String field = out.code == null ? at : out.code;
        for (String required :
                List.of("code", "name", "legal_basis", "payment_schedule", "requires", "amount_per_payment")) {
            if (!seen.contains(required)) {
                throw errorAt(out.start, field, required + " is missing");
            }
        }
        return out;
    }

    private String programCode(String field) throws IOException {
        JsonToken v = cursor.next();
        String text = v == JsonToken.VALUE_STRING ? p.getText() : null;
        if (text == null || !isCode(text)) {
            throw cursor.error(field, "code must be an upper-case code [A-Z][A-Z0-9_]*, got " + cursor.describe(v));
        }
        if (Program.libraryCodes().contains(Program.of(text))) {
            throw cursor.error(
                    field,
                    "code must not be " + text + ": PKH and SEMBAKO are the national programmes; give the"
                            + " programme a code of its own, e.g. LANSIA_DAERAH");
        }
        return text;
    }

    private static boolean isCode(String text) {
        if (text.isEmpty() || text.charAt(0) < 'A' || text.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private Map<String, String> texts(String field, String what) throws IOException {
        JsonToken t = cursor.next();
        expect(t, JsonToken.START_OBJECT, field, what, "a mapping with id (Bahasa Indonesia) and en (English)");
        JsonLocation start = p.currentTokenLocation();
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (t = cursor.next(); t != JsonToken.END_OBJECT; t = cursor.next()) {
            String lang = key(seen, field, TEXT_KEYS);
            JsonToken v = cursor.next();
            if (v != JsonToken.VALUE_STRING || p.getText().isBlank()) {
                throw cursor.error(field, what + "." + lang + " must be a text, got " + cursor.describe(v));
            }
            out.put(lang, p.getText());
        }
        for (String lang : TEXT_KEYS) {
            if (!out.containsKey(lang)) {
                throw errorAt(
                        start,
                        field,
                        what + "." + lang + " is missing; give the text in Bahasa Indonesia (id) and English (en)");
            }
        }
        return out;
    }

    private PaymentSchedule schedule(String field) throws IOException {
        JsonToken v = cursor.next();
        if (v == JsonToken.VALUE_STRING) {
            for (PaymentSchedule s : PaymentSchedule.values()) {
                if (s.name().equals(p.getText())) {
                    return s;
                }
            }
        }
        throw cursor.error(
                field, "payment_schedule must be one of MONTHLY, TAHAP, YEARLY, ONCE, got " + cursor.describe(v));
    }

    private void readUses(String field, List<String> out) throws IOException {
        JsonToken t = cursor.next();
        expect(
                t,
                JsonToken.START_ARRAY,
                field,
                "uses",
                "a list of national rule ids, e.g. [common.deceased, common.exclusion]");
        for (t = cursor.next(); t != JsonToken.END_ARRAY; t = cursor.next()) {
            String id = t == JsonToken.VALUE_STRING ? p.getText() : null;
            if (id == null || !Rules.sharedIds().contains(id)) {
                throw cursor.error(
                        field,
                        "uses: unknown rule " + cursor.describe(t) + "; a programme file may use "
                                + String.join(", ", Rules.sharedIds()));
            }
            if (out.contains(id)) {
                throw cursor.error(field, "uses: " + id + " is given twice");
            }
            if (id.equals(Rules.COMMON_DECEASED) && !out.isEmpty()) {
                throw cursor.error(
                        field,
                        "uses: common.deceased must come first, since it stops the evaluation of an all-deceased household");
            }
            out.add(id);
        }
    }

    private void readRequires(String field, List<Requirement> out) throws IOException {
        JsonToken t = cursor.next();
        expect(t, JsonToken.START_ARRAY, field, "requires", "a list of requirements, each with code, rule and message");
        Set<ReasonCode> codes = new HashSet<>();
        for (t = cursor.next(); t != JsonToken.END_ARRAY; t = cursor.next()) {
            String at = "requires[" + (out.size() + 1) + "]";
            expect(t, JsonToken.START_OBJECT, field, at, "a mapping with code, rule and message");
            Requirement r = new Requirement();
            r.start = p.currentTokenLocation();
            Set<String> seen = new HashSet<>();
            for (t = cursor.next(); t != JsonToken.END_OBJECT; t = cursor.next()) {
                String name = key(seen, field, REQUIRES_KEYS);
                switch (name) {
                    case "code" -> r.code = reasonCode(field, at, codes);
                    case "rule" -> r.rule = expression(field, at + ".rule");
                    default -> r.message = texts(field, at + ".message");
                }
            }
            for (String required : REQUIRES_KEYS) {
                if (!seen.contains(required)) {
                    throw errorAt(r.start, field, at + "." + required + " is missing");
                }
            }
            out.add(r);
        }
    }

    private ReasonCode reasonCode(String field, String at, Set<ReasonCode> codes) throws IOException {
        JsonToken v = cursor.next();
        String text = v == JsonToken.VALUE_STRING ? p.getText() : null;
        if (text == null || !isCode(text)) {
            throw cursor.error(
                    field, at + ".code must be an upper-case code [A-Z][A-Z0-9_]*, got " + cursor.describe(v));
        }
        ReasonCode code = ReasonCode.of(text);
        if (ReasonCode.libraryCodes().contains(code)) {
            throw cursor.error(
                    field,
                    at + ".code must be a code of the programme's own, not the library's " + text
                            + ", e.g. TIDAK_ADA_LANSIA");
        }
        if (!codes.add(code)) {
            throw cursor.error(field, at + ".code " + text + " is given to another requirement already");
        }
        return code;
    }

    private Text expression(String field, String at) throws IOException {
        JsonToken v = cursor.next();
        if (v != JsonToken.VALUE_STRING || p.getText().isBlank()) {
            throw cursor.error(field, at + " must be a CEL expression in quotes, got " + cursor.describe(v));
        }
        if (++expressions > ProgramFile.MAX_EXPRESSIONS) {
            throw cursor.error(
                    field, "a programme file may hold at most " + ProgramFile.MAX_EXPRESSIONS + " expressions");
        }
        return new Text(p.getText(), p.currentTokenLocation());
    }

    private ProgramFile build(List<Parsed> programs) {
        Map<String, Class<?>> national = NationalPolicy.parameterTypes(Programs.national());
        List<ProgramDefinition> definitions = new ArrayList<>();
        List<Parameter<?>> ownParameters = new ArrayList<>();
        Map<String, String> ownedBy = new HashMap<>();
        Map<Locale, Map<ReasonCode, String>> messages = new HashMap<>();
        Map<ReasonCode, String> id = new LinkedHashMap<>();
        Map<ReasonCode, String> en = new LinkedHashMap<>();
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        for (Parsed parsed : programs) {
            Map<String, Class<?>> types = new HashMap<>(national);
            for (Parameter<?> parameter : parsed.parameters) {
                String key = parameter.key();
                if (national.containsKey(key)) {
                    throw errorAt(
                            parsed.start,
                            parsed.code,
                            "parameters: " + key + " is a national parameter; a programme"
                                    + " declares keys of its own (layer a national value with --parameters)");
                }
                String other = ownedBy.putIfAbsent(key, parsed.code);
                if (other != null) {
                    throw errorAt(
                            parsed.start, parsed.code, "parameters: " + key + " is declared by " + other + " already");
                }
                types.put(key, parameter.type());
                ownParameters.add(parameter);
            }
            List<Rule> rules = new ArrayList<>();
            for (String use : parsed.uses) {
                rules.add(Rules.shared(use, parsed.basis).orElseThrow());
            }
            Set<String> requirementKeys = new LinkedHashSet<>();
            for (int i = 0; i < parsed.requires.size(); i++) {
                Requirement r = parsed.requires.get(i);
                Expressions.Compiled compiled =
                        compile(parsed.code, "requires[" + (i + 1) + "].rule", r.rule, Expressions.Result.BOOL, types);
                requirementKeys.addAll(compiled.keys());
                rules.add(new RequirementRule(parsed.code, i + 1, r.code, compiled, parsed.basis, types));
                for (Map.Entry<String, String> m : r.message.entrySet()) {
                    Map<ReasonCode, String> target = m.getKey().equals("en") ? en : id;
                    String before = target.putIfAbsent(r.code, m.getValue());
                    if (before != null && !before.equals(m.getValue())) {
                        throw errorAt(
                                r.start,
                                parsed.code,
                                "requires[" + (i + 1) + "]: " + r.code
                                        + " has another message in an earlier programme of this file; give it a code of its own");
                    }
                }
            }
            rules.add(new SatisfiedRule(parsed.code, parsed.basis, List.copyOf(requirementKeys), types));
            Expressions.Compiled amount =
                    compile(parsed.code, "amount_per_payment", parsed.amount, Expressions.Result.INT, types);
            rules.add(new AmountRule(parsed.code, parsed.schedule, amount, parsed.basis, types));
            definitions.add(ProgramDefinition.of(Program.of(parsed.code), rules));
            names.put(parsed.code, parsed.name);
        }
        messages.put(Locale.ROOT, id);
        messages.put(Locale.ENGLISH, en);
        return new ProgramFile(source, definitions, ownParameters, messages, names);
    }

    private Expressions.Compiled compile(
            String program, String where, Text text, Expressions.Result result, Map<String, Class<?>> types) {
        try {
            return Expressions.compile(text.text(), result, types);
        } catch (Expressions.Problem e) {
            int[] at = filePosition(text, e.line, e.column);
            String column = e.column > 0 ? " (column " + e.column + " of the expression)" : "";
            throw new InputException(
                    source,
                    at[0],
                    at[1],
                    null,
                    program,
                    where + ": " + e.getMessage() + column + " in: " + oneLine(text.text()));
        }
    }

    private static String oneLine(String text) {
        String flat = text.strip().replace('\n', ' ');
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    /**
     * The file line and column of a position in an expression (both from 1; 0 for unknown): a plain
     * or quoted scalar starts where the parser says (after its quote); a block scalar ({@code |} or
     * {@code >}) starts on the next line, at its indentation.
     */
    private int[] filePosition(Text text, int line, int column) {
        int startLine = text.at().getLineNr();
        int startColumn = text.at().getColumnNr();
        if (line <= 0 || startLine <= 0 || startLine > lines.length) {
            return new int[] {Math.max(0, startLine), 0};
        }
        String first = lines[startLine - 1];
        int index = Math.max(0, startColumn - 1);
        char c = index < first.length() ? first.charAt(index) : ' ';
        if (c == '|' || c == '>') {
            int fileLine = startLine + line;
            if (fileLine > lines.length || startLine >= lines.length) {
                return new int[] {startLine, 0};
            }
            // The block's indentation is that of its first line; CEL counts columns after it.
            String l = lines[startLine];
            int indent = 0;
            while (indent < l.length() && l.charAt(indent) == ' ') {
                indent++;
            }
            return new int[] {fileLine, indent + column};
        }
        if (line > 1) {
            // A quoted or plain scalar folded over lines: the line is known, the column is not.
            return new int[] {startLine + line - 1, 0};
        }
        int quote = c == '\'' || c == '"' ? 1 : 0;
        return new int[] {startLine, startColumn + quote + column - 1};
    }

    private String key(Set<String> seen, String field, List<String> allowed) throws IOException {
        return cursor.key(
                field,
                allowed,
                seen,
                name -> "unknown key " + name
                        + YamlSupport.closest(name, allowed)
                                .map(k -> "; did you mean " + k + "?")
                                .orElse("")
                        + "; expected one of " + allowed);
    }

    private void expect(JsonToken got, JsonToken wanted, String field, String what, String shape) {
        if (got != wanted) {
            throw cursor.error(field, what + " must be " + shape + ", got " + cursor.describe(got));
        }
    }

    private InputException errorAt(JsonLocation loc, String field, String detail) {
        return cursor.errorAt(loc, field, detail);
    }
}
