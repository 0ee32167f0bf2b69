package id.bansos.rules.sembako;

import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.rules.ParameterSpec;
import id.bansos.rules.ParameterValues;
import id.bansos.rules.internal.LegalBases;
import id.bansos.rules.internal.LibraryRule;
import java.util.List;

/**
 * The Program Sembako amounts of an eligible household: {@code amount_per_payment} is {@code
 * sembako.monthly_amount} on the date and {@code annual_amount} is 12 times that; where the amount is
 * {@code none} both are zero. Gives the positive reason {@code JUMLAH_BANTUAN} with {@code
 * sembako.monthly_amount} among its parameters and the args {@code annual_amount}, {@code
 * amount_per_payment}, {@code schedule} ({@code MONTHLY}) and {@code month} (1 to 12).
 *
 * <p>Legal basis: Permensos 5/2021 from 2021; before 2021 a Kemensos basis without number or year,
 * since the instrument of that period was not found.
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
                        + " amount = 12 times that. Gives JUMLAH_BANTUAN with the monthly amount.",
                LegalBases.SEMBAKO,
                List.of(MONTHLY),
                LegalBases.SEMBAKO_BEFORE_2021,
                2021);
    }

    @Override
    public Step bind(ParameterValues values) {
        Rupiah perMonth = values.find(MONTHLY).orElse(Rupiah.ZERO);
        Rupiah perYear = perMonth.times(12);
        Reason reason = Reason.builder()
                .code(ReasonCode.JUMLAH_BANTUAN)
                .rule(id())
                .legalBasis(legalBasisOn(values.date()))
                .putArgs("annual_amount", Long.toString(perYear.amount()))
                .putArgs("amount_per_payment", Long.toString(perMonth.amount()))
                .putArgs("schedule", "MONTHLY")
                .putArgs("month", Integer.toString(values.date().getMonthValue()))
                .addParameters(values.use(MONTHLY))
                .build();
        return evaluation -> {
            if (evaluation.isEligible()) {
                evaluation.setAmounts(perYear, perMonth);
                evaluation.addReason(reason);
            }
        };
    }
}
