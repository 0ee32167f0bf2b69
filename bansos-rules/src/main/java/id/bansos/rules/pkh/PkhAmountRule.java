package id.bansos.rules.pkh;

import id.bansos.model.decision.ComponentAward;
import id.bansos.model.money.Rupiah;
import id.bansos.model.time.Tahap;
import id.bansos.rules.ParameterSpec;
import id.bansos.rules.ParameterValues;
import id.bansos.rules.internal.LegalBases;
import id.bansos.rules.internal.LibraryRule;
import java.math.RoundingMode;
import java.util.List;

/**
 * The PKH amounts of an eligible household: {@code annual_amount} is the paid component values
 * plus {@code pkh.fixed_benefit}; {@code amount_per_payment}, for the tahap containing the date, is
 * the paid component values ÷ 4 rounded down to the Rupiah, plus the fixed benefit in tahap I
 * (paid once a year). A fixed benefit of {@code none} counts as zero. Gives no reason.
 *
 * <p>Example: one child in SD on 2019-02-15 (tahap I): annual 900.000 + 550.000 = Rp1.450.000,
 * per payment 900.000 ÷ 4 + 550.000 = Rp775.000; on 2019-05-15 (tahap II) per payment Rp225.000.
 */
final class PkhAmountRule extends LibraryRule {
    static final String ID = "pkh.amount";

    private static final ParameterSpec<Rupiah> FIXED = ParameterSpec.of("pkh.fixed_benefit", Rupiah.class);

    PkhAmountRule() {
        super(
                ID,
                "For an eligible household: annual amount = paid component values + pkh.fixed_benefit; amount"
                        + " per payment = paid component values / 4 (rounded down) + pkh.fixed_benefit when the"
                        + " date falls in tahap I. Gives no reason.",
                LegalBases.PKH_AMOUNT,
                List.of(FIXED));
    }

    @Override
    public Step bind(ParameterValues values) {
        Rupiah fixed = values.find(FIXED).orElse(Rupiah.ZERO);
        Rupiah fixedThisTahap = Tahap.containing(values.date()).stage() == 1 ? fixed : Rupiah.ZERO;
        return evaluation -> {
            if (!evaluation.isEligible()) {
                return;
            }
            long paid = 0;
            List<ComponentAward> awards = evaluation.components();
            for (int i = 0; i < awards.size(); i++) {
                ComponentAward a = awards.get(i);
                if (a.paid()) {
                    paid = Math.addExact(paid, a.annualAmount().amount());
                }
            }
            Rupiah components = Rupiah.of(paid);
            evaluation.setAmounts(
                    components.plus(fixed),
                    components.divide(4, RoundingMode.DOWN).plus(fixedThisTahap));
        };
    }
}
