package id.bansos.programs;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelBuilder;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelIssue;
import dev.cel.common.CelMutableAst;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.common.navigation.CelNavigableMutableAst;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructTypeReference;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import id.bansos.io.yaml.YamlSupport;
import id.bansos.model.money.Rupiah;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The CEL environment of programme files (PROGRAMS-V1) and the expressions compiled in it: the
 * variables {@code household} and {@code as_of}, the function {@code param(key)}, the standard
 * macros ({@code exists}, {@code all}, {@code filter}, {@code map}, …) and the {@code math}
 * extension ({@code math.least}, {@code math.greatest}). Every expression is parsed and type-checked
 * when the file is read; a {@code param} must name its key as a literal text, and the key must be
 * known, so the parameters an expression reads are known before any household is seen.
 *
 * <p>{@code param} is declared {@code dyn} for the first check, which finds the keys; the expression
 * is then checked again with each {@code param('key')} replaced by a constant of the key's type, so
 * that {@code m.sex >= param('lansia_daerah.min_age')} (a string against an int) is refused when the
 * file is read. For each date, {@link Compiled#bind} replaces the calls by the values in force and
 * plans that expression: evaluating it for a household calls no function to read a parameter.
 */
final class Expressions {
    /** The longest expression, in UTF-8 bytes (4 KiB). */
    static final int MAX_BYTES = 4096;

    /**
     * The most iterations of one comprehension ({@code exists}, {@code filter}, …): members are at
     * most 100, so two nested comprehensions over members fit.
     */
    static final int MAX_ITERATIONS = 10_000;

    /** The most programs one expression keeps, one per set of parameter values. */
    private static final int MAX_BOUND = 64;

    private static final String PARAM = "param";
    private static final String PARAM_OVERLOAD = "param_string";

    private static final CelOptions OPTIONS = CelOptions.current()
            .maxExpressionCodePointSize(MAX_BYTES)
            .comprehensionMaxIterations(MAX_ITERATIONS)
            .maxParseRecursionDepth(100)
            .build();

    /** Parses and type-checks: the checker of CEL's legacy stack, with {@link #OPTIONS}. */
    private static final Cel CEL =
            environment(CelFactory.legacyCelBuilder()).setOptions(OPTIONS).build();

    /**
     * Evaluates: CEL's program planner, which reads the household through {@link HouseholdView}
     * rather than a protobuf message. The planner requires the option of heterogeneous numeric
     * comparisons, but it calls the overloads the checker above chose, which keeps refusing them:
     * an int compared with a decimal {@code param} is refused when the file is read.
     */
    private static final Cel RUNTIME = environment(CelFactory.plannerCelBuilder())
            .setOptions(OPTIONS.toBuilder()
                    .enableHeterogeneousNumericComparisons(true)
                    .build())
            .build();

    private static CelBuilder environment(CelBuilder builder) {
        return builder.setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .addMessageTypes(HouseholdValues.HOUSEHOLD, HouseholdValues.MEMBER)
                .addVar("household", StructTypeReference.create(HouseholdValues.HOUSEHOLD_TYPE))
                .addVar("as_of", SimpleType.STRING)
                .addFunctionDeclarations(CelFunctionDecl.newFunctionDeclaration(
                        PARAM, CelOverloadDecl.newGlobalOverload(PARAM_OVERLOAD, SimpleType.DYN, SimpleType.STRING)))
                .addCompilerLibraries(CelExtensions.math())
                .addRuntimeLibraries(CelExtensions.math());
    }

    private Expressions() {}

    /** What an expression must give. */
    enum Result {
        /** A requirement: {@code bool}. */
        BOOL,
        /** An amount: {@code int}; {@code dyn} (written {@code dyn(…)}) is checked per household. */
        INT
    }

    /** A problem found when compiling, at a position of the expression (1-based line and column). */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        Problem(int line, int column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    /**
     * Compiles an expression.
     *
     * @param text the expression
     * @param result what it must give
     * @param keys the parameter keys it may read, with their types
     * @return the compiled expression
     * @throws Problem if it is too long, does not parse, does not type-check, reads an unknown key or
     *     gives the wrong type
     */
    static Compiled compile(String text, Result result, Map<String, Class<?>> keys) throws Problem {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new Problem(0, 0, "must be at most " + MAX_BYTES + " bytes long, got " + bytes);
        }
        CelValidationResult checked = CEL.compile(text);
        if (checked.hasError()) {
            CelIssue first = checked.getErrors().get(0);
            CelSourceLocation at = first.getSourceLocation();
            throw new Problem(at.getLine(), at.getColumn() + 1, first.getMessage());
        }
        CelAbstractSyntaxTree ast;
        try {
            ast = checked.getAst();
        } catch (CelValidationException e) {
            throw new Problem(0, 0, e.getMessage());
        }
        Set<String> read = new LinkedHashSet<>();
        Map<Long, String> params = new LinkedHashMap<>();
        List<CelNavigableExpr> calls = CelNavigableAst.fromAst(ast)
                .getRoot()
                .allNodes()
                .filter(n -> n.getKind() == CelExpr.ExprKind.Kind.CALL
                        && n.expr().call().function().equals(PARAM))
                .toList();
        for (CelNavigableExpr call : calls) {
            CelExpr arg = call.expr().call().args().get(0);
            Optional<CelSourceLocation> at = location(ast, arg.id());
            if (arg.getKind() != CelExpr.ExprKind.Kind.CONSTANT
                    || arg.constant().getKind() != CelConstant.Kind.STRING_VALUE) {
                throw problem(at, "param must name its key as a text in quotes, e.g. param('lansia_daerah.min_age')");
            }
            String key = arg.constant().stringValue();
            if (!keys.containsKey(key)) {
                throw problem(at, "unknown parameter '" + key + "'" + suggestion(key, keys.keySet()));
            }
            if (constant(keys.get(key), null) == null) {
                throw problem(at, "parameter '" + key + "' cannot be read by an expression");
            }
            read.add(key);
            params.put(call.id(), key);
        }
        // Checked again with each param(...) replaced by a value of its key's type: the operators and
        // functions applied to a parameter must take that type, and the result's type is exact.
        CelAbstractSyntaxTree typed = withValues(ast, params, key -> constant(keys.get(key), null));
        CelValidationResult typedChecked = CEL.check(typed);
        if (typedChecked.hasError()) {
            // Placed through the node's id (see withValues); without one, at no position.
            CelIssue first = typedChecked.getErrors().get(0);
            Optional<CelSourceLocation> at = location(ast, first.getExprId());
            String message = first.getMessage() + paramTypes(params, keys);
            throw problem(at, message);
        }
        try {
            ast = typedChecked.getAst();
        } catch (CelValidationException e) {
            throw new Problem(0, 0, e.getMessage());
        }
        CelType type = ast.getResultType();
        boolean ok = result == Result.BOOL
                ? type.kind() == CelKind.BOOL
                : type.kind() == CelKind.INT || type.kind() == CelKind.DYN;
        if (!ok) {
            throw new Problem(
                    1,
                    1,
                    "must give " + (result == Result.BOOL ? "a bool (true or false)" : "an int (whole Rupiah)")
                            + ", but gives " + type.name());
        }
        CelExpr root = ast.getExpr();
        if (result == Result.INT
                && root.getKind() == CelExpr.ExprKind.Kind.CONSTANT
                && root.constant().getKind() == CelConstant.Kind.INT64_VALUE
                && root.constant().int64Value() < 0) {
            // The checker can tell: an amount that is a negative number is never payable.
            throw new Problem(
                    1,
                    1,
                    "must give an int (whole Rupiah) of 0 or more, got "
                            + root.constant().int64Value());
        }
        try {
            RUNTIME.createProgram(ast); // the planner takes it: binding a date's values will too
        } catch (CelEvaluationException e) {
            throw new Problem(0, 0, e.getMessage());
        }
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (String key : read) {
            types.put(key, keys.get(key));
        }
        return new Compiled(text, ast, Map.copyOf(params), List.copyOf(read), Map.copyOf(types));
    }

    /**
     * The constant of a parameter's value as CEL sees it: integer and rupiah as {@code int}, boolean
     * as {@code bool}, string as {@code string}, decimal as {@code double}; with a null value, a
     * constant of the type (the value does not matter to the checker).
     *
     * @param type the parameter's type
     * @param value the value, of that type, or null
     * @return the constant, or null if an expression cannot read a parameter of that type
     */
    private static CelConstant constant(Class<?> type, Object value) {
        if (type == Integer.class) {
            return CelConstant.ofValue(value == null ? 0L : ((Integer) value).longValue());
        }
        if (type == Rupiah.class) {
            return CelConstant.ofValue(value == null ? 0L : ((Rupiah) value).amount());
        }
        if (type == BigDecimal.class) {
            return CelConstant.ofValue(value == null ? 0.0 : ((BigDecimal) value).doubleValue());
        }
        if (type == Boolean.class) {
            return CelConstant.ofValue(value != null && (Boolean) value);
        }
        if (type == String.class) {
            return CelConstant.ofValue(value == null ? "" : (String) value);
        }
        return null;
    }

    /** The CEL types of the parameters read, for a type error: {@code (param('k') is an int)}. */
    private static String paramTypes(Map<Long, String> params, Map<String, Class<?>> keys) {
        Set<String> parts = new LinkedHashSet<>();
        for (String key : params.values()) {
            CelConstant c = constant(keys.get(key), null);
            String type = switch (c.getKind()) {
                case INT64_VALUE -> "an int";
                case DOUBLE_VALUE -> "a double";
                case BOOLEAN_VALUE -> "a bool";
                default -> "a string";
            };
            parts.add("param('" + key + "') is " + type);
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /**
     * The parsed expression with each {@code param(...)} call replaced by a constant. The nodes keep
     * their ids but not their positions (CEL 0.14.0's mutable AST has none): a checker's error is
     * placed through its node's id in the expression as written.
     */
    private static CelAbstractSyntaxTree withValues(
            CelAbstractSyntaxTree ast, Map<Long, String> params, Function<String, CelConstant> value) {
        CelMutableAst mutable = CelMutableAst.fromCelAst(ast);
        CelNavigableMutableAst.fromAst(mutable)
                .getRoot()
                .allNodes()
                .filter(n -> params.containsKey(n.id()))
                .toList()
                .forEach(n -> n.expr().setConstant(value.apply(params.get(n.id()))));
        return mutable.toParsedAst();
    }

    private static Optional<CelSourceLocation> location(CelAbstractSyntaxTree ast, long id) {
        Integer offset = ast.getSource().getPositionsMap().get(id);
        return offset == null ? Optional.empty() : ast.getSource().getOffsetLocation(offset);
    }

    private static Problem problem(Optional<CelSourceLocation> at, String message) {
        return at.map(l -> new Problem(l.getLine(), l.getColumn() + 1, message))
                .orElseGet(() -> new Problem(0, 0, message));
    }

    private static String suggestion(String key, Set<String> known) {
        return YamlSupport.closest(key, known)
                .map(k -> "; did you mean '" + k + "'?")
                .orElse("");
    }

    /**
     * An expression compiled and checked, with the places of its {@code param(...)} calls: thread-safe.
     * {@link #bind} makes the program of one date, which is evaluated once per household.
     */
    static final class Compiled {
        private final String text;
        private final CelAbstractSyntaxTree ast;
        private final Map<Long, String> params;
        private final List<String> keys;
        private final Map<String, Class<?>> types;

        /**
         * The programs made so far, by the values they were made with: checking and planning take
         * about a millisecond, and the values seldom change from one date to the next.
         */
        private final Map<Map<String, Object>, Bound> bound = new ConcurrentHashMap<>();

        Compiled(
                String text,
                CelAbstractSyntaxTree ast,
                Map<Long, String> params,
                List<String> keys,
                Map<String, Class<?>> types) {
            this.text = text;
            this.ast = ast;
            this.params = params;
            this.keys = keys;
            this.types = types;
        }

        /** The expression as written. */
        String text() {
            return text;
        }

        /** The parameter keys the expression reads, in the order they first appear. */
        List<String> keys() {
            return keys;
        }

        /**
         * The expression of one date: each {@code param('key')} replaced by the key's value on the
         * date, as a constant of its type, so that a household's evaluation calls no function to
         * read a parameter.
         *
         * @param values the values of {@link #keys()} on the date (Integer, Rupiah, BigDecimal,
         *     Boolean or String)
         * @return the program, not null
         * @throws IllegalStateException if the expression no longer checks or plans (not expected:
         *     both were done with values of the same types when the file was read)
         */
        Bound bind(Map<String, Object> values) {
            Bound known = bound.get(values);
            if (known != null) {
                return known;
            }
            Bound made = make(values);
            if (bound.size() < MAX_BOUND) {
                bound.putIfAbsent(Map.copyOf(values), made);
            }
            return made;
        }

        private Bound make(Map<String, Object> values) {
            CelAbstractSyntaxTree withValues =
                    withValues(ast, params, key -> constant(types.get(key), values.get(key)));
            try {
                CelAbstractSyntaxTree checked = CEL.check(withValues).getAst();
                return new Bound(RUNTIME.createProgram(checked));
            } catch (CelValidationException | CelEvaluationException e) {
                throw new IllegalStateException("the expression " + text + " no longer checks", e);
            }
        }
    }

    /** An expression with the parameter values of one date: thread-safe, evaluated once per household. */
    static final class Bound {
        private final CelRuntime.Program program;

        Bound(CelRuntime.Program program) {
            this.program = program;
        }

        /**
         * Evaluates the expression.
         *
         * @param household the household
         * @param asOf the date, {@code YYYY-MM-DD}, as the value of {@code as_of}
         * @return the result
         * @throws CelEvaluationException if evaluation fails, e.g. a cost limit is reached
         */
        Object evaluate(HouseholdView household, Optional<Object> asOf) throws CelEvaluationException {
            CelVariableResolver variables = name -> switch (name) {
                case "household" -> household.asVariable();
                case "as_of" -> asOf;
                default -> Optional.empty();
            };
            return program.eval(variables);
        }
    }
}
