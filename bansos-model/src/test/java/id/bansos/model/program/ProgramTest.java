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

class ProgramTest {
    @Test
    void of_returnsTheLibraryConstants() {
        assertThat(Program.of("PKH")).isSameAs(Program.PKH);
        assertThat(Program.of("SEMBAKO")).isSameAs(Program.SEMBAKO);
    }

    @Test
    void constants_haveTheirCodes() {
        assertThat(Program.PKH.code()).isEqualTo("PKH");
        assertThat(Program.SEMBAKO.code()).isEqualTo("SEMBAKO");
    }

    @Test
    void libraryCodes_arePkhThenSembako() {
        assertThat(Program.libraryCodes()).containsExactly(Program.PKH, Program.SEMBAKO);
    }

    @Test
    void of_acceptsADistrictsOwnProgramme() {
        Program own = Program.of("BANSOS_KAB_3273");

        assertThat(own.code()).isEqualTo("BANSOS_KAB_3273");
        assertThat(own).isEqualTo(Program.of("BANSOS_KAB_3273")).isNotIn(Program.libraryCodes());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("pkh", "\"pkh\""),
                Arguments.of("Pkh", "\"Pkh\""),
                Arguments.of("1PKH", "\"1PKH\""),
                Arguments.of("_PKH", "\"_PKH\""),
                // Text of another shape could be a name or a NIK: only its length is shown.
                Arguments.of("", "an empty value"),
                Arguments.of(" PKH", "a value of 4 characters"),
                Arguments.of("PKH ", "a value of 4 characters"),
                Arguments.of("PKH-2", "a value of 5 characters"),
                Arguments.of("PKH.X", "a value of 5 characters"),
                Arguments.of("PKİ", "a value of 3 characters"),
                Arguments.of("pkı", "a value of 3 characters"),
                Arguments.of("Siti Aminah", "a value of 11 characters"),
                Arguments.of("5208014101900001", "a value of 16 characters"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void of_rejectsMalformedCodes(String code, String shown) {
        assertThatThrownBy(() -> Program.of(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("program must be an upper-case code [A-Z][A-Z0-9_]*, got " + shown);
    }

    @Test
    void of_rejectsLowerCasePkhWithTheDocumentedMessage() {
        assertThatThrownBy(() -> Program.of("pkh"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("program must be an upper-case code [A-Z][A-Z0-9_]*, got \"pkh\"");
    }

    @Test
    void of_rejectsNull() {
        assertThatThrownBy(() -> Program.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("program must not be null");
    }

    @Test
    void toString_isTheCode() {
        assertThat(Program.SEMBAKO).hasToString("SEMBAKO");
        assertThat(Program.of("BANSOS_DAERAH")).hasToString("BANSOS_DAERAH");
    }

    @Test
    void equals_isFalseForAComponentWithTheSameText() {
        assertThat((Object) Program.of("SD")).isNotEqualTo(Component.SD);
    }

    @Test
    void compareTo_ordersByCode() {
        assertThat(Program.PKH).isLessThan(Program.SEMBAKO);
        assertThat(Program.of("BANSOS_DAERAH")).isLessThan(Program.PKH);
    }

    @Test
    void equalsAndHashCode_honourTheContract() {
        EqualsVerifier.forClass(Program.class)
                .usingGetClass()
                // Program.of rejects a null code, so the field is never null.
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }

    @Test
    void codeRoundTrips() {
        qt().withFixedSeed(1_2018L).forAll(CodeGenerators.validCodes()).checkAssert(code -> {
            Program program = Program.of(code);
            assertThat(program.code()).isEqualTo(code);
            assertThat(program.toString()).isEqualTo(code);
            assertThat(Program.of(program.toString())).isEqualTo(program);
        });
    }

    @Test
    void invalidCodesAreRejected() {
        qt().withFixedSeed(2_2018L)
                .forAll(CodeGenerators.invalidCodes())
                .checkAssert(code -> assertThatThrownBy(() -> Program.of(code))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("program must be an upper-case code [A-Z][A-Z0-9_]*, got " + Shown.code(code)));
    }
}
