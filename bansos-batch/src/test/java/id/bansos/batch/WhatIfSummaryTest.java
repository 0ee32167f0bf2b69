package id.bansos.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class WhatIfSummaryTest {
    /** The lansia 70 → 60 example of the class Javadoc, plus one reject. */
    private static WhatIfSummary.Builder lansia() {
        return WhatIfSummary.builder()
                .recordsRead(4)
                .compared(3)
                .rejected(1)
                .changed(2)
                .gainedEligibility(1)
                .lostEligibility(0)
                .eligibleBefore(2)
                .eligibleAfter(3)
                .totalAnnualAmountBefore(BigInteger.valueOf(3_300_000))
                .totalAnnualAmountAfter(BigInteger.valueOf(8_100_000))
                .putChangesByParameter("pkh.lanjut_usia.min_age", 2L);
    }

    @Test
    void totals_andDifference_passALongExactly() {
        // Before: 95 million households at Rp10^12; after: the same plus Rp1.
        BigInteger before = new BigInteger("95000000000000000000");
        WhatIfSummary s = lansia().totalAnnualAmountBefore(before)
                .totalAnnualAmountAfter(before.add(BigInteger.ONE))
                .build();

        assertThat(s.difference()).isEqualTo(BigInteger.ONE);
        assertThat(s.totalAnnualAmountBefore()).isEqualTo(before);
    }

    @Test
    void difference_isAfterMinusBefore() {
        assertThat(lansia().build().difference()).isEqualTo(BigInteger.valueOf(4_800_000));
        assertThat(lansia().totalAnnualAmountAfter(BigInteger.valueOf(1_000_000))
                        .build()
                        .difference())
                .isEqualTo(BigInteger.valueOf(-2_300_000));
    }

    @Test
    void build_rejectsCountsThatDoNotAddUp() {
        assertThatThrownBy(() -> lansia().recordsRead(5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recordsRead must be compared + rejected (4), got 5");
        assertThatThrownBy(() -> lansia().changed(4).build()).hasMessage("changed must be at most compared (3), got 4");
        assertThatThrownBy(() -> lansia().lostEligibility(2).build())
                .hasMessage("gainedEligibility + lostEligibility must be at most changed (2), got 3");
        assertThatThrownBy(() -> lansia().eligibleAfter(2).build())
                .hasMessage("eligibleAfter must be eligibleBefore + gainedEligibility - lostEligibility (3), got 2");
        assertThatThrownBy(() -> lansia().eligibleBefore(4).eligibleAfter(5).build())
                .hasMessage("eligibleBefore must be at most compared (3), got 4");
        assertThatThrownBy(
                        () -> lansia().putChangesByParameter("pkh.index.SD", 3L).build())
                .hasMessage("changesByParameter of pkh.index.SD must be between 1 and changed (2), got 3");
        assertThatThrownBy(() ->
                        lansia().totalAnnualAmountBefore(BigInteger.valueOf(-1)).build())
                .hasMessage("totalAnnualAmountBefore must not be negative, got -1");
    }

    @Test
    void equalsContract() {
        EqualsVerifier.forClass(ImmutableWhatIfSummary.class)
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
