package id.bansos.rules.pkh;

import id.bansos.rules.Rule;

/**
 * The rules of Program Keluarga Harapan that no other programme shares: components, the cap and the
 * amount. {@link id.bansos.rules.Programs#pkh()} puts them together with the shared rules; a
 * district that builds its own variant of PKH takes them from here or from {@link
 * id.bansos.rules.Rules}.
 */
public final class PkhRules {
    private static final Rule COMPONENT = new PkhComponentRule();
    private static final Rule CAP = new PkhCapRule();
    private static final Rule AMOUNT = new PkhAmountRule();

    private PkhRules() {}

    /**
     * Returns {@code pkh.component}: who in the family is a component person, and for which component.
     *
     * @return the rule, not null, the same instance on every call
     */
    public static Rule component() {
        return COMPONENT;
    }

    /**
     * Returns {@code pkh.cap}: at most {@code pkh.max_component_persons} component persons are paid.
     *
     * @return the rule, not null, the same instance on every call
     */
    public static Rule cap() {
        return CAP;
    }

    /**
     * Returns {@code pkh.amount}: the yearly amount and the payment per tahap.
     *
     * @return the rule, not null, the same instance on every call
     */
    public static Rule amount() {
        return AMOUNT;
    }
}
