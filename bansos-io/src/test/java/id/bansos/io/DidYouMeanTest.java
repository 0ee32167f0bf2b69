package id.bansos.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DidYouMeanTest {
    static Stream<Arguments> distances() {
        return Stream.of(
                Arguments.of("", "", 0),
                Arguments.of("nik", "nik", 0),
                Arguments.of("", "nik", 3),
                Arguments.of("birthdate", "birth_date", 1),
                Arguments.of("kitten", "sitting", 3),
                Arguments.of("sex", "xes", 2),
                Arguments.of("pregant", "pregnant", 1),
                Arguments.of("flaw", "lawn", 2));
    }

    @ParameterizedTest
    @MethodSource("distances")
    void distance_isTheLevenshteinDistance_inBothDirections(String a, String b, int expected) {
        assertThat(DidYouMean.distance(a, b)).isEqualTo(expected);
        assertThat(DidYouMean.distance(b, a)).isEqualTo(expected);
    }

    @Test
    void closest_acceptsACandidateExactlyAtTheLimit_andNotOneBeyond() {
        // "regoin" -> "region": two substitutions.
        assertThat(DidYouMean.closest("regoin", List.of("region"), 2)).contains("region");
        assertThat(DidYouMean.closest("regoin", List.of("region"), 1)).isEmpty();
    }

    @Test
    void closest_withLimitZero_findsOnlyTheSameNameIgnoringCase() {
        assertThat(DidYouMean.closest("NIK", List.of("nama", "nik"), 0)).contains("nik");
        assertThat(DidYouMean.closest("nix", List.of("nama", "nik"), 0)).isEmpty();
    }

    @Test
    void closest_ignoresCaseOnBothSides_andReturnsTheCandidateAsSpelt() {
        assertThat(DidYouMean.closest("pkh.idx.sd", List.of("pkh.index.SD"), 2)).contains("pkh.index.SD");
        assertThat(DidYouMean.closest("BIRTH_DATE", List.of("birth_date"), 0)).contains("birth_date");
    }

    @Test
    void closest_ignoresCaseInTheRootLocale_notTheDefaultOne() {
        // Under tr_TR, "I".toLowerCase() is a dotless ı, one edit away from "i".
        assertThat(DidYouMean.closest("INDEX", List.of("index"), 0)).contains("index");
    }

    @Test
    void closest_prefersTheNearerCandidate_whereverItStands() {
        assertThat(DidYouMean.closest("sexx", List.of("seen", "sex"), 2)).contains("sex");
    }

    @Test
    void closest_onATie_givesTheFirstInIterationOrder() {
        assertThat(DidYouMean.closest("ac", List.of("ab", "ad"), 1)).contains("ab");
        assertThat(DidYouMean.closest("ac", List.of("ad", "ab"), 1)).contains("ad");
    }

    @Test
    void closest_comparesCandidatesWhoseLengthDiffersByTheLimit_butNotMore() {
        assertThat(DidYouMean.closest("abc", List.of("abcde"), 2)).contains("abcde");
        assertThat(DidYouMean.closest("abc", List.of("abcdef"), 2)).isEmpty();
    }

    @Test
    void closest_withoutCandidates_isEmpty() {
        assertThat(DidYouMean.closest("a", List.of(), 5)).isEqualTo(Optional.empty());
    }

    @Test
    void closest_refusesNullsAndANegativeLimit() {
        assertThatThrownBy(() -> DidYouMean.closest(null, List.of(), 1)).hasMessage("name must not be null");
        assertThatThrownBy(() -> DidYouMean.closest("a", null, 1)).hasMessage("candidates must not be null");
        assertThatThrownBy(() -> DidYouMean.closest("a", Arrays.asList("b", null), 1))
                .hasMessage("candidates element must not be null");
        assertThatThrownBy(() -> DidYouMean.closest("a", List.of("b"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxDistance must not be negative, got -1");
    }
}
