package id.bansos.rules.pkh;

import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.Household;
import id.bansos.model.SchoolLevel;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.MissingParameterException;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.Engine;
import id.bansos.rules.Households;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.ParameterSpec;
import id.bansos.rules.Policies;
import id.bansos.rules.Programs;
import id.bansos.rules.Rules;
import id.bansos.rules.internal.LegalBases;
import java.time.LocalDate;
import java.util.List;
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

    private static final LocalDate Y2019 = LocalDate.of(2019, 1, 1);

    @Test
    void jumlahBantuan_recordsEveryValueTheAmountsUsed_2019() {
        // The 2019 decision: annual 3.850.000 = components 3.300.000 + fixed benefit 550.000.
        // Mother pregnant (2.400.000) and a child in SD (900.000) on 2019-02-15, tahap I:
        // per payment 3.300.000 / 4 = 825.000 + 550.000 = 1.375.000.
        Household h = household(
                null,
                Households.female("1990-01-01").pregnant(),
                male("2010-03-10").school(SchoolLevel.SD));
        Decision d = Engine.create().evaluate(h, Programs.pkh(), NationalPolicy.load(), LocalDate.of(2019, 2, 15));
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(3_850_000));
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.of(1_375_000));
        assertThat(d.reasonCodes().get(d.reasonCodes().size() - 1)).isEqualTo(ReasonCode.JUMLAH_BANTUAN);
        assertThat(Policies.reason(d, ReasonCode.JUMLAH_BANTUAN))
                .isEqualTo(Reason.builder()
                        .code(ReasonCode.JUMLAH_BANTUAN)
                        .rule("pkh.amount")
                        .legalBasis(LegalBases.PKH_AMOUNT)
                        .putArgs("annual_amount", "3850000")
                        .putArgs("amount_per_payment", "1375000")
                        .putArgs("schedule", "TAHAP")
                        .putArgs("tahap", "1")
                        .addParameters(ParameterUse.of("pkh.max_component_persons", "4", Y2019))
                        .addParameters(ParameterUse.of("pkh.max_persons.ANAK_USIA_DINI", "2", Y2019))
                        .addParameters(ParameterUse.of("pkh.max_persons.LANJUT_USIA", "1", Y2019))
                        .addParameters(ParameterUse.of("pkh.max_persons.DISABILITAS_BERAT", "1", Y2019))
                        .addParameters(ParameterUse.of("pkh.fixed_benefit", "550000", Y2019))
                        .addParameters(ParameterUse.of("pkh.payment_schedule", "TAHAP", Y2019))
                        .build());
    }

    @Test
    void jumlahBantuan_onTheMonthlySchedule_namesTheMonth() {
        // June 2020: SD 1.125.000 a year, 1.125.000 / 12 = 93.750 this month.
        Decision d =
                Engine.create().evaluate(SD_ONLY, Programs.pkh(), NationalPolicy.load(), LocalDate.of(2020, 6, 15));
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(1_125_000));
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.of(93_750));
        assertThat(Policies.reason(d, ReasonCode.JUMLAH_BANTUAN).args())
                .containsExactly(
                        java.util.Map.entry("annual_amount", "1125000"),
                        java.util.Map.entry("amount_per_payment", "93750"),
                        java.util.Map.entry("schedule", "MONTHLY"),
                        java.util.Map.entry("month", "6"));
        assertThat(Policies.reason(d, ReasonCode.JUMLAH_BANTUAN).parameters())
                .contains(ParameterUse.of("pkh.payment_schedule", "MONTHLY", LocalDate.of(2020, 4, 1)))
                .contains(ParameterUse.of("pkh.fixed_benefit", "0", LocalDate.of(2020, 1, 1)));
    }

    static Stream<Arguments> scheduleSwitch() {
        return Stream.of(
                // date, annual, per payment (SD only): the index and the schedule switch together
                Arguments.of("2020-03-31", 900_000L, 225_000L), // tahap I 2020: 900.000 / 4
                Arguments.of("2020-04-01", 1_125_000L, 93_750L), // monthly: 1.125.000 / 12
                Arguments.of("2020-12-31", 1_125_000L, 93_750L),
                Arguments.of("2021-01-01", 900_000L, 225_000L)); // four tahap again: 900.000 / 4
    }

    @ParameterizedTest
    @MethodSource("scheduleSwitch")
    void schedule_switchesToMonthlyInApril2020AndBackIn2021(String date, long annual, long perPayment) {
        Decision d = Engine.create().evaluate(SD_ONLY, Programs.pkh(), NationalPolicy.load(), LocalDate.parse(date));
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(annual));
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.of(perPayment));
    }

    @Test
    void aMonthlyScheduleWithAFixedBenefit_addsItInJanuaryOnly() {
        ParameterSet set = ParameterSet.of(List.of(
                        Parameter.of(
                                "pkh.payment_schedule",
                                String.class,
                                List.of(DatedValue.of(LocalDate.of(2024, 1, 1), "MONTHLY", Policies.PERBUP))),
                        Parameter.of(
                                "pkh.fixed_benefit",
                                Rupiah.class,
                                List.of(DatedValue.of(LocalDate.of(2024, 1, 1), Rupiah.of(120_000), Policies.PERBUP)))))
                .layeredOver(NationalPolicy.load());
        // 900.000 / 12 = 75.000, + 120.000 in January; annual 900.000 + 120.000.
        Decision january = Engine.create().evaluate(SD_ONLY, Programs.pkh(), set, LocalDate.of(2024, 1, 31));
        Decision february = Engine.create().evaluate(SD_ONLY, Programs.pkh(), set, LocalDate.of(2024, 2, 1));
        assertThat(january.amountPerPayment()).isEqualTo(Rupiah.of(195_000));
        assertThat(february.amountPerPayment()).isEqualTo(Rupiah.of(75_000));
        assertThat(february.annualAmount()).isEqualTo(Rupiah.of(1_020_000));
    }

    @Test
    void anUnknownSchedule_isRejectedWhenBound() {
        ParameterSet set = Policies.nationalWith("pkh.payment_schedule", String.class, "2024-01-01", "WEEKLY");
        assertThatThrownBy(() -> Engine.create().prepare(Programs.pkh(), set, LocalDate.of(2024, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pkh.payment_schedule must be TAHAP or MONTHLY, got \"WEEKLY\" on 2024-03-01");
        ParameterSet none = Policies.nationalWith("pkh.payment_schedule", String.class, "2024-01-01", null);
        assertThatThrownBy(() -> Engine.create().prepare(Programs.pkh(), none, LocalDate.of(2024, 3, 1)))
                .isInstanceOf(MissingParameterException.class)
                .hasMessageContaining("pkh.payment_schedule");
    }

    @Test
    void aNotEligibleHousehold_getsNoJumlahBantuan() {
        Decision d = Engine.create()
                .evaluate(
                        household(null, male("1980-01-01")),
                        Programs.pkh(),
                        NationalPolicy.load(),
                        LocalDate.of(2024, 2, 1));
        assertThat(d.reasonCodes()).doesNotContain(ReasonCode.JUMLAH_BANTUAN);
        assertThat(d.annualAmount()).isEqualTo(Rupiah.ZERO);
    }

    @Test
    void rule_declaresTheLimitsTheFixedBenefitAndTheSchedule() {
        assertThat(Rules.pkhAmount().id()).isEqualTo("pkh.amount");
        assertThat(Rules.pkhAmount().parameters())
                .containsExactly(
                        ParameterSpec.of("pkh.max_component_persons", Integer.class),
                        ParameterSpec.of("pkh.max_persons.ANAK_USIA_DINI", Integer.class),
                        ParameterSpec.of("pkh.max_persons.LANJUT_USIA", Integer.class),
                        ParameterSpec.of("pkh.max_persons.DISABILITAS_BERAT", Integer.class),
                        ParameterSpec.of("pkh.fixed_benefit", Rupiah.class),
                        ParameterSpec.of("pkh.payment_schedule", String.class));
    }
}
