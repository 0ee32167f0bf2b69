package id.bansos.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommitmentKindTest {
    @Test
    void isPerMember_isFalseOnlyForP2k2() {
        assertThat(CommitmentKind.values()).filteredOn(k -> !k.isPerMember()).containsExactly(CommitmentKind.P2K2);
    }

    @Test
    void values_areTheFiveCommitmentsInOrder() {
        assertThat(CommitmentKind.values())
                .containsExactly(
                        CommitmentKind.SCHOOL_ATTENDANCE,
                        CommitmentKind.ANTENATAL_CHECK,
                        CommitmentKind.IMMUNISATION,
                        CommitmentKind.WEIGHING,
                        CommitmentKind.P2K2);
    }
}
