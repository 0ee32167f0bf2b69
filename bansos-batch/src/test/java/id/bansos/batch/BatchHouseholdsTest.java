package id.bansos.batch;

import static id.bansos.batch.Rosters.TANJUNG_1;
import static id.bansos.batch.Rosters.child;
import static id.bansos.batch.Rosters.head;
import static id.bansos.batch.Rosters.household;
import static id.bansos.batch.Rosters.schoolChild;
import static id.bansos.batch.Rosters.withMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.io.HouseholdRecord;
import id.bansos.io.HouseholdSource;
import id.bansos.io.Reject;
import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.SchoolLevel;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchHouseholdsTest {
    private static final LocalDate MARCH_2024 = LocalDate.of(2024, 3, 1);

    private static final BatchEvaluator PKH = BatchEvaluator.builder()
            .program(Programs.pkh())
            .parameters(NationalPolicy.load())
            .asOf(MARCH_2024)
            .threads(2)
            .chunkSize(2)
            .build();

    /**
     * A CSV roster on 2024-03-01: H1 pregnant wife + SD child (Rp3.900.000); H4 and H5 share a
     * toddler (DATA_GANDA); S split in two by H3, and its SD child's NIK also in H3, which, S
     * rejected, stays without DATA_GANDA (Rp900.000); LATE has a child born 2024-03-02. Records: H1,
     * H4, H5, S (head), H3, S (child), LATE = 7; households 4; rejected 3.
     */
    static HouseholdSource roster() {
        Person toddler = child("2021-06-06", 8);
        Person pupil = schoolChild("2015-07-08", 12, SchoolLevel.SD);
        // H1 of the hand roster: pregnant wife and an SD child.
        Household h1 =
                ((HouseholdRecord.Accepted) BatchEvaluatorTest.handRoster().get(0)).household();
        Household h4 = household("H4", TANJUNG_1, head("1982-05-05", 7), toddler);
        Household h5 = withMember(household("H5", TANJUNG_1, head("1948-02-02", 9)), toddler);
        Household s = household("S", TANJUNG_1, head("1970-01-01", 10), pupil);
        Household h3 = household("H3", TANJUNG_1, head("1984-03-03", 11), pupil);
        Household late = household("LATE", TANJUNG_1, head("1980-01-01", 13), child("2024-03-02", 14));
        String csv = new String(Rosters.csv(List.of(h1, h4, h5, s, h3, late)), StandardCharsets.UTF_8);
        // Move S's second row (the pupil) after H3's rows: S is split in two.
        List<String> lines = new ArrayList<>(csv.lines().toList());
        int sChild = -1;
        int lastH3 = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("S,")) {
                sChild = i;
            }
            if (lines.get(i).startsWith("H3,")) {
                lastH3 = i;
            }
        }
        String moved = lines.remove(sChild);
        lines.add(lastH3, moved);
        return Rosters.csvSource("roster.csv", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void forEach_handsOutWhatEvaluateDecides_andRejectsWhatItRejects() throws IOException {
        HouseholdSource source = roster();
        List<Decision> evaluated = new ArrayList<>();
        List<Reject> evaluateRejects = new ArrayList<>();
        BatchSummary summary = PKH.run(source, evaluated::add, evaluateRejects::add);

        List<BatchHousehold> households = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        BatchHouseholds.Counts counts = PKH.households().forEach(source, households::add, rejects::add);

        assertThat(households).extracting(PKH::decide).containsExactlyElementsOf(evaluated);
        assertThat(rejects).containsExactlyElementsOf(evaluateRejects);
        assertThat(counts).isEqualTo(new BatchHouseholds.Counts(7, 4, 3));
        assertThat(summary.recordsRead()).isEqualTo(7);
        assertThat(evaluated).extracting(Decision::householdId).containsExactly("H1", "H4", "H5", "H3");
        assertThat(rejects)
                .extracting(Reject::error)
                .containsExactly(
                        "roster.csv:9: household S: household_id: household id appears in 2 records, at lines 9,"
                                + " 12",
                        "roster.csv:12: household S: members must include a HEAD; household id appears in 2"
                                + " records, at lines 9, 12",
                        "roster.csv:13: household LATE: birth_date: member 1 is born after the date of evaluation"
                                + " 2024-03-01");
        assertThat(households.get(1).sharesNikWith()).containsExactly("H5");
        assertThat(households.get(1).sharesNikTotal()).isEqualTo(1);
        assertThat(households.get(1).sharesNik()).isTrue();
        assertThat(households.get(1).line()).isEqualTo(5);
        assertThat(households.get(3).sharesNik()).isFalse();
        assertThat(households.get(3).sharesNikWith()).isEmpty();
        assertThat(households.get(1).toString()).isEqualTo("BatchHousehold{H4 at line 5, shares a NIK with 1}");
    }

    @Test
    void decide_ofOneId_givesTheDecisionOrTheRejectsOfEvaluate() throws IOException {
        HouseholdSource source = roster();

        BatchEvaluator.Outcome h4 = PKH.decide(source, "H4");
        BatchEvaluator.Outcome h3 = PKH.decide(source, "H3");
        BatchEvaluator.Outcome split = PKH.decide(source, "S");
        BatchEvaluator.Outcome late = PKH.decide(source, "LATE");
        BatchEvaluator.Outcome absent = PKH.decide(source, "NOPE");

        assertThat(h4.decision().orElseThrow().eligible()).isFalse();
        assertThat(h4.decision().orElseThrow().primaryReason()).contains(ReasonCode.DATA_GANDA);
        assertThat(h4.household().orElseThrow().household().id()).isEqualTo("H4");
        assertThat(h4.rejects()).isEmpty();
        // H3's SD child, Rp900.000: its NIK is in S too, but S is rejected.
        assertThat(h3.decision().orElseThrow().annualAmount()).isEqualTo(Rupiah.of(900_000));
        assertThat(split.decision()).isEmpty();
        assertThat(split.rejects()).extracting(Reject::line).containsExactly(9L, 12L);
        assertThat(late.rejects()).extracting(Reject::line).containsExactly(13L);
        assertThat(absent.decision()).isEmpty();
        assertThat(absent.household()).isEmpty();
        assertThat(absent.rejects()).isEmpty();
    }

    @Test
    void whatIf_baseTotals_areThoseOfEvaluate() throws IOException {
        HouseholdSource source = roster();
        BatchSummary evaluate = PKH.run(source, d -> {}, r -> {});

        WhatIfSummary whatIf = WhatIf.of(Programs.pkh(), NationalPolicy.load(), NationalPolicy.load(), MARCH_2024)
                .run(source, c -> {}, r -> {});

        // H1 Rp3.900.000 + H3 Rp900.000; H4 and H5 DATA_GANDA on both sides.
        assertThat(evaluate.totalAnnualAmount()).isEqualTo(BigInteger.valueOf(4_800_000));
        assertThat(whatIf.totalAnnualAmountBefore()).isEqualTo(evaluate.totalAnnualAmount());
        assertThat(whatIf.eligibleBefore()).isEqualTo(evaluate.eligible()).isEqualTo(2);
        assertThat(whatIf.compared()).isEqualTo(evaluate.decided());
        assertThat(whatIf.rejected()).isEqualTo(evaluate.rejected());
        assertThat(whatIf.recordsRead()).isEqualTo(evaluate.recordsRead());
        assertThat(whatIf.changed()).isZero();
    }

    @Test
    void withoutADate_birthsAreNotChecked() throws IOException {
        List<String> ids = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();

        BatchHouseholds.Counts counts = BatchHouseholds.builder()
                .build()
                .forEach(roster(), h -> ids.add(h.household().id()), rejects::add);

        assertThat(ids).containsExactly("H1", "H4", "H5", "H3", "LATE");
        assertThat(rejects).extracting(Reject::line).containsExactly(9L, 12L);
        assertThat(counts).isEqualTo(new BatchHouseholds.Counts(7, 5, 2));
        assertThat(BatchHouseholds.builder().build().asOf()).isEmpty();
    }

    @Test
    void applyBatchRules_refusesAnotherHouseholdsDecision() throws IOException {
        List<BatchHousehold> households = new ArrayList<>();
        PKH.households().forEach(roster(), households::add, r -> {});
        Decision h1 = PKH.decide(households.get(0));

        assertThatThrownBy(() -> households.get(1).applyBatchRules(h1))
                .hasMessage("decision must be of household H4, got H1");
        assertThat(households.get(0).applyBatchRules(h1)).isSameAs(h1);
    }

    @Test
    void nullArguments_areRefused() {
        BatchHouseholds reading = BatchHouseholds.builder().build();
        HouseholdSource source = roster();

        assertThatThrownBy(() -> reading.forEach(null, h -> {}, r -> {})).hasMessage("source must not be null");
        assertThatThrownBy(() -> reading.forEach(source, null, r -> {})).hasMessage("households must not be null");
        assertThatThrownBy(() -> reading.forEach(source, h -> {}, null)).hasMessage("rejects must not be null");
        assertThatThrownBy(() -> PKH.decide(null, "H1")).hasMessage("source must not be null");
        assertThatThrownBy(() -> PKH.decide(source, null)).hasMessage("householdId must not be null");
        assertThatThrownBy(() -> PKH.decide((BatchHousehold) null)).hasMessage("household must not be null");
        assertThatThrownBy(() -> BatchHouseholds.builder().asOf(null)).hasMessage("asOf must not be null");
        assertThatThrownBy(() -> BatchHouseholds.builder().limits(null)).hasMessage("limits must not be null");
        assertThatThrownBy(() -> BatchHouseholds.builder().indexMemory(null)).hasMessage("memory must not be null");
    }
}
