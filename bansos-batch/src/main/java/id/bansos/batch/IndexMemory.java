package id.bansos.batch;

import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import java.nio.file.Path;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How much of a batch's first-pass index stays in memory, and where the rest goes: each table of
 * the index (household ids of {@link BatchReader}; NIKs and the household ids of the duplicate-NIK
 * rule) keeps up to {@link #bytesPerTable()} bytes of entries in memory, then writes them as a sorted
 * run to a temporary file and starts again; between the passes the runs are merged. The heap a batch
 * needs is then bounded by the three tables' budgets, whatever the size of the file, and the disk holds
 * the rest: 24 bytes per record, 16 per person and the household ids' bytes.
 *
 * <p>Temporary files are created in {@link #directory()} (by default the JVM's temporary directory,
 * the system property {@code java.io.tmpdir}), readable by their owner only where the file system
 * supports it, and deleted when the batch ends, also when it fails, and by a shutdown hook when the JVM
 * stops first (not when it is killed outright). A run's order, and so every decision, is the same
 * whether or not anything spilled.
 *
 * <p>Not bounded by the budget: the household ids found in more than one record, which {@link
 * BatchReader} keeps for the second pass, about 100 bytes each plus 8 per record. A file whose ids
 * all repeat (the same roster twice, or a CSV sorted by something else than the household, so that
 * every household's rows form several records) needs that much heap: about 530 MB for 5 million
 * households.
 *
 * <p>Example: {@code IndexMemory.builder().bytesPerTable(64L << 20).directory(Path.of("/data/tmp"))
 * .build()}.
 */
@Value.Immutable
@BansosStyle
public abstract class IndexMemory {
    /** The default budget per table: 32 MiB. */
    public static final long DEFAULT_BYTES_PER_TABLE = 32L << 20;

    private static final IndexMemory DEFAULTS = builder().build();
    private static final IndexMemory IN_MEMORY =
            builder().bytesPerTable(Long.MAX_VALUE).build();

    IndexMemory() {}

    /**
     * The bytes of entries each table keeps in memory before it spills a sorted run to disk.
     *
     * @return 1 or more; {@value #DEFAULT_BYTES_PER_TABLE} by default
     */
    @Value.Default
    public long bytesPerTable() {
        return DEFAULT_BYTES_PER_TABLE;
    }

    /**
     * Whether a table of 65,536 rows or more is sorted in two halves on two threads (a thread of its
     * own, started for the sort) when the JVM has more than one processor. The pass waits for these
     * sorts, so a second core shortens the wait; batch evaluation with {@code threads(1)} turns it off,
     * so that nothing but the calling thread runs.
     *
     * @return true by default
     */
    @Value.Default
    public boolean parallelSort() {
        return true;
    }

    /**
     * The directory for the temporary files.
     *
     * @return the directory, or empty for the JVM's temporary directory
     */
    public abstract Optional<Path> directory();

    /**
     * Returns the defaults: {@value #DEFAULT_BYTES_PER_TABLE} bytes per table, the JVM's temporary
     * directory.
     *
     * @return the defaults, not null
     */
    public static IndexMemory defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a setting that never spills, for indexes of households already held in memory.
     *
     * @return the setting, not null
     */
    public static IndexMemory inMemory() {
        return IN_MEMORY;
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link IndexMemory}. */
    public static final class Builder extends ImmutableIndexMemory.Builder {}

    @Value.Check
    void check() {
        Checks.check(bytesPerTable() >= 1, "bytesPerTable", "must be 1 or more", bytesPerTable());
    }
}
