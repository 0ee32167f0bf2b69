package id.bansos.programs;

import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.time.Tahap;
import id.bansos.rules.ParameterValues;
import id.bansos.rules.UndecidableHouseholdException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The amounts of an eligible household under a programme file's programme: {@code
 * amount_per_payment} is the value of the amount expression (an {@code int} of whole Rupiah, 0 or
 * more) and {@code annual_amount} is that × 12, × 4 or × 1 by the payment schedule. Gives {@code
 * JUMLAH_BANTUAN} (POLICY-V2) with the parameters the expression read and the args {@code
 * annual_amount}, {@code amount_per_payment}, {@code schedule}, and {@code month} (MONTHLY) or
 * {@code tahap} (TAHAP) of the date.
 *
 * <p>Example: {@code math.least(2, <living members 65 or older>.size()) *
 * param('lansia_daerah.per_person')} with two such members and Rp150.000 per person, paid MONTHLY:
 * Rp300.000 per payment, Rp3.600.000 a year.
 *
 * <p>A result below 0, or not an {@code int} (a {@code dyn(…)} that turns out a {@code double};
 * a decimal {@code param} given as the amount is refused when the file is read), cannot be paid: the household is rejected with an {@link UndecidableHouseholdException} naming
 * the programme and this rule ({@code lansia_daerah.amount}), and the batch goes on. So {@code
 * 100000 - household.members.size() * 60000} gives Rp40.000 to a household of one and rejects one
 * of two (−20000).
 */
final class AmountRule extends ExpressionRule {
    private final String programCode;
    private final PaymentSchedule schedule;
    private final Expressions.Compiled expression;

    AmountRule(
            String programCode,
            PaymentSchedule schedule,
            Expressions.Compiled expression,
            LegalBasis basis,
            Map<String, Class<?>> types) {
        super(
                programCode.toLowerCase(Locale.ROOT) + ".amount",
                "For an eligible household: amount per payment = " + expression.text() + "; annual amount = "
                        + schedule.paymentsPerYear() + " times that (" + schedule + "). Gives JUMLAH_BANTUAN.",
                basis,
                expression.keys(),
                types);
        this.programCode = programCode;
        this.schedule = schedule;
        this.expression = expression;
    }

    /** How often the programme pays. */
    PaymentSchedule schedule() {
        return schedule;
    }

    @Override
    public Step bind(ParameterValues values) {
        Expressions.Bound bound = expression.bind(valuesOn(values));
        List<ParameterUse> uses = uses(values);
        Optional<Object> asOf = Optional.of(values.date().toString());
        String period = switch (schedule) {
            case MONTHLY -> Integer.toString(values.date().getMonthValue());
            case TAHAP -> Integer.toString(Tahap.containing(values.date()).stage());
            default -> null;
        };
        return evaluation -> {
            if (!evaluation.isEligible()) {
                return;
            }
            Object result = Evaluations.run(
                    bound, HouseholdValues.of(evaluation), asOf, programCode, id(), "amount_per_payment");
            if (!(result instanceof Long perPayment) || perPayment < 0) {
                throw new UndecidableHouseholdException(
                        programCode,
                        id(),
                        "amount_per_payment must give a whole number of Rupiah, 0 or more, got "
                                + (result instanceof Long ? result : "a " + celType(result)));
            }
            Rupiah per = Rupiah.of(perPayment);
            Rupiah annual = per.times(schedule.paymentsPerYear());
            Map<String, String> args = new LinkedHashMap<>();
            args.put("annual_amount", Long.toString(annual.amount()));
            args.put("amount_per_payment", Long.toString(per.amount()));
            args.put("schedule", schedule.name());
            if (schedule == PaymentSchedule.MONTHLY) {
                args.put("month", period);
            } else if (schedule == PaymentSchedule.TAHAP) {
                args.put("tahap", period);
            }
            evaluation.setAmounts(annual, per);
            evaluation.addReason(ReasonCode.JUMLAH_BANTUAN, args, uses);
        };
    }

    /** The CEL type of a value that is not an {@code int}, for the reject's text. */
    private static String celType(Object value) {
        if (value instanceof Double) {
            return "double";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof com.google.common.primitives.UnsignedLong) {
            return "uint";
        }
        return "value that is not an int";
    }
}
