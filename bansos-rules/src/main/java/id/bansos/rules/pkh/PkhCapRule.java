package id.bansos.rules.pkh;

import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.rules.ParameterSpec;
import id.bansos.rules.ParameterValues;
import id.bansos.rules.internal.LegalBases;
import id.bansos.rules.internal.LibraryRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * At most {@code pkh.max_component_persons} components of an eligible household are paid: the
 * highest values first, equal values in member order; the others stay listed with {@code paid =
 * false} and the reason {@code BATAS_KOMPONEN} says how many were cut. Where the cap is {@code
 * none} nothing is cut.
 *
 * <p>Example: five component persons on 2024-03-01 (IBU_HAMIL 3.000.000, SMA 2.000.000, SMP
 * 1.500.000, SD 900.000, SD 900.000) under a cap of 4: the second SD (later in member order) is
 * cut; {@code BATAS_KOMPONEN} with {@code cut=1, max=4, count=5}.
 */
final class PkhCapRule extends LibraryRule {
    static final String ID = "pkh.cap";

    private static final ParameterSpec<Integer> MAX = ParameterSpec.of("pkh.max_component_persons", Integer.class);

    PkhCapRule() {
        super(
                ID,
                "For an eligible household, at most pkh.max_component_persons components are paid: highest"
                        + " values first, equal values in member order. The others stay listed as not paid and"
                        + " BATAS_KOMPONEN says how many were cut.",
                LegalBases.PKH_CAP,
                List.of(MAX));
    }

    @Override
    public Step bind(ParameterValues values) {
        Optional<Integer> cap = values.find(MAX);
        if (cap.isEmpty()) {
            return evaluation -> {};
        }
        int max = cap.get();
        if (max < 0) {
            throw new IllegalArgumentException(
                    "pkh.max_component_persons must not be negative, got " + max + " on " + values.date());
        }
        String maxText = Integer.toString(max);
        List<ParameterUse> uses = List.of(values.use(MAX));
        return evaluation -> {
            List<ComponentAward> components = evaluation.components();
            int count = components.size();
            if (!evaluation.isEligible() || count <= max) {
                return;
            }
            List<Integer> order = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                order.add(i);
            }
            // Highest value first; components are listed in member order, so position breaks ties.
            order.sort(Comparator.comparing((Integer i) -> components.get(i).annualAmount())
                    .reversed()
                    .thenComparing(Comparator.naturalOrder()));
            for (int k = max; k < count; k++) {
                evaluation.cutComponent(order.get(k));
            }
            evaluation.addReason(Reason.builder()
                    .code(ReasonCode.BATAS_KOMPONEN)
                    .rule(id())
                    .legalBasis(legalBasis())
                    .putArgs("cut", Integer.toString(count - max))
                    .putArgs("max", maxText)
                    .putArgs("count", Integer.toString(count))
                    .addAllParameters(uses)
                    .build());
        };
    }
}
