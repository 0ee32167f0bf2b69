package id.bansos.batch.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waits for a task of a batch pipeline and rethrows its failure as it was thrown: the one way the
 * reading and the deciding threads of a batch hand back their results. Not public API.
 */
public final class Await {
    private Await() {}

    /**
     * Waits for the result of a task; an {@link IOException}, unchecked exception or error thrown by
     * the task is rethrown unchanged.
     *
     * @param <T> the result type
     * @param future the task, not null
     * @param what what is being done, for messages, like {@code "reading roster.csv"}, not null
     * @return the task's result
     * @throws InterruptedIOException if this thread is interrupted while waiting (its interrupt
     *     flag is set again), with message {@code "<what> interrupted"}
     * @throws IOException if the task threw one
     * @throws IllegalStateException if the task threw another checked exception, with message
     *     {@code "<what> failed"}
     */
    public static <T> T result(Future<T> future, String what) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException io = new InterruptedIOException(what + " interrupted");
            io.initCause(e);
            throw io;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(what + " failed", cause);
        }
    }
}
