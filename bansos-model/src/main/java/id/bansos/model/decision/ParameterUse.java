package id.bansos.model.decision;

import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A dated parameter value that a rule read when it made a decision, kept so the decision can be
 * explained and audited.
 *
 * <p>Example: {@code ParameterUse.of("pkh.lanjut_usia.min_age", "70", LocalDate.of(2020, 1, 1))}
 * records that the elderly component started at age 70, a value in force since 1 January 2020.
 */
@Value.Immutable(builder = false, copy = false)
@BansosStyle
public abstract class ParameterUse {
    ParameterUse() {}

    /**
     * The parameter key, e.g. {@code pkh.max_component_persons}.
     *
     * @return the key, not blank
     */
    @Value.Parameter
    public abstract String key();

    /**
     * The canonical text of the value used, e.g. {@code 3000000}, {@code 70} or {@code none} (the
     * rule that reads the key was not in force).
     *
     * @return the value's text, not blank
     */
    @Value.Parameter
    public abstract String value();

    /**
     * The first day on which the value used is in force.
     *
     * @return the date, not null
     */
    @Value.Parameter
    public abstract LocalDate effectiveFrom();

    /**
     * Obtains a record of a parameter value used.
     *
     * @param key the parameter key, not null, not blank
     * @param value the canonical text of the value, not null, not blank
     * @param effectiveFrom the first day the value is in force, not null
     * @return the record, not null
     * @throws NullPointerException if an argument is null, with message {@code "<argument> must not be null"}
     * @throws IllegalArgumentException if {@code key} or {@code value} is blank, with message
     *     {@code "key must not be blank"} or {@code "value must not be blank"}
     */
    public static ParameterUse of(String key, String value, LocalDate effectiveFrom) {
        return ImmutableParameterUse.of(
                Checks.notNull(key, "key"),
                Checks.notNull(value, "value"),
                Checks.notNull(effectiveFrom, "effectiveFrom"));
    }

    @Value.Check
    void check() {
        Checks.check(!key().isBlank(), "key", "must not be blank");
        Checks.check(!value().isBlank(), "value", "must not be blank");
    }
}
