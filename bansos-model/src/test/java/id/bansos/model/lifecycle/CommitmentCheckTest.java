package id.bansos.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CommitmentCheckTest {
    private static CommitmentCheck.Builder school() {
        return CommitmentCheck.builder()
                .kind(CommitmentKind.SCHOOL_ATTENDANCE)
                .memberIndex(2)
                .scheduled(60)
                .attended(52);
    }

    @Test
    void builder_keepsEveryAttribute() {
        CommitmentCheck c = school().build();

        assertThat(c.kind()).isEqualTo(CommitmentKind.SCHOOL_ATTENDANCE);
        assertThat(c.memberIndex()).hasValue(2);
        assertThat(c.scheduled()).isEqualTo(60);
        assertThat(c.attended()).isEqualTo(52);
    }

    @Test
    void p2k2_mayOmitTheMember() {
        CommitmentCheck c = CommitmentCheck.builder()
                .kind(CommitmentKind.P2K2)
                .scheduled(3)
                .attended(2)
                .build();

        assertThat(c.memberIndex()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = CommitmentKind.class,
            names = {"P2K2"},
            mode = EnumSource.Mode.EXCLUDE)
    void build_requiresTheMemberOfAPerMemberCommitment(CommitmentKind kind) {
        assertThatThrownBy(() -> CommitmentCheck.builder()
                        .kind(kind)
                        .scheduled(1)
                        .attended(1)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("member_index must be present for " + kind);
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of(school().memberIndex(-1), "member_index must be between 0 and 99, got -1"),
                Arguments.of(school().memberIndex(100), "member_index must be between 0 and 99, got 100"),
                Arguments.of(school().scheduled(0).attended(0), "scheduled must be between 1 and 366, got 0"),
                Arguments.of(school().scheduled(367), "scheduled must be between 1 and 366, got 367"),
                Arguments.of(school().attended(-1), "attended must be between 0 and 60, got -1"),
                Arguments.of(school().attended(61), "attended must be between 0 and 60, got 61"));
    }

    @ParameterizedTest
    @MethodSource("outOfRange")
    void build_rejectsValuesOutOfRange(CommitmentCheck.Builder builder, String message) {
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void build_acceptsTheBounds() {
        assertThat(school().memberIndex(99).scheduled(366).attended(366).build().attended())
                .isEqualTo(366);
        assertThat(school().memberIndex(0).scheduled(1).attended(0).build().attended())
                .isZero();
    }

    @Test
    void build_namesTheMissingAttributes() {
        assertThatThrownBy(() ->
                        CommitmentCheck.builder().kind(CommitmentKind.P2K2).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build CommitmentCheck, some of required attributes are not set"
                        + " [scheduled, attended]");
    }

    @Test
    void builder_rejectsNullKind() {
        assertThatThrownBy(() -> CommitmentCheck.builder().kind(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("kind");
    }

    @Test
    void attendedNeverExceedsScheduledInAnyBuiltCheck() {
        qt().withFixedSeed(20240101L)
                .forAll(integers().between(-5, 400), integers().between(-5, 400))
                .checkAssert((scheduled, attended) -> {
                    boolean valid = scheduled >= 1 && scheduled <= 366 && attended >= 0 && attended <= scheduled;
                    CommitmentCheck.Builder b = CommitmentCheck.builder()
                            .kind(CommitmentKind.P2K2)
                            .scheduled(scheduled)
                            .attended(attended);
                    if (valid) {
                        assertThat(b.build().attended()).isBetween(0, scheduled);
                    } else {
                        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class);
                    }
                });
    }

    @Test
    void equalsAndHashCode_honourTheContract() {
        EqualsVerifier.forClass(ImmutableCommitmentCheck.class)
                // The builder rejects nulls, so no field is ever null.
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
