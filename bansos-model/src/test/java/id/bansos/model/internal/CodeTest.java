package id.bansos.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class CodeTest {
    /** A code type with two library constants, standing in for Program and the others. */
    static final class Colour extends Code<Colour> {
        static final Colour RED = new Colour("RED");
        static final Colour GREEN = new Colour("GREEN");
        static final Library<Colour> LIBRARY = new Library<>("colour", Colour::new, List.of(GREEN, RED));

        private Colour(String code) {
            super(code, "colour");
        }
    }

    /** A second code type, to show that codes of different types are never equal. */
    static final class Shape extends Code<Shape> {
        Shape(String code) {
            super(code, "shape");
        }
    }

    @Test
    void constructor_rejectsMalformedCodeNamingTheField() {
        assertThatThrownBy(() -> new Shape("round"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shape must be an upper-case code [A-Z][A-Z0-9_]*, got \"round\"");
    }

    @Test
    void constructor_rejectsNullNamingTheField() {
        assertThatThrownBy(() -> new Shape(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("shape must not be null");
    }

    @Test
    void libraryOf_returnsTheConstantInstanceForALibraryCode() {
        assertThat(Colour.LIBRARY.of("RED")).isSameAs(Colour.RED);
        assertThat(Colour.LIBRARY.of("GREEN")).isSameAs(Colour.GREEN);
    }

    @Test
    void libraryOf_createsANewCodeForAnyOtherValidCode() {
        Colour blue = Colour.LIBRARY.of("BLUE");

        assertThat(blue.code()).isEqualTo("BLUE");
        assertThat(blue).isNotIn(Colour.LIBRARY.constants());
    }

    @Test
    void libraryOf_rejectsNullNamingTheField() {
        assertThatThrownBy(() -> Colour.LIBRARY.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("colour must not be null");
    }

    @Test
    void libraryOf_rejectsMalformedCode() {
        assertThatThrownBy(() -> Colour.LIBRARY.of("Red"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("colour must be an upper-case code [A-Z][A-Z0-9_]*, got \"Red\"");
    }

    @Test
    void libraryConstants_keepTheGivenOrderAndCannotBeChanged() {
        assertThat(Colour.LIBRARY.constants()).containsExactly(Colour.GREEN, Colour.RED);
        assertThatThrownBy(() -> Colour.LIBRARY.constants().add(Colour.RED))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void library_rejectsTwoConstantsWithOneCode() {
        List<Shape> twice = List.of(new Shape("ROUND"), new Shape("SQUARE"), new Shape("ROUND"));

        assertThatThrownBy(() -> new Code.Library<>("shape", Shape::new, twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("constants must not repeat a code, got ROUND");
    }

    @Test
    void equals_isFalseBetweenCodeTypesWithTheSameText() {
        assertThat(new Shape("RED")).isNotEqualTo(Colour.RED);
        assertThat((Object) Colour.RED).isNotEqualTo(new Shape("RED"));
    }

    @Test
    void toString_isTheCodeText() {
        assertThat(Colour.RED).hasToString("RED");
    }

    @Test
    void equalsAndHashCode_honourTheContract() {
        EqualsVerifier.forClass(Shape.class)
                .usingGetClass()
                // The constructor rejects a null code, so the field is never null.
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }

    @Test
    void compareTo_followsTheOrderOfTheText() {
        qt().withFixedSeed(20240301L)
                .forAll(CodeGenerators.validCodes(), CodeGenerators.validCodes())
                .checkAssert((a, b) -> assertThat(Integer.signum(new Shape(a).compareTo(new Shape(b))))
                        .isEqualTo(Integer.signum(a.compareTo(b))));
    }

    @Test
    void compareTo_isZeroExactlyWhenEqual() {
        qt().withFixedSeed(20240302L)
                .forAll(
                        CodeGenerators.validCodes(),
                        CodeGenerators.validCodes(),
                        booleans().all())
                .checkAssert((a, other, same) -> {
                    String b = same ? new String(a) : other;
                    assertThat(new Shape(a).compareTo(new Shape(b)) == 0)
                            .isEqualTo(new Shape(a).equals(new Shape(b)))
                            .isEqualTo(a.equals(b));
                });
    }
}
