package id.bansos.rules;

import id.bansos.model.Person;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.rules.internal.LibraryRule;
import java.util.List;

/**
 * Members who are deceased take no part; a household with no living member is not eligible,
 * {@code MENINGGAL}, and no later rule runs (so it gets no {@code TIDAK_ADA_KOMPONEN}).
 *
 * <p>Example: a household whose two members are both deceased gives {@code MENINGGAL} with args
 * {@code members=2} and nothing else.
 */
final class DeceasedRule extends LibraryRule {
    DeceasedRule(String id, LegalBasis basis) {
        super(
                id,
                "Members marked deceased take no part in any rule. If every member is deceased the household is"
                        + " not eligible (MENINGGAL) and no later rule runs.",
                basis,
                List.of());
    }

    DeceasedRule(String id, LegalBasis basis, LegalBasis before, int fromYear) {
        super(
                id,
                "Members marked deceased take no part in any rule. If every member is deceased the household is"
                        + " not eligible (MENINGGAL) and no later rule runs.",
                basis,
                List.of(),
                before,
                fromYear);
    }

    @Override
    public Step bind(ParameterValues values) {
        LegalBasis basis = legalBasisOn(values.date());
        return evaluation -> {
            List<Person> members = evaluation.household().members();
            // Indexed, not for-each: no iterator per household on the hot path.
            for (int i = 0; i < members.size(); i++) {
                if (!members.get(i).deceased()) {
                    return;
                }
            }
            evaluation.addReason(Reason.builder()
                    .code(ReasonCode.MENINGGAL)
                    .rule(id())
                    .legalBasis(basis)
                    .putArgs("members", Integer.toString(members.size()))
                    .build());
            evaluation.stop();
        };
    }
}
