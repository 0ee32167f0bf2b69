package id.bansos.programs;

import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.rules.ParameterValues;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code requires} entry of a programme file: when its expression is false, the household is
 * not eligible, with the entry's code as the reason, the rule id {@code program.requires.N}, the
 * programme's legal basis and the parameters the expression read.
 *
 * <p>Example: {@code TIDAK_ADA_LANSIA}, {@code household.members.exists(m, m.alive && m.age >=
 * param('lansia_daerah.min_age'))}, for a household whose oldest living member is 64 on a date when
 * the minimum age is 65: reason {@code TIDAK_ADA_LANSIA}, rule {@code lansia_daerah.requires.2},
 * parameter {@code lansia_daerah.min_age} = 65.
 */
final class RequirementRule extends ExpressionRule {
    private final String programCode;
    private final int number;
    private final ReasonCode code;
    private final Expressions.Compiled expression;

    RequirementRule(
            String programCode,
            int number,
            ReasonCode code,
            Expressions.Compiled expression,
            LegalBasis basis,
            Map<String, Class<?>> types) {
        super(
                idOf(programCode, number),
                "Requirement " + number + " of " + programCode + ": " + expression.text() + " (else " + code + ").",
                basis,
                expression.keys(),
                types);
        this.programCode = programCode;
        this.number = number;
        this.code = code;
        this.expression = expression;
    }

    /** The rule id of requirement {@code number} (from 1) of a programme: {@code lansia_daerah.requires.2}. */
    static String idOf(String programCode, int number) {
        return prefix(programCode) + number;
    }

    /** The start of every requirement's rule id: {@code lansia_daerah.requires.}. */
    static String prefix(String programCode) {
        return programCode.toLowerCase(java.util.Locale.ROOT) + ".requires.";
    }

    @Override
    public Step bind(ParameterValues values) {
        Expressions.Bound bound = expression.bind(valuesOn(values));
        Optional<Object> asOf = Optional.of(values.date().toString());
        Reason reason = Reason.builder()
                .code(code)
                .rule(id())
                .legalBasis(legalBasisOn(values.date()))
                .addAllParameters(uses(values))
                .build();
        return evaluation -> {
            Object result = Evaluations.run(
                    bound, HouseholdValues.of(evaluation), asOf, programCode, id(), "requires[" + number + "]");
            if (!Boolean.TRUE.equals(result)) {
                evaluation.addReason(reason);
            }
        };
    }
}
