package id.bansos.model.program;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnrollmentStatusTest {
    @ParameterizedTest
    @CsvSource({"ACTIVE, false", "SUSPENDED, false", "GRADUATED, true", "TERMINATED, true"})
    void isExit_isTrueOnlyForGraduatedAndTerminated(EnrollmentStatus status, boolean exit) {
        assertThat(status.isExit()).isEqualTo(exit);
    }
}
