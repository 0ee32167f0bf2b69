package id.bansos.io;

/**
 * Whether written households show personal data in full; used by every household writer (JSON,
 * JSON Lines, CSV).
 *
 * <p>With an {@code ObjectMapper}, choose it per writer:
 * {@code mapper.writer().withAttribute(Masking.class, Masking.MASKED)}; without the attribute,
 * households are written in full.
 */
public enum Masking {
    /** NIK and KK number in full, names included: for exchange between systems that may hold them. */
    NONE,
    /**
     * NIK and KK number masked to their first six and last four digits ({@code 520801******0001}),
     * names left out: for reports and hand-offs that must not carry personal data. A masked file
     * cannot be read back as households.
     */
    MASKED
}
