package id.bansos.rules.commitment;

import id.bansos.model.decision.ParameterUse;
import id.bansos.model.internal.Checks;
import id.bansos.model.lifecycle.CommitmentCheck;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One verified commitment judged against the minimum share in force on the tahap's first day.
 *
 * <p>Example: 52 of 60 effective school days against 0.85 is {@link CheckOutcome#MET}, since 52 ≥
 * 0.85 × 60 = 51; 50 of 60 is {@link CheckOutcome#NOT_MET}.
 *
 * @param check the commitment as recorded, not null
 * @param minShare the minimum share in force, 0 to 1; empty when it is {@code none}
 * @param outcome what the rule made of it, not null; {@link CheckOutcome#NOT_IN_FORCE} exactly when
 *     {@code minShare} is empty
 * @param parameter the parameter value used, with its date, not null
 */
public record CheckResult(
        CommitmentCheck check, Optional<BigDecimal> minShare, CheckOutcome outcome, ParameterUse parameter) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the outcome does not agree with the minimum share
     */
    public CheckResult {
        Checks.notNull(check, "check");
        Checks.notNull(minShare, "minShare");
        Checks.notNull(outcome, "outcome");
        Checks.notNull(parameter, "parameter");
        Checks.check(
                minShare.isEmpty() == (outcome == CheckOutcome.NOT_IN_FORCE),
                "outcome",
                "must be NOT_IN_FORCE exactly when the minimum share is none",
                outcome);
    }
}
