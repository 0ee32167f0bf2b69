package id.bansos.rules.sembako;

import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.model.decision.Decision;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.Engine;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.ParameterSpec;
import id.bansos.rules.Policies;
import id.bansos.rules.Programs;
import id.bansos.rules.Rules;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SembakoAmountRuleTest {
    @Test
    void monthlyAmount_isThePaymentAndTwelveTimesItTheYear() {
        Decision d = Engine.create()
                .evaluate(
                        household(null, male("1980-01-01")),
                        Programs.sembako(),
                        NationalPolicy.load(),
                        LocalDate.of(2020, 2, 29));
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.of(150_000));
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(1_800_000)); // 12 × 150.000
    }

    @Test
    void aMonthlyAmountOfNone_leavesTheAmountsZero() {
        ParameterSet set = Policies.nationalWith("sembako.monthly_amount", Rupiah.class, "2024-01-01", null);
        Decision d = Engine.create()
                .evaluate(household(null, male("1980-01-01")), Programs.sembako(), set, LocalDate.of(2024, 1, 1));
        assertThat(d.eligible()).isTrue();
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.ZERO);
        assertThat(d.annualAmount()).isEqualTo(Rupiah.ZERO);
    }

    @Test
    void jumlahBantuan_recordsTheMonthlyAmount_andABasisOfTheDecisionsYear() {
        Decision d = Engine.create()
                .evaluate(
                        household(null, male("1980-01-01")),
                        Programs.sembako(),
                        NationalPolicy.load(),
                        LocalDate.of(2020, 3, 1));
        Reason r = d.reasons().get(d.reasons().size() - 1);
        assertThat(r.code()).isEqualTo(ReasonCode.JUMLAH_BANTUAN);
        assertThat(r.rule()).isEqualTo("sembako.amount");
        assertThat(r.args())
                .containsExactly(
                        java.util.Map.entry("annual_amount", "2400000"), // 12 × 200.000
                        java.util.Map.entry("amount_per_payment", "200000"),
                        java.util.Map.entry("schedule", "MONTHLY"),
                        java.util.Map.entry("month", "3"));
        assertThat(r.parameters())
                .containsExactly(ParameterUse.of("sembako.monthly_amount", "200000", LocalDate.of(2020, 3, 1)));
        // Permensos 5/2021 is of 2021: a 2020 decision cites no number or year.
        assertThat(r.legalBasis().year()).isEmpty();
        Decision in2021 = Engine.create()
                .evaluate(
                        household(null, male("1980-01-01")),
                        Programs.sembako(),
                        NationalPolicy.load(),
                        LocalDate.of(2021, 1, 1));
        assertThat(in2021.reasons()
                        .get(in2021.reasons().size() - 1)
                        .legalBasis()
                        .year())
                .hasValue(2021);
    }

    @Test
    void rule_declaresTheMonthlyAmount() {
        assertThat(Rules.sembakoAmount().id()).isEqualTo("sembako.amount");
        assertThat(Rules.sembakoAmount().parameters())
                .containsExactly(ParameterSpec.of("sembako.monthly_amount", Rupiah.class));
        assertThat(Rules.sembakoAmount().legalBasis().number()).hasValue("5");
    }
}
