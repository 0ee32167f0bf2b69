package id.bansos.batch.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdHashSetTest {
    @Test
    void addMarkAndLookup_behaveLikeASetWithAMarkBit() {
        IdHashSet set = new IdHashSet();

        assertThat(set.add("A")).isTrue();
        assertThat(set.add("A")).isFalse();
        assertThat(set.isMarked("A")).isFalse();
        assertThat(set.mark("A")).isTrue();
        assertThat(set.isMarked("A")).isTrue();
        assertThat(set.mark("B")).isFalse();
        assertThat(set.isMarked("B")).isFalse();
        assertThat(set.size()).isEqualTo(1);
    }

    @Test
    void growing_keepsEveryIdAndItsMark() {
        IdHashSet set = new IdHashSet();
        for (int i = 0; i < 50_000; i++) {
            String id = "KLU-" + i;
            assertThat(set.add(id)).isTrue();
            if (i % 3 == 0) {
                set.mark(id);
            }
        }

        assertThat(set.size()).isEqualTo(50_000);
        for (int i = 0; i < 50_000; i++) {
            assertThat(set.isMarked("KLU-" + i)).isEqualTo(i % 3 == 0);
            assertThat(set.add("KLU-" + i)).isFalse();
        }
        assertThat(set.mark("KLU-50000")).isFalse();
    }
}
