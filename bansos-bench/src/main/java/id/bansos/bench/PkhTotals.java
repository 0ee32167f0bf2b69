package id.bansos.bench;

/**
 * Totals over a population that the library, the baseline and the peer must agree on: how many
 * households are eligible, and the sums of their annual amounts and of their amounts per payment.
 *
 * @param eligible the number of eligible households, zero or more
 * @param annualSum the sum of the annual amounts in Rupiah, zero or more
 * @param perPaymentSum the sum of the amounts per payment in Rupiah, zero or more
 */
public record PkhTotals(long eligible, long annualSum, long perPaymentSum) {
    /** No household. */
    public static final PkhTotals ZERO = new PkhTotals(0, 0, 0);

    /**
     * Adds one household's outcome.
     *
     * @param outcome the outcome, not null
     * @return the new totals, not null
     * @throws NullPointerException if {@code outcome} is null
     * @throws ArithmeticException if a sum overflows a long
     */
    public PkhTotals plus(PkhOutcome outcome) {
        return new PkhTotals(
                eligible + (outcome.eligible() ? 1 : 0),
                Math.addExact(annualSum, outcome.annual()),
                Math.addExact(perPaymentSum, outcome.perPayment()));
    }
}
