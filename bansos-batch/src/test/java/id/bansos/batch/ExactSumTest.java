package id.bansos.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ExactSumTest {
    @Test
    void add_passesLongMaxValueExactly() {
        ExactSum s = new ExactSum();
        s.add(Long.MAX_VALUE);
        s.add(Long.MAX_VALUE);
        s.add(Long.MAX_VALUE);

        // 3 × 9 223 372 036 854 775 807
        assertThat(s.value()).isEqualTo(new BigInteger("27670116110564327421"));
    }

    @Test
    void add_smallAmountsStayExact_andNegativesAreSubtracted() {
        ExactSum s = new ExactSum();
        s.add(3_900_000);
        s.add(900_000);
        s.add(-1_500_000);

        assertThat(s.value()).isEqualTo(BigInteger.valueOf(3_300_000));
        assertThat(new ExactSum().value()).isZero();
    }

    @Test
    void addSum_mergesCarriedParts() {
        // 95 million households at Rp10^12 in two halves: 9.5 × 10^19 in all.
        ExactSum a = new ExactSum();
        ExactSum b = new ExactSum();
        for (int i = 0; i < 47_500; i++) {
            a.add(1_000_000_000_000_000L); // a thousand households at Rp10^12 at once
            b.add(1_000_000_000_000_000L);
        }
        a.add(b);

        assertThat(a.value()).isEqualTo(new BigInteger("95000000000000000000"));
    }
}
