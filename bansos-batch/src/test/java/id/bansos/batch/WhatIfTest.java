package id.bansos.batch;

import static id.bansos.batch.Rosters.TANJUNG_1;
import static id.bansos.batch.Rosters.accepted;
import static id.bansos.batch.Rosters.asn;
import static id.bansos.batch.Rosters.child;
import static id.bansos.batch.Rosters.head;
import static id.bansos.batch.Rosters.household;
import static id.bansos.batch.Rosters.pregnantWife;
import static id.bansos.batch.Rosters.rejected;
import static id.bansos.batch.Rosters.schoolChild;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.HouseholdSource;
import id.bansos.io.Reject;
import id.bansos.model.Household;
import id.bansos.model.SchoolLevel;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WhatIfTest {
    private static final LocalDate MARCH_2024 = LocalDate.of(2024, 3, 1);
    private static final LegalBasis PERBUP =
            LegalBasis.builder().instrument("Perbup").build();
    private static final ParameterSet NATIONAL = NationalPolicy.load();

    private static <T> ParameterSet layer(ParameterSet below, String key, Class<T> type, String from, T value) {
        Parameter<T> p = Parameter.of(key, type, List.of(DatedValue.of(LocalDate.parse(from), value, PERBUP)));
        return ParameterSet.of(List.of(p)).layeredOver(below);
    }

    private static final ParameterSet CAP_3 =
            layer(NATIONAL, "pkh.max_component_persons", Integer.class, "2019-01-01", 3);
    private static final ParameterSet LANSIA_60 =
            layer(NATIONAL, "pkh.lanjut_usia.min_age", Integer.class, "2024-01-01", 60);

    /** Five component persons on 2024-03-01: IBU_HAMIL 3.000.000, ANAK_USIA_DINI 3.000.000, SMA 2.000.000, SMP 1.500.000, SD 900.000. */
    private static Household fiveComponents() {
        return household(
                "LIMA",
                TANJUNG_1,
                head("1980-01-01", 1),
                pregnantWife("1990-02-02", 2),
                child("2021-06-06", 3),
                schoolChild("2007-05-05", 4, SchoolLevel.SMA),
                schoolChild("2010-05-05", 5, SchoolLevel.SMP),
                schoolChild("2015-05-05", 6, SchoolLevel.SD));
    }

    @Test
    void capFourToThree_cutsTheSMPOfAFiveComponentFamily() {
        WhatIf whatIf = WhatIf.of(Programs.pkh(), NATIONAL, CAP_3, MARCH_2024);

        HouseholdChange change = whatIf.compare(fiveComponents()).orElseThrow();

        // Cap 4: 3.000.000 + 3.000.000 + 2.000.000 + 1.500.000 = 9.500.000, per tahap 2.375.000.
        // Cap 3: 3.000.000 + 3.000.000 + 2.000.000 = 8.000.000, per tahap 2.000.000.
        assertThat(change)
                .isEqualTo(HouseholdChange.builder()
                        .householdId("LIMA")
                        .region(TANJUNG_1)
                        .eligibleBefore(true)
                        .eligibleAfter(true)
                        .annualAmountBefore(Rupiah.of(9_500_000))
                        .annualAmountAfter(Rupiah.of(8_000_000))
                        .amountPerPaymentBefore(Rupiah.of(2_375_000))
                        .amountPerPaymentAfter(Rupiah.of(2_000_000))
                        .addCauses("pkh.max_component_persons")
                        .build());
        assertThat(change.difference()).isEqualTo(Rupiah.of(-1_500_000));
        assertThat(whatIf.changedParameters()).containsExactly("pkh.max_component_persons");
    }

    @Test
    void capFourToThree_leavesAFamilyOfThreeComponentsUnchanged() {
        Household three = household(
                "TIGA",
                TANJUNG_1,
                head("1980-01-01", 1),
                pregnantWife("1990-02-02", 2),
                schoolChild("2010-05-05", 5, SchoolLevel.SMP),
                schoolChild("2015-05-05", 6, SchoolLevel.SD));

        assertThat(WhatIf.of(Programs.pkh(), NATIONAL, CAP_3, MARCH_2024).compare(three))
                .isEmpty();
    }

    /**
     * Lansia 70 → 60 on 2024-03-01: L1 aged 75 (Rp2.400.000 both); L2 aged 65 alone (nothing →
     * Rp2.400.000); L3 aged 65 with a child in SD (Rp900.000 → Rp3.300.000); record 4 rejected; L5 an
     * ASN aged 60 (excluded both ways, so unchanged although a component appears).
     */
    private static List<HouseholdRecord> lansiaRoster() {
        return List.of(
                accepted(household("L1", TANJUNG_1, head("1949-01-01", 1)), 1),
                accepted(household("L2", TANJUNG_1, head("1959-01-01", 2)), 2),
                accepted(
                        household("L3", TANJUNG_1, head("1958-06-01", 3), schoolChild("2016-02-02", 4, SchoolLevel.SD)),
                        3),
                rejected("lansia.jsonl", 4, "L4", "lansia.jsonl:4: household L4: desil: must be 1-10"),
                accepted(household("L5", TANJUNG_1, asn("1964-01-01", 5)), 5));
    }

    /** Runs a comparison over fixed records, read as batch evaluation reads a file. */
    private static WhatIfSummary run(
            WhatIf whatIf,
            List<HouseholdRecord> records,
            String name,
            List<HouseholdChange> changes,
            List<Reject> rejects)
            throws IOException {
        BatchHouseholds reading = BatchHouseholds.builder()
                .asOf(MARCH_2024)
                .readerFactory(HouseholdFormat.JSONL, new Rosters.Records(records))
                .build();
        return whatIf.run(reading, Rosters.Records.source(name), changes::add, rejects::add);
    }

    @Test
    void lansiaSeventyToSixty_reportsEachChangeAndTheTotals() throws IOException {
        WhatIf whatIf = WhatIf.of(Programs.pkh(), NATIONAL, LANSIA_60, MARCH_2024);
        List<HouseholdChange> changes = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();

        WhatIfSummary summary = run(whatIf, lansiaRoster(), "lansia.jsonl", changes, rejects);

        assertThat(changes)
                .containsExactly(
                        HouseholdChange.builder()
                                .householdId("L2")
                                .region(TANJUNG_1)
                                .eligibleBefore(false)
                                .eligibleAfter(true)
                                .annualAmountBefore(Rupiah.ZERO)
                                .annualAmountAfter(Rupiah.of(2_400_000))
                                .amountPerPaymentBefore(Rupiah.ZERO)
                                .amountPerPaymentAfter(Rupiah.of(600_000))
                                .primaryReasonBefore(ReasonCode.TIDAK_ADA_KOMPONEN)
                                .addCauses("pkh.lanjut_usia.min_age")
                                .build(),
                        HouseholdChange.builder()
                                .householdId("L3")
                                .region(TANJUNG_1)
                                .eligibleBefore(true)
                                .eligibleAfter(true)
                                .annualAmountBefore(Rupiah.of(900_000))
                                .annualAmountAfter(Rupiah.of(3_300_000))
                                .amountPerPaymentBefore(Rupiah.of(225_000))
                                .amountPerPaymentAfter(Rupiah.of(825_000))
                                .addCauses("pkh.lanjut_usia.min_age")
                                .build());
        assertThat(changes.get(0).gainedEligibility()).isTrue();
        assertThat(changes.get(1).gainedEligibility()).isFalse();
        assertThat(rejects).extracting(Reject::line).containsExactly(4L);
        assertThat(summary)
                .isEqualTo(WhatIfSummary.builder()
                        .recordsRead(5)
                        .compared(4)
                        .rejected(1)
                        .changed(2)
                        .gainedEligibility(1)
                        .lostEligibility(0)
                        .eligibleBefore(2)
                        .eligibleAfter(3)
                        .totalAnnualAmountBefore(BigInteger.valueOf(3_300_000))
                        .totalAnnualAmountAfter(BigInteger.valueOf(8_100_000))
                        .putChangesByParameter("pkh.lanjut_usia.min_age", 2L)
                        .build());
        assertThat(summary.difference()).isEqualTo(BigInteger.valueOf(4_800_000));
    }

    @Test
    void lansiaSixtyToSeventy_losesEligibility() {
        WhatIf back = WhatIf.of(Programs.pkh(), LANSIA_60, NATIONAL, MARCH_2024);

        HouseholdChange change =
                back.compare(household("L2", TANJUNG_1, head("1959-01-01", 2))).orElseThrow();

        assertThat(change.lostEligibility()).isTrue();
        assertThat(change.primaryReasonAfter()).contains(ReasonCode.TIDAK_ADA_KOMPONEN);
        assertThat(change.difference()).isEqualTo(Rupiah.of(-2_400_000));
    }

    @Test
    void twoParametersAtOnce_nameOnlyTheOneThatMatteredToEachHousehold() {
        ParameterSet both = layer(CAP_3, "pkh.lanjut_usia.min_age", Integer.class, "2024-01-01", 60);
        WhatIf whatIf = WhatIf.of(Programs.pkh(), NATIONAL, both, MARCH_2024);
        // Aged 65 with a pregnant wife, a toddler, SMA and SMP: 4 components before (9.500.000);
        // after, LANJUT_USIA makes 5 and the cap of 3 pays 3.000.000 + 3.000.000 + 2.400.000.
        Household elderFamily = household(
                "TUA",
                TANJUNG_1,
                head("1958-06-01", 1),
                pregnantWife("1990-02-02", 2),
                child("2021-06-06", 3),
                schoolChild("2007-05-05", 4, SchoolLevel.SMA),
                schoolChild("2010-05-05", 5, SchoolLevel.SMP));

        assertThat(whatIf.compare(fiveComponents()).orElseThrow().causes())
                .containsExactly("pkh.max_component_persons");
        assertThat(whatIf.compare(household("L2", TANJUNG_1, head("1959-01-01", 2)))
                        .orElseThrow()
                        .causes())
                .containsExactly("pkh.lanjut_usia.min_age");
        HouseholdChange elder = whatIf.compare(elderFamily).orElseThrow();
        assertThat(elder.annualAmountBefore()).isEqualTo(Rupiah.of(9_500_000));
        assertThat(elder.annualAmountAfter()).isEqualTo(Rupiah.of(8_400_000));
        assertThat(elder.causes()).containsExactly("pkh.lanjut_usia.min_age", "pkh.max_component_persons");
        assertThat(whatIf.changedParameters()).containsExactly("pkh.lanjut_usia.min_age", "pkh.max_component_persons");
    }

    @Test
    void aParameterThatNoReasonNames_isStillFoundAsTheCause() {
        // pkh.fixed_benefit is read by the amount rule, which gives no reason. The cap changes too,
        // but does not matter to a family with one component.
        ParameterSet alternative = layer(CAP_3, "pkh.fixed_benefit", Rupiah.class, "2024-01-01", Rupiah.of(550_000));
        Household sd = household("SD", TANJUNG_1, head("1980-01-01", 1), schoolChild("2015-05-05", 2, SchoolLevel.SD));

        HouseholdChange change = WhatIf.of(Programs.pkh(), NATIONAL, alternative, MARCH_2024)
                .compare(sd)
                .orElseThrow();

        // 900.000 + 550.000 a year; per tahap 225.000 + 550.000, since March is in tahap I.
        assertThat(change.annualAmountAfter()).isEqualTo(Rupiah.of(1_450_000));
        assertThat(change.amountPerPaymentAfter()).isEqualTo(Rupiah.of(775_000));
        assertThat(change.causes()).containsExactly("pkh.fixed_benefit");
    }

    @Test
    void anEffectiveDateAlone_isAChangedParameterButNeverACause() {
        ParameterSet sameCapLater = layer(NATIONAL, "pkh.max_component_persons", Integer.class, "2024-01-01", 4);
        WhatIf whatIf = WhatIf.of(Programs.pkh(), NATIONAL, sameCapLater, MARCH_2024);

        assertThat(whatIf.changedParameters()).containsExactly("pkh.max_component_persons");
        assertThat(whatIf.compare(fiveComponents())).isEmpty();
    }

    @Test
    void run_rejectsAHouseholdBornAfterTheDate() throws IOException {
        Household late = household("LATE", TANJUNG_1, head("1980-01-01", 1), child("2024-03-02", 2));
        List<Reject> rejects = new ArrayList<>();

        WhatIfSummary summary = run(
                WhatIf.of(Programs.pkh(), NATIONAL, CAP_3, MARCH_2024),
                List.of(accepted(late, 1)),
                "x.jsonl",
                new ArrayList<>(),
                rejects);

        assertThat(summary.rejected()).isEqualTo(1);
        assertThat(rejects.get(0).error())
                .isEqualTo("x.jsonl:1: household LATE: birth_date: member 1 is born after the date of evaluation"
                        + " 2024-03-01");
    }

    @Test
    void of_rejectsNullsAndIncompleteSets() {
        assertThatThrownBy(() -> WhatIf.of(null, NATIONAL, CAP_3, MARCH_2024)).hasMessage("program must not be null");
        assertThatThrownBy(() -> WhatIf.of(Programs.pkh(), null, CAP_3, MARCH_2024))
                .hasMessage("base must not be null");
        assertThatThrownBy(() -> WhatIf.of(Programs.pkh(), NATIONAL, null, MARCH_2024))
                .hasMessage("alternative must not be null");
        assertThatThrownBy(() -> WhatIf.of(Programs.pkh(), NATIONAL, CAP_3, null))
                .hasMessage("asOf must not be null");
        assertThatThrownBy(() -> WhatIf.of(Programs.pkh(), NATIONAL, ParameterSet.empty(), MARCH_2024))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void run_rejectsNullArguments() {
        WhatIf whatIf = WhatIf.of(Programs.pkh(), NATIONAL, CAP_3, MARCH_2024);
        HouseholdSource s = Rosters.Records.source("x.jsonl");
        BatchHouseholds reading = BatchHouseholds.builder().asOf(MARCH_2024).build();

        assertThatThrownBy(() -> whatIf.run(null, s, c -> {}, x -> {})).hasMessage("households must not be null");
        assertThatThrownBy(() -> whatIf.run(reading, null, c -> {}, x -> {})).hasMessage("source must not be null");
        assertThatThrownBy(() -> whatIf.run(reading, s, null, x -> {})).hasMessage("changes must not be null");
        assertThatThrownBy(() -> whatIf.run(reading, s, c -> {}, null)).hasMessage("rejects must not be null");
        assertThatThrownBy(() -> whatIf.run(null, c -> {}, x -> {})).hasMessage("source must not be null");
        assertThatThrownBy(() -> whatIf.run(BatchHouseholds.builder().build(), s, c -> {}, x -> {}))
                .hasMessage("households must read as of 2024-03-01, got no date");
        assertThatThrownBy(() -> whatIf.run(
                        BatchHouseholds.builder().asOf(MARCH_2024.plusDays(1)).build(), s, c -> {}, x -> {}))
                .hasMessage("households must read as of 2024-03-01, got 2024-03-02");
        assertThatThrownBy(() -> whatIf.compare(null)).hasMessage("household must not be null");
    }

    @Test
    void sembako_monthlyAmountChangeIsCaused() {
        ParameterSet more = layer(NATIONAL, "sembako.monthly_amount", Rupiah.class, "2024-01-01", Rupiah.of(250_000));

        Optional<HouseholdChange> change = WhatIf.of(Programs.sembako(), NATIONAL, more, MARCH_2024)
                .compare(household("S", TANJUNG_1, head("1980-01-01", 1)));

        // 12 × 200.000 = 2.400.000 → 12 × 250.000 = 3.000.000.
        assertThat(change).map(HouseholdChange::annualAmountBefore).contains(Rupiah.of(2_400_000));
        assertThat(change).map(HouseholdChange::annualAmountAfter).contains(Rupiah.of(3_000_000));
        assertThat(change).map(HouseholdChange::causes).contains(List.of("sembako.monthly_amount"));
    }
}
