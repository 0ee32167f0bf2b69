package id.bansos.model.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Component;
import id.bansos.model.program.Program;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

class DecisionTest {
    private static final String POLICY = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static Reason reason(ReasonCode code) {
        return Reason.builder()
                .code(code)
                .rule("pkh.test")
                .legalBasis(ReasonTest.PERMENSOS_1_2018)
                .build();
    }

    private static ComponentAward award(int member, Component component, long amount) {
        return ComponentAward.builder()
                .memberIndex(member)
                .memberNikMasked("327301******000" + member)
                .component(component)
                .annualAmount(Rupiah.of(amount))
                .paid(true)
                .build();
    }

    /** The worked example of EXCHANGE-V1: a pregnant woman and a child in SD, PKH, 2024. */
    private static Decision.Builder eligible() {
        return Decision.builder()
                .householdId("KEL-001")
                .program(Program.PKH)
                .asOf(LocalDate.of(2024, 3, 1))
                .eligible(true)
                .annualAmount(Rupiah.of(3_900_000))
                .amountPerPayment(Rupiah.of(975_000))
                .addComponents(award(0, Component.IBU_HAMIL, 3_000_000), award(1, Component.SD, 900_000))
                .addReasons(reason(ReasonCode.TIDAK_DIKECUALIKAN), reason(ReasonCode.MEMENUHI_KOMPONEN))
                .policyVersion(POLICY)
                .engineVersion("0.1.0");
    }

    private static Decision.Builder notEligible() {
        return Decision.builder()
                .householdId("KEL-002")
                .program(Program.SEMBAKO)
                .asOf(LocalDate.of(2025, 6, 1))
                .eligible(false)
                .annualAmount(Rupiah.ZERO)
                .amountPerPayment(Rupiah.ZERO)
                .addReasons(reason(ReasonCode.TIDAK_DIKECUALIKAN), reason(ReasonCode.DESIL_DI_LUAR_SASARAN))
                .policyVersion(POLICY)
                .engineVersion("0.1.0");
    }

