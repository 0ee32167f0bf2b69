package id.bansos.io.json;

import com.fasterxml.jackson.databind.SerializerProvider;

/**
 * Whether written households show personal data in full.
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
    MASKED;

    /** The masking a serializer was asked for, {@link #NONE} by default. */
    static Masking of(SerializerProvider provider) {
        Object value = provider == null ? null : provider.getAttribute(Masking.class);
        return value instanceof Masking ? (Masking) value : NONE;
    }
}
