package id.bansos.model.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.model.internal.CodeGenerators;
import id.bansos.model.internal.Shown;
import id.bansos.model.program.Program;
import java.util.List;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReasonCodeTest {
    /** Every code of EXCHANGE-V1, in its order, with whether it says why a household is eligible. */
    static Stream<Arguments> libraryCodes() {
        return Stream.of(
                Arguments.of("MENINGGAL", ReasonCode.MENINGGAL, false),
                Arguments.of("EXCL_ASN_TNI_POLRI", ReasonCode.EXCL_ASN_TNI_POLRI, false),
                Arguments.of("EXCL_BUMN_BUMD", ReasonCode.EXCL_BUMN_BUMD, false),
                Arguments.of("EXCL_PERANGKAT_DESA", ReasonCode.EXCL_PERANGKAT_DESA, false),
                Arguments.of("EXCL_PENGHASILAN_TETAP", ReasonCode.EXCL_PENGHASILAN_TETAP, false),
                Arguments.of("DESIL_TIDAK_DIKETAHUI", ReasonCode.DESIL_TIDAK_DIKETAHUI, false),
                Arguments.of("DESIL_DI_LUAR_SASARAN", ReasonCode.DESIL_DI_LUAR_SASARAN, false),
                Arguments.of("TIDAK_ADA_KOMPONEN", ReasonCode.TIDAK_ADA_KOMPONEN, false),
                Arguments.of("DATA_GANDA", ReasonCode.DATA_GANDA, false),
                Arguments.of("TIDAK_DIKECUALIKAN", ReasonCode.TIDAK_DIKECUALIKAN, true),
                Arguments.of("DESIL_DALAM_SASARAN", ReasonCode.DESIL_DALAM_SASARAN, true),
                Arguments.of("MEMENUHI_KOMPONEN", ReasonCode.MEMENUHI_KOMPONEN, true),
                Arguments.of("BATAS_KOMPONEN", ReasonCode.BATAS_KOMPONEN, true),
                Arguments.of("JUMLAH_BANTUAN", ReasonCode.JUMLAH_BANTUAN, true),
                Arguments.of("MEMENUHI_SYARAT", ReasonCode.MEMENUHI_SYARAT, true),
                Arguments.of("GRAD_ALAMIAH", ReasonCode.GRAD_ALAMIAH, false),
                Arguments.of("GRAD_MANDIRI", ReasonCode.GRAD_MANDIRI, false),
                Arguments.of("GRAD_SEJAHTERA", ReasonCode.GRAD_SEJAHTERA, false),
                Arguments.of("GRAD_PAKSA", ReasonCode.GRAD_PAKSA, false),
                Arguments.of("TIDAK_MISKIN", ReasonCode.TIDAK_MISKIN, false),
                Arguments.of("PINDAH", ReasonCode.PINDAH, false),
                Arguments.of("TIDAK_DITEMUKAN", ReasonCode.TIDAK_DITEMUKAN, false),
                Arguments.of("MENOLAK", ReasonCode.MENOLAK, false),
                Arguments.of("NIK_TIDAK_PADAN", ReasonCode.NIK_TIDAK_PADAN, false),
                Arguments.of("SANGGAH_DITERIMA", ReasonCode.SANGGAH_DITERIMA, false),
                Arguments.of("PENYALAHGUNAAN", ReasonCode.PENYALAHGUNAAN, false),
                Arguments.of("MASIH_LAYAK", ReasonCode.MASIH_LAYAK, false));
    }

    @ParameterizedTest
    @MethodSource("libraryCodes")
    void of_returnsTheLibraryConstant(String code, ReasonCode constant, boolean positive) {
        assertThat(ReasonCode.of(code)).isSameAs(constant);
        assertThat(constant.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @MethodSource("libraryCodes")
    void isPositive_isTrueOnlyForTheSixCodesThatSayWhyYes(String code, ReasonCode constant, boolean positive) {
        assertThat(constant.isPositive()).isEqualTo(positive);
    }

    @Test
    void libraryCodes_listsEveryCodeOfTheSpecInItsOrder() {
        List<ReasonCode> expected =
                libraryCodes().map(a -> (ReasonCode) a.get()[1]).collect(java.util.stream.Collectors.toList());

        assertThat(ReasonCode.libraryCodes()).hasSize(27).containsExactlyElementsOf(expected);
    }

    @Test
    void libraryCodes_cannotBeChanged() {
        assertThatThrownBy(() -> ReasonCode.libraryCodes().add(ReasonCode.of("LAIN")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void districtCode_isNeverPositive() {
        assertThat(ReasonCode.of("TIDAK_HADIR_P2K2").isPositive()).isFalse();
    }

    @Test
    void of_acceptsADistrictsOwnCode() {
        ReasonCode own = ReasonCode.of("TIDAK_HADIR_P2K2");

        assertThat(own.code()).isEqualTo("TIDAK_HADIR_P2K2");
        assertThat(own).isEqualTo(ReasonCode.of("TIDAK_HADIR_P2K2")).isNotIn(ReasonCode.libraryCodes());
    }

    @Test
    void of_rejectsLowerCase() {
        assertThatThrownBy(() -> ReasonCode.of("pindah"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reason code must be an upper-case code [A-Z][A-Z0-9_]*, got \"pindah\"");
    }

    @Test
    void of_rejectsNull() {
        assertThatThrownBy(() -> ReasonCode.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("reason code must not be null");
    }

    @Test
    void toString_isTheCode() {
        assertThat(ReasonCode.DESIL_DI_LUAR_SASARAN).hasToString("DESIL_DI_LUAR_SASARAN");
    }

    @Test
    void equals_isFalseForAProgrammeWithTheSameText() {
        assertThat((Object) ReasonCode.of("PKH")).isNotEqualTo(Program.PKH);
    }

    @Test
    void compareTo_ordersByCode() {
        assertThat(ReasonCode.BATAS_KOMPONEN).isLessThan(ReasonCode.DATA_GANDA);
        assertThat(ReasonCode.MENINGGAL).isGreaterThan(ReasonCode.MASIH_LAYAK);
    }

    @Test
    void equalsAndHashCode_honourTheContract() {
        EqualsVerifier.forClass(ReasonCode.class)
                .usingGetClass()
                // ReasonCode.of rejects a null code, so the field is never null.
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }

    @Test
    void codeRoundTrips() {
        qt().withFixedSeed(5_2018L).forAll(CodeGenerators.validCodes()).checkAssert(code -> {
            ReasonCode reason = ReasonCode.of(code);
            assertThat(reason.code()).isEqualTo(code);
            assertThat(ReasonCode.of(reason.toString())).isEqualTo(reason);
        });
    }

    @Test
    void invalidCodesAreRejected() {
        qt().withFixedSeed(6_2018L)
                .forAll(CodeGenerators.invalidCodes())
                .checkAssert(code -> assertThatThrownBy(() -> ReasonCode.of(code))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("reason code must be an upper-case code [A-Z][A-Z0-9_]*, got " + Shown.code(code)));
    }
}
