package id.bansos.rules.sembako;

import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.model.decision.Decision;
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
    void rule_declaresTheMonthlyAmount() {
        assertThat(Rules.sembakoAmount().id()).isEqualTo("sembako.amount");
        assertThat(Rules.sembakoAmount().parameters())
                .containsExactly(ParameterSpec.of("sembako.monthly_amount", Rupiah.class));
        assertThat(Rules.sembakoAmount().legalBasis().number()).hasValue("5");
    }
}
