package id.bansos.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AwaitTest {
    private static Future<String> failed(Throwable t) {
        return CompletableFuture.failedFuture(t);
    }

    @Test
    void result_givesTheTasksResult() throws IOException {
        assertThat(Await.result(CompletableFuture.completedFuture("done"), "reading x"))
                .isEqualTo("done");
    }

    @Test
    void result_rethrowsIoUncheckedAndErrorsUnchanged() {
        IOException io = new IOException("disk full");
        IllegalArgumentException bad = new IllegalArgumentException("bad record");
        AssertionError error = new AssertionError("broken");

        assertThatThrownBy(() -> Await.result(failed(io), "reading x")).isSameAs(io);
        assertThatThrownBy(() -> Await.result(failed(bad), "reading x")).isSameAs(bad);
        assertThatThrownBy(() -> Await.result(failed(error), "reading x")).isSameAs(error);
    }

    @Test
    void result_wrapsAnotherCheckedException_namingTheWork() {
        Exception other = new Exception("odd");

        assertThatThrownBy(() -> Await.result(failed(other), "reading roster.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("reading roster.csv failed")
                .hasCause(other);
    }

    @Test
    void result_whenInterrupted_throwsInterruptedIo_andKeepsTheFlag() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Await.result(new CompletableFuture<String>(), "batch evaluation of x"))
                    .isInstanceOf(InterruptedIOException.class)
                    .hasMessage("batch evaluation of x interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
