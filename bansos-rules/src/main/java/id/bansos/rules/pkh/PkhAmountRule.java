package id.bansos.rules.pkh;

import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.time.Tahap;
import id.bansos.rules.ParameterSpec;
import id.bansos.rules.ParameterValues;
import id.bansos.rules.internal.LegalBases;
import id.bansos.rules.internal.LibraryRule;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * POLICY-V2 rules 8 and 9, the PKH amounts of an eligible household: {@code annual_amount} is the
 * paid component values plus {@code pkh.fixed_benefit}. With {@code pkh.payment_schedule} {@code
 * TAHAP} on the date, {@code amount_per_payment} is the payment of the tahap containing the date:
 * the paid component values ÷ 4 rounded down to the Rupiah, plus the fixed benefit in tahap I; with
 * {@code MONTHLY}, the month's payment: the paid component values ÷ 12 rounded down, plus the fixed
 * benefit in January. A fixed benefit of {@code none} counts as zero; the schedule must be in force.
 *
 * <p>Gives the positive reason {@code JUMLAH_BANTUAN}, whose parameters are {@code
 * pkh.max_component_persons}, each {@code pkh.max_persons.*} in force, {@code pkh.fixed_benefit} and
 * {@code pkh.payment_schedule}, and whose args are {@code annual_amount}, {@code
 * amount_per_payment} (whole Rupiah), {@code schedule} ({@code TAHAP} or {@code MONTHLY}) and the
 * period of the payment: {@code tahap} (1 to 4) or {@code month} (1 to 12).
 *
 * <p>Example: one child in SD on 2019-02-15 (tahap I): annual 900.000 + 550.000 = Rp1.450.000, per
 * payment 900.000 ÷ 4 + 550.000 = Rp775.000; on 2019-05-15 (tahap II) Rp225.000. On 2020-06-15
 * (monthly, SD Rp1.125.000): annual Rp1.125.000, per payment 1.125.000 ÷ 12 = Rp93.750.
 */
final class PkhAmountRule extends LibraryRule {
    static final String ID = "pkh.amount";

    static final ParameterSpec<Rupiah> FIXED = ParameterSpec.of("pkh.fixed_benefit", Rupiah.class);
    static final ParameterSpec<String> SCHEDULE = ParameterSpec.of("pkh.payment_schedule", String.class);

    /** At most this many distinct reasons are kept per date. */
    private static final int CACHED = 4096;

    PkhAmountRule() {
        super(
                ID,
                "For an eligible household: annual amount = paid component values + pkh.fixed_benefit;"
                        + " amount per payment = paid component values / 4 (pkh.payment_schedule TAHAP) or / 12"
                        + " (MONTHLY), rounded down, + pkh.fixed_benefit in tahap I (TAHAP) or January"
                        + " (MONTHLY). Gives JUMLAH_BANTUAN with every value the amounts used.",
                LegalBases.PKH_AMOUNT,
                allSpecs());
    }

    private static List<ParameterSpec<?>> allSpecs() {
        List<ParameterSpec<?>> specs = new ArrayList<>();
        specs.add(PkhCapRule.MAX);
        specs.addAll(PkhCapRule.LIMITS);
        specs.add(FIXED);
        specs.add(SCHEDULE);
        return specs;
    }

    @Override
    public Step bind(ParameterValues values) {
        Rupiah fixed = values.find(FIXED).orElse(Rupiah.ZERO);
        String schedule = values.get(SCHEDULE);
        boolean monthly;
        String periodKey;
        int period;
        switch (schedule) {
            case "TAHAP" -> {
                monthly = false;
                periodKey = "tahap";
                period = Tahap.containing(values.date()).stage();
            }
            case "MONTHLY" -> {
                monthly = true;
                periodKey = "month";
                period = values.date().getMonthValue();
            }
            default ->
                throw new IllegalArgumentException(
                        "pkh.payment_schedule must be TAHAP or MONTHLY, got \"" + schedule + "\" on " + values.date());
        }
        int divisor = monthly ? 12 : 4;
        Rupiah fixedThisPayment = period == 1 ? fixed : Rupiah.ZERO;
        List<ParameterUse> uses = PkhCapRule.limitUses(values);
        uses.add(values.use(FIXED));
        uses.add(values.use(SCHEDULE));
        LegalBasis basis = legalBasisOn(values.date());
        String periodText = Integer.toString(period);
        // Reasons by paid component total, built once per date and total, not once per household.
        Map<Long, Reason> reasons = new ConcurrentHashMap<>();
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
            Rupiah annual = components.plus(fixed);
            Rupiah perPayment = components.divide(divisor, RoundingMode.DOWN).plus(fixedThisPayment);
            evaluation.setAmounts(annual, perPayment);
            Reason reason = reasons.get(paid);
            if (reason == null) {
                reason = Reason.builder()
                        .code(ReasonCode.JUMLAH_BANTUAN)
                        .rule(id())
                        .legalBasis(basis)
                        .putArgs("annual_amount", Long.toString(annual.amount()))
                        .putArgs("amount_per_payment", Long.toString(perPayment.amount()))
                        .putArgs("schedule", schedule)
                        .putArgs(periodKey, periodText)
                        .addAllParameters(uses)
                        .build();
                if (reasons.size() < CACHED) {
                    reasons.put(paid, reason);
                }
            }
            evaluation.addReason(reason);
        };
    }
}
