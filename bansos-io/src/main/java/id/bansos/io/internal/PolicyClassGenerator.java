package id.bansos.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.bansos.io.InputException;
import id.bansos.io.yaml.ParameterFileReader;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.Provenance;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles policy parameter files into a Java class at build time, so that {@code bansos-rules}
 * reaches the national policy without a YAML or JSON parser at run time. Not public API: the build
 * of {@code bansos-rules} runs it (exec-maven-plugin, {@code generate-sources}), and a test of
 * {@code bansos-batch} checks that the class and the files read by {@link ParameterFileReader} give
 * equal parameter sets.
 *
 * <p>Each file is read strictly by {@link ParameterFileReader}, with every key accepted at the type
 * the file itself declares for it; the rules' own declared types are checked against the generated
 * set by the tests of {@code bansos-rules}. The generated class has one method, {@code static
 * List<Parameter<?>> parameters()}, with the parameters of all files in file order.
 *
 * <p>Usage: {@code PolicyClassGenerator OUTPUT_DIR PACKAGE.ClassName FILE...}.
 */
public final class PolicyClassGenerator {
    private static final Map<String, Class<?>> TYPES = Map.of(
            "rupiah", Rupiah.class,
            "integer", Integer.class,
            "boolean", Boolean.class,
            "string", String.class,
            "decimal", BigDecimal.class);

    private PolicyClassGenerator() {}

