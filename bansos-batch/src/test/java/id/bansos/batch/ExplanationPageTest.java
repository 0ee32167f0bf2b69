package id.bansos.batch;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.model.decision.LegalBasis;
import id.bansos.rules.MessageRenderer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplanationPageTest {
    private static final ExplanationPage INDONESIAN =
            new ExplanationPage(MessageRenderer.forLocale(Locale.forLanguageTag("id")), false);
    private static final ExplanationPage ENGLISH = new ExplanationPage(MessageRenderer.forLocale(Locale.ENGLISH), true);

    private static final LegalBasis PERMENSOS = LegalBasis.builder()
            .instrument("Permensos")
            .number("1")
            .year(2018)
            .article("Pasal 3")
            .note("[S] Peraturan Menteri Sosial tentang Program Keluarga Harapan (Antara 2019)")
            .build();

    @Test
    void basis_namesTheInstrumentItsNumberYearAndArticle_andNotTheProvenanceNote() {
        assertThat(INDONESIAN.basis(PERMENSOS))
                .isEqualTo("Peraturan Menteri Sosial Nomor 1 Tahun 2018, Pasal 3 (Permensos 1/2018)");
        assertThat(ENGLISH.basis(PERMENSOS))
                .isEqualTo("Regulation of the Minister of Social Affairs No. 1 of 2018, Pasal 3 (Permensos 1/2018)");
    }

    @Test
    void basis_ofTheMinistryWithoutAnInstrumentNumber_isThePolicyOfTheMinistry() {
        LegalBasis kemensos = LegalBasis.builder()
                .instrument("Kemensos")
                .note("[I] the instrument in force before 2025 was not found")
                .build();

        assertThat(INDONESIAN.basis(kemensos)).isEqualTo("Ketentuan Kementerian Sosial");
        assertThat(ENGLISH.basis(kemensos)).isEqualTo("Ministry of Social Affairs policy");
    }

    @Test
    void basis_ofAnInstrumentThePageDoesNotKnow_keepsItsOwnName() {
        LegalBasis district = LegalBasis.builder()
                .instrument("Perbup Contoh")
                .number("12")
                .year(2024)
                .build();
        LegalBasis yearOnly =
                LegalBasis.builder().instrument("Inpres").year(2025).build();

        assertThat(INDONESIAN.basis(district)).isEqualTo("Perbup Contoh Nomor 12 Tahun 2024");
        assertThat(ENGLISH.basis(district)).isEqualTo("Perbup Contoh No. 12 of 2024");
        assertThat(INDONESIAN.basis(yearOnly)).isEqualTo("Instruksi Presiden Tahun 2025 (Inpres 2025)");
        assertThat(ENGLISH.basis(yearOnly)).isEqualTo("Presidential Instruction of 2025 (Inpres 2025)");
    }
}
