package id.bansos.programs;

import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.rules.ParameterValues;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The positive reason {@code MEMENUHI_SYARAT} of a programme file's programme, given when none of
 * its {@code requires} entries failed; rule id {@code program.requires}, with every parameter the
 * requirements read.
 */
final class SatisfiedRule extends ExpressionRule {
    private final String programCode;

    SatisfiedRule(String programCode, LegalBasis basis, List<String> keys, Map<String, Class<?>> types) {
        super(
                programCode.toLowerCase(Locale.ROOT) + ".requires",
                "When every requirement of " + programCode + " holds: MEMENUHI_SYARAT.",
                basis,
                keys,
                types);
        this.programCode = programCode;
    }

    @Override
    public Step bind(ParameterValues values) {
        String prefix = RequirementRule.prefix(programCode);
        Reason reason = Reason.builder()
                .code(ReasonCode.MEMENUHI_SYARAT)
                .rule(id())
                .legalBasis(legalBasisOn(values.date()))
                .putArgs("program", programCode)
                .addAllParameters(uses(values))
                .build();
        return evaluation -> {
            for (Reason r : evaluation.reasons()) {
                if (r.rule().startsWith(prefix)) {
                    return;
                }
            }
            evaluation.addReason(reason);
        };
    }
}
