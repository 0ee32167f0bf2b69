package id.bansos.batch.roster;

/** Which record a leaver's reasons come from. */
public enum LeaverSource {
    /** The leaver's record in the registry extract. */
    REGISTRY,
    /** The leaver's record in the before roster, when no registry extract was given. */
    BEFORE_ROSTER,
    /**
     * The household's enrolment records an exit from the programme on or before the date: its
     * {@code exit_reason} is the primary reason, before any evaluation.
     */
    ENROLLMENT,
    /** A monitoring visit on or before the date recorded a signed statement to leave: {@code GRAD_MANDIRI}. */
    OBSERVATION,
    /** None: a registry extract was given and the leaver is not in it ({@code TIDAK_DITEMUKAN}). */
    NOT_IN_REGISTRY
}
