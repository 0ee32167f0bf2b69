package id.bansos.bench;

import id.bansos.model.decision.Decision;
import java.util.Objects;

/**
 * The three figures of a PKH decision that the baseline and the DMN peer must agree on with the
 * library: eligibility, the annual amount and the amount per payment, in whole Rupiah.
 *
 * @param eligible whether the household is eligible
 * @param annual the annual amount in Rupiah, zero or more; 0 when not eligible
 * @param perPayment the amount per payment in Rupiah, zero or more; 0 when not eligible
 */
public record PkhOutcome(boolean eligible, long annual, long perPayment) {
    /** The outcome of an ineligible household. */
    public static final PkhOutcome NOT_ELIGIBLE = new PkhOutcome(false, 0, 0);

    /**
     * Takes the three figures of a library decision.
     *
     * @param decision the decision, not null
     * @return the outcome, not null
     * @throws NullPointerException if {@code decision} is null
     */
    public static PkhOutcome from(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        return new PkhOutcome(
                decision.eligible(),
                decision.annualAmount().amount(),
                decision.amountPerPayment().amount());
    }
}
