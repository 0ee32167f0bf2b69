package id.bansos.model.decision;

import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Component;
import org.immutables.value.Value;

/**
 * One component person in an eligible PKH {@link Decision}: which member, under which component,
 * for how much a year, and whether the cap on component persons let it be paid.
 *
 * <p>The member is identified by position and by masked NIK only: a decision never carries a full
 * NIK. Example: member 2, NIK {@code 327301******0003}, component {@code SD}, Rp900.000 a year,
 * paid.
 */
@Value.Immutable
@BansosStyle
public abstract class ComponentAward {
    ComponentAward() {}

    /**
     * The member's 0-based position in the household's {@code members}.
     *
     * @return the index, 0 or more
     */
    public abstract int memberIndex();

    /**
     * The member's NIK, masked: the first six and last four digits with six asterisks between,
     * e.g. {@code 327301******0003}.
     *
     * @return the masked NIK, of the form {@code \d{6}\*{6}\d{4}}
     */
    public abstract String memberNikMasked();

    /**
     * The component the member qualifies under.
     *
     * @return the component, not null
     */
    public abstract Component component();

    /**
     * The component's yearly value in force on the decision's date, whether or not it is paid.
     *
     * @return the amount, zero or more
     */
    public abstract Rupiah annualAmount();

    /**
     * Whether the component is paid: false only when the cap on component persons cut it.
     *
     * @return true if paid
     */
    public abstract boolean paid();

    /**
     * Returns a new builder; every attribute is required.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.check(memberIndex() >= 0, "member_index", "must not be negative", memberIndex());
        // Never echo the text: a caller who got it wrong may have passed a full NIK.
        Checks.check(isMaskedNik(memberNikMasked()), "member_nik", "must be a masked NIK of the form 123456******7890");
        Checks.notNegative(annualAmount().amount(), "annual_amount");
    }

    private static boolean isMaskedNik(String s) {
        if (s.length() != 16) {
            return false;
        }
        for (int i = 0; i < 16; i++) {
            char c = s.charAt(i);
            boolean ok = (i >= 6 && i < 12) ? c == '*' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Builds a {@link ComponentAward}; {@code build()} throws {@link IllegalStateException} if an
     * attribute is missing and {@link IllegalArgumentException} if one is invalid.
     */
    public static final class Builder extends ImmutableComponentAward.Builder {}
}
