package id.bansos.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.time.Tahap;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitmentRecordTest {
    private static final CommitmentCheck SCHOOL = CommitmentCheck.builder()
            .kind(CommitmentKind.SCHOOL_ATTENDANCE)
            .memberIndex(2)
            .scheduled(60)
            .attended(52)
            .build();

    private static final CommitmentCheck P2K2 = CommitmentCheck.builder()
            .kind(CommitmentKind.P2K2)
            .scheduled(3)
            .attended(3)
            .build();

    private static CommitmentRecord.Builder record() {
        return CommitmentRecord.builder().householdId("KEL-0001").tahap(Tahap.of(2024, 1));
    }

    @Test
    void builder_keepsEveryAttributeInOrder() {
        CommitmentRecord r = record().addChecks(P2K2, SCHOOL).build();

        assertThat(r.householdId()).isEqualTo("KEL-0001");
        assertThat(r.tahap()).isEqualTo(Tahap.of(2024, 1));
        assertThat(r.checks()).containsExactly(P2K2, SCHOOL);
    }

    @Test
    void build_rejectsARecordWithoutChecks() {
        assertThatThrownBy(() -> record().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("checks must hold at least one check");
    }

    @Test
    void build_rejectsTheSameCommitmentOfOneMemberTwice() {
        CommitmentCheck again =
                CommitmentCheck.builder().from(SCHOOL).attended(60).build();

        assertThatThrownBy(() -> record().addChecks(SCHOOL, again).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("checks must not repeat a commitment, got SCHOOL_ATTENDANCE of member 2");
    }

    @Test
    void build_rejectsTwoP2k2ChecksWithoutMember() {
        assertThatThrownBy(() -> record().addChecks(P2K2, P2K2).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("checks must not repeat a commitment, got P2K2");
    }

    @Test
    void build_acceptsOneCommitmentForTwoMembers() {
        CommitmentCheck sibling =
                CommitmentCheck.builder().from(SCHOOL).memberIndex(3).build();

        assertThat(record().addChecks(SCHOOL, sibling).build().checks()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({"''", "' '"})
    void build_rejectsBlankHouseholdId(String id) {
        assertThatThrownBy(() -> record().householdId(id).addChecks(P2K2).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("household_id must not be blank");
    }

    @Test
    void build_namesTheMissingAttributes() {
        assertThatThrownBy(() -> CommitmentRecord.builder().addChecks(P2K2).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build CommitmentRecord, some of required attributes are not set"
                        + " [householdId, tahap]");
    }

    @Test
    void builder_rejectsNulls() {
        assertThatThrownBy(() -> record().tahap(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("tahap");
        assertThatThrownBy(() -> record().addChecks((CommitmentCheck) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("checks element");
    }

    @Test
    void equalsAndHashCode_honourTheContract() {
        EqualsVerifier.forClass(ImmutableCommitmentRecord.class)
                .withPrefabValues(Tahap.class, Tahap.of(2024, 1), Tahap.of(2024, 2))
                // The builder rejects nulls, so no field is ever null.
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
