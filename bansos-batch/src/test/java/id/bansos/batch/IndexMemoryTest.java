package id.bansos.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IndexMemoryTest {
    @Test
    void defaults_are32MiBPerTable_inTheJvmsTemporaryDirectory_sortedOnTwoThreads() {
        IndexMemory d = IndexMemory.defaults();

        assertThat(d.bytesPerTable()).isEqualTo(33_554_432L);
        assertThat(d.directory()).isEmpty();
        assertThat(d.parallelSort()).isTrue();
    }

    @Test
    void inMemory_neverSpills() {
        assertThat(IndexMemory.inMemory().bytesPerTable()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void builder_setsEveryAttribute_andRefusesABudgetBelowOneByte() {
        IndexMemory m = IndexMemory.builder()
                .bytesPerTable(1)
                .directory(Path.of("/data/tmp"))
                .parallelSort(false)
                .build();

        assertThat(m.bytesPerTable()).isEqualTo(1);
        assertThat(m.directory()).contains(Path.of("/data/tmp"));
        assertThat(m.parallelSort()).isFalse();
        assertThatThrownBy(() -> IndexMemory.builder().bytesPerTable(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bytesPerTable must be 1 or more, got 0");
    }
}
