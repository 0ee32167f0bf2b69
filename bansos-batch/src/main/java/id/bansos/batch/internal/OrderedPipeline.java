package id.bansos.batch.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs tasks on worker threads and hands their results to one consumer in the order the tasks were
 * submitted, with at most a fixed number of tasks in flight: the one pipeline of both passes of a
 * batch (parsing in the first, deciding in the second). Not public API.
 *
 * <p>Not thread-safe: one thread submits, and the consumer runs on that thread.
 *
 * @param <T> the result of a task
 */
public final class OrderedPipeline<T> implements AutoCloseable {
    /**
     * Takes the results in submission order.
     *
     * @param <T> the result type
     */
    @FunctionalInterface
    public interface Consumer<T> {
        /**
         * Takes one result.
         *
         * @param result the result of the next task
         * @throws IOException if the result cannot be written
         */
        void accept(T result) throws IOException;
    }

    private final ExecutorService workers;
    private final int limit;
    private final String what;
    private final Consumer<? super T> consumer;
    private final ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();

    /**
     * Creates a pipeline.
     *
     * @param workers runs the tasks, not null; not shut down by the pipeline
     * @param limit the most tasks in flight, 1 or more
     * @param what what the pipeline does, for messages, like {@code "reading roster.csv"}
     * @param consumer takes the results in submission order, on the submitting thread
     */
    public OrderedPipeline(ExecutorService workers, int limit, String what, Consumer<? super T> consumer) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, got " + limit);
        }
        this.workers = workers;
        this.limit = limit;
        this.what = what;
        this.consumer = consumer;
    }

    /**
     * Submits a task, then hands the oldest results to the consumer while {@code limit} or more tasks
     * are in flight.
     *
     * @param task the task, not null
     * @throws IOException if a task failed with one, or the consumer did, or the thread was
     *     interrupted ({@link java.io.InterruptedIOException}); a task's unchecked exception is
     *     rethrown as it is
     */
    public void submit(Callable<T> task) throws IOException {
        inFlight.add(workers.submit(task));
        while (inFlight.size() >= limit) {
            consumer.accept(Await.result(inFlight.poll(), what));
        }
    }

    /**
     * Waits for every task in flight and hands its result to the consumer, in order.
     *
     * @throws IOException as {@link #submit(Callable)} does
     */
    public void drain() throws IOException {
        while (!inFlight.isEmpty()) {
            consumer.accept(Await.result(inFlight.poll(), what));
        }
    }

    /** Cancels the tasks still in flight (after a failure their results are of no use). */
    @Override
    public void close() {
        for (Future<T> f : inFlight) {
            f.cancel(true);
        }
        inFlight.clear();
    }
}
