package id.bansos.programs;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelLateFunctionBindings;
import java.util.Optional;

/** Runs an expression for one household, turning CEL's failure into an error naming the programme. */
final class Evaluations {
    private Evaluations() {}

    /**
     * Evaluates an expression.
     *
     * @throws IllegalArgumentException if evaluation fails (e.g. a cost limit), naming the
     *     programme and the expression's place in it
     */
    static Object run(
            Expressions.Compiled expression,
            HouseholdView household,
            Optional<Object> asOf,
            CelLateFunctionBindings params,
            String programCode,
            String where) {
        try {
            return expression.evaluate(household, asOf, params);
        } catch (CelEvaluationException e) {
            throw new IllegalArgumentException(
                    "programme " + programCode + " " + where + " could not be evaluated: " + e.getMessage(), e);
        }
    }
}
