package id.bansos.batch.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.decision.Decision;
import id.bansos.model.id.RegionCode;
import id.bansos.rules.Engine;
import id.bansos.rules.Families;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProposalTest {
    private static final RegionCode TANJUNG = RegionCode.parse("52.08.01");

    private static Decision decide(Integer desil) {
        return Engine.create()
                .evaluate(
                        Families.single("A", Families.TANJUNG, desil),
                        Programs.sembako(),
                        NationalPolicy.load(),
                        LocalDate.of(2025, 6, 2));
    }

    @Test
    void aProposal_mustBeEligible() {
        assertThat(new Proposal("A", TANJUNG, 1, 0, OptionalInt.of(2), 0, decide(2)).rank())
                .isEqualTo(1);
        // Desil 7 is out of target from 2025-04-01.
        assertThatThrownBy(() -> new Proposal("A", TANJUNG, 1, 0, OptionalInt.of(7), 0, decide(7)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decision must be eligible");
        assertThatThrownBy(() -> new Proposal("A", TANJUNG, 0, 0, OptionalInt.empty(), 0, decide(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rank must be at least 1, got 0");
    }
}
