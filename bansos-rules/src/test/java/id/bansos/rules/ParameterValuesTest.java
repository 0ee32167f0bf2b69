package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.decision.ParameterUse;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.MissingParameterException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterValuesTest {
    private static final LocalDate DATE = LocalDate.of(2025, 6, 1);
    private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
    private static final ParameterSpec<Integer> MAX = ParameterSpec.of("pkh.target_desil_max", Integer.class);
    private static final ParameterSpec<Rupiah> FIXED = ParameterSpec.of("pkh.fixed_benefit", Rupiah.class);
    private static final ParameterSpec<Integer> OTHER = ParameterSpec.of("pkh.max_component_persons", Integer.class);

    private static ParameterValues values() {
        Map<ParameterSpec<?>, DatedValue<?>> m = new HashMap<>();
        m.put(MAX, DatedValue.of(FROM, 4, Policies.PERBUP));
        m.put(FIXED, DatedValue.none(FROM, Policies.PERBUP));
        return ParameterValues.of("pkh.test", DATE, m);
    }

    @Test
    void find_givesTheValueOrEmptyForNone() {
        assertThat(values().find(MAX)).hasValue(4);
        assertThat(values().find(FIXED)).isEmpty();
        assertThat(values().date()).isEqualTo(DATE);
    }

    @Test
    void get_givesTheValueOrThrowsForNone() {
        assertThat(values().get(MAX)).isEqualTo(4);
        assertThatThrownBy(() -> values().get(FIXED))
                .isInstanceOfSatisfying(MissingParameterException.class, e -> {
                    assertThat(e.key()).isEqualTo("pkh.fixed_benefit");
                    assertThat(e.reason()).isEqualTo(MissingParameterException.Reason.NOT_IN_FORCE);
                })
                .hasMessage("parameter pkh.fixed_benefit is not in force (none) on 2025-06-01");
    }

    @Test
    void use_recordsKeyCanonicalTextAndDate() {
        assertThat(values().use(MAX)).isEqualTo(ParameterUse.of("pkh.target_desil_max", "4", FROM));
        assertThat(values().use(FIXED)).isEqualTo(ParameterUse.of("pkh.fixed_benefit", "none", FROM));
    }

    @Test
    void uses_recordsSeveralInTheOrderGiven() {
        assertThat(values().uses(List.of(FIXED, MAX)))
                .containsExactly(
                        ParameterUse.of("pkh.fixed_benefit", "none", FROM),
                        ParameterUse.of("pkh.target_desil_max", "4", FROM));
        assertThatThrownBy(() -> values().uses(List.of(MAX, OTHER))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUndeclaredParameter_isAProgrammingError() {
        assertThatThrownBy(() -> values().find(OTHER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule pkh.test reads parameter pkh.max_component_persons: Integer without declaring it");
        assertThatThrownBy(() -> values().use(OTHER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> values().get(OTHER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> values().find(null)).hasMessage("spec must not be null");
    }

    @Test
    void canonicalText_writesDigitsAndPlainDecimals() {
        assertThat(ParameterValues.canonicalText(Rupiah.of(3_000_000))).isEqualTo("3000000");
        assertThat(ParameterValues.canonicalText(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(ParameterValues.canonicalText(new BigDecimal("0.25"))).isEqualTo("0.25");
        assertThat(ParameterValues.canonicalText(70)).isEqualTo("70");
        assertThat(ParameterValues.canonicalText(true)).isEqualTo("true");
        assertThat(ParameterValues.canonicalText("Desa")).isEqualTo("Desa");
    }

    @Test
    void of_rejectsAnEntryOfTheWrongType() {
        Map<ParameterSpec<?>, DatedValue<?>> m = new HashMap<>();
        m.put(MAX, DatedValue.of(FROM, "four", Policies.PERBUP));
        assertThatThrownBy(() -> ParameterValues.of("pkh.test", DATE, m))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("entry of pkh.target_desil_max must hold a Integer, got String");
    }

    @Test
    void of_rejectsNulls() {
        Map<ParameterSpec<?>, DatedValue<?>> m = new HashMap<>();
        m.put(MAX, null);
        assertThatThrownBy(() -> ParameterValues.of("pkh.test", DATE, m))
                .hasMessage("entry of pkh.target_desil_max must not be null");
        assertThatThrownBy(() -> ParameterValues.of(null, DATE, Map.of())).hasMessage("ruleId must not be null");
        assertThatThrownBy(() -> ParameterValues.of("x", null, Map.of())).hasMessage("date must not be null");
        assertThatThrownBy(() -> ParameterValues.of("x", DATE, null)).hasMessage("entries must not be null");
    }

    @Test
    void of_copiesTheEntries() {
        Map<ParameterSpec<?>, DatedValue<?>> m = new HashMap<>();
        m.put(MAX, DatedValue.of(FROM, 4, Policies.PERBUP));
        ParameterValues v = ParameterValues.of("pkh.test", DATE, m);
        m.put(MAX, DatedValue.of(FROM, 9, Policies.PERBUP));
        assertThat(v.get(MAX)).isEqualTo(4);
    }
}
