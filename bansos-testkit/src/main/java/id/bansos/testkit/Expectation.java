package id.bansos.testkit;

import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Component;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a scenario expects of one household's decision: the {@code expect:} block of a scenario
 * file. Only the expectations given are checked.
 *
 * <p>{@link #components()} are the paid components as a multiset (order does not matter, a
 * component twice means two persons); {@link #reasons()} are codes that must be among the
 * decision's reasons, others may be there too.
 *
 * <p>Example: {@code Expectation.builder().eligible(true).annualAmount(Rupiah.of(3_900_000))
 * .components(List.of(Component.IBU_HAMIL, Component.SD)).build()}.
 */
@Value.Immutable
@BansosStyle
public abstract class Expectation {
    Expectation() {}

    /**
     * Whether the household must be eligible.
     *
     * @return the expected eligibility, empty if not checked
     */
    public abstract Optional<Boolean> eligible();

    /**
     * The expected {@code annual_amount}.
     *
     * @return the amount, zero or more, empty if not checked
     */
    public abstract Optional<Rupiah> annualAmount();

    /**
     * The expected {@code amount_per_payment}.
     *
     * @return the amount, zero or more, empty if not checked
     */
    public abstract Optional<Rupiah> amountPerPayment();

    /**
     * The expected paid components, as a multiset: compared with the decision's paid components
     * whatever the order.
     *
     * @return an unmodifiable list, possibly empty (no paid component), or empty if not checked
     */
    public abstract Optional<List<Component>> components();

    /**
     * The reason codes that must be among the decision's reasons.
     *
     * @return an unmodifiable set in the order given, not null, empty if not checked
     */
    public abstract Set<ReasonCode> reasons();

    /**
     * Returns a new builder; every attribute is optional, but at least one must be set.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a decision against this expectation.
     *
     * @param decision the decision, not null
     * @param householdId the household to name in each mismatch, not null
     * @return the mismatches, in the order eligible, annual_amount, amount_per_payment, components,
     *     reasons; empty if the decision meets the expectation
     * @throws NullPointerException if an argument is null
     */
    public List<Mismatch> check(Decision decision, String householdId) {
        Checks.notNull(decision, "decision");
        Checks.notNull(householdId, "householdId");
        List<Mismatch> out = new ArrayList<>();
        if (eligible().isPresent() && eligible().get() != decision.eligible()) {
            out.add(Mismatch.of(
                    householdId, "eligible", eligible().get().toString(), Boolean.toString(decision.eligible())));
        }
        if (annualAmount().isPresent() && !annualAmount().get().equals(decision.annualAmount())) {
            out.add(Mismatch.of(
                    householdId,
                    "annual_amount",
                    Long.toString(annualAmount().get().amount()),
                    Long.toString(decision.annualAmount().amount())));
        }
        if (amountPerPayment().isPresent() && !amountPerPayment().get().equals(decision.amountPerPayment())) {
            out.add(Mismatch.of(
                    householdId,
                    "amount_per_payment",
                    Long.toString(amountPerPayment().get().amount()),
                    Long.toString(decision.amountPerPayment().amount())));
        }
        if (components().isPresent()) {
            List<Component> actual = paidComponents(decision);
            if (!sorted(components().get()).equals(sorted(actual))) {
                out.add(Mismatch.of(
                        householdId, "components", components().get().toString(), actual.toString()));
            }
        }
        if (!decision.reasonCodes().containsAll(reasons())) {
            out.add(Mismatch.of(
                    householdId,
                    "reasons",
                    reasons() + " among the reasons",
                    decision.reasonCodes().toString()));
        }
        return List.copyOf(out);
    }

    /**
     * Returns the components a decision pays, in member order.
     *
     * @param decision the decision, not null
     * @return an unmodifiable list, not null
     * @throws NullPointerException if {@code decision} is null
     */
    static List<Component> paidComponents(Decision decision) {
        List<Component> paid = new ArrayList<>();
        for (ComponentAward award : decision.components()) {
            if (award.paid()) {
                paid.add(award.component());
            }
        }
        return List.copyOf(paid);
    }

    private static List<Component> sorted(List<Component> components) {
        List<Component> copy = new ArrayList<>(components);
        Collections.sort(copy);
        return copy;
    }

    @Value.Check
    Expectation normalize() {
        Checks.check(
                eligible().isPresent()
                        || annualAmount().isPresent()
                        || amountPerPayment().isPresent()
                        || components().isPresent()
                        || !reasons().isEmpty(),
                "expect",
                "must name at least one of eligible, annual_amount, amount_per_payment, components, reasons");
        annualAmount().ifPresent(a -> Checks.notNegative(a.amount(), "annual_amount"));
        amountPerPayment().ifPresent(a -> Checks.notNegative(a.amount(), "amount_per_payment"));
        if (components().isPresent()) {
            List<Component> given = components().get();
            for (Component c : given) {
                Checks.notNull(c, "components element");
            }
            // A caller's mutable list must not change the expectation afterwards.
            List<Component> copy = List.copyOf(given);
            if (copy != given) {
                return builder().from(this).components(copy).build();
            }
        }
        return this;
    }

    /**
     * Builds an {@link Expectation}; {@code build()} throws {@link IllegalArgumentException} if no
     * expectation is set or an amount is negative.
     */
    public static final class Builder extends ImmutableExpectation.Builder {}
}