    @Test
    void builder_keepsEveryAttribute() {
        Decision d = eligible().build();

        assertThat(d.householdId()).isEqualTo("KEL-001");
        assertThat(d.program()).isEqualTo(Program.PKH);
        assertThat(d.asOf()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(d.eligible()).isTrue();
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(3_900_000));
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.of(975_000));
        assertThat(d.components())
                .extracting(ComponentAward::component)
                .containsExactly(Component.IBU_HAMIL, Component.SD);
        assertThat(d.reasons())
                .extracting(Reason::code)
                .containsExactly(ReasonCode.TIDAK_DIKECUALIKAN, ReasonCode.MEMENUHI_KOMPONEN);
        assertThat(d.policyVersion()).isEqualTo(POLICY);
        assertThat(d.engineVersion()).isEqualTo("0.1.0");
    }

    @Test
    void notEligible_withZeroAmountsAndNoComponentsIsValid() {
        Decision d = notEligible().build();

        assertThat(d.eligible()).isFalse();
        assertThat(d.components()).isEmpty();
    }

    @Test
    void build_rejectsAnnualAmountWhenNotEligible() {
        assertThatThrownBy(() -> notEligible().annualAmount(Rupiah.of(900_000)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a decision that is not eligible must have annual_amount 0, got 900000");
    }

    @Test
    void build_rejectsAmountPerPaymentWhenNotEligible() {
        assertThatThrownBy(
                        () -> notEligible().amountPerPayment(Rupiah.of(225_000)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a decision that is not eligible must have amount_per_payment 0, got 225000");
    }

    @Test
    void build_rejectsComponentsWhenNotEligible() {
        assertThatThrownBy(() -> notEligible()
                        .addComponents(award(0, Component.SD, 900_000), award(1, Component.SMP, 1_500_000))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a decision that is not eligible must have no components, got 2");
    }

    @Test
    void build_rejectsNegativeAnnualAmount() {
        assertThatThrownBy(() -> eligible().annualAmount(Rupiah.of(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("annual_amount must not be negative, got -1");
    }

    @Test
    void build_rejectsNegativeAmountPerPayment() {
        assertThatThrownBy(
                        () -> eligible().amountPerPayment(Rupiah.of(-975_000)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount_per_payment must not be negative, got -975000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void build_rejectsBlankHouseholdId(String id) {
        assertThatThrownBy(() -> eligible().householdId(id).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("household_id must not be blank");
    }

    @Test
    void build_rejectsTwoComponentsForOneMember() {
        assertThatThrownBy(() -> eligible()
                        .components(List.of(
                                award(0, Component.IBU_HAMIL, 3_000_000),
                                award(1, Component.SD, 900_000),
                                award(1, Component.DISABILITAS_BERAT, 2_400_000)))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("components must not repeat a member_index, got 1");
    }

    @Test
    void build_rejectsTwoReasonsWithOneCode() {
        assertThatThrownBy(() -> notEligible()
                        .addReasons(reason(ReasonCode.MENINGGAL), reason(ReasonCode.MENINGGAL))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reasons must hold at most one reason per code, got MENINGGAL");
    }

    @Test
    void build_rejectsBlankVersions() {
        assertThatThrownBy(() -> eligible().policyVersion(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("policy_version must not be blank");
        assertThatThrownBy(() -> eligible().engineVersion("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("engine_version must not be blank");
    }

    @Test
    void build_namesTheMissingAttributes() {
        assertThatThrownBy(() -> Decision.builder().householdId("KEL-001").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build Decision, some of required attributes are not set [program, asOf, eligible,"
                        + " annualAmount, amountPerPayment, policyVersion, engineVersion]");
    }

    @Test
    void builder_rejectsNulls() {
        assertThatThrownBy(() -> Decision.builder().householdId(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("householdId");
        assertThatThrownBy(() -> Decision.builder().program(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("program");
        assertThatThrownBy(() -> Decision.builder().asOf(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("asOf");
        assertThatThrownBy(() -> Decision.builder().annualAmount(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("annualAmount");
        assertThatThrownBy(() -> Decision.builder().addReasons((Reason) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("reasons element");
    }

    @Test
    void lists_cannotBeChanged() {
        Decision d = eligible().build();

        assertThatThrownBy(() -> d.components().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.reasons().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.reasonCodes().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void reasonCodes_followTheReasonsInOrder() {
        Decision d = notEligible()
                .reasons(List.of(
                        reason(ReasonCode.EXCL_BUMN_BUMD),
                        reason(ReasonCode.DESIL_DI_LUAR_SASARAN),
                        reason(ReasonCode.DATA_GANDA)))
                .build();

        assertThat(d.reasonCodes())
                .containsExactly(ReasonCode.EXCL_BUMN_BUMD, ReasonCode.DESIL_DI_LUAR_SASARAN, ReasonCode.DATA_GANDA);
    }

    static Stream<Arguments> primaryReasons() {
        return Stream.of(
                Arguments.of(List.of(), Optional.empty()),
                Arguments.of(
                        List.of(ReasonCode.TIDAK_DIKECUALIKAN, ReasonCode.MEMENUHI_KOMPONEN, ReasonCode.BATAS_KOMPONEN),
                        Optional.empty()),
                Arguments.of(
                        List.of(
                                ReasonCode.TIDAK_DIKECUALIKAN,
                                ReasonCode.DESIL_DI_LUAR_SASARAN,
                                ReasonCode.TIDAK_ADA_KOMPONEN),
                        Optional.of(ReasonCode.DESIL_DI_LUAR_SASARAN)),
                Arguments.of(
                        List.of(ReasonCode.EXCL_ASN_TNI_POLRI, ReasonCode.DESIL_TIDAK_DIKETAHUI),
                        Optional.of(ReasonCode.EXCL_ASN_TNI_POLRI)),
                Arguments.of(
                        List.of(
                                ReasonCode.TIDAK_DIKECUALIKAN,
                                ReasonCode.DESIL_DALAM_SASARAN,
                                ReasonCode.MEMENUHI_KOMPONEN,
                                ReasonCode.DATA_GANDA),
                        Optional.of(ReasonCode.DATA_GANDA)),
                Arguments.of(
                        List.of(ReasonCode.TIDAK_DIKECUALIKAN, ReasonCode.of("TIDAK_HADIR_P2K2")),
                        Optional.of(ReasonCode.of("TIDAK_HADIR_P2K2"))));
    }

    @ParameterizedTest
    @MethodSource("primaryReasons")
    void primaryReason_isTheFirstNegativeCode(List<ReasonCode> codes, Optional<ReasonCode> primary) {
        List<Reason> reasons = new ArrayList<>();
        codes.forEach(c -> reasons.add(reason(c)));

        Decision d = notEligible().reasons(reasons).build();

        assertThat(d.primaryReason()).isEqualTo(primary);
    }

    @Test
    void notEligibleDecisionNeverCarriesMoney() {
        qt().withFixedSeed(20240301L)
                .forAll(longs().between(0, 100_000_000), longs().between(0, 100_000_000))
                .checkAssert((annual, perPayment) -> {
                    Decision.Builder b =
                            notEligible().annualAmount(Rupiah.of(annual)).amountPerPayment(Rupiah.of(perPayment));
                    if (annual == 0 && perPayment == 0) {
                        assertThat(b.build().annualAmount()).isEqualTo(Rupiah.ZERO);
                    } else {
                        assertThatThrownBy(b::build)
                                .isInstanceOf(IllegalArgumentException.class)
                                .hasMessageStartingWith("a decision that is not eligible must have ");
                    }
                });
    }

    @Test
    void primaryReasonIsNegativeAndPrecededOnlyByPositiveCodes() {
        qt().withFixedSeed(20240302L)
                .forAll(lists().of(Generate.pick(ReasonCode.libraryCodes())).ofSizeBetween(0, 10))
                .checkAssert(drawn -> {
                    List<ReasonCode> codes = new ArrayList<>(new LinkedHashSet<>(drawn));
                    List<Reason> reasons = new ArrayList<>();
                    codes.forEach(c -> reasons.add(reason(c)));
                    Decision d = notEligible().reasons(reasons).build();

                    boolean anyNegative = codes.stream().anyMatch(c -> !c.isPositive());
                    assertThat(d.primaryReason().isPresent()).isEqualTo(anyNegative);
                    d.primaryReason().ifPresent(primary -> {
                        assertThat(primary.isPositive()).isFalse();
                        assertThat(codes.subList(0, codes.indexOf(primary))).allMatch(ReasonCode::isPositive);
                    });
                });
    }

    @Test
    void equalsAndHashCode_honourTheContract() {
        EqualsVerifier.forClass(ImmutableDecision.class)
                // The builder rejects nulls, so no field is ever null.
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
