package id.bansos.model.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.decision.LegalBasis;
import id.bansos.model.money.Rupiah;
import java.time.LocalDate;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class DatedValueTest {
    private static final LocalDate FROM = LocalDate.of(2019, 1, 1);
    private static final LegalBasis BASIS =
            LegalBasis.builder().instrument("Permensos").number("1").year(2018).build();

    @Test
    void of_holdsTheValueFromItsDate() {
        DatedValue<Rupiah> v = DatedValue.of(FROM, Rupiah.of(550_000), BASIS);
        assertThat(v.value()).contains(Rupiah.of(550_000));
        assertThat(v.effectiveFrom()).isEqualTo(FROM);
        assertThat(v.legalBasis()).isEqualTo(BASIS);
        assertThat(v.isNone()).isFalse();
    }

    @Test
    void none_hasNoValue() {
        DatedValue<Integer> v = DatedValue.none(FROM, BASIS);
        assertThat(v.value()).isEmpty();
        assertThat(v.effectiveFrom()).isEqualTo(FROM);
        assertThat(v.legalBasis()).isEqualTo(BASIS);
        assertThat(v.isNone()).isTrue();
    }

    @Test
    void none_differsFromAValueOfTheSameDate() {
        assertThat(DatedValue.<Integer>none(FROM, BASIS)).isNotEqualTo(DatedValue.of(FROM, 4, BASIS));
        assertThat(DatedValue.<Integer>none(FROM, BASIS)).isEqualTo(DatedValue.<Integer>none(FROM, BASIS));
    }

    @Test
    void of_rejectsNull() {
        assertThatThrownBy(() -> DatedValue.of(null, 4, BASIS))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("from must not be null");
        assertThatThrownBy(() -> DatedValue.of(FROM, null, BASIS))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("value must not be null");
        assertThatThrownBy(() -> DatedValue.of(FROM, 4, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("basis must not be null");
    }

    @Test
    void none_rejectsNull() {
        assertThatThrownBy(() -> DatedValue.none(null, BASIS))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("from must not be null");
        assertThatThrownBy(() -> DatedValue.none(FROM, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("basis must not be null");
    }

    @Test
    void equalsAndHashCode_coverValueDateAndBasis() {
        // The factories never let a field be null, so the generated equals need not handle it.
        EqualsVerifier.forClass(ImmutableDatedValue.class)
                .withPrefabValues(
                        LegalBasis.class,
                        BASIS,
                        LegalBasis.builder().instrument("Inpres").build())
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
