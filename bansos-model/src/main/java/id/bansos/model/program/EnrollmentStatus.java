package id.bansos.model.program;

/** Where a household stands in a programme it was enrolled in (the KPM lifecycle). */
public enum EnrollmentStatus {
    /** Enrolled and receiving payments. */
    ACTIVE,
    /** Enrolled, but payments are held, e.g. after non-compliance with commitments. */
    SUSPENDED,
    /** Left the programme by graduation (alamiah, mandiri, sejahtera or paksa). */
    GRADUATED,
    /** Removed from the programme for another reason, e.g. moved, not found or misuse. */
    TERMINATED;

    /**
     * Tells whether the household has left the programme, so the enrolment carries an exit
     * reason and date.
     *
     * @return true for {@link #GRADUATED} and {@link #TERMINATED}
     */
    public boolean isExit() {
        return this == GRADUATED || this == TERMINATED;
    }
}