    /**
     * Writes the class.
     *
     * @param args the output directory (a source root), the class's qualified name, and the files
     * @throws IOException if a file cannot be read or the class cannot be written
     * @throws InputException if a file is not a valid parameter file
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: PolicyClassGenerator OUTPUT_DIR PACKAGE.ClassName FILE...");
        }
        Path root = Path.of(args[0]);
        String qualified = args[1];
        List<Path> files = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        int dot = qualified.lastIndexOf('.');
        Path out = root.resolve(qualified.replace('.', '/') + ".java");
        String source = source(qualified.substring(0, dot), qualified.substring(dot + 1), files);
        Files.createDirectories(out.getParent());
        if (!Files.exists(out) || !Files.readString(out, StandardCharsets.UTF_8).equals(source)) {
            Files.writeString(out, source, StandardCharsets.UTF_8);
        }
    }

    /**
     * Reads the files and returns the Java source of the class.
     *
     * @param packageName the package of the class
     * @param simpleName the class's simple name
     * @param files the parameter files, in order
     * @return the source text
     * @throws IOException if a file cannot be read
     * @throws InputException if a file is not a valid parameter file
     */
    public static String source(String packageName, String simpleName, List<Path> files) throws IOException {
        List<Parameter<?>> all = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            all.addAll(read(file).parameters());
            names.add(file.getFileName().toString());
        }
        StringBuilder s = new StringBuilder();
        s.append("package ").append(packageName).append(";\n\n");
        s.append("import id.bansos.model.decision.LegalBasis;\n");
        s.append("import id.bansos.model.decision.Provenance;\n");
        s.append("import id.bansos.model.money.Rupiah;\n");
        s.append("import id.bansos.model.param.DatedValue;\n");
        s.append("import id.bansos.model.param.Parameter;\n");
        s.append("import java.math.BigDecimal;\n");
        s.append("import java.time.LocalDate;\n");
        s.append("import java.util.List;\n\n");
        s.append("/** The parameters of ").append(String.join(", ", names));
        s.append(", compiled at build time by {@code id.bansos.io.internal.PolicyClassGenerator}. */\n");
        s.append("@org.immutables.value.Generated(from = \"")
                .append(String.join(", ", names))
                .append("\", generator = \"PolicyClassGenerator\")\n");
        s.append("final class ").append(simpleName).append(" {\n");
        s.append("    private ").append(simpleName).append("() {}\n\n");
        s.append("    static List<Parameter<?>> parameters() {\n");
        s.append("        return List.of(\n");
        for (int i = 0; i < all.size(); i++) {
            s.append("                p").append(i).append("()").append(i + 1 < all.size() ? ",\n" : ");\n");
        }
        s.append("    }\n");
        for (int i = 0; i < all.size(); i++) {
            parameter(s, i, all.get(i));
        }
        s.append("\n    private static LegalBasis basis(String instrument, String number, Integer year, String article,"
                + " String note, List<Provenance> provenance) {\n");
        s.append("        LegalBasis.Builder b = LegalBasis.builder().instrument(instrument);\n");
        s.append("        if (number != null) {\n            b.number(number);\n        }\n");
        s.append("        if (year != null) {\n            b.year(year);\n        }\n");
        s.append("        if (article != null) {\n            b.article(article);\n        }\n");
        s.append("        if (note != null) {\n            b.note(note);\n        }\n");
        s.append("        b.provenance(provenance);\n");
        s.append("        return b.build();\n    }\n}\n");
        return s.toString();
    }

    private static ParameterSet read(Path file) throws IOException {
        Map<String, Class<?>> declared = new LinkedHashMap<>();
        // Only the keys and their declared types are taken from this loose read; everything else,
        // the types included, is checked by the strict reader below.
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        JsonNode parameters = root == null ? null : root.get("parameters");
        if (parameters != null) {
            for (Map.Entry<String, JsonNode> e : parameters.properties()) {
                JsonNode type = e.getValue().get("type");
                Class<?> javaType = type == null ? null : TYPES.get(type.asText());
                declared.put(e.getKey(), javaType == null ? String.class : javaType);
            }
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ParameterFileReader.forKeys(declared).read(reader, file.toString());
        }
    }

    private static void parameter(StringBuilder s, int index, Parameter<?> parameter) {
        String type = parameter.type().getSimpleName();
        s.append("\n    private static Parameter<")
                .append(type)
                .append("> p")
                .append(index)
                .append("() {\n");
        s.append("        return Parameter.of(\n");
        s.append("                ").append(literal(parameter.key())).append(",\n");
        s.append("                ").append(type).append(".class,\n");
        s.append("                List.of(\n");
        List<? extends DatedValue<?>> values = parameter.values();
        for (int i = 0; i < values.size(); i++) {
            DatedValue<?> v = values.get(i);
            LocalDate from = v.effectiveFrom();
            String date = String.format(
                    Locale.ROOT,
                    "LocalDate.of(%d, %d, %d)",
                    from.getYear(),
                    from.getMonthValue(),
                    from.getDayOfMonth());
            s.append("                        ");
            Optional<?> value = v.value();
            if (value.isPresent()) {
                s.append("DatedValue.of(").append(date).append(", ").append(value(value.get()));
            } else {
                s.append("DatedValue.<").append(type).append(">none(").append(date);
            }
            s.append(", ").append(basis(v.legalBasis())).append(')');
            s.append(i + 1 < values.size() ? ",\n" : "));\n");
        }
        s.append("    }\n");
    }

    private static String value(Object value) {
        if (value instanceof Rupiah r) {
            return "Rupiah.of(" + r.amount() + "L)";
        }
        if (value instanceof Integer i) {
            return "Integer.valueOf(" + i + ")";
        }
        if (value instanceof Boolean b) {
            return "Boolean." + (b ? "TRUE" : "FALSE");
        }
        if (value instanceof BigDecimal d) {
            return "new BigDecimal(\"" + d.toString() + "\")";
        }
        if (value instanceof String text) {
            return literal(text);
        }
        throw new IllegalArgumentException(
                "no literal for a value of type " + value.getClass().getName());
    }

    private static String basis(LegalBasis basis) {
        return "basis(" + literal(basis.instrument()) + ", " + literal(basis.number()) + ", "
                + basis.year().map(y -> "Integer.valueOf(" + y + ")").orElse("null") + ", "
                + literal(basis.article()) + ", " + literal(basis.note()) + ", "
                + provenance(basis.provenance()) + ")";
    }

    private static String provenance(List<Provenance> entries) {
        StringBuilder s = new StringBuilder("List.of(");
        for (int i = 0; i < entries.size(); i++) {
            Provenance p = entries.get(i);
            s.append(i == 0 ? "" : ", ")
                    .append("Provenance.of(Provenance.Grade.")
                    .append(p.grade().name())
                    .append(", ")
                    .append(p.secondary())
                    .append(", ")
                    .append(literal(p.text()))
                    .append(')');
        }
        return s.append(')').toString();
    }

    private static String literal(Optional<String> text) {
        return text.map(PolicyClassGenerator::literal).orElse("null");
    }

    private static String literal(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
