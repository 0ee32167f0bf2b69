package id.bansos.batch;

import static id.bansos.batch.Rosters.TANJUNG_1;
import static id.bansos.batch.Rosters.head;
import static id.bansos.batch.Rosters.household;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.model.Household;
import id.bansos.model.decision.Decision;
import id.bansos.model.id.RegionCode;
import id.bansos.model.money.Rupiah;
import id.bansos.rules.Engine;
import id.bansos.rules.Evaluator;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import id.bansos.synthetic.SyntheticPopulation;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TallyTest {
    @Test
    void addAll_ofChunksEqualsOneTallyOfEverything() {
        Evaluator evaluator = Engine.create().prepare(Programs.pkh(), NationalPolicy.load(), LocalDate.of(2025, 6, 1));
        List<Household> households =
                SyntheticPopulation.builder().seed(3).build().stream(300).collect(Collectors.toList());
        Tally whole = new Tally();
        Tally merged = new Tally();
        Tally chunk = new Tally();
        for (int i = 0; i < households.size(); i++) {
            Decision d = evaluator.evaluate(households.get(i));
            whole.decided(households.get(i), d);
            chunk.decided(households.get(i), d);
            if (i % 7 == 6) {
                whole.rejected();
                chunk.rejected();
            }
            if (i % 50 == 49) {
                merged.addAll(chunk);
                chunk = new Tally();
            }
        }

        assertThat(merged.toSummary()).isEqualTo(whole.toSummary());
        assertThat(merged.records()).isEqualTo(300 + 42);
        assertThat(whole.toSummary().byDistrict()).hasSizeGreaterThan(1);
    }

    /**
     * Totals never overflow: three eligible households at Rp4.000.000.000.000.000.000 a year each
     * (one in a chunk of its own) total Rp12.000.000.000.000.000.000, more than a long holds, in the
     * summary, its regions and its table.
     */
    @Test
    void totals_passALongExactly() {
        Household h = household("A", TANJUNG_1, head("1950-01-01", 1));
        Decision lansia = Engine.create().evaluate(h, Programs.pkh(), NationalPolicy.load(), LocalDate.of(2024, 3, 1));
        assertThat(lansia.eligible()).isTrue();
        Decision huge = Decision.builder()
                .from(lansia)
                .annualAmount(Rupiah.of(4_000_000_000_000_000_000L))
                .build();
        Tally chunk1 = new Tally();
        chunk1.decided(h, huge);
        chunk1.decided(h, huge);
        Tally chunk2 = new Tally();
        chunk2.decided(h, huge);

        chunk1.addAll(chunk2);
        BatchSummary s = chunk1.toSummary();

        BigInteger twelve = new BigInteger("12000000000000000000");
        assertThat(s.totalAnnualAmount()).isEqualTo(twelve);
        assertThat(s.byRegency().get(RegionCode.parse("52.08"))).isEqualTo(RegionTally.of(3, 0, twelve));
        assertThat(s.byDistrict().get(RegionCode.parse("52.08.01"))).isEqualTo(RegionTally.of(3, 0, twelve));
        assertThat(s.toTable(Locale.ENGLISH)).endsWith("Rp12,000,000,000,000,000,000\n");
        assertThat(s.toTable(Locale.forLanguageTag("id"))).endsWith("Rp12.000.000.000.000.000.000\n");
    }

    @Test
    void decided_countsAnEligibleHouseholdUnderItsRegions() {
        Household h = household("A", TANJUNG_1, head("1950-01-01", 1));
        Decision d = Engine.create().evaluate(h, Programs.pkh(), NationalPolicy.load(), LocalDate.of(2024, 3, 1));
        Tally t = new Tally();

        t.decided(h, d);

        BatchSummary s = t.toSummary();
        assertThat(s.eligible()).isEqualTo(1);
        assertThat(s.byRegency().get(RegionCode.parse("52.08")))
                .isEqualTo(RegionTally.of(1, 0, BigInteger.valueOf(2_400_000)));
        assertThat(s.byDistrict().get(RegionCode.parse("52.08.01")))
                .isEqualTo(RegionTally.of(1, 0, BigInteger.valueOf(2_400_000)));
    }
}
