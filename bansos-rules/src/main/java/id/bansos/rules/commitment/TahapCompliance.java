package id.bansos.rules.commitment;

import id.bansos.model.decision.ParameterUse;
import id.bansos.model.internal.Checks;
import id.bansos.model.time.Tahap;
import java.util.List;

/**
 * A family's commitments in one tahap: each verified commitment judged, the tahap's status, the
 * count of consecutive non-compliant tahap after it, and the consequence that count brings.
 *
 * @param tahap the tahap, not null
 * @param status the status, not null; {@link ComplianceStatus#UNVERIFIED} when there was no record
 * @param checks the verified commitments judged, in the order recorded; empty when there was no
 *     record
 * @param consecutiveFailures the non-compliant tahap in a row up to and including this one, where
 *     unverified tahap neither count nor break the run and a compliant one resets it; 0 or more
 * @param consequence the consequence of that count, not null
 * @param parameters the consequence counts in force on the tahap's first day, not null
 */
public record TahapCompliance(
        Tahap tahap,
        ComplianceStatus status,
        List<CheckResult> checks,
        int consecutiveFailures,
        Consequence consequence,
        List<ParameterUse> parameters) {
    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if the count is negative
     */
    public TahapCompliance {
        Checks.notNull(tahap, "tahap");
        Checks.notNull(status, "status");
        checks = List.copyOf(Checks.notNull(checks, "checks"));
        Checks.notNegative(consecutiveFailures, "consecutiveFailures");
        Checks.notNull(consequence, "consequence");
        parameters = List.copyOf(Checks.notNull(parameters, "parameters"));
    }

    /**
     * Returns what a pendamping reads for the tahap (LIFECYCLE-V2, {@code commitments}): {@link
     * CommitmentStatus#TERMINATED} once the family is terminated, whatever the tahap's checks;
     * else {@link CommitmentStatus#UNVERIFIED} for a tahap without a verified commitment in force
     * (the count carried over still holds); else {@link CommitmentStatus#COMPLIANT}; else, for a
     * non-compliant tahap, {@link CommitmentStatus#SUSPENDED} when the count brings a suspension and
     * {@link CommitmentStatus#WARNING} otherwise (also when the count is below {@code
     * warning_after}: a failed check is always worth a word).
     *
     * <p>Example with the national counts (1, 2, 3): fail, no record, fail, pass, fail, fail, fail,
     * pass reads WARNING, UNVERIFIED, SUSPENDED, COMPLIANT, WARNING, SUSPENDED, TERMINATED,
     * TERMINATED.
     *
     * @return the status, not null
     */
    public CommitmentStatus commitmentStatus() {
        if (consequence == Consequence.TERMINATION) {
            return CommitmentStatus.TERMINATED;
        }
        return switch (status) {
            case UNVERIFIED -> CommitmentStatus.UNVERIFIED;
            case COMPLIANT -> CommitmentStatus.COMPLIANT;
            case NOT_COMPLIANT ->
                consequence == Consequence.SUSPENSION ? CommitmentStatus.SUSPENDED : CommitmentStatus.WARNING;
        };
    }

    /**
     * Returns the checks of the tahap that were not met.
     *
     * @return the failed checks in the order recorded, possibly empty; unmodifiable
     */
    public List<CheckResult> failedChecks() {
        return checks.stream().filter(c -> c.outcome() == CheckOutcome.NOT_MET).toList();
    }
}
