package id.bansos.rules.commitment;

/** What the commitment rule made of one verified commitment. */
public enum CheckOutcome {
    /** The share attended reached the minimum share in force. */
    MET,
    /** The share attended fell below the minimum share in force. */
    NOT_MET,
    /** The commitment's minimum share is {@code none} on the tahap's first day: it is not in force. */
    NOT_IN_FORCE
}
