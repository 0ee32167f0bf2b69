package id.bansos.rules;

import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.rules.internal.LibraryRule;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where the target desil parameter is in force, a household must have a known desil not above it:
 * a missing desil gives {@code DESIL_TIDAK_DIKETAHUI}, a desil above it {@code
 * DESIL_DI_LUAR_SASARAN}, otherwise {@code DESIL_DALAM_SASARAN}. Where the parameter is {@code
 * none} the rule gives no reason.
 *
 * <p>Example: {@code pkh.target_desil_max} is 4 from 2025-04-01; on 2025-03-31 desil 5 passes
 * without a reason, on 2025-04-01 it gives {@code DESIL_DI_LUAR_SASARAN} with {@code desil=5,
 * max=4}.
 */
final class DesilRule extends LibraryRule {
    private final ParameterSpec<Integer> max;

    DesilRule(String id, String key, LegalBasis basis) {
        this(id, ParameterSpec.of(key, Integer.class), basis);
    }

    private DesilRule(String id, ParameterSpec<Integer> max, LegalBasis basis) {
        super(
                id,
                "Where " + max.key() + " is in force (not none), the household's desil must be known"
                        + " (else DESIL_TIDAK_DIKETAHUI) and not above it (else DESIL_DI_LUAR_SASARAN);"
                        + " then DESIL_DALAM_SASARAN.",
                basis,
                List.of(max));
        this.max = max;
    }

    @Override
    public Step bind(ParameterValues values) {
        Optional<Integer> target = values.find(max);
        if (target.isEmpty()) {
            return evaluation -> {};
        }
        int limit = target.get();
        String limitText = Integer.toString(limit);
        List<ParameterUse> uses = List.of(values.use(max));
        Reason unknown = Reason.builder()
                .code(ReasonCode.DESIL_TIDAK_DIKETAHUI)
                .rule(id())
                .legalBasis(legalBasisOn(values.date()))
                .putArgs("max", limitText)
                .addAllParameters(uses)
                .build();
        // Desil is 1 to 10 (Household checks it): every reason this step can give is built here,
        // once per date, not once per household.
        Reason[] byDesil = new Reason[11];
        for (int d = 1; d <= 10; d++) {
            byDesil[d] = Reason.builder()
                    .code(d > limit ? ReasonCode.DESIL_DI_LUAR_SASARAN : ReasonCode.DESIL_DALAM_SASARAN)
                    .rule(id())
                    .legalBasis(legalBasisOn(values.date()))
                    .putArgs("desil", Integer.toString(d))
                    .putArgs("max", limitText)
                    .addAllParameters(uses)
                    .build();
        }
        return evaluation -> {
            OptionalInt desil = evaluation.household().desil();
            evaluation.addReason(desil.isEmpty() ? unknown : byDesil[desil.getAsInt()]);
        };
    }
}
