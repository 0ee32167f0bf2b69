package id.bansos.rules;

import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.internal.Checks;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Component;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The working state of one household's evaluation under one programme on one date: the reasons
 * found so far, the component persons, and the amounts. Rules read and change it through their
 * {@link Rule.Step}; the {@link Engine} turns it into a {@link id.bansos.model.decision.Decision}.
 *
 * <p>An evaluation is eligible until a rule adds a reason whose code is not {@linkplain
 * ReasonCode#isPositive() positive}. Reasons keep the order they were added in (rule order), at
 * most one per code. The engine ignores components and amounts of a household that ends up not
 * eligible. Not thread-safe: one evaluation belongs to one thread.
 *
 * <p>Example: for a household whose only living member is a child of 8 in SD, on 2024-03-01, the
 * PKH rules add {@code TIDAK_DIKECUALIKAN}, then the award {@code SD} Rp900.000 for member 1 and
 * {@code MEMENUHI_KOMPONEN}, then the amounts Rp900.000 a year and Rp225.000 per tahap.
 */
public final class Evaluation {
    private final Household household;
    private final LocalDate asOf;
    private final int[] ages;
    private final List<Reason> reasons = new ArrayList<>(6);
    private final List<ComponentAward> components = new ArrayList<>(4);
    private final List<ComponentAward> componentsView = Collections.unmodifiableList(components);
    private final List<ComponentAward> qualifications = new ArrayList<>(4);
    private final List<ComponentAward> qualificationsView = Collections.unmodifiableList(qualifications);
    private final List<Reason> reasonsView = Collections.unmodifiableList(reasons);
    private Rule current;
    private boolean eligible = true;
    private boolean stopped;
    private Rupiah annualAmount = Rupiah.ZERO;
    private Rupiah amountPerPayment = Rupiah.ZERO;

    Evaluation(Household household, LocalDate asOf) {
        this.household = household;
        this.asOf = asOf;
        // Age + 1 once computed; 0 (the array's initial value) for not yet.
        this.ages = new int[household.members().size()];
    }

    /**
     * Obtains an evaluation of a household on a date, for testing a rule on its own.
     *
     * @param household the household, not null
     * @param asOf the date of evaluation, not null
     * @param rule the rule whose reasons this evaluation will take, not null
     * @return a fresh evaluation: eligible, no reasons, no components, amounts zero
     * @throws NullPointerException if an argument is null
     */
    public static Evaluation of(Household household, LocalDate asOf, Rule rule) {
        Evaluation e = new Evaluation(Checks.notNull(household, "household"), Checks.notNull(asOf, "asOf"));
        e.current(Checks.notNull(rule, "rule"));
        return e;
    }

    void current(Rule rule) {
        this.current = rule;
    }

    /**
     * The household being evaluated.
     *
     * @return the household, not null
     */
    public Household household() {
        return household;
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
     * Returns a member's age in whole years on {@link #asOf()}, as {@link Person#ageOn(LocalDate)}
     * counts it; computed once per member.
     *
     * @param memberIndex the member's 0-based position, 0 to members − 1
     * @return the age, 0 or more
     * @throws IndexOutOfBoundsException if {@code memberIndex} is out of range
     * @throws IllegalArgumentException if the member was born after {@link #asOf()}
     */
    public int ageOf(int memberIndex) {
        int known = ages[memberIndex];
        if (known > 0) {
            return known - 1;
        }
        int age = household.members().get(memberIndex).ageOn(asOf);
        ages[memberIndex] = age + 1;
        return age;
    }

    /**
     * Tells whether no rule has found a reason against the household so far.
     *
     * @return true if every reason so far is positive
     */
    public boolean isEligible() {
        return eligible;
    }

    /**
     * Stops the evaluation after the current rule: later rules do not run. The deceased rule uses
     * this, since a household with no living member has nothing left to test.
     */
    public void stop() {
        stopped = true;
    }

    boolean isStopped() {
        return stopped;
    }

    /**
     * Adds a reason from the rule being applied, which names itself and its legal basis in it.
     *
     * @param code the code, not null; a code that is not positive makes the household not eligible
     * @param args the message arguments, not null, in the order the message uses them
     * @param parameters the parameter values the rule used, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the evaluation already has a reason with this code
     */
    public void addReason(ReasonCode code, Map<String, String> args, List<ParameterUse> parameters) {
        addReason(Reason.builder()
                .code(Checks.notNull(code, "code"))
                .rule(current.id())
                .legalBasis(current.legalBasisOn(asOf))
                .putAllArgs(Checks.notNull(args, "args"))
                .addAllParameters(Checks.notNull(parameters, "parameters"))
                .build());
    }

    /**
     * Adds a reason built in advance (a rule may build its constant reasons once, in {@link
     * Rule#bind}).
     *
     * @param reason the reason, not null, naming the rule being applied
     * @throws NullPointerException if {@code reason} is null
     * @throws IllegalArgumentException if the reason names another rule
     * @throws IllegalStateException if the evaluation already has a reason with this code
     */
    public void addReason(Reason reason) {
        Checks.notNull(reason, "reason");
        if (!reason.rule().equals(current.id())) {
            throw new IllegalArgumentException(
                    "rule " + current.id() + " must not add a reason of rule " + reason.rule());
        }
        for (Reason r : reasons) {
            if (r.code().equals(reason.code())) {
                throw new IllegalStateException("rule " + current.id() + " adds reason " + reason.code()
                        + ", which rule " + r.rule() + " already gave");
            }
        }
        reasons.add(reason);
        if (!reason.code().isPositive()) {
            eligible = false;
        }
    }

    /**
     * Returns the reasons so far, in the order they were added.
     *
     * @return an unmodifiable view, not null
     */
    public List<Reason> reasons() {
        return reasonsView;
    }

    /**
     * Adds a component person, paid until a cap says otherwise, who qualifies for this one
     * component; it is also recorded in {@link #qualifications()}.
     *
     * @param memberIndex the member's 0-based position, 0 to members − 1, not already a component
     *     person
     * @param component the component, not null
     * @param annualAmount the component's yearly value, not null, zero or more
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if {@code memberIndex} is out of range
     * @throws IllegalArgumentException if the member already has a component or the amount is
     *     negative
     */
    public void addComponent(int memberIndex, Component component, Rupiah annualAmount) {
        for (ComponentAward a : components) {
            if (a.memberIndex() == memberIndex) {
                // Not Checks.check, whose field text would be built for every award on the hot path.
                throw new IllegalArgumentException("member " + memberIndex + " already has a component");
            }
        }
        ComponentAward award = award(memberIndex, component, annualAmount);
        components.add(award);
        qualifications.add(award);
    }

    /**
     * Records that a living member qualifies for a component (POLICY-V2 rule 4). A member may qualify
     * for several components: record them in the list order of the components. The member's entry in
     * {@link #components()} is the highest-value component recorded so far (the first of equal
     * values), paid until a limit rule says otherwise.
     *
     * <p>Example: a 72-year-old with a severe disability on 2024-03-01 qualifies for {@code
     * DISABILITAS_BERAT} and {@code LANJUT_USIA} (Rp2.400.000 each); {@link #components()} lists
     * {@code DISABILITAS_BERAT}, {@link #qualifications()} both.
     *
     * @param memberIndex the member's 0-based position, 0 to members − 1; the qualifications of one
     *     member are recorded one after another, members in order
     * @param component the component, not null, not already recorded for the member
     * @param annualAmount the component's yearly value, not null, zero or more
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if {@code memberIndex} is out of range
     * @throws IllegalArgumentException if the component is already recorded for the member, or the
     *     amount is negative
     */
    public void addQualification(int memberIndex, Component component, Rupiah annualAmount) {
        int last = components.size() - 1;
        if (last >= 0 && components.get(last).memberIndex() == memberIndex) {
            for (int q = qualifications.size() - 1;
                    q >= 0 && qualifications.get(q).memberIndex() == memberIndex;
                    q--) {
                if (qualifications.get(q).component().equals(component)) {
                    throw new IllegalArgumentException("member " + memberIndex + " already qualifies for " + component);
                }
            }
            ComponentAward award = award(memberIndex, component, annualAmount);
            qualifications.add(award);
            if (annualAmount.compareTo(components.get(last).annualAmount()) > 0) {
                components.set(last, award);
            }
            return;
        }
        addComponent(memberIndex, component, annualAmount);
    }

    private ComponentAward award(int memberIndex, Component component, Rupiah annualAmount) {
        Person person = household.members().get(memberIndex);
        return ComponentAward.builder()
                .memberIndex(memberIndex)
                .memberNikMasked(person.nik().masked())
                .component(Checks.notNull(component, "component"))
                .annualAmount(Checks.notNull(annualAmount, "annualAmount"))
                .paid(true)
                .build();
    }

    /**
     * Returns every component that a component person qualifies for, members in order, each
     * member's components in the order they were recorded; {@code paid} is true in every entry.
     *
     * @return an unmodifiable view, not null
     */
    public List<ComponentAward> qualifications() {
        return qualificationsView;
    }

    /**
     * Pays a component person for one of the components they qualify for (a limit rule's choice).
     *
     * @param position the component person's position in {@link #components()}
     * @param component the component to pay, not null
     * @param annualAmount its yearly value, not null, zero or more
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if {@code position} is out of range
     * @throws IllegalArgumentException if the amount is negative
     */
    public void payComponent(int position, Component component, Rupiah annualAmount) {
        ComponentAward a = components.get(position);
        components.set(position, award(a.memberIndex(), component, annualAmount));
    }

    /**
     * Returns the component persons so far, in the order they were added.
     *
     * @return an unmodifiable view, not null
     */
    public List<ComponentAward> components() {
        return componentsView;
    }

    /**
     * Marks a component as cut by a cap (not paid).
     *
     * @param position the component's position in {@link #components()}
     * @throws IndexOutOfBoundsException if {@code position} is out of range
     */
    public void cutComponent(int position) {
        ComponentAward a = components.get(position);
        components.set(
                position,
                ComponentAward.builder()
                        .memberIndex(a.memberIndex())
                        .memberNikMasked(a.memberNikMasked())
                        .component(a.component())
                        .annualAmount(a.annualAmount())
                        .paid(false)
                        .build());
    }

    /**
     * Sets the amounts of an eligible household.
     *
     * @param annual the yearly rate of the entitlement on {@link #asOf()}, not null, zero or more
     * @param perPayment the payment for the period containing {@link #asOf()}, not null, zero or
     *     more
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an amount is negative
     */
    public void setAmounts(Rupiah annual, Rupiah perPayment) {
        Checks.notNegative(Checks.notNull(annual, "annual").amount(), "annual");
        Checks.notNegative(Checks.notNull(perPayment, "perPayment").amount(), "perPayment");
        this.annualAmount = annual;
        this.amountPerPayment = perPayment;
    }

    /**
     * The yearly amount set so far.
     *
     * @return the amount, not null; zero until a rule sets it
     */
    public Rupiah annualAmount() {
        return annualAmount;
    }

    /**
     * The amount per payment set so far.
     *
     * @return the amount, not null; zero until a rule sets it
     */
    public Rupiah amountPerPayment() {
        return amountPerPayment;
    }
}
