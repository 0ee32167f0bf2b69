package id.bansos.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void results_reachTheConsumerInSubmissionOrder_evenWhenLaterTasksFinishFirst() throws IOException {
        List<Integer> seen = new ArrayList<>();
        CountDownLatch lastDone = new CountDownLatch(1);
        try (OrderedPipeline<Integer> p = new OrderedPipeline<>(pool, 3, "test", seen::add)) {
            // Task 0 waits until task 2 has finished, so the results complete in the order 2, 1, 0.
            p.submit(() -> {
                assertThat(lastDone.await(10, TimeUnit.SECONDS)).isTrue();
                return 0;
            });
            p.submit(() -> 1);
            p.submit(() -> {
                lastDone.countDown();
                return 2;
            });
            p.drain();
        }
        assertThat(seen).containsExactly(0, 1, 2);
    }

    @Test
    void submit_handsOverTheOldestResults_onceTheLimitIsInFlight() throws IOException {
        List<Integer> seen = new ArrayList<>();
        try (OrderedPipeline<Integer> p = new OrderedPipeline<>(pool, 2, "test", seen::add)) {
            p.submit(() -> 0);
            assertThat(seen).isEmpty();
            p.submit(() -> 1);
            // Two in flight reach the limit of 2: the oldest is handed over, one stays in flight.
            assertThat(seen).containsExactly(0);
            p.submit(() -> 2);
            assertThat(seen).containsExactly(0, 1);
            p.drain();
        }
        assertThat(seen).containsExactly(0, 1, 2);
    }

    @Test
    void aTasksIoException_isRethrownAsItWas_andCloseCancelsTheRest() throws Exception {
        IOException boom = new IOException("boom");
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger interrupted = new AtomicInteger();
        OrderedPipeline<Integer> p = new OrderedPipeline<>(pool, 3, "test", r -> {});
        p.submit(() -> {
            throw boom;
        });
        p.submit(() -> {
            started.countDown();
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.incrementAndGet();
            }
            return 1;
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(p::drain).isSameAs(boom);
        p.close();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(interrupted).hasValue(1);
    }

    @Test
    void aConsumersFailure_stopsTheHandOver() throws IOException {
        List<Integer> seen = new ArrayList<>();
        try (OrderedPipeline<Integer> p = new OrderedPipeline<>(pool, 1, "test", r -> {
            if (r == 1) {
                throw new IOException("disk full");
            }
            seen.add(r);
        })) {
            p.submit(() -> 0);
            assertThatThrownBy(() -> p.submit(() -> 1)).hasMessage("disk full");
        }
        assertThat(seen).containsExactly(0);
    }

    @Test
    void aDirectExecutor_runsEverythingOnTheCallingThread() throws IOException {
        List<String> threads = new ArrayList<>();
        ExecutorService direct = com.google.common.util.concurrent.MoreExecutors.newDirectExecutorService();
        try (OrderedPipeline<String> p = new OrderedPipeline<>(direct, 2, "test", threads::add)) {
            p.submit(() -> Thread.currentThread().getName());
            p.submit(() -> Thread.currentThread().getName());
            p.drain();
        }
        assertThat(threads).containsOnly(Thread.currentThread().getName()).hasSize(2);
    }

    @Test
    void limit_mustBePositive() {
        assertThatThrownBy(() -> new OrderedPipeline<Integer>(pool, 0, "test", r -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be 1 or more, got 0");
    }

    @Test
    void close_leavesTheWorkersRunning() {
        OrderedPipeline<Integer> p = new OrderedPipeline<>(pool, 1, "test", r -> {});
        p.close();
        p.close();
        assertThat(pool.isShutdown()).isFalse();
    }
}
