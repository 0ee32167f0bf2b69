package id.bansos.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class RegionTallyTest {
    @Test
    void of_keepsTheCountsAndAddsThemUp() {
        RegionTally t = RegionTally.of(3, 5, BigInteger.valueOf(7_200_000));

        assertThat(t.eligible()).isEqualTo(3);
        assertThat(t.notEligible()).isEqualTo(5);
        assertThat(t.decided()).isEqualTo(8);
        assertThat(t.annualAmount()).isEqualTo(BigInteger.valueOf(7_200_000));
    }

    @Test
    void of_rejectsNegativeValuesAndNull() {
        assertThatThrownBy(() -> RegionTally.of(-1, 0, BigInteger.ZERO))
                .hasMessage("eligible must not be negative, got -1");
        assertThatThrownBy(() -> RegionTally.of(0, -2, BigInteger.ZERO))
                .hasMessage("notEligible must not be negative, got -2");
        assertThatThrownBy(() -> RegionTally.of(0, 0, BigInteger.valueOf(-5)))
                .hasMessage("annualAmount must not be negative, got -5");
        assertThatThrownBy(() -> RegionTally.of(0, 0, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalsContract() {
        EqualsVerifier.forClass(ImmutableRegionTally.class)
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
