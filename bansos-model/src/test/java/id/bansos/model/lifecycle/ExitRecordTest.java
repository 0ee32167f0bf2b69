package id.bansos.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.decision.ReasonCode;
import id.bansos.model.program.EnrollmentStatus;
import id.bansos.model.program.Program;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExitRecordTest {
    private static ExitRecord.Builder exit(String id, String reason) {
        return ExitRecord.builder()
                .householdId(id)
                .program(Program.PKH)
                .exitReason(ReasonCode.of(reason))
                .exitDate(LocalDate.of(2024, 7, 15));
    }

    @ParameterizedTest
    @CsvSource({
        "GRAD_ALAMIAH, GRADUATED",
        "GRAD_MANDIRI, GRADUATED",
        "GRAD_SEJAHTERA, GRADUATED",
        "GRAD_PAKSA, GRADUATED",
        "GRAD_DAERAH, GRADUATED",
        "PINDAH, TERMINATED",
        "MENINGGAL, TERMINATED",
        "TIDAK_MISKIN, TERMINATED",
        "GRADUASI, TERMINATED"
    })
    void endStatus_isGraduatedExactlyForAGradReason(String reason, EnrollmentStatus expected) {
        assertThat(exit("KEL-1", reason).build().endStatus()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"''", "'  '"})
    void build_rejectsABlankHouseholdId(String id) {
        assertThatThrownBy(() -> exit(id, "PINDAH").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("household_id");
    }
}
