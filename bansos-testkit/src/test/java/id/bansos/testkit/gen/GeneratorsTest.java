package id.bansos.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import id.bansos.model.Household;
import id.bansos.model.decision.Decision;
import id.bansos.rules.Engine;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import id.bansos.synthetic.SyntheticPopulation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeneratorsTest {
    static final SyntheticPopulation POPULATION =
            SyntheticPopulation.builder().seed(11).build();

    @Test
    void householdsDrawnAreThePopulationsOwn() {
        qt().withFixedSeed(3)
                .withExamples(50)
                .forAll(Generators.households(POPULATION, 200))
                .check(h -> {
                    long index = Long.parseLong(h.id().substring("KLU-".length())) - 1;
                    return index >= 0
                            && index < 200
                            && POPULATION.household(index).equals(h);
                });
    }

    @Test
    void householdsOfASeedAreTheDefaultPopulationsOwn() {
        SyntheticPopulation same = SyntheticPopulation.builder().seed(5).build();
        qt().withFixedSeed(4).withExamples(20).forAll(Generators.households(5)).check(h -> {
            long index = Long.parseLong(h.id().substring("KLU-".length())) - 1;
            return index < Generators.DEFAULT_SIZE && same.household(index).equals(h);
        });
    }

    @Test
    void failingHouseholdsShrinkTowardsTheFirstByIndex() {
        // Every household falsifies this property, so shrinking ends at index 0, shown by its id only.
        assertThatThrownBy(() -> qt().withFixedSeed(9)
                        .withExamples(5)
                        .forAll(Generators.households(POPULATION))
                        .check(h -> false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Smallest found falsifying value(s) :-\nKLU-00000001\n");
    }

    @Test
    void notEligibleDecisionsPayNothing() {
        Engine engine = Engine.create();
        qt().withFixedSeed(21)
                .withExamples(200)
                .forAll(
                        Generators.households(POPULATION, 10_000),
                        Generators.dates(POPULATION.reference(), LocalDate.of(2026, 12, 31)))
                .check((Household h, LocalDate date) -> {
                    Decision d = engine.evaluate(h, Programs.pkh(), NationalPolicy.load(), date);
                    return d.eligible()
                            ? !d.annualAmount().isNegative() && !d.components().isEmpty()
                            : d.annualAmount().isZero() && d.amountPerPayment().isZero();
                });
    }

    @Test
    void datesStayInTheirRange() {
        LocalDate from = LocalDate.of(2024, 2, 28);
        LocalDate to = LocalDate.of(2024, 3, 1);
        qt().withFixedSeed(1)
                .withExamples(100)
                .forAll(Generators.dates(from, to))
                .check(d -> !d.isBefore(from) && !d.isAfter(to));
        qt().withFixedSeed(1).withExamples(10).forAll(Generators.dates(to, to)).check(to::equals);
    }

    @Test
    void factories_rejectBadArguments() {
        assertThatThrownBy(() -> Generators.households(null)).hasMessage("population must not be null");
        assertThatThrownBy(() -> Generators.households(POPULATION, 0)).hasMessage("size must be at least 1, got 0");
        assertThatThrownBy(() -> Generators.dates(null, LocalDate.MAX)).hasMessage("from must not be null");
        assertThatThrownBy(() -> Generators.dates(LocalDate.MIN, null)).hasMessage("to must not be null");
        assertThatThrownBy(() -> Generators.dates(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)))
                .hasMessage("to must not be before from (2024-01-02), got 2024-01-01");
        assertThat(Generators.households(POPULATION, 1)).isNotNull();
    }
}
