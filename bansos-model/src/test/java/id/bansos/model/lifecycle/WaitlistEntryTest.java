package id.bansos.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WaitlistEntryTest {
    @Test
    void of_keepsTheId_andEqualIdsAreEqualEntries() {
        assertThat(WaitlistEntry.of("KEL-0042").householdId()).isEqualTo("KEL-0042");
        assertThat(WaitlistEntry.of("KEL-0042")).isEqualTo(WaitlistEntry.of("KEL-0042"));
        assertThat(WaitlistEntry.of("KEL-0042")).isNotEqualTo(WaitlistEntry.of("KEL-0043"));
    }

    @Test
    void of_rejectsANullOrBlankId() {
        assertThatThrownBy(() -> WaitlistEntry.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("householdId must not be null");
        assertThatThrownBy(() -> WaitlistEntry.of(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("household_id must not be blank");
    }
}
