package id.bansos.rules.commitment;

/** How a family stands on its commitments in one tahap. */
public enum ComplianceStatus {
    /** Every commitment in force that was verified was met. */
    COMPLIANT,
    /** At least one commitment in force was not met. */
    NOT_COMPLIANT,
    /**
     * Nothing in force was verified: no record for the tahap, or only commitments that are not in
     * force. Neither a failure nor a reset of the count of consecutive failures.
     */
    UNVERIFIED
}
