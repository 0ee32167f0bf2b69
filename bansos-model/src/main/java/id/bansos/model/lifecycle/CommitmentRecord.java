package id.bansos.model.lifecycle;

import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import id.bansos.model.time.Tahap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A PKH family's verified commitments in one tahap (verifikasi komitmen), as the pendamping
 * records them: one line of a commitments file, keyed by household id.
 *
 * <p>A record holds at least one check and at most one check per commitment and member (for P2K2:
 * per member, module and session date, so that each session can have its own check); a P2K2
 * session date lies in the tahap. A tahap
 * without a record counts as <em>unverified</em>, not as a failure (POLICY-V1, lifecycle
 * defaults).
 *
 * <p>Example: household {@code KEL-0001} in tahap {@code 2024-I}: the SD child at position 2
 * attended 52 of 60 effective school days, and the family attended 3 of 3 P2K2 sessions.
 */
@Value.Immutable
@BansosStyle
public abstract class CommitmentRecord {
    CommitmentRecord() {}

    /**
     * The household's id.
     *
     * @return the id, not blank
     */
    public abstract String householdId();

    /**
     * The tahap verified.
     *
     * @return the tahap, not null
     */
    public abstract Tahap tahap();

    /**
     * The commitments verified, in the order recorded.
     *
     * @return at least one check, at most one per kind and member; unmodifiable
     */
    public abstract List<CommitmentCheck> checks();

    /**
     * Returns a new builder; {@code householdId}, {@code tahap} and at least one check are
     * required.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.check(!householdId().isBlank(), "household_id", "must not be blank");
        Checks.check(!checks().isEmpty(), "checks", "must hold at least one check");
        Set<String> seen = new HashSet<>();
        for (CommitmentCheck c : checks()) {
            String key = c.kind()
                    + (c.memberIndex().isPresent()
                            ? " of member " + c.memberIndex().getAsInt()
                            : "")
                    + c.module().map(m -> " in module " + m).orElse("")
                    + c.sessionDate().map(d -> " on " + d).orElse("");
            Checks.check(seen.add(key), "checks", "must not repeat a commitment", key);
            c.sessionDate()
                    .ifPresent(d -> Checks.check(
                            tahap().contains(d),
                            "checks",
                            "must have every P2K2 session_date in the tahap " + tahap(),
                            d));
        }
    }

    /**
     * Builds a {@link CommitmentRecord}; {@code build()} throws {@link IllegalStateException} if a
     * required attribute is missing and {@link IllegalArgumentException} if the record is invalid.
     */
    public static final class Builder extends ImmutableCommitmentRecord.Builder {}
}
