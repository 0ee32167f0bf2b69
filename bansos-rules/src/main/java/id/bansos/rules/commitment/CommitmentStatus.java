package id.bansos.rules.commitment;

/**
 * A family's standing on its commitments in one tahap, as the {@code commitments} command shows it
 * (LIFECYCLE-V2); see {@link TahapCompliance#commitmentStatus()}.
 */
public enum CommitmentStatus {
    /** Every commitment in force that was verified was met. */
    COMPLIANT,
    /** Nothing in force was verified; the count of failures carried over still holds. */
    UNVERIFIED,
    /** A commitment failed; the count brings a warning (or no consequence yet). */
    WARNING,
    /** A commitment failed and the count brings a suspension of payments. */
    SUSPENDED,
    /** The family is terminated (graduasi paksa): in this tahap or, final, in an earlier one. */
    TERMINATED
}
