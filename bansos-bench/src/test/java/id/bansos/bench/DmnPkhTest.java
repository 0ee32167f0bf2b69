package id.bansos.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.model.Household;
import id.bansos.rules.Engine;
import id.bansos.rules.Evaluator;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import id.bansos.synthetic.SyntheticPopulation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DmnPkhTest {
    private static DmnPkh dmn;

    @BeforeAll
    static void compile() {
        dmn = DmnPkh.load();
    }

    @Test
    void dmn_agreesWithEveryHandWorkedPkhCase() {
        assertThat(Agreement.pkhCases()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(Agreement.dmnDisagreements(dmn)).isEmpty();
        assertThat(Agreement.requireDmnAgrees(dmn))
                .isEqualTo(Agreement.pkhCases().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-02-15", "2020-06-01", "2021-01-04", "2025-06-01"})
    void dmn_agreesWithTheLibraryOnAGeneratedPopulation(String date) {
        LocalDate asOf = LocalDate.parse(date);
        List<Household> households = SyntheticPopulation.builder().seed(42).reference(asOf).build().stream(300)
                .toList();
        Evaluator library = Engine.create().prepare(Programs.pkh(), NationalPolicy.load(), asOf);
        long eligible = 0;
        for (Household h : households) {
            PkhOutcome expected = PkhOutcome.from(library.evaluate(h));
            assertThat(dmn.evaluate(h, asOf)).as(h.id()).isEqualTo(expected);
            eligible += expected.eligible() ? 1 : 0;
        }
        // Both branches must be exercised for the comparison to mean something.
        assertThat(eligible).isBetween(1L, households.size() - 1L);
    }
}
