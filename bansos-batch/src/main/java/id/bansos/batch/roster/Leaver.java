package id.bansos.batch.roster;

import id.bansos.model.decision.Decision;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.id.RegionCode;
import id.bansos.model.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A household on the before roster but not on the after roster, with the reasons the rules give for
 * it as of the reconciliation date.
 *
 * @param householdId the household, not blank
 * @param region its village: from the registry record if there is one, else from the before roster
 * @param source which record the reasons come from, not null
 * @param primaryReason the recorded exit reason ({@link LeaverSource#ENROLLMENT}), {@code
 *     GRAD_MANDIRI} ({@link LeaverSource#OBSERVATION}), else the first negative reason of the
 *     decision, or {@code TIDAK_DITEMUKAN} or {@code MASIH_LAYAK}; not null, the code of {@code
 *     reasons.get(0)}
 * @param reasons the reasons, at least one: the recorded exit or signed statement if any, then the
 *     decision's negative reasons in rule order; or the single {@code TIDAK_DITEMUKAN} or {@code
 *     MASIH_LAYAK}
 * @param decision the decision on the record used, if there is one: always for {@link
 *     LeaverSource#REGISTRY} and {@link LeaverSource#BEFORE_ROSTER}, never for {@link
 *     LeaverSource#NOT_IN_REGISTRY}
 * @param desilBefore the desil of the household's before-record, empty when unknown
 * @param desilAfter the desil of its registry record, empty when unknown or there is no registry
 *     record
 */
public record Leaver(
        String householdId,
        RegionCode region,
        LeaverSource source,
        ReasonCode primaryReason,
        List<Reason> reasons,
        Optional<Decision> decision,
        OptionalInt desilBefore,
        OptionalInt desilAfter) {
    /**
     * Checks the components and copies the list.
     *
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if the components disagree
     */
    public Leaver {
        Checks.notNull(householdId, "householdId");
        Checks.check(!householdId.isBlank(), "householdId", "must not be blank");
        Checks.notNull(region, "region");
        Checks.notNull(source, "source");
        Checks.notNull(primaryReason, "primaryReason");
        reasons = List.copyOf(Checks.notNull(reasons, "reasons"));
        Checks.notNull(decision, "decision");
        Checks.check(!reasons.isEmpty(), "reasons", "must hold at least one reason");
        Checks.check(
                reasons.get(0).code().equals(primaryReason),
                "primaryReason",
                "must be the code of the first reason " + reasons.get(0).code(),
                primaryReason);
        Checks.notNull(desilBefore, "desilBefore");
        Checks.notNull(desilAfter, "desilAfter");
        Checks.check(
                source == LeaverSource.ENROLLMENT
                        || source == LeaverSource.OBSERVATION
                        || decision.isEmpty() == (source == LeaverSource.NOT_IN_REGISTRY),
                "decision",
                "must be empty exactly when the source is NOT_IN_REGISTRY");
    }

    /**
     * A leaver whose desil before and after are unknown.
     *
     * @param householdId the household, not blank
     * @param region its village
     * @param source which record the reasons come from, not null
     * @param primaryReason the code of the first reason, not null
     * @param reasons the reasons, at least one
     * @param decision the decision on the record used
     * @throws NullPointerException if a component or an element is null
     * @throws IllegalArgumentException if the components disagree
     */
    public Leaver(
            String householdId,
            RegionCode region,
            LeaverSource source,
            ReasonCode primaryReason,
            List<Reason> reasons,
            Optional<Decision> decision) {
        this(householdId, region, source, primaryReason, reasons, decision, OptionalInt.empty(), OptionalInt.empty());
    }
}
