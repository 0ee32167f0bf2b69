package id.bansos.rules;

import static id.bansos.model.SchoolLevel.SD;
import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import id.bansos.model.Household;
import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Program;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-worked decisions of PKH and Program Sembako under the national policy, 2019–2026; the table
 * is {@link HandWorkedCases}, where every amount is worked out from POLICY-V2 in the comment beside
 * it, never copied from the code.
 */
class ProgramsTest {
    private static final Engine ENGINE = Engine.create();
    private static final ProgramDefinition PKH = Programs.pkh();
    private static final ProgramDefinition SEMBAKO = Programs.sembako();

    // A head of family with no component and no excluded occupation.
    private static Households.M head() {
        return male("1980-05-05");
    }

    static Stream<Arguments> cases() {
        return HandWorkedCases.all().stream()
                .map(c -> arguments(
                        c.name(),
                        c.program(),
                        c.asOf(),
                        c.household(),
                        null,
                        c.eligible(),
                        c.annual(),
                        c.perPayment(),
                        c.codes(),
                        c.components()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decision_matchesTheHandWorkedCase(
            String name,
            ProgramDefinition program,
            LocalDate asOf,
            Household household,
            ParameterSet overrides,
            boolean eligible,
            long annual,
            long perPayment,
            List<String> codes,
            List<String> components) {
        ParameterSet params = overrides == null ? NationalPolicy.load() : overrides.layeredOver(NationalPolicy.load());
        Decision d = ENGINE.evaluate(household, program, params, asOf);

        assertThat(d.householdId()).isEqualTo(household.id());
        assertThat(d.program()).isEqualTo(program.program());
        assertThat(d.asOf()).isEqualTo(asOf);
        assertThat(d.eligible()).as("eligible").isEqualTo(eligible);
        assertThat(d.annualAmount()).as("annual").isEqualTo(Rupiah.of(annual));
        assertThat(d.amountPerPayment()).as("per payment").isEqualTo(Rupiah.of(perPayment));
        assertThat(d.reasonCodes()).extracting(Object::toString).as("reasons").isEqualTo(codes);
        assertThat(d.components())
                .extracting(ProgramsTest::describe)
                .as("components")
                .isEqualTo(components);
        assertThat(d.policyVersion()).isEqualTo(params.version());
        assertThat(d.engineVersion()).isEqualTo(Engine.version());
    }

    private static String describe(ComponentAward a) {
        return a.memberIndex() + ":" + a.component() + (a.paid() ? "" : ":cut");
    }

    static Stream<Arguments> roundingCases() {
        // A district index that is not a multiple of 4 shows the rounding down of a quarter.
        return Stream.of(
                arguments(900_001L, 225_000L), // 900.001 / 4 = 225.000,25 -> 225.000
                arguments(900_003L, 225_000L), // 900.003 / 4 = 225.000,75 -> 225.000 (down, not half up)
                arguments(900_004L, 225_001L)); // 900.004 / 4 = 225.001 exactly
    }

    @ParameterizedTest
    @MethodSource("roundingCases")
    void amountPerPayment_roundsTheQuarterDown(long sdIndex, long expectedPerPayment) {
        ParameterSet district = ParameterSet.of(List.of(Parameter.of(
                "pkh.index.SD",
                Rupiah.class,
                List.of(DatedValue.of(
                        LocalDate.of(2024, 1, 1),
                        Rupiah.of(sdIndex),
                        LegalBasis.builder().instrument("Perbup").build())))));
        Decision d = ENGINE.evaluate(
                household(null, head(), male("2015-01-10").school(SD)),
                PKH,
                district.layeredOver(NationalPolicy.load()),
                LocalDate.of(2024, 3, 1));
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(sdIndex));
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.of(expectedPerPayment));
    }

    @Test
    void pkh_runsItsRulesInPolicyOrder() {
        assertThat(PKH.program()).isEqualTo(Program.PKH);
        assertThat(PKH.rules())
                .extracting(Rule::id)
                .containsExactly(
                        "pkh.meninggal", "common.exclusion", "pkh.desil", "pkh.component", "pkh.cap", "pkh.amount");
    }

    @Test
    void sembako_runsItsRulesInPolicyOrder() {
        assertThat(SEMBAKO.program()).isEqualTo(Program.SEMBAKO);
        assertThat(SEMBAKO.rules())
                .extracting(Rule::id)
                .containsExactly("sembako.meninggal", "common.exclusion", "sembako.desil", "sembako.amount");
    }

    @Test
    void national_listsPkhThenSembako() {
        assertThat(Programs.national()).containsExactly(PKH, SEMBAKO);
    }

    @Test
    void table_holdsAtLeastFortyCases() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }
}
