package id.bansos.batch.roster;

/** Why a waitlist candidate is not proposed, in the order the checks run. */
public enum SkipReason {
    /** The household is already enrolled in the programme. */
    ALREADY_ENROLLED,
    /** The household appeared earlier in the waitlist; only its first place counts. */
    REPEATED_IN_WAITLIST,
    /** The household's region has no quota. */
    NO_QUOTA_IN_REGION,
    /** The household is not eligible on the date; the skip carries the decision's negative reasons. */
    NOT_ELIGIBLE,
    /** The household is eligible, but its region's quota went to candidates ranked before it. */
    QUOTA_FILLED
}
