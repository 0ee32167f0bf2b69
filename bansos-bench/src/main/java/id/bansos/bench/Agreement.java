package id.bansos.bench;

import id.bansos.model.Household;
import id.bansos.model.program.Program;
import id.bansos.rules.Engine;
import id.bansos.rules.Evaluator;
import id.bansos.rules.HandWorkedCases;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The checks that make a comparison honest: before anything is measured, the baseline must agree
 * with the library on a whole population, and the DMN peer with the hand-worked PKH cases.
 */
public final class Agreement {
    private Agreement() {}

    /**
     * Decides every household with the library's PKH under the national policy.
     *
     * @param households the households, not null
     * @param asOf the date of evaluation, not null
     * @return the totals, not null
     * @throws NullPointerException if an argument is null
     */
    public static PkhTotals libraryTotals(List<Household> households, LocalDate asOf) {
        Evaluator evaluator = Engine.create().prepare(Programs.pkh(), NationalPolicy.load(), asOf);
        PkhTotals totals = PkhTotals.ZERO;
        for (Household h : households) {
            totals = totals.plus(PkhOutcome.from(evaluator.evaluate(h)));
        }
        return totals;
    }

    /**
     * Decides every household with the hand-written baseline.
     *
     * @param households the households, not null
     * @param asOf the date of evaluation, not null, from 2019-01-01
     * @return the totals, not null
     * @throws NullPointerException if an argument is null
     */
    public static PkhTotals baselineTotals(List<Household> households, LocalDate asOf) {
        BaselinePkh baseline = BaselinePkh.on(asOf);
        PkhTotals totals = PkhTotals.ZERO;
        for (Household h : households) {
            totals = totals.plus(baseline.evaluate(h));
        }
        return totals;
    }

    /**
     * Checks that the baseline gives the library's totals on a population.
     *
     * @param households the households, not null
     * @param asOf the date of evaluation, not null, from 2019-01-01
     * @return the totals both gave, not null
     * @throws IllegalStateException if the totals differ
     */
    public static PkhTotals requireBaselineAgrees(List<Household> households, LocalDate asOf) {
        PkhTotals library = libraryTotals(households, asOf);
        PkhTotals baseline = baselineTotals(households, asOf);
        if (!library.equals(baseline)) {
            throw new IllegalStateException("baseline disagrees with the library on " + households.size()
                    + " households as of " + asOf + ": library " + library + ", baseline " + baseline);
        }
        return library;
    }

    /**
     * Lists the hand-worked PKH cases on which the DMN peer's eligibility, annual amount or amount
     * per payment differs from the hand-worked figures.
     *
     * @param dmn the peer, not null
     * @return one line per disagreeing case, empty when all agree, not null
     * @throws NullPointerException if {@code dmn} is null
     */
    public static List<String> dmnDisagreements(DmnPkh dmn) {
        Objects.requireNonNull(dmn, "dmn");
        List<String> wrong = new ArrayList<>();
        for (HandWorkedCases.Case c : pkhCases()) {
            PkhOutcome expected = new PkhOutcome(c.eligible(), c.annual(), c.perPayment());
            PkhOutcome actual = dmn.evaluate(c.household(), c.asOf());
            if (!expected.equals(actual)) {
                wrong.add(c.name() + ": expected " + expected + ", DMN gave " + actual);
            }
        }
        return wrong;
    }

    /**
     * Checks that the DMN peer agrees with every hand-worked PKH case.
     *
     * @param dmn the peer, not null
     * @return the number of cases checked, 40 or more
     * @throws IllegalStateException if a case disagrees
     */
    public static int requireDmnAgrees(DmnPkh dmn) {
        List<String> wrong = dmnDisagreements(dmn);
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("DMN disagrees with " + wrong.size() + " hand-worked cases: " + wrong);
        }
        return pkhCases().size();
    }

    /**
     * Returns the hand-worked PKH cases of bansos-rules' tests.
     *
     * @return the cases, not null
     */
    public static List<HandWorkedCases.Case> pkhCases() {
        return HandWorkedCases.all().stream()
                .filter(c -> c.program().program().equals(Program.PKH))
                .toList();
    }
}
