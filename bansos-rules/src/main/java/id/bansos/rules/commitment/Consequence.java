package id.bansos.rules.commitment;

/**
 * What consecutive non-compliant tahap lead to, from mild to severe. The counts are the dated
 * parameters {@code pkh.commitment.warning_after}, {@code suspension_after} and {@code
 * termination_after}.
 */
public enum Consequence {
    /** No consequence: too few consecutive non-compliant tahap. */
    NONE,
    /** A warning (peringatan) to the family. */
    WARNING,
    /**
     * Payments of the components whose commitment failed are held (penangguhan); for P2K2, the
     * family's commitment, the family's payment.
     */
    SUSPENSION,
    /** Termination of the enrolment, graduasi paksa ({@code GRAD_PAKSA}). */
    TERMINATION
}
