package id.bansos.model.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Component;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComponentAwardTest {
    private static ComponentAward.Builder sd() {
        return ComponentAward.builder()
                .memberIndex(2)
                .memberNikMasked("327301******0003")
                .component(Component.SD)
                .annualAmount(Rupiah.of(900_000))
                .paid(true);
    }

    @Test
    void builder_keepsEveryAttribute() {
        ComponentAward award = sd().build();

        assertThat(award.memberIndex()).isEqualTo(2);
        assertThat(award.memberNikMasked()).isEqualTo("327301******0003");
        assertThat(award.component()).isEqualTo(Component.SD);
        assertThat(award.annualAmount()).isEqualTo(Rupiah.of(900_000));
        assertThat(award.paid()).isTrue();
    }

    @Test
    void build_acceptsTheFirstMemberAndZeroAmount() {
        ComponentAward award =
                sd().memberIndex(0).annualAmount(Rupiah.ZERO).paid(false).build();

        assertThat(award.memberIndex()).isZero();
        assertThat(award.annualAmount()).isEqualTo(Rupiah.ZERO);
        assertThat(award.paid()).isFalse();
    }

    @Test
    void build_rejectsNegativeMemberIndex() {
        assertThatThrownBy(() -> sd().memberIndex(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("member_index must not be negative, got -1");
    }

    @Test
    void build_rejectsNegativeAmount() {
        assertThatThrownBy(() -> sd().annualAmount(Rupiah.of(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("annual_amount must not be negative, got -1");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "3273010101900003", // a full NIK: must be refused, and must not be echoed
                "327301*****0003",
                "327301*******0003",
                "32730******00003",
                "327301******000a",
                "327301xxxxxx0003",
                "",
                "３２７３０１******0003" // full-width digits are not ASCII digits
            })
    void build_rejectsAnythingButAMaskedNikWithoutEchoingIt(String nik) {
        assertThatThrownBy(() -> sd().memberNikMasked(nik).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("member_nik must be a masked NIK of the form 123456******7890");
    }

    @Test
    void toString_showsOnlyTheMaskedNik() {
        assertThat(sd().build().toString())
                .isEqualTo("ComponentAward{memberIndex=2, memberNikMasked=327301******0003, component=SD,"
                        + " annualAmount=IDR 900000, paid=true}");
    }

    @Test
    void build_namesTheMissingAttributes() {
        assertThatThrownBy(() -> ComponentAward.builder().memberIndex(0).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build ComponentAward, some of required attributes are not set"
                        + " [memberNikMasked, component, annualAmount, paid]");
    }

    @Test
    void builder_rejectsNulls() {
        assertThatThrownBy(() -> ComponentAward.builder().memberNikMasked(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("memberNikMasked");
        assertThatThrownBy(() -> ComponentAward.builder().component(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("component");
        assertThatThrownBy(() -> ComponentAward.builder().annualAmount(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("annualAmount");
    }

    @Test
    void equalsAndHashCode_honourTheContract() {
        EqualsVerifier.forClass(ImmutableComponentAward.class)
                // The builder rejects nulls, so no field is ever null.
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
