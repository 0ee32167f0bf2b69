package id.bansos.model.lifecycle;

import id.bansos.model.Occupation;
import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import org.immutables.value.Value;

/**
 * A member's occupation as a monitoring visit found it, such as a village official (perangkat
 * desa) at member position 0. It counts as the same occupation recorded in the registry would:
 * an excluded occupation makes the family not eligible.
 *
 * <p>Example: {@code ObservedOccupation.of(0, Occupation.PERANGKAT_DESA)}, in JSON {@code
 * {"member_index": 0, "occupation": "PERANGKAT_DESA"}}.
 */
@Value.Immutable
@BansosStyle
public abstract class ObservedOccupation {
    ObservedOccupation() {}

    /**
     * The member, by 0-based position in the household's {@code members}.
     *
     * @return 0 to 99
     */
    public abstract int memberIndex();

    /**
     * The occupation found.
     *
     * @return the occupation, not null
     */
    public abstract Occupation occupation();

    /**
     * Returns the occupation found for a member.
     *
     * @param memberIndex the member's 0-based position, 0 to 99
     * @param occupation the occupation, not null
     * @return the finding, not null
     * @throws NullPointerException if {@code occupation} is null
     * @throws IllegalArgumentException if {@code memberIndex} is out of range
     */
    public static ObservedOccupation of(int memberIndex, Occupation occupation) {
        return new Builder().memberIndex(memberIndex).occupation(occupation).build();
    }

    /**
     * Returns a new builder; both attributes are required.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.inRange(memberIndex(), 0, 99, "member_index");
    }

    /**
     * Builds an {@link ObservedOccupation}; {@code build()} throws {@link IllegalStateException} if
     * an attribute is missing and {@link IllegalArgumentException} if the member index is out of
     * range.
     */
    public static final class Builder extends ImmutableObservedOccupation.Builder {}
}
