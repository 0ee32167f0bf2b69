package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.lifecycle.CommitmentKind;
import id.bansos.model.money.Rupiah;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LifecycleParametersTest {
    @Test
    void minShare_namesOneKeyPerCommitment() {
        assertThat(LifecycleParameters.minShare(CommitmentKind.SCHOOL_ATTENDANCE))
                .isEqualTo(ParameterSpec.of("pkh.commitment.min_share.SCHOOL_ATTENDANCE", BigDecimal.class));
        assertThat(LifecycleParameters.minShare(CommitmentKind.P2K2).key()).isEqualTo("pkh.commitment.min_share.P2K2");
        assertThatThrownBy(() -> LifecycleParameters.minShare(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("kind must not be null");
    }

    @Test
    void all_listsTheElevenKeysInOrder() {
        assertThat(LifecycleParameters.all())
                .extracting(ParameterSpec::toString)
                .containsExactly(
                        "pkh.commitment.min_share.SCHOOL_ATTENDANCE: BigDecimal",
                        "pkh.commitment.min_share.ANTENATAL_CHECK: BigDecimal",
                        "pkh.commitment.min_share.IMMUNISATION: BigDecimal",
                        "pkh.commitment.min_share.WEIGHING: BigDecimal",
                        "pkh.commitment.min_share.P2K2: BigDecimal",
                        "pkh.commitment.warning_after: Integer",
                        "pkh.commitment.suspension_after: Integer",
                        "pkh.commitment.termination_after: Integer",
                        "graduation.sejahtera.income_per_capita: Rupiah",
                        "graduation.priority_years: Integer",
                        "replacement.reentry_lockout_months: Integer");
        assertThat(LifecycleParameters.SEJAHTERA_INCOME_PER_CAPITA.type()).isEqualTo(Rupiah.class);
    }

    @Test
    void theNationalPolicyHoldsEveryLifecycleKeyWithItsType() {
        for (ParameterSpec<?> spec : LifecycleParameters.all()) {
            assertThat(NationalPolicy.load().get(spec.key(), spec.type()).key()).isEqualTo(spec.key());
        }
    }
}
