package id.bansos.rules.pkh;

import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.model.Household;
import id.bansos.model.SchoolLevel;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.Reason;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.Engine;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.ParameterSpec;
import id.bansos.rules.Policies;
import id.bansos.rules.Programs;
import id.bansos.rules.Rules;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PkhAmountRuleTest {
    private static final Household SD_ONLY =
            household(null, male("1980-01-01"), male("2010-03-10").school(SchoolLevel.SD));

    static Stream<Arguments> tahapBoundaries() {
        return Stream.of(
                // date, per payment: 900.000 / 4 = 225.000, + 550.000 only in tahap I of 2019
                Arguments.of("2019-01-01", 775_000L),
                Arguments.of("2019-03-31", 775_000L),
                Arguments.of("2019-04-01", 225_000L),
                Arguments.of("2019-09-30", 225_000L),
                Arguments.of("2019-10-01", 225_000L),
                Arguments.of("2019-12-31", 225_000L),
                // 2020: fixed benefit 0
                Arguments.of("2020-01-01", 225_000L));
    }

    @ParameterizedTest
    @MethodSource("tahapBoundaries")
    void fixedBenefit_isPaidInTahapIOnly(String date, long perPayment) {
        Decision d = Engine.create().evaluate(SD_ONLY, Programs.pkh(), NationalPolicy.load(), LocalDate.parse(date));
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.of(perPayment));
        // Annual: 900.000 + 550.000 in 2019, 900.000 + 0 from 2020.
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(date.startsWith("2019") ? 1_450_000 : 900_000));
    }

    @Test
    void aFixedBenefitOfNone_countsAsZero() {
        ParameterSet set = Policies.nationalWith("pkh.fixed_benefit", Rupiah.class, "2019-01-01", null);
        Decision d = Engine.create().evaluate(SD_ONLY, Programs.pkh(), set, LocalDate.of(2019, 2, 1));
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(900_000));
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.of(225_000));
    }

    @Test
    void aDistrictFixedBenefit_isAddedInTahapI() {
        ParameterSet set = Policies.nationalWith("pkh.fixed_benefit", Rupiah.class, "2024-01-01", Rupiah.of(100_000));
        Decision d = Engine.create().evaluate(SD_ONLY, Programs.pkh(), set, LocalDate.of(2024, 2, 1));
        // 900.000 + 100.000 a year; 225.000 + 100.000 in tahap I.
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(1_000_000));
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.of(325_000));
    }

    @Test
    void rule_givesNoReasonAndDeclaresTheFixedBenefit() {
        Decision d = Engine.create().evaluate(SD_ONLY, Programs.pkh(), NationalPolicy.load(), LocalDate.of(2024, 2, 1));
        assertThat(d.reasons()).extracting(Reason::rule).doesNotContain("pkh.amount");
        assertThat(Rules.pkhAmount().id()).isEqualTo("pkh.amount");
        assertThat(Rules.pkhAmount().parameters()).containsExactly(ParameterSpec.of("pkh.fixed_benefit", Rupiah.class));
    }
}
