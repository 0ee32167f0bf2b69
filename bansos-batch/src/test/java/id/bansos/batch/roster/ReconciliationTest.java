package id.bansos.batch.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.decision.ReasonCode;
import id.bansos.model.program.Program;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconciliationTest {
    private static final LocalDate DATE = LocalDate.of(2024, 2, 22);

    @Test
    void theCountsMustAddUp() {
        assertThatThrownBy(() -> new Reconciliation(
                        Program.SEMBAKO, DATE, 3, 2, 2, List.of(), List.of(), Map.of(), Map.of(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("before must be stayed + left = 2, got 3");
        assertThatThrownBy(() -> new Reconciliation(
                        Program.SEMBAKO, DATE, 2, 3, 2, List.of(), List.of(), Map.of(), Map.of(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("after must be stayed + joined = 2, got 3");
        assertThatThrownBy(() -> new Reconciliation(
                        Program.SEMBAKO,
                        DATE,
                        2,
                        2,
                        2,
                        List.of(),
                        List.of(),
                        Map.of(),
                        Map.of(ReasonCode.MASIH_LAYAK, 1L),
                        false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("byPrimaryReason must add up to the 0 leavers, got 1");
    }

    @Test
    void anEmptyReconciliation_isValid() {
        Reconciliation r =
                new Reconciliation(Program.PKH, DATE, 0, 1, 0, List.of(), List.of("F"), Map.of(), Map.of(), true);

        assertThat(r.leftCount()).isZero();
        assertThat(r.joinedCount()).isEqualTo(1);
    }
}
