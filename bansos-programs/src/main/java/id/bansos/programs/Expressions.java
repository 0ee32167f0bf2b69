package id.bansos.programs;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelBuilder;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructTypeReference;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelLateFunctionBindings;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import id.bansos.io.yaml.YamlSupport;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CEL environment of programme files (PROGRAMS-V1) and the expressions compiled in it: the
 * variables {@code household} and {@code as_of}, the function {@code param(key)}, the standard
 * macros ({@code exists}, {@code all}, {@code filter}, {@code map}, …) and the {@code math}
 * extension ({@code math.least}, {@code math.greatest}). Every expression is parsed and type-checked
 * when the file is read; a {@code param} must name its key as a literal text, and the key must be
 * known, so the parameters an expression reads are known before any household is seen.
 */
final class Expressions {
    /** The longest expression, in UTF-8 bytes (4 KiB). */
    static final int MAX_BYTES = 4096;

    /**
     * The most iterations of one comprehension ({@code exists}, {@code filter}, …): members are at
     * most 100, so two nested comprehensions over members fit.
     */
    static final int MAX_ITERATIONS = 10_000;

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
     * an int compared with a decimal {@code param} still fails when evaluated, as before.
     */
    private static final Cel RUNTIME = environment(CelFactory.plannerCelBuilder())
            .setOptions(OPTIONS.toBuilder()
                    .enableHeterogeneousNumericComparisons(true)
                    .build())
            .addLateBoundFunctions(PARAM)
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
        /** An amount: {@code int}; {@code dyn} (through {@code param}) is checked per household. */
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
            read.add(key);
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
        CelRuntime.Program program;
        try {
            program = RUNTIME.createProgram(ast);
        } catch (CelEvaluationException e) {
            throw new Problem(0, 0, e.getMessage());
        }
        return new Compiled(text, program, List.copyOf(read));
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

    /** An expression compiled and checked: thread-safe, evaluated once per household. */
    static final class Compiled {
        private final String text;
        private final CelRuntime.Program program;
        private final List<String> keys;

        Compiled(String text, CelRuntime.Program program, List<String> keys) {
            this.text = text;
            this.program = program;
            this.keys = keys;
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
         * Evaluates the expression.
         *
         * @param household the household
         * @param asOf the date, {@code YYYY-MM-DD}, as the value of {@code as_of}
         * @param params the values of {@link #keys()} as CEL values (Long, Boolean, String, Double)
         * @return the result
         * @throws CelEvaluationException if evaluation fails, e.g. a cost limit is reached
         */
        Object evaluate(HouseholdView household, Optional<Object> asOf, CelLateFunctionBindings params)
                throws CelEvaluationException {
            CelVariableResolver variables = name -> switch (name) {
                case "household" -> household.asVariable();
                case "as_of" -> asOf;
                default -> Optional.empty();
            };
            return program.eval(variables, params);
        }
    }

    /** The {@code param} function over the values of one date. */
    // The map is an unmodifiable copy that nothing else holds; its values are CEL's immutable Long,
    // Boolean, String and Double.
    @SuppressWarnings("Immutable")
    static CelLateFunctionBindings params(Map<String, Object> values) {
        Map<String, Object> copy = Map.copyOf(values);
        return CelLateFunctionBindings.from(CelFunctionBinding.from(PARAM_OVERLOAD, String.class, copy::get));
    }
}
