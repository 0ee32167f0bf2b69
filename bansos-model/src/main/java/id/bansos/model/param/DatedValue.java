package id.bansos.model.param;

import id.bansos.model.decision.LegalBasis;
import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry on a parameter's timeline: a value, or {@code none}, that holds from a date until the
 * next entry of the same parameter, with the legal basis it rests on.
 *
 * <p>A {@code none} entry means that the rule reading the parameter is not in force from that date.
 * Example: {@code pkh.target_desil_max} is {@code none} from 2019-01-01 (no desil test under DTKS)
 * and 4 from 2025-04-01 (DTSEN, Inpres 4/2025).
 *
 * @param <T> the type of the value
 */
@Value.Immutable
@BansosStyle
public abstract class DatedValue<T> {
    DatedValue() {}

    /**
     * The value from {@link #effectiveFrom()} on; empty for {@code none}.
     *
     * @return the value, or empty if the rule reading it is not in force from that date
     */
    public abstract Optional<T> value();

    /**
     * The first day on which this entry holds.
     *
     * @return the date, not null
     */
    public abstract LocalDate effectiveFrom();

    /**
     * The legal instrument this entry rests on.
     *
     * @return the legal basis, not null
     */
    public abstract LegalBasis legalBasis();

    /**
     * Tells whether this entry is {@code none}, i.e. has no value.
     *
     * @return true if {@link #value()} is empty
     */
    public boolean isNone() {
        return value().isEmpty();
    }

    /**
     * Obtains an entry with a value.
     *
     * @param from the first day on which the value holds, not null
     * @param value the value, not null
     * @param basis the legal basis, not null
     * @param <T> the type of the value
     * @return the entry, not null
     * @throws NullPointerException if any argument is null
     */
    public static <T> DatedValue<T> of(LocalDate from, T value, LegalBasis basis) {
        Checks.notNull(from, "from");
        Checks.notNull(value, "value");
        Checks.notNull(basis, "basis");
        return ImmutableDatedValue.<T>builder()
                .effectiveFrom(from)
                .value(value)
                .legalBasis(basis)
                .build();
    }

    /**
     * Obtains a {@code none} entry: from {@code from} on, the rule reading the parameter is not in
     * force.
     *
     * @param from the first day of {@code none}, not null
     * @param basis the legal basis, not null
     * @param <T> the type the parameter's other values have
     * @return the entry, not null
     * @throws NullPointerException if any argument is null
     */
    public static <T> DatedValue<T> none(LocalDate from, LegalBasis basis) {
        Checks.notNull(from, "from");
        Checks.notNull(basis, "basis");
        return ImmutableDatedValue.<T>builder()
                .effectiveFrom(from)
                .legalBasis(basis)
                .build();
    }
}
