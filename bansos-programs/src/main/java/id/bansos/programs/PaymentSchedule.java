package id.bansos.programs;

/**
 * How often a programme of a programme file pays (PROGRAMS-V1): the annual amount is the amount
 * per payment × 12 ({@link #MONTHLY}), × 4 ({@link #TAHAP}) or × 1 ({@link #YEARLY}, {@link
 * #ONCE}).
 *
 * <p>Example: Rp150.000 per payment is Rp1.800.000 a year when paid monthly.
 */
public enum PaymentSchedule {
    /** Twelve payments a year. */
    MONTHLY(12),
    /** Four payments a year, one per tahap (January–March, April–June, …). */
    TAHAP(4),
    /** One payment a year. */
    YEARLY(1),
    /** A one-off payment, e.g. santunan kematian. */
    ONCE(1);

    private final int paymentsPerYear;

    PaymentSchedule(int paymentsPerYear) {
        this.paymentsPerYear = paymentsPerYear;
    }

    /**
     * The number the amount per payment is multiplied by to give the annual amount.
     *
     * @return 12, 4 or 1
     */
    public int paymentsPerYear() {
        return paymentsPerYear;
    }
}
