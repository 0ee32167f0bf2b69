package id.bansos.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.Household;
import id.bansos.rules.Engine;
import id.bansos.rules.Evaluator;
import id.bansos.rules.HandWorkedCases;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import id.bansos.synthetic.SyntheticPopulation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaselinePkhTest {
    @ParameterizedTest
    // Each regime of POLICY-V2: 2019 (tahap I with the fixed benefit, and later), the 2020 index
    // paid by tahap, the monthly COVID months from their first to their last day, 2021, and DTSEN.
    @ValueSource(
            strings = {
                "2019-02-15",
                "2019-08-01",
                "2020-03-31",
                "2020-04-01",
                "2020-06-01",
                "2020-12-31",
                "2021-01-04",
                "2024-03-01",
                "2025-06-01"
            })
    void baseline_agreesWithTheLibraryOnEveryHouseholdOf20000(String date) {
        LocalDate asOf = LocalDate.parse(date);
        List<Household> households = SyntheticPopulation.builder().seed(42).reference(asOf).build().stream(20_000)
                .toList();
        Evaluator library = Engine.create().prepare(Programs.pkh(), NationalPolicy.load(), asOf);
        BaselinePkh baseline = BaselinePkh.on(asOf);
        for (Household h : households) {
            assertThat(baseline.evaluate(h)).as(h.id()).isEqualTo(PkhOutcome.from(library.evaluate(h)));
        }
        PkhTotals totals = Agreement.requireBaselineAgrees(households, asOf);
        assertThat(totals).isEqualTo(Agreement.libraryTotals(households, asOf));
        assertThat(totals.eligible()).isBetween(1L, 19_999L);
    }

    @Test
    void baseline_agreesWithEveryHandWorkedPkhCase() {
        for (HandWorkedCases.Case c : Agreement.pkhCases()) {
            assertThat(BaselinePkh.on(c.asOf()).evaluate(c.household()))
                    .as(c.name())
                    .isEqualTo(new PkhOutcome(c.eligible(), c.annual(), c.perPayment()));
        }
    }

    @Test
    void on_rejectsADateBeforeTheFirstValues() {
        assertThatThrownBy(() -> BaselinePkh.on(LocalDate.of(2018, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("asOf must be on or after 2019-01-01, got 2018-12-31");
    }
}
