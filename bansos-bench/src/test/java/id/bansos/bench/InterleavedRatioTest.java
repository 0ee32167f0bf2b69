package id.bansos.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InterleavedRatioTest {
    @Test
    void median_isTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(InterleavedRatio.median(new double[] {3, 1, 2})).isEqualTo(2.0);
        assertThat(InterleavedRatio.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(InterleavedRatio.median(new long[] {7})).isEqualTo(7.0);
    }

    @Test
    void measure_timesBothSidesOnTheSamePopulation_andCountsTheirEligibleHouseholds() {
        // 300 households, 3 rounds after 2 warm-up rounds: 5 passes of each side. The eligible count
        // of one pass is the library's own, which the baseline must match (checked before timing).
        InterleavedRatio.Result r = InterleavedRatio.measure(300, 3);
        long eligiblePerPass = Agreement.libraryTotals(BenchData.households(300), BenchData.AS_OF)
                .eligible();

        assertThat(r.eligibleSum()).isEqualTo(2 * 5 * eligiblePerPass);
        assertThat(eligiblePerPass).isPositive();
        assertThat(r.lowest()).isPositive().isLessThanOrEqualTo(r.ratio());
        assertThat(r.highest()).isGreaterThanOrEqualTo(r.ratio());
        assertThat(r.toString())
                .startsWith("library/baseline ")
                .contains("median of 3 rounds")
                .endsWith("per 300 households)");
    }
}
