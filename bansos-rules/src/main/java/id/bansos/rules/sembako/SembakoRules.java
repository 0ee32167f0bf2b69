package id.bansos.rules.sembako;

import id.bansos.rules.Rule;

/**
 * The rule of Program Sembako that no other programme shares: the amount. {@link
 * id.bansos.rules.Programs#sembako()} puts it together with the shared rules.
 */
public final class SembakoRules {
    private static final Rule AMOUNT = new SembakoAmountRule();

    private SembakoRules() {}

    /**
     * Returns {@code sembako.amount}: {@code sembako.monthly_amount} a month for an eligible family.
     *
     * @return the rule, not null, the same instance on every call
     */
    public static Rule amount() {
        return AMOUNT;
    }
}
