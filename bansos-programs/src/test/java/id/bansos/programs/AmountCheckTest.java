package id.bansos.programs;

import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.bansos.io.InputException;
import id.bansos.model.Household;
import id.bansos.model.decision.Decision;
import id.bansos.model.money.Rupiah;
import id.bansos.rules.Engine;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.UndecidableHouseholdException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The amount of a programme file checked per household (PROGRAMS-V1): a result below 0 or not an
 * {@code int} cannot be paid, so the household is undecidable, naming the programme and the rule
 * {@code daerah_x.amount}; never a crash of the run and never an amount of 0.
 */
class AmountCheckTest {
    private static final LocalDate MARCH_2024 = LocalDate.of(2024, 3, 1);
    private static final ProgramFile SHRINKING = ProgramFile.read(ProgramFileTest.resource("shrinking.yaml"));

    private static ProgramFile file(String amount) {
        return ProgramFile.read(new StringReader("""
                schema_version: 1
                programs:
                  - code: DAERAH_X
                    name: {id: Bantuan X, en: Allowance X}
                    legal_basis: {instrument: Perbup, number: "1", year: 2024}
                    payment_schedule: MONTHLY
                    parameters:
                      daerah_x.rate:
                        type: decimal
                        values: [{from: 2024-01-01, value: 1.5, legal_basis: {instrument: Perbup, number: "1", year: 2024}}]
                    requires: []
                    amount_per_payment: "%s"
                """.formatted(amount)), "x.yaml");
    }

    private static Decision decide(ProgramFile file, Household h) {
        return Engine.create()
                .evaluate(h, file.find("DAERAH_X").orElseThrow(), file.layeredOver(NationalPolicy.load()), MARCH_2024);
    }

    @Test
    void oneMember_gets100000Less60000() {
        Decision d = decide(SHRINKING, household(null, male("1980-01-01")));

        // 100.000 − 1 × 60.000 = 40.000 a month; × 12 = 480.000 a year.
        assertThat(d.eligible()).isTrue();
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.of(40_000));
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(480_000));
    }

    @Test
    void twoMembers_giveANegativeAmount_andAreUndecidable_namingProgrammeAndRule() {
        Household two = household(null, male("1980-01-01"), male("2005-01-01"));

        // 100.000 − 2 × 60.000 = −20.000: no decision, and no amount of 0 either.
        UndecidableHouseholdException e =
                catchThrowableOfType(UndecidableHouseholdException.class, () -> decide(SHRINKING, two));

        assertThat(e.programCode()).isEqualTo("DAERAH_X");
        assertThat(e.ruleId()).isEqualTo("daerah_x.amount");
        assertThat(e.getMessage())
                .isEqualTo("programme DAERAH_X, rule daerah_x.amount: amount_per_payment must give a whole number"
                        + " of Rupiah, 0 or more, got -20000");
    }

    @Test
    void aDecimalThroughParam_isRefusedWhenTheFileIsRead() {
        // The checker knows param('daerah_x.rate') is a double (a decimal parameter): no household
        // is needed to find that the amount is not an int. Line 12, column 26 is the expression.
        InputException e = catchThrowableOfType(InputException.class, () -> file("param('daerah_x.rate')"));

        assertThat(e.getMessage())
                .isEqualTo("x.yaml:12:26: DAERAH_X: amount_per_payment: must give an int (whole Rupiah), but gives"
                        + " double (column 1 of the expression) in: param('daerah_x.rate')");
    }

    @Test
    void aDecimalTimesAnInt_isATypeCheckError_namingTheParametersType() {
        InputException e = catchThrowableOfType(
                InputException.class, () -> file("household.members.size() * param('daerah_x.rate')"));

        // '*' is the 26th character of the expression: column 26 + 25 = 51.
        assertThat(e.column()).hasValue(51);
        assertThat(e.detail())
                .contains("found no matching overload for '_*_' applied to '(int, double)'")
                .contains("(param('daerah_x.rate') is a double)");
    }

    @Test
    void aDecimalMadeWhole_isPaid() {
        // int(1.5 × 100.000,0) = 150.000 a month; × 12 = 1.800.000 a year.
        Decision d = decide(file("int(param('daerah_x.rate') * 100000.0)"), household(null, male("1980-01-01")));

        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.of(150_000));
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(1_800_000));
    }

    @Test
    void aDivisionByZero_isUndecidable_namingWhereItFailed() {
        ProgramFile divided = file("100000 / (household.members.size() - 1)");

        UndecidableHouseholdException e = catchThrowableOfType(
                UndecidableHouseholdException.class, () -> decide(divided, household(null, male("1980-01-01"))));

        assertThat(e.ruleId()).isEqualTo("daerah_x.amount");
        assertThat(e.detail()).startsWith("amount_per_payment could not be evaluated: ");
    }

    @Test
    void aRequirementThatFails_isUndecidable_withTheRequirementsRuleId() {
        ProgramFile divided = ProgramFile.read(new StringReader("""
                schema_version: 1
                programs:
                  - code: DAERAH_X
                    name: {id: Bantuan X, en: Allowance X}
                    legal_basis: {instrument: Perbup}
                    payment_schedule: ONCE
                    requires:
                      - code: CONTOH
                        rule: "10 / (household.members.size() - 1) > 1"
                        message: {id: Contoh., en: Example.}
                    amount_per_payment: "1"
                """), "x.yaml");

        UndecidableHouseholdException e = catchThrowableOfType(
                UndecidableHouseholdException.class, () -> decide(divided, household(null, male("1980-01-01"))));

        assertThat(e.ruleId()).isEqualTo("daerah_x.requires.1");
        assertThat(e.detail()).startsWith("requires[1] could not be evaluated: ");
    }

    @Test
    void aNegativeNumberAsTheAmount_isAnErrorWhenTheFileIsRead() {
        // The checker can tell: exit 2 at read time, naming file, line and programme.
        InputException e = catchThrowableOfType(InputException.class, () -> file("-5000"));

        assertThat(e.getMessage())
                .startsWith("x.yaml:")
                .contains("DAERAH_X: amount_per_payment: must give an int (whole Rupiah) of 0 or more, got -5000");
    }
}
