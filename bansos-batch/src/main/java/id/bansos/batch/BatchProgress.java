package id.bansos.batch;

/**
 * Hears how far a batch has got, for a progress bar: called on the thread that runs the batch,
 * after each chunk of records is written, and once at the end.
 *
 * <p>Example: {@code (done, total) -> bar.update(done * 100 / Math.max(1, total))}.
 */
@FunctionalInterface
public interface BatchProgress {
    /** A listener that ignores progress. */
    BatchProgress NONE = (done, total) -> {};

    /**
     * Reports progress.
     *
     * @param done the records written so far (decisions and rejects), 0 to {@code total}
     * @param total the records in the input, as counted by the first pass, zero or more
     */
    void update(long done, long total);
}
