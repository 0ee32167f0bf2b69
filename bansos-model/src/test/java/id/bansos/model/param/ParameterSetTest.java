package id.bansos.model.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.decision.LegalBasis;
import id.bansos.model.money.Rupiah;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class ParameterSetTest {
    private static final LocalDate Y2019 = LocalDate.of(2019, 1, 1);
    private static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate DTSEN = LocalDate.of(2025, 4, 1);

    private static final LegalBasis KEMENSOS_S =
            LegalBasis.builder().instrument("Kemensos").note("[S, secondary]").build();
    private static final LegalBasis DIRJEN_2019 =
            LegalBasis.builder().instrument("Dirjen Linjamsos").year(2019).build();
    private static final LegalBasis KEMENSOS_2020 =
            LegalBasis.builder().instrument("Kemensos").year(2020).build();
    private static final LegalBasis KEMENSOS_I =
            LegalBasis.builder().instrument("Kemensos").note("[I]").build();
    private static final LegalBasis INPRES = LegalBasis.builder()
            .instrument("Inpres")
            .number("4")
            .year(2025)
            .article("Pasal 1")
            .note("[I, secondary]")
            .build();
    private static final LegalBasis PERBUP =
            LegalBasis.builder().instrument("Perbup").build();

    private static Parameter<Integer> maxPersons(int value) {
        return Parameter.of(
                "pkh.max_component_persons", Integer.class, List.of(DatedValue.of(Y2019, value, KEMENSOS_S)));
    }

    private static Parameter<Rupiah> fixedBenefit() {
        return Parameter.of(
                "pkh.fixed_benefit",
                Rupiah.class,
                List.of(
                        DatedValue.of(Y2019, Rupiah.of(550_000), DIRJEN_2019),
                        DatedValue.of(Y2020, Rupiah.ZERO, KEMENSOS_2020)));
    }

    private static Parameter<Integer> targetDesil(LegalBasis basisFrom2025) {
        return Parameter.of(
                "pkh.target_desil_max",
                Integer.class,
                List.of(DatedValue.none(Y2019, KEMENSOS_I), DatedValue.of(DTSEN, 4, basisFrom2025)));
    }

    private static Parameter<Integer> minAge(LocalDate from, int value, LegalBasis basis) {
        return Parameter.of("pkh.lanjut_usia.min_age", Integer.class, List.of(DatedValue.of(from, value, basis)));
    }

    private static ParameterSet national() {
        return ParameterSet.of(List.of(maxPersons(4), fixedBenefit(), targetDesil(INPRES)));
    }

    private static final String NATIONAL_CANONICAL = ""
            + "pkh.fixed_benefit|2019-01-01|IDR 550000|Dirjen Linjamsos||2019|||\n"
            + "pkh.fixed_benefit|2020-01-01|IDR 0|Kemensos||2020|||\n"
            + "pkh.max_component_persons|2019-01-01|4|Kemensos|||||[S, secondary]\n"
            + "pkh.target_desil_max|2019-01-01|none|Kemensos|||||[I]\n"
            + "pkh.target_desil_max|2025-04-01|4|Inpres|4|2025|Pasal 1||[I, secondary]\n";

    private static String sha256Hex(String text) throws NoSuchAlgorithmException {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void of_keysAreSorted() {
        assertThat(national().keys())
                .containsExactly("pkh.fixed_benefit", "pkh.max_component_persons", "pkh.target_desil_max");
        assertThat(national().parameters()).containsExactly(fixedBenefit(), maxPersons(4), targetDesil(INPRES));
    }

    @Test
    void of_rejectsTwoParametersWithTheSameKey() {
        assertThatThrownBy(() -> ParameterSet.of(List.of(maxPersons(4), fixedBenefit(), maxPersons(5))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter pkh.max_component_persons is defined twice");
    }

    @Test
    void of_rejectsNull() {
        assertThatThrownBy(() -> ParameterSet.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("parameters must not be null");
        assertThatThrownBy(() -> ParameterSet.of(Arrays.asList(maxPersons(4), null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("parameters element must not be null");
    }

    @Test
    void of_emptyCollectionIsTheEmptySet() {
        assertThat(ParameterSet.of(List.of())).isEqualTo(ParameterSet.empty());
        assertThat(ParameterSet.empty().keys()).isEmpty();
        assertThat(ParameterSet.empty().parameters()).isEmpty();
    }

    @Test
    void keys_cannotBeModified() {
        assertThatThrownBy(() -> national().keys().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> national().parameters().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void find_returnsTheParameterOrEmpty() {
        assertThat(national().find("pkh.fixed_benefit")).contains(fixedBenefit());
        assertThat(national().find("pkh.foo")).isEmpty();
        assertThatThrownBy(() -> national().find(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("key must not be null");
    }

    @Test
    void get_returnsTheTypedParameter() {
        Parameter<Rupiah> p = national().get("pkh.fixed_benefit", Rupiah.class);
        assertThat(p.valueOn(LocalDate.of(2019, 3, 1))).isEqualTo(Rupiah.of(550_000));
    }

    @Test
    void get_rejectsAnUnknownKey() {
        assertThatThrownBy(() -> national().get("pkh.foo", Integer.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown parameter pkh.foo");
    }

    @Test
    void get_rejectsAnotherType() {
        assertThatThrownBy(() -> national().get("pkh.max_component_persons", Long.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter pkh.max_component_persons has type java.lang.Integer, expected java.lang.Long");
    }

    @Test
    void get_rejectsNull() {
        assertThatThrownBy(() -> national().get(null, Integer.class))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("key must not be null");
        assertThatThrownBy(() -> national().get("pkh.fixed_benefit", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("type must not be null");
    }

    @Test
    void layeredOver_layersSharedKeysAndKeepsTheOthers() {
        ParameterSet base = ParameterSet.of(List.of(
                maxPersons(4),
                Parameter.of(
                        "pkh.lanjut_usia.min_age",
                        Integer.class,
                        List.of(DatedValue.of(Y2019, 60, KEMENSOS_I), DatedValue.of(Y2020, 70, KEMENSOS_I)))));
        Parameter<Rupiah> districtOnly = Parameter.of(
                "pkh.akses.fixed_benefit", Rupiah.class, List.of(DatedValue.of(Y2019, Rupiah.of(1_000_000), PERBUP)));
        ParameterSet district = ParameterSet.of(List.of(minAge(LocalDate.of(2021, 1, 1), 65, PERBUP), districtOnly));

        ParameterSet layered = district.layeredOver(base);

        assertThat(layered.keys())
                .containsExactly("pkh.akses.fixed_benefit", "pkh.lanjut_usia.min_age", "pkh.max_component_persons");
        assertThat(layered.get("pkh.akses.fixed_benefit", Rupiah.class)).isEqualTo(districtOnly);
        assertThat(layered.get("pkh.max_component_persons", Integer.class)).isEqualTo(maxPersons(4));
        Parameter<Integer> minAge = layered.get("pkh.lanjut_usia.min_age", Integer.class);
        assertThat(minAge.valueOn(LocalDate.of(2019, 6, 1))).isEqualTo(60);
        assertThat(minAge.valueOn(LocalDate.of(2020, 6, 1))).isEqualTo(70);
        assertThat(minAge.valueOn(LocalDate.of(2022, 1, 1))).isEqualTo(65);
    }

    @Test
    void layeredOver_emptyLayerOrBaseChangesNothing() {
        assertThat(ParameterSet.empty().layeredOver(national())).isEqualTo(national());
        assertThat(national().layeredOver(ParameterSet.empty())).isEqualTo(national());
    }

    @Test
    void layeredOver_rejectsAKeyOfAnotherType() {
        ParameterSet district = ParameterSet.of(List.of(
                Parameter.of("pkh.max_component_persons", Long.class, List.of(DatedValue.of(Y2020, 5L, PERBUP)))));
        assertThatThrownBy(() -> district.layeredOver(national()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter pkh.max_component_persons has type java.lang.Long in the layer but"
                        + " java.lang.Integer below");
    }

    @Test
    void layeredOver_rejectsNull() {
        assertThatThrownBy(() -> national().layeredOver(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("below must not be null");
    }

    @Test
    void canonicalForm_listsEveryEntryInKeyOrder() {
        assertThat(national().canonicalForm()).isEqualTo(NATIONAL_CANONICAL);
    }

    @Test
    void canonicalForm_ofTheEmptySetIsEmpty() {
        assertThat(ParameterSet.empty().canonicalForm()).isEmpty();
    }

    @Test
    void canonicalForm_escapesSeparatorsAndTheWordNone() {
        LegalBasis odd = LegalBasis.builder()
                .instrument("A|B")
                .number("1\\2")
                .article("Pasal 3\nayat 1")
                .note("x\ry")
                .provenance("[P] a|b")
                .build();
        ParameterSet set = ParameterSet.of(List.of(Parameter.of(
                "x.text",
                String.class,
                List.of(
                        DatedValue.of(Y2019, "a|b\\c\nd", odd),
                        DatedValue.of(Y2020, "none", PERBUP),
                        DatedValue.none(DTSEN, PERBUP)))));
        assertThat(set.canonicalForm()).isEqualTo("""
                           x.text|2019-01-01|a\\|b\\\\c\\nd|A\\|B|1\\\\2||Pasal 3\\nayat 1|x\\ry|[P] a\\|b
                           x.text|2020-01-01|\\none|Perbup|||||
                           x.text|2025-04-01|none|Perbup|||||
                           """);
    }

    @Test
    void version_isTheSha256OfTheCanonicalForm() throws NoSuchAlgorithmException {
        assertThat(national().version())
                .isEqualTo(sha256Hex(NATIONAL_CANONICAL))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void version_ofTheEmptySetIsTheSha256OfNothing() {
        assertThat(ParameterSet.empty().version())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void version_isTheSameForTheSameContentInAnotherOrder() {
        ParameterSet reordered = ParameterSet.of(List.of(targetDesil(INPRES), maxPersons(4), fixedBenefit()));
        assertThat(reordered).isEqualTo(national()).hasSameHashCodeAs(national());
        assertThat(reordered.canonicalForm()).isEqualTo(national().canonicalForm());
        assertThat(reordered.version()).isEqualTo(national().version());
    }

    @Test
    void version_changesWhenAValueChanges() {
        ParameterSet changed = ParameterSet.of(List.of(maxPersons(5), fixedBenefit(), targetDesil(INPRES)));
        assertThat(changed.version()).isNotEqualTo(national().version());
    }

    @Test
    void version_changesWhenADateChanges() {
        Parameter<Integer> later =
                Parameter.of("pkh.max_component_persons", Integer.class, List.of(DatedValue.of(Y2020, 4, KEMENSOS_S)));
        ParameterSet changed = ParameterSet.of(List.of(later, fixedBenefit(), targetDesil(INPRES)));
        assertThat(changed.version()).isNotEqualTo(national().version());
    }

    @Test
    void version_changesWhenALegalBasisChanges() {
        LegalBasis otherArticle = LegalBasis.builder()
                .instrument("Inpres")
                .number("4")
                .year(2025)
                .article("Pasal 2")
                .note("[I, secondary]")
                .build();
        LegalBasis otherNote = LegalBasis.builder()
                .instrument("Inpres")
                .number("4")
                .year(2025)
                .article("Pasal 1")
                .note("[I]")
                .build();
        String version = national().version();
        assertThat(ParameterSet.of(List.of(maxPersons(4), fixedBenefit(), targetDesil(otherArticle)))
                        .version())
                .isNotEqualTo(version);
        assertThat(ParameterSet.of(List.of(maxPersons(4), fixedBenefit(), targetDesil(otherNote)))
                        .version())
                .isNotEqualTo(version);
    }

    @Test
    void version_changesWhenAValueBecomesNone() {
        Parameter<Integer> none =
                Parameter.of("pkh.max_component_persons", Integer.class, List.of(DatedValue.none(Y2019, KEMENSOS_S)));
        ParameterSet changed = ParameterSet.of(List.of(none, fixedBenefit(), targetDesil(INPRES)));
        assertThat(changed.version()).isNotEqualTo(national().version());
    }

    @Test
    void toString_namesTheKeys() {
        assertThat(ParameterSet.of(List.of(maxPersons(4), fixedBenefit())))
                .hasToString("ParameterSet[pkh.fixed_benefit, pkh.max_component_persons]");
    }

    @Test
    void equalsAndHashCode_followTheParameters() {
        // The factories never let the map be null.
        EqualsVerifier.forClass(ParameterSet.class)
                .withPrefabValues(Parameter.class, maxPersons(4), fixedBenefit())
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
