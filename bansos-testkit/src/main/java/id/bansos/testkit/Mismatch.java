package id.bansos.testkit;

import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import org.immutables.value.Value;

/**
 * One expectation of a scenario that a decision did not meet, with the expected and the actual
 * value as the report shows them.
 *
 * <p>Example: household {@code H1}, field {@code annual_amount}, expected {@code 3900000}, actual
 * {@code 3000000}; {@link #toString()} gives {@code annual_amount: expected 3900000, actual
 * 3000000}.
 */
@Value.Immutable
@BansosStyle
public abstract class Mismatch {
    Mismatch() {}

    /**
     * The household whose decision missed the expectation.
     *
     * @return the household id, not blank
     */
    @Value.Parameter
    public abstract String householdId();

    /**
     * The expectation that failed, as its key in a scenario file: {@code eligible}, {@code
     * annual_amount}, {@code amount_per_payment}, {@code components} or {@code reasons}.
     *
     * @return the key, not blank
     */
    @Value.Parameter
    public abstract String field();

    /**
     * What the scenario expected, as the report shows it, e.g. {@code 3900000} or {@code [IBU_HAMIL,
     * SD]}.
     *
     * @return the expected value, not null
     */
    @Value.Parameter
    public abstract String expected();

    /**
     * What the decision holds, as the report shows it.
     *
     * @return the actual value, not null
     */
    @Value.Parameter
    public abstract String actual();

    /**
     * Obtains a mismatch.
     *
     * @param householdId the household, not null, not blank
     * @param field the expectation key, not null, not blank
     * @param expected the expected value as text, not null
     * @param actual the actual value as text, not null
     * @return the mismatch, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code householdId} or {@code field} is blank
     */
    public static Mismatch of(String householdId, String field, String expected, String actual) {
        return ImmutableMismatch.of(
                Checks.notNull(householdId, "householdId"),
                Checks.notNull(field, "field"),
                Checks.notNull(expected, "expected"),
                Checks.notNull(actual, "actual"));
    }

    @Value.Check
    void check() {
        Checks.check(!householdId().isBlank(), "householdId", "must not be blank");
        Checks.check(!field().isBlank(), "field", "must not be blank");
    }

    /**
     * Returns the line of the report, without the household, e.g. {@code annual_amount: expected
     * 3900000, actual 3000000}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return field() + ": expected " + expected() + ", actual " + actual();
    }
}
