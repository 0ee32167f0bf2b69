package id.bansos.model.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MissingParameterExceptionTest {
    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);

    @Test
    void beforeFirstValue_carriesKeyDateReasonAndFirstDate() {
        MissingParameterException e =
                MissingParameterException.beforeFirstValue("pkh.target_desil_max", LocalDate.of(2018, 12, 31), FIRST);
        assertThat(e)
                .hasMessage(
                        "parameter pkh.target_desil_max has no value on 2018-12-31 (its first value is from 2019-01-01)");
        assertThat(e.key()).isEqualTo("pkh.target_desil_max");
        assertThat(e.date()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(e.reason()).isEqualTo(MissingParameterException.Reason.BEFORE_FIRST_VALUE);
        assertThat(e.firstValueFrom()).contains(FIRST);
    }

    @Test
    void notInForce_carriesKeyDateAndReason() {
        MissingParameterException e =
                MissingParameterException.notInForce("pkh.target_desil_max", LocalDate.of(2024, 5, 1));
        assertThat(e).hasMessage("parameter pkh.target_desil_max is not in force (none) on 2024-05-01");
        assertThat(e.key()).isEqualTo("pkh.target_desil_max");
        assertThat(e.date()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(e.reason()).isEqualTo(MissingParameterException.Reason.NOT_IN_FORCE);
        assertThat(e.firstValueFrom()).isEmpty();
    }

    @Test
    void isARuntimeExceptionWithoutCause() {
        assertThat(MissingParameterException.notInForce("a", FIRST))
                .isInstanceOf(RuntimeException.class)
                .hasNoCause();
    }

    @Test
    void factories_rejectNull() {
        assertThatThrownBy(() -> MissingParameterException.beforeFirstValue(null, FIRST, FIRST))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("key must not be null");
        assertThatThrownBy(() -> MissingParameterException.beforeFirstValue("a", null, FIRST))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("date must not be null");
        assertThatThrownBy(() -> MissingParameterException.beforeFirstValue("a", FIRST, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("firstValueFrom must not be null");
        assertThatThrownBy(() -> MissingParameterException.notInForce(null, FIRST))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("key must not be null");
        assertThatThrownBy(() -> MissingParameterException.notInForce("a", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("date must not be null");
    }
}
