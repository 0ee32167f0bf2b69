package id.bansos.io;

/**
 * Whether a writer shows personal data in full or masked.
 *
 * <p>Masked output is for display and sharing (reports, monitoring lists); it cannot be read back as
 * households, since a masked NIK is no NIK.
 */
public enum Masking {
    /** NIK, KK number and name are written in full, so the output reads back as the same households. */
    NONE,
    /**
     * NIK and KK number are written masked, keeping the first six and last four digits
     * ({@code 520801******0001}), and names are left out.
     */
    MASKED
}
