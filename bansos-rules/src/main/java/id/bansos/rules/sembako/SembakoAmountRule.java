package id.bansos.rules.sembako;

import id.bansos.model.money.Rupiah;
import id.bansos.rules.ParameterSpec;
import id.bansos.rules.ParameterValues;
import id.bansos.rules.internal.LegalBases;
import id.bansos.rules.internal.LibraryRule;
import java.util.List;
import java.util.Optional;

/**
 * The Program Sembako amounts of an eligible household: {@code amount_per_payment} is {@code
 * sembako.monthly_amount} on the date and {@code annual_amount} is 12 times that. Where the amount
 * is {@code none} the amounts stay zero. Gives no reason.
 *
 * <p>Example: on 2020-02-15 the monthly amount is Rp150.000 (from 2020-01-01), so per payment
 * Rp150.000 and annual 12 × 150.000 = Rp1.800.000; from 2020-03-01 Rp200.000 and Rp2.400.000.
 */
final class SembakoAmountRule extends LibraryRule {
    static final String ID = "sembako.amount";

    private static final ParameterSpec<Rupiah> MONTHLY = ParameterSpec.of("sembako.monthly_amount", Rupiah.class);

    SembakoAmountRule() {
        super(
                ID,
                "For an eligible household: amount per payment = sembako.monthly_amount on the date; annual"
                        + " amount = 12 times that. Gives no reason.",
                LegalBases.SEMBAKO,
                List.of(MONTHLY));
    }

    @Override
    public Step bind(ParameterValues values) {
        Optional<Rupiah> monthly = values.find(MONTHLY);
        if (monthly.isEmpty()) {
            return evaluation -> {};
        }
        Rupiah perMonth = monthly.get();
        Rupiah perYear = perMonth.times(12);
        return evaluation -> {
            if (evaluation.isEligible()) {
                evaluation.setAmounts(perYear, perMonth);
            }
        };
    }
}
