package id.bansos.model.lifecycle;

/**
 * A PKH commitment (kewajiban) that a pendamping verifies each tahap.
 *
 * <p>The commitments are those of the domain brief [S]: school attendance of the children in SD,
 * SMP and SMA (at least 85 % of effective school days, a dated parameter), antenatal checks of a
 * pregnant woman, immunisation and weighing of young children at the posyandu, and the family's
 * attendance at the monthly P2K2 sessions.
 */
public enum CommitmentKind {
    /** A school child's attendance: days attended out of the effective school days. */
    SCHOOL_ATTENDANCE,
    /** A pregnant woman's antenatal checks (pemeriksaan kehamilan): checks made out of those scheduled. */
    ANTENATAL_CHECK,
    /** A young child's immunisation: doses given out of those scheduled in the tahap. */
    IMMUNISATION,
    /** A young child's weighing at the posyandu: weighings made out of those scheduled. */
    WEIGHING,
    /** The family's P2K2 sessions (family development sessions): sessions attended out of those held. */
    P2K2;

    /**
     * Tells whether the commitment belongs to one member, who must then be named by position.
     *
     * @return true for every kind but {@link #P2K2}, which is the family's
     */
    public boolean isPerMember() {
        return this != P2K2;
    }
}
