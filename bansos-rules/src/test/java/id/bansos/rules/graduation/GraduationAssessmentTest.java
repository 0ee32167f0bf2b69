package id.bansos.rules.graduation;

import static id.bansos.rules.Families.family;
import static id.bansos.rules.Families.man;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.decision.Decision;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Program;
import id.bansos.rules.Engine;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import id.bansos.rules.commitment.CommitmentHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GraduationAssessmentTest {
    private static final LocalDate DATE = LocalDate.of(2024, 3, 1);
    private static final Decision DECISION = Engine.create()
            .evaluate(family("KEL-0001", man("1980-01-01")).build(), Programs.sembako(), NationalPolicy.load(), DATE);
    private static final CommitmentHistory NONE = new CommitmentHistory("KEL-0001", List.of());

    private static GraduationAssessment of(Optional<Rupiah> perCapita, Optional<IncomeSource> source, Decision d) {
        return new GraduationAssessment(
                "KEL-0001", Program.SEMBAKO, DATE, List.of(), List.of(), perCapita, source, 4, false, d, NONE);
    }

    @Test
    void noCandidate_hasNoType() {
        GraduationAssessment a = of(Optional.empty(), Optional.empty(), DECISION);

        assertThat(a.type()).isEmpty();
        assertThat(a.isCandidate()).isFalse();
    }

    @Test
    void theIncomeSourceGoesWithTheIncome() {
        assertThatThrownBy(() -> of(Optional.of(Rupiah.of(1)), Optional.empty(), DECISION))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("incomeSource must be present exactly when incomePerCapita is");
        assertThat(of(Optional.of(Rupiah.of(1)), Optional.of(IncomeSource.REGISTRY), DECISION)
                        .incomeSource())
                .contains(IncomeSource.REGISTRY);
    }

    @Test
    void theDecisionMustBeOfTheHousehold() {
        Decision other =
                Decision.builder().from(DECISION).householdId("KEL-0002").build();

        assertThatThrownBy(() -> of(Optional.empty(), Optional.empty(), other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decision must be of household KEL-0001");
    }
}
