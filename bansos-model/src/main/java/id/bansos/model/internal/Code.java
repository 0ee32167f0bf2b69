package id.bansos.model.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The shared machinery of open codes: programmes, components and reason codes.
 *
 * <p>An open code is an upper-case text {@code [A-Z][A-Z0-9_]*}. The library names its own codes
 * as constants, but a district may use codes of its own without a new library release, which is
 * why these types are classes rather than enums. Two codes are equal when they are of the same
 * concrete type and have the same text, so {@code Program.of("PKH")} never equals a component
 * that happens to be spelt {@code PKH}. Codes order by their text.
 *
 * <p>Not public API: this package may change in any release.
 *
 * @param <T> the concrete code type
 */
public abstract class Code<T extends Code<T>> implements Comparable<T> {
    private final String code;

    /**
     * Creates a code after checking its form.
     *
     * @param code the code text, not null, of the form {@code [A-Z][A-Z0-9_]*}
     * @param field the name of the field, used in messages, not null
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if {@code code} is not of that form
     */
    protected Code(String code, String field) {
        this.code = Checks.code(code, field);
    }

    /**
     * Returns the code text, e.g. {@code PKH}.
     *
     * @return the code, of the form {@code [A-Z][A-Z0-9_]*}
     */
    public final String code() {
        return code;
    }

    /**
     * Compares codes of one type by their text, in {@link String#compareTo(String)} order.
     *
     * @param other the other code, not null
     * @return negative, zero or positive as this code sorts before, with or after {@code other}
     * @throws NullPointerException if {@code other} is null
     */
    @Override
    public final int compareTo(T other) {
        return code.compareTo(other.code());
    }

    /**
     * Tells whether {@code obj} is a code of the same concrete type with the same text.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    // Each subclass is a different kind of code (programme, component, reason): a programme and a
    // reason with the same text must not be equal. equals is final, so symmetry holds.
    @SuppressWarnings("EqualsGetClass")
    @Override
    public final boolean equals(Object obj) {
        return obj != null && obj.getClass() == getClass() && ((Code<?>) obj).code.equals(code);
    }

    @Override
    public final int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the code text, e.g. {@code PKH}.
     *
     * @return the code, not null
     */
    @Override
    public final String toString() {
        return code;
    }

    /**
     * The library's constants of one code type, and the factory for all other codes of that type.
     *
     * @param <T> the concrete code type
     */
    protected static final class Library<T extends Code<T>> {
        private final String field;
        private final Function<String, T> factory;
        private final List<T> constants;
        private final Map<String, T> byCode;

        /**
         * Creates the table of a code type's library constants.
         *
         * @param field the name of the field, used in messages, not null
         * @param factory creates a code that is not a library constant, not null
         * @param constants the library constants in their documented order, not null, no two alike
         * @throws NullPointerException if an argument or a constant is null
         * @throws IllegalArgumentException if two constants have the same code, with message
         *     {@code "constants must not repeat a code, got PKH"}
         */
        public Library(String field, Function<String, T> factory, List<T> constants) {
            this.field = Checks.notNull(field, "field");
            this.factory = Checks.notNull(factory, "factory");
            this.constants = ImmutableList.copyOf(Checks.notNull(constants, "constants"));
            Map<String, T> map = new HashMap<>();
            for (T constant : this.constants) {
                Checks.check(
                        map.put(constant.code(), constant) == null,
                        "constants",
                        "must not repeat a code",
                        constant.code());
            }
            this.byCode = ImmutableMap.copyOf(map);
        }

        /**
         * Returns the library constant with this code, or a new code of this type.
         *
         * @param code the code text, not null, of the form {@code [A-Z][A-Z0-9_]*}
         * @return the code, not null; the constant instance itself for a library code
         * @throws NullPointerException if {@code code} is null, with message {@code "<field> must not be null"}
         * @throws IllegalArgumentException if {@code code} is not of that form
         */
        public T of(String code) {
            Checks.notNull(code, field);
            T constant = byCode.get(code);
            return constant != null ? constant : factory.apply(code);
        }

        /**
         * Returns the library constants in their documented order.
         *
         * @return an unmodifiable list, not null
         */
        public List<T> constants() {
            return constants;
        }
    }
}
