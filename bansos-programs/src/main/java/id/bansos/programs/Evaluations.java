package id.bansos.programs;

import dev.cel.runtime.CelEvaluationException;
import id.bansos.rules.UndecidableHouseholdException;
import java.util.Optional;

/**
 * Runs an expression for one household, turning CEL's failure (a cost limit, a division by zero)
 * into a reject of that household naming the programme and the rule.
 */
final class Evaluations {
    private Evaluations() {}

    /**
     * Evaluates an expression.
     *
     * @throws UndecidableHouseholdException if evaluation fails (e.g. a cost limit), naming the
     *     programme, the rule and the expression's place in it
     */
    static Object run(
            Expressions.Bound expression,
            HouseholdView household,
            Optional<Object> asOf,
            String programCode,
            String ruleId,
            String where) {
        try {
            return expression.evaluate(household, asOf);
        } catch (CelEvaluationException e) {
            throw new UndecidableHouseholdException(
                    programCode, ruleId, where + " could not be evaluated: " + e.getMessage(), e);
        }
    }
}
