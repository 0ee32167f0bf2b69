package id.bansos.batch.roster;

/** Which record a leaver's reasons come from. */
public enum LeaverSource {
    /** The leaver's record in the registry extract. */
    REGISTRY,
    /** The leaver's record in the before roster, when no registry extract was given. */
    BEFORE_ROSTER,
    /** None: a registry extract was given and the leaver is not in it ({@code TIDAK_DITEMUKAN}). */
    NOT_IN_REGISTRY
}
