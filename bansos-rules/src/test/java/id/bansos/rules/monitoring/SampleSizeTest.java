package id.bansos.rules.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SampleSizeTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                // n0 = 1.959964² × 0.25 / 0.05² = 384.146; N = 22,829: 384.146 / (1 + 383.146 / 22,829) = 377.80 → 378
                Arguments.of(22_829L, 0.05, 0.95, 378L),
                // N = 1,000: 384.146 / (1 + 383.146 / 1,000) = 277.74 → 278
                Arguments.of(1_000L, 0.05, 0.95, 278L),
                // 10 % at 95 %: n0 = 96.04; N = 350: 96.04 / (1 + 95.04 / 350) = 75.53 → 76
                Arguments.of(350L, 0.10, 0.95, 76L),
                // 5 % at 99 % (z = 2.575829): n0 = 663.49; N = 32,765: 663.49 / (1 + 662.49 / 32,765) = 650.34 → 651
                Arguments.of(32_765L, 0.05, 0.99, 651L),
                // A population smaller than n0 is nearly all visited: N = 10: 384.146 / (1 + 38.31) = 9.77 → 10
                Arguments.of(10L, 0.05, 0.95, 10L),
                Arguments.of(1L, 0.05, 0.95, 1L));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void forMargin_followsCochranWithFiniteCorrection(
            long population, double margin, double confidence, long expected) {
        assertThat(SampleSize.forMargin(population, margin, confidence)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void forMargin_rejectsOutOfRange(long population, double margin, double confidence, String message) {
        assertThatThrownBy(() -> SampleSize.forMargin(population, margin, confidence))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of(0L, 0.05, 0.95, "population must be at least 1, got 0"),
                Arguments.of(100L, 0.0, 0.95, "margin must be in (0, 0.5], got 0.0"),
                Arguments.of(100L, 0.6, 0.95, "margin must be in (0, 0.5], got 0.6"),
                Arguments.of(100L, 0.05, 1.0, "confidence must be in (0, 1), got 1.0"));
    }
}
