package id.bansos.rules;

import id.bansos.model.decision.ParameterUse;
import id.bansos.model.internal.Checks;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.MissingParameterException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of one rule's declared parameters on one date, as the rule's {@link
 * Rule#bind(ParameterValues)} receives them.
 *
 * <p>A rule may read only what it declared: asking for another key is a programming error. Each
 * value comes with its {@link #use(ParameterSpec) use record} (key, canonical text, date it took
 * effect), which the rule puts in its reasons. Example: for {@code pkh.target_desil_max} on
 * 2025-06-01, {@code find} gives 4 and {@code use} gives {@code pkh.target_desil_max = 4 from
 * 2025-04-01}.
 */
public final class ParameterValues {
    private final String ruleId;
    private final LocalDate date;
    private final Map<ParameterSpec<?>, DatedValue<?>> entries;
    private final Map<ParameterSpec<?>, ParameterUse> uses;

    private ParameterValues(String ruleId, LocalDate date, Map<ParameterSpec<?>, DatedValue<?>> entries) {
        this.ruleId = ruleId;
        this.date = date;
        this.entries = entries;
        Map<ParameterSpec<?>, ParameterUse> u = new HashMap<>();
        entries.forEach((spec, entry) -> u.put(
                spec,
                ParameterUse.of(
                        spec.key(),
                        entry.value().map(ParameterValues::canonicalText).orElse("none"),
                        entry.effectiveFrom())));
        this.uses = u;
    }

    /**
     * Obtains the values for one rule from entries already looked up.
     *
     * @param ruleId the id of the rule, for messages, not null
     * @param date the date of evaluation, not null
     * @param entries the entry in force on {@code date} for each declared parameter, not null
     * @return the values, not null
     * @throws NullPointerException if an argument is null
     */
    public static ParameterValues of(String ruleId, LocalDate date, Map<ParameterSpec<?>, DatedValue<?>> entries) {
        Checks.notNull(ruleId, "ruleId");
        Checks.notNull(date, "date");
        Checks.notNull(entries, "entries");
        Map<ParameterSpec<?>, DatedValue<?>> copy = new HashMap<>();
        entries.forEach((spec, entry) -> {
            Checks.notNull(spec, "entries key");
            Checks.notNull(entry, "entry of " + spec.key());
            entry.value()
                    .ifPresent(v -> Checks.check(
                            spec.type().isInstance(v),
                            "entry of " + spec.key(),
                            "must hold a " + spec.type().getSimpleName(),
                            v.getClass().getSimpleName()));
            copy.put(spec, entry);
        });
        return new ParameterValues(ruleId, date, Collections.unmodifiableMap(copy));
    }

    /**
     * The date of evaluation the values hold on.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the value of a parameter, or empty where it is {@code none} (the rule, or the part of
     * it that reads the key, is not in force).
     *
     * @param spec a parameter the rule declared, not null
     * @param <T> the type of the value
     * @return the value, or empty for {@code none}
     * @throws NullPointerException if {@code spec} is null
     * @throws IllegalArgumentException if the rule did not declare {@code spec}
     */
    public <T> Optional<T> find(ParameterSpec<T> spec) {
        return entry(spec).value().map(spec.type()::cast);
    }

    /**
     * Returns the value of a parameter the rule cannot do without.
     *
     * @param spec a parameter the rule declared, not null
     * @param <T> the type of the value
     * @return the value, not null
     * @throws NullPointerException if {@code spec} is null
     * @throws IllegalArgumentException if the rule did not declare {@code spec}
     * @throws MissingParameterException if the value is {@code none} on {@link #date()}
     */
    public <T> T get(ParameterSpec<T> spec) {
        return find(spec).orElseThrow(() -> MissingParameterException.notInForce(spec.key(), date));
    }

    /**
     * Returns the record of a parameter's use, for a reason: key, canonical text of the value
     * ({@code none}, {@code 3000000} for Rp3.000.000, {@code 4}) and the date it took effect.
     *
     * @param spec a parameter the rule declared, not null
     * @return the record, not null
     * @throws NullPointerException if {@code spec} is null
     * @throws IllegalArgumentException if the rule did not declare {@code spec}
     */
    public ParameterUse use(ParameterSpec<?> spec) {
        entry(spec);
        return uses.get(spec);
    }

    /**
     * Returns the records of several parameters' use, in the order given (see {@link
     * #use(ParameterSpec)}), e.g. of all the parameters a rule declared.
     *
     * @param specs parameters the rule declared, not null, no null element
     * @return the records, unmodifiable, not null
     * @throws NullPointerException if {@code specs} or an element is null
     * @throws IllegalArgumentException if the rule did not declare one of them
     */
    public List<ParameterUse> uses(List<? extends ParameterSpec<?>> specs) {
        List<ParameterUse> out = new ArrayList<>(Checks.notNull(specs, "specs").size());
        for (ParameterSpec<?> spec : specs) {
            out.add(use(spec));
        }
        return List.copyOf(out);
    }

    private DatedValue<?> entry(ParameterSpec<?> spec) {
        Checks.notNull(spec, "spec");
        DatedValue<?> entry = entries.get(spec);
        if (entry == null) {
            throw new IllegalArgumentException("rule " + ruleId + " reads parameter " + spec + " without declaring it");
        }
        return entry;
    }

    /**
     * Returns the canonical text of a parameter value: whole Rupiah as digits, a decimal in plain
     * notation, anything else as {@link String#valueOf(Object)}.
     *
     * @param value the value, not null
     * @return the text, not null
     */
    static String canonicalText(Object value) {
        if (value instanceof Rupiah rupiah) {
            return Long.toString(rupiah.amount());
        }
        if (value instanceof BigDecimal bigDecimal) {
            return bigDecimal.toPlainString();
        }
        return String.valueOf(value);
    }
}
