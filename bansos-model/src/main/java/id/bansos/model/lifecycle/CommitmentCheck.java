package id.bansos.model.lifecycle;

import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One verified commitment in one tahap: what was scheduled and what was attended, such as 52 of
 * 60 effective school days for the child at member position 2.
 *
 * <p>Every kind but {@link CommitmentKind#P2K2} names its member by 0-based position in the
 * household's {@code members}; for P2K2, the family's commitment, a member index is optional (the
 * person who attends). The share attended is {@code attended / scheduled}; whether it is enough is
 * for the commitment rule and its dated thresholds, not for this record.
 *
 * <p>A P2K2 check may name its {@link #module()} and {@link #sessionDate()}; a record may then hold
 * one P2K2 check per session (module and day), each judged on its own.
 *
 * <p>Example: {@code CommitmentCheck.builder().kind(CommitmentKind.SCHOOL_ATTENDANCE)
 * .memberIndex(2).scheduled(60).attended(52).build()}; a P2K2 session on parenting: {@code
 * CommitmentCheck.builder().kind(CommitmentKind.P2K2).module(P2k2Module.PENGASUHAN_PENDIDIKAN)
 * .sessionDate(LocalDate.of(2024, 2, 14)).scheduled(1).attended(1).build()}.
 */
@Value.Immutable
@BansosStyle
public abstract class CommitmentCheck {
    /** The most scheduled units (days, visits, sessions) one check may have: more than a tahap holds. */
    public static final int MAX_SCHEDULED = 366;

    CommitmentCheck() {}

    /**
     * The commitment checked.
     *
     * @return the kind, not null
     */
    public abstract CommitmentKind kind();

    /**
     * The member the commitment belongs to, by 0-based position in the household's members.
     *
     * @return 0 to 99; present for every kind but {@link CommitmentKind#P2K2}, where it is optional
     */
    public abstract OptionalInt memberIndex();

    /**
     * How many units were due in the tahap: effective school days, scheduled visits or doses, or
     * P2K2 sessions held.
     *
     * @return 1 to {@link #MAX_SCHEDULED}
     */
    public abstract int scheduled();

    /**
     * How many of the scheduled units were attended.
     *
     * @return 0 to {@link #scheduled()}
     */
    public abstract int attended();

    /**
     * The module of a P2K2 session (LIFECYCLE-V2).
     *
     * @return the module, present only for {@link CommitmentKind#P2K2}, optional there
     */
    public abstract Optional<P2k2Module> module();

    /**
     * The day a P2K2 session was held (LIFECYCLE-V2); it lies in the record's tahap.
     *
     * @return the day, present only for {@link CommitmentKind#P2K2}, optional there
     */
    public abstract Optional<LocalDate> sessionDate();

    /**
     * Returns a new builder; {@code kind}, {@code scheduled} and {@code attended} are required.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        if (memberIndex().isPresent()) {
            Checks.inRange(memberIndex().getAsInt(), 0, 99, "member_index");
        } else {
            Checks.check(!kind().isPerMember(), "member_index", "must be present for " + kind());
        }
        if (kind() != CommitmentKind.P2K2) {
            Checks.check(module().isEmpty(), "module", "must be absent for " + kind());
            Checks.check(sessionDate().isEmpty(), "session_date", "must be absent for " + kind());
        }
        Checks.inRange(scheduled(), 1, MAX_SCHEDULED, "scheduled");
        Checks.inRange(attended(), 0, scheduled(), "attended");
    }

    /**
     * Builds a {@link CommitmentCheck}; {@code build()} throws {@link IllegalStateException} if a
     * required attribute is missing and {@link IllegalArgumentException} if one is out of range.
     */
    public static final class Builder extends ImmutableCommitmentCheck.Builder {}
}
