package id.bansos.rules;

import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import id.bansos.model.money.Rupiah;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A parameter a rule reads: its key and the type of its values.
 *
 * <p>Rules declare the parameters they read, so that a parameter file may set exactly those keys
 * (a misspelt key is an error), the rule catalogue can list them, and a district's own rules can
 * bring keys of their own. Example: {@code ParameterSpec.of("pkh.max_component_persons",
 * Integer.class)}.
 *
 * @param <T> the type of the values
 */
@Value.Immutable(builder = false)
@BansosStyle
public abstract class ParameterSpec<T> {
    private static final String KEY_FORM = "[a-z][a-z0-9_]*(\\.[A-Za-z0-9_]+)*";
    private static final Pattern KEY_PATTERN = Pattern.compile(KEY_FORM);
    private static final List<Class<?>> TYPES =
            List.of(Rupiah.class, Integer.class, Boolean.class, String.class, BigDecimal.class);

    ParameterSpec() {}

    /**
     * The key, e.g. {@code pkh.index.SD}.
     *
     * @return the key, of the form {@code [a-z][a-z0-9_]*(\.[A-Za-z0-9_]+)*}
     */
    @Value.Parameter
    public abstract String key();

    /**
     * The type of the values: {@link Rupiah}, {@link Integer}, {@link Boolean}, {@link String} or
     * {@link BigDecimal}, the types a parameter file can hold.
     *
     * @return the type, not null
     */
    @Value.Parameter
    public abstract Class<T> type();

    /**
     * Obtains a parameter declaration.
     *
     * @param key the key, not null, of the form {@code [a-z][a-z0-9_]*(\.[A-Za-z0-9_]+)*}
     * @param type the type of the values, not null; one of {@link Rupiah}, {@link Integer}, {@link
     *     Boolean}, {@link String}, {@link BigDecimal}
     * @param <T> the type of the values
     * @return the declaration, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key is ill-formed or the type not one of the five
     */
    public static <T> ParameterSpec<T> of(String key, Class<T> type) {
        Checks.notNull(key, "key");
        Checks.notNull(type, "type");
        return ImmutableParameterSpec.of(key, type);
    }

    @Value.Check
    void check() {
        if (!KEY_PATTERN.matcher(key()).matches()) {
            throw new IllegalArgumentException("key must match " + KEY_FORM + ", got \"" + key() + "\"");
        }
        Checks.check(
                TYPES.contains(type()),
                "type",
                "must be Rupiah, Integer, Boolean, String or BigDecimal",
                type().getName());
    }

    /**
     * Returns the form {@code key: Type}, e.g. {@code pkh.index.SD: Rupiah}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return key() + ": " + type().getSimpleName();
    }
}
