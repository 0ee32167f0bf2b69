package id.bansos.model.param;

import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A policy parameter: a key, the type of its values and a timeline of dated values.
 *
 * <p>Each value holds from its {@link DatedValue#effectiveFrom()} until the day before the next
 * entry's date; the last one holds indefinitely. Asking for a value before the first date is an
 * error, since the policy says nothing then. Example: {@code sembako.monthly_amount} is Rp110.000
 * from 2019-01-01, Rp150.000 from 2020-01-01 and Rp200.000 from 2020-03-01, so {@code
 * valueOn(2020-02-29)} is Rp150.000.
 *
 * @param <T> the type of the values
 */
@Value.Immutable
@BansosStyle
public abstract class Parameter<T> {
    private static final String KEY_FORM = "[a-z][a-z0-9_]*(\\.[A-Za-z0-9_]+)*";
    private static final Pattern KEY_PATTERN = Pattern.compile(KEY_FORM);

    Parameter() {}

    /**
     * The key, lower-case and dotted, whose later segments may hold upper-case codes, e.g. {@code
     * pkh.index.IBU_HAMIL}; of the form {@code [a-z][a-z0-9_]*(\.[A-Za-z0-9_]+)*}.
     *
     * @return the key, not null
     */
    public abstract String key();

    /**
     * The type of every value, e.g. {@code Rupiah.class} or {@code Integer.class}; never primitive.
     *
     * @return the type, not null
     */
    public abstract Class<T> type();

    /**
     * The timeline: at least one entry, with strictly increasing {@link DatedValue#effectiveFrom()}.
     *
     * @return the entries in date order, not empty, unmodifiable
     */
    public abstract List<DatedValue<T>> values();

    @Value.Check
    void check() {
        if (!KEY_PATTERN.matcher(key()).matches()) {
            throw new IllegalArgumentException("key must match " + KEY_FORM + ", got \"" + key() + "\"");
        }
        Checks.check(!type().isPrimitive(), "type", "must not be primitive", type().getName());
        Checks.check(!values().isEmpty(), "parameter " + key(), "must have at least one value");
        LocalDate previous = null;
        for (DatedValue<T> entry : values()) {
            LocalDate from = entry.effectiveFrom();
            if (previous != null && !from.isAfter(previous)) {
                throw new IllegalArgumentException(
                        from.equals(previous)
                                ? "parameter " + key() + " has two values from " + from
                                : "parameter " + key() + " has a value from " + from + " after one from " + previous);
            }
            // Erasure lets a raw or unchecked list carry any object; catch it here, not in a rule.
            Optional<T> value = entry.value();
            if (value.isPresent() && !type().isInstance(value.get())) {
                throw new IllegalArgumentException("parameter " + key() + " has a value from " + from + " of type "
                        + value.get().getClass().getName() + ", not " + type().getName());
            }
            previous = from;
        }
    }

    /**
     * Returns the entry in force on a date: the latest one whose date is not after {@code date}.
     *
     * @param date the date, not null
     * @return the entry, not null; it may be {@code none}
     * @throws NullPointerException if {@code date} is null
     * @throws MissingParameterException if {@code date} is before the first entry
     */
    public DatedValue<T> entryOn(LocalDate date) {
        Checks.notNull(date, "date");
        List<DatedValue<T>> values = values();
        for (int i = values.size() - 1; i >= 0; i--) {
            if (!values.get(i).effectiveFrom().isAfter(date)) {
                return values.get(i);
            }
        }
        throw MissingParameterException.beforeFirstValue(key(), date, firstDate());
    }

    /**
     * Returns the value on a date, or empty where it is {@code none} (the rule reading it is not in
     * force).
     *
     * @param date the date, not null
     * @return the value, or empty if the entry on {@code date} is {@code none}
     * @throws NullPointerException if {@code date} is null
     * @throws MissingParameterException if {@code date} is before the first entry
     */
    public Optional<T> findValueOn(LocalDate date) {
        return entryOn(date).value();
    }

    /**
     * Returns the value on a date, for rules that cannot run without it.
     *
     * @param date the date, not null
     * @return the value, not null
     * @throws NullPointerException if {@code date} is null
     * @throws MissingParameterException if {@code date} is before the first entry, or the entry on
     *     {@code date} is {@code none}
     */
    public T valueOn(LocalDate date) {
        DatedValue<T> entry = entryOn(date);
        return entry.value().orElseThrow(() -> MissingParameterException.notInForce(key(), date));
    }

    /**
     * Returns this parameter layered over another with the same key: from this parameter's first
     * date on, its timeline replaces the one below; entries below dated earlier stay.
     *
     * <p>Example: a national {@code 60 from 2019-01-01, 70 from 2020-01-01} under a district's
     * {@code 65 from 2021-01-01} gives {@code 60, 70, 65} from those dates; under a district's {@code
     * 65 from 2019-06-01} it gives {@code 60 from 2019-01-01, 65 from 2019-06-01}.
     *
     * @param below the parameter underneath, not null, with the same key and type
     * @return the layered parameter, not null
     * @throws NullPointerException if {@code below} is null
     * @throws IllegalArgumentException if {@code below} has another key or another type
     */
    public Parameter<T> layeredOver(Parameter<T> below) {
        Checks.notNull(below, "below");
        return layeredOverUnchecked(below);
    }

    // For ParameterSet, whose parameters are Parameter<?>: the type check below makes the cast safe.
    Parameter<T> layeredOverUnchecked(Parameter<?> below) {
        if (!below.key().equals(key())) {
            throw new IllegalArgumentException(
                    "cannot layer parameter " + key() + " over a different parameter " + below.key());
        }
        if (!below.type().equals(type())) {
            throw new IllegalArgumentException("parameter " + key() + " has type " + type().getName()
                    + " in the layer but " + below.type().getName() + " below");
        }
        @SuppressWarnings("unchecked")
        List<DatedValue<T>> belowValues = (List<DatedValue<T>>) (List<?>) below.values();
        LocalDate first = firstDate();
        List<DatedValue<T>> merged = new ArrayList<>();
        for (DatedValue<T> entry : belowValues) {
            if (entry.effectiveFrom().isBefore(first)) {
                merged.add(entry);
            }
        }
        merged.addAll(values());
        return of(key(), type(), merged);
    }

    private LocalDate firstDate() {
        return values().get(0).effectiveFrom();
    }

    /**
     * Obtains a parameter.
     *
     * @param key the key, not null, of the form {@code [a-z][a-z0-9_]*(\.[A-Za-z0-9_]+)*}
     * @param type the type of the values, not null, not primitive
     * @param values the timeline, not null, at least one entry, dates strictly increasing, each
     *     value an instance of {@code type}
     * @param <T> the type of the values
     * @return the parameter, not null
     * @throws NullPointerException if an argument or an entry is null
     * @throws IllegalArgumentException if the key is ill-formed, the type primitive, the timeline
     *     empty or out of order, or a value not of {@code type}
     */
    public static <T> Parameter<T> of(String key, Class<T> type, List<DatedValue<T>> values) {
        Checks.notNull(key, "key");
        Checks.notNull(type, "type");
        Checks.notNull(values, "values");
        for (DatedValue<T> entry : values) {
            Checks.notNull(entry, "values element");
        }
        return ImmutableParameter.<T>builder()
                .key(key)
                .type(type)
                .values(values)
                .build();
    }

    /**
     * Returns a new builder.
     *
     * @param <T> the type of the values
     * @return a builder, not null
     */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * Builds a {@link Parameter}.
     *
     * @param <T> the type of the values
     */
    public static final class Builder<T> extends ImmutableParameter.Builder<T> {}
}
