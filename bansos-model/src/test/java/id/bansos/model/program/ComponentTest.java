package id.bansos.model.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.model.internal.CodeGenerators;
import id.bansos.model.internal.Shown;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ComponentTest {
    static Stream<Arguments> libraryComponents() {
        return Stream.of(
                Arguments.of("IBU_HAMIL", Component.IBU_HAMIL),
                Arguments.of("ANAK_USIA_DINI", Component.ANAK_USIA_DINI),
                Arguments.of("SD", Component.SD),
                Arguments.of("SMP", Component.SMP),
                Arguments.of("SMA", Component.SMA),
                Arguments.of("DISABILITAS_BERAT", Component.DISABILITAS_BERAT),
                Arguments.of("LANJUT_USIA", Component.LANJUT_USIA));
    }

    @ParameterizedTest
    @MethodSource("libraryComponents")
    void of_returnsTheLibraryConstant(String code, Component constant) {
        assertThat(Component.of(code)).isSameAs(constant);
        assertThat(constant.code()).isEqualTo(code);
    }

    @Test
    void libraryCodes_areInRuleOrder() {
        assertThat(Component.libraryCodes())
                .containsExactly(
                        Component.IBU_HAMIL,
                        Component.ANAK_USIA_DINI,
                        Component.SD,
                        Component.SMP,
                        Component.SMA,
                        Component.DISABILITAS_BERAT,
                        Component.LANJUT_USIA);
    }

    @Test
    void of_acceptsADistrictsOwnComponent() {
        Component own = Component.of("ANAK_YATIM");

        assertThat(own.code()).isEqualTo("ANAK_YATIM");
        assertThat(own).isEqualTo(Component.of("ANAK_YATIM")).isNotIn(Component.libraryCodes());
    }

    @Test
    void of_rejectsLowerCase() {
        assertThatThrownBy(() -> Component.of("sd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("component must be an upper-case code [A-Z][A-Z0-9_]*, got \"sd\"");
    }

    @Test
    void of_rejectsNull() {
        assertThatThrownBy(() -> Component.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("component must not be null");
    }

    @Test
    void toString_isTheCode() {
        assertThat(Component.ANAK_USIA_DINI).hasToString("ANAK_USIA_DINI");
    }

    @Test
    void equals_isFalseForAProgrammeWithTheSameText() {
        assertThat((Object) Component.of("PKH")).isNotEqualTo(Program.PKH);
    }

    @Test
    void compareTo_ordersByCodeNotByRuleOrder() {
        assertThat(Component.libraryCodes().stream().sorted())
                .containsExactly(
                        Component.ANAK_USIA_DINI,
                        Component.DISABILITAS_BERAT,
                        Component.IBU_HAMIL,
                        Component.LANJUT_USIA,
                        Component.SD,
                        Component.SMA,
                        Component.SMP);
    }

    @Test
    void equalsAndHashCode_honourTheContract() {
        EqualsVerifier.forClass(Component.class)
                .usingGetClass()
                // Component.of rejects a null code, so the field is never null.
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }

    @Test
    void codeRoundTrips() {
        qt().withFixedSeed(3_2018L).forAll(CodeGenerators.validCodes()).checkAssert(code -> {
            Component component = Component.of(code);
            assertThat(component.code()).isEqualTo(code);
            assertThat(Component.of(component.toString())).isEqualTo(component);
        });
    }

    @Test
    void invalidCodesAreRejected() {
        qt().withFixedSeed(4_2018L)
                .forAll(CodeGenerators.invalidCodes())
                .checkAssert(code -> assertThatThrownBy(() -> Component.of(code))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("component must be an upper-case code [A-Z][A-Z0-9_]*, got " + Shown.code(code)));
    }
}
