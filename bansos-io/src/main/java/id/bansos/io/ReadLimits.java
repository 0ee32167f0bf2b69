package id.bansos.io;

import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import org.immutables.value.Value;

/**
 * Limits that keep a hostile file from exhausting memory; they apply per record, not per file, so a
 * 10 GB file of ordinary households is fine while a 2 MiB household is rejected.
 */
@Value.Immutable
@BansosStyle
public abstract class ReadLimits {
    private static final ReadLimits DEFAULTS = builder().build();

    ReadLimits() {}

    /**
     * The largest record in bytes (a JSON object, a JSON line, or a CSV household's rows).
     *
     * @return 1 MiB by default
     */
    @Value.Default
    public int maxRecordBytes() {
        return 1 << 20;
    }

    /**
     * The most members a household may have.
     *
     * @return 100 by default
     */
    @Value.Default
    public int maxMembers() {
        return 100;
    }

    /**
     * The deepest nesting of JSON arrays and objects.
     *
     * @return 16 by default (a household needs 3, an enveloped array 4)
     */
    @Value.Default
    public int maxNestingDepth() {
        return 16;
    }

    /**
     * The longest string value in characters.
     *
     * @return 10,000 by default
     */
    @Value.Default
    public int maxStringLength() {
        return 10_000;
    }

    /**
     * The longest number in characters.
     *
     * @return 32 by default
     */
    @Value.Default
    public int maxNumberLength() {
        return 32;
    }

    /**
     * The default limits.
     *
     * @return the defaults, not null
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a new builder, starting from the defaults.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    final void check() {
        Checks.check(maxRecordBytes() > 0, "maxRecordBytes", "must be positive", maxRecordBytes());
        Checks.check(maxMembers() > 0, "maxMembers", "must be positive", maxMembers());
        Checks.check(maxNestingDepth() >= 4, "maxNestingDepth", "must be at least 4", maxNestingDepth());
        Checks.check(maxStringLength() > 0, "maxStringLength", "must be positive", maxStringLength());
        Checks.check(maxNumberLength() > 0, "maxNumberLength", "must be positive", maxNumberLength());
    }

    /** Builds {@link ReadLimits}. */
    public static final class Builder extends ImmutableReadLimits.Builder {}
}
