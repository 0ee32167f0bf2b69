package id.bansos.rules;

import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.decision.Decision;
import id.bansos.model.internal.Checks;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.ParameterSet;
import java.time.LocalDate;
import java.util.List;

/**
 * A programme's rules bound to the parameter values on one date, ready to decide any number of
 * households; obtained from {@link Engine#prepare}. Immutable and thread-safe.
 *
 * <p>Example: {@code Evaluator e = Engine.create().prepare(Programs.sembako(), NationalPolicy.load(),
 * LocalDate.of(2020, 3, 1));} then {@code e.evaluate(household)} for each household gives Rp200.000
 * a month to each eligible one.
 */
public final class Evaluator {
    private final ProgramDefinition program;
    private final ParameterSet parameters;
    private final LocalDate asOf;
    private final Rule[] rules;
    private final Rule.Step[] steps;
    private final String policyVersion;
    private final String engineVersion;

    Evaluator(
            ProgramDefinition program,
            ParameterSet parameters,
            LocalDate asOf,
            List<Rule.Step> steps,
            String policyVersion,
            String engineVersion) {
        this.program = program;
        this.parameters = parameters;
        this.asOf = asOf;
        this.rules = program.rules().toArray(new Rule[0]);
        this.steps = steps.toArray(new Rule.Step[0]);
        this.policyVersion = policyVersion;
        this.engineVersion = engineVersion;
    }

    // The cached evaluator is reused only for the very same programme and parameter instances:
    // comparing parameter sets by value would cost more than building a new evaluator.
    @SuppressWarnings("ReferenceEquality")
    boolean isFor(ProgramDefinition p, ParameterSet set, LocalDate date) {
        return p == program && set == parameters && date.equals(asOf);
    }

    /**
     * The programme decided.
     *
     * @return the programme, not null
     */
    public ProgramDefinition program() {
        return program;
    }

    /**
     * The date of evaluation.
     *
     * @return the date, not null
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The version of the parameter set, written into every decision.
     *
     * @return the SHA-256 of the set's canonical form, 64 hexadecimal digits
     */
    public String policyVersion() {
        return policyVersion;
    }

    /**
     * Decides one household: runs the rules in order (all of them, unless one stops the
     * evaluation), then builds the decision. A household that is not eligible gets amounts 0 and
     * no components.
     *
     * @param household the household, not null; no member born after {@link #asOf()}
     * @return the decision, not null
     * @throws NullPointerException if {@code household} is null
     * @throws IllegalArgumentException if a member is born after {@link #asOf()}
     * @throws UndecidableHouseholdException if a rule cannot decide this household, such as a
     *     programme file's amount expression that gives a negative number for it
     */
    public Decision evaluate(Household household) {
        Checks.notNull(household, "household");
        List<Person> members = household.members();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).birthDate().isAfter(asOf)) {
                // The birth date is personal data: name the member by position only.
                throw new IllegalArgumentException("member " + i + " of household " + household.id()
                        + " is born after the date of evaluation " + asOf);
            }
        }
        Evaluation e = new Evaluation(household, asOf);
        for (int r = 0; r < steps.length && !e.isStopped(); r++) {
            e.current(rules[r]);
            steps[r].apply(e);
        }
        boolean eligible = e.isEligible();
        Decision.Builder b = Decision.builder()
                .householdId(household.id())
                .program(program.program())
                .asOf(asOf)
                .eligible(eligible)
                .addAllReasons(e.reasons())
                .policyVersion(policyVersion)
                .engineVersion(engineVersion);
        if (eligible) {
            b.annualAmount(e.annualAmount())
                    .amountPerPayment(e.amountPerPayment())
                    .addAllComponents(e.components());
        } else {
            b.annualAmount(Rupiah.ZERO).amountPerPayment(Rupiah.ZERO);
        }
        return b.build();
    }

    /**
     * Returns a short description, e.g. {@code Evaluator[PKH on 2024-03-01]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "Evaluator[" + program.program() + " on " + asOf + "]";
    }
}
