package id.bansos.model.param;

import com.google.common.hash.Hashing;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.Provenance;
import id.bansos.model.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable set of policy parameters, at most one per key, such as the national defaults or a
 * district's file.
 *
 * <p>Sets layer: a district's set {@link #layeredOver(ParameterSet) layered over} the national one
 * replaces, key by key, the national timeline from the district's first date on. A set names its
 * content with a {@link #version()}, the SHA-256 of its {@link #canonicalForm()}, so that a
 * decision can say which policy produced it.
 */
public final class ParameterSet {
    private static final ParameterSet EMPTY = new ParameterSet(new TreeMap<>());

    private final SortedMap<String, Parameter<?>> byKey;

    private ParameterSet(SortedMap<String, Parameter<?>> byKey) {
        this.byKey = Collections.unmodifiableSortedMap(byKey);
    }

    /**
     * Returns the set with no parameters.
     *
     * @return the empty set, not null
     */
    public static ParameterSet empty() {
        return EMPTY;
    }

    /**
     * Obtains a set of parameters.
     *
     * @param parameters the parameters, not null, no null element, no two with the same key
     * @return the set, not null
     * @throws NullPointerException if {@code parameters} or an element is null
     * @throws IllegalArgumentException if two parameters have the same key
     */
    public static ParameterSet of(Collection<? extends Parameter<?>> parameters) {
        Checks.notNull(parameters, "parameters");
        SortedMap<String, Parameter<?>> byKey = new TreeMap<>();
        for (Parameter<?> parameter : parameters) {
            Checks.notNull(parameter, "parameters element");
            if (byKey.putIfAbsent(parameter.key(), parameter) != null) {
                throw new IllegalArgumentException("parameter " + parameter.key() + " is defined twice");
            }
        }
        return byKey.isEmpty() ? EMPTY : new ParameterSet(byKey);
    }

    /**
     * Returns the keys, in ascending order.
     *
     * @return the keys, not null, unmodifiable
     */
    public Set<String> keys() {
        return byKey.keySet();
    }

    /**
     * Returns the parameters, in ascending order of key.
     *
     * @return the parameters, not null, unmodifiable
     */
    public List<Parameter<?>> parameters() {
        return List.copyOf(byKey.values());
    }

    /**
     * Finds the parameter with a key.
     *
     * @param key the key, not null
     * @return the parameter, or empty if this set has no such key
     * @throws NullPointerException if {@code key} is null
     */
    public Optional<Parameter<?>> find(String key) {
        Checks.notNull(key, "key");
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * Returns the parameter with a key, checked to have the type expected.
     *
     * @param key the key, not null
     * @param type the type of values expected, not null
     * @param <T> the type of values
     * @return the parameter, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if this set has no such key, or the parameter's type is not
     *     {@code type}
     */
    public <T> Parameter<T> get(String key, Class<T> type) {
        Checks.notNull(key, "key");
        Checks.notNull(type, "type");
        Parameter<?> parameter = byKey.get(key);
        if (parameter == null) {
            throw new IllegalArgumentException("unknown parameter " + key);
        }
        if (!parameter.type().equals(type)) {
            throw new IllegalArgumentException(
                    "parameter " + key + " has type " + parameter.type().getName() + ", expected " + type.getName());
        }
        @SuppressWarnings("unchecked") // the type of a parameter's values is its type(), just compared
        Parameter<T> typed = (Parameter<T>) parameter;
        return typed;
    }

    /**
     * Returns this set layered over another: each key present in both is {@link
     * Parameter#layeredOver(Parameter) layered}, and keys present in only one set are kept as they
     * are.
     *
     * @param below the set underneath, e.g. the national defaults, not null
     * @return the layered set, not null
     * @throws NullPointerException if {@code below} is null
     * @throws IllegalArgumentException if a key has different types in the two sets
     */
    public ParameterSet layeredOver(ParameterSet below) {
        Checks.notNull(below, "below");
        SortedMap<String, Parameter<?>> merged = new TreeMap<>(below.byKey);
        for (Parameter<?> above : byKey.values()) {
            Parameter<?> under = merged.get(above.key());
            merged.put(above.key(), under == null ? above : above.layeredOverUnchecked(under));
        }
        return merged.isEmpty() ? EMPTY : new ParameterSet(merged);
    }

    /**
     * Returns a deterministic text of the whole content: keys in ascending order, one line per
     * dated entry, {@code key|effectiveFrom|value|instrument|number|year|article|note|provenance},
     * each line ended by {@code \n}; the provenance is written as {@link Provenance#format(List)}
     * writes it.
     *
     * <p>The value is {@code none} for an empty value and {@code String.valueOf(value)} otherwise
     * ({@code IDR 550000} for a {@code Rupiah}); absent optional fields of the legal basis are
     * empty. In every text field, {@code \}, {@code |}, line feed and carriage return are written
     * {@code \\}, {@code \|}, {@code \n} and {@code \r}, and a value whose text is {@code none} is
     * written {@code \none}, so that different content never gives the same text. Example line:
     * {@code pkh.max_component_persons|2019-01-01|4|Kemensos|||||[S, secondary] cap of four}.
     *
     * @return the canonical form, not null; empty for an empty set
     */
    public String canonicalForm() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Parameter<?>> e : byKey.entrySet()) {
            for (DatedValue<?> entry : e.getValue().values()) {
                LegalBasis basis = entry.legalBasis();
                sb.append(e.getKey())
                        .append('|')
                        .append(entry.effectiveFrom())
                        .append('|')
                        .append(entry.value().map(ParameterSet::valueText).orElse("none"))
                        .append('|')
                        .append(escape(basis.instrument()))
                        .append('|')
                        .append(basis.number().map(ParameterSet::escape).orElse(""))
                        .append('|')
                        .append(basis.year().map(String::valueOf).orElse(""))
                        .append('|')
                        .append(basis.article().map(ParameterSet::escape).orElse(""))
                        .append('|')
                        .append(basis.note().map(ParameterSet::escape).orElse(""))
                        .append('|')
                        .append(escape(Provenance.format(basis.provenance())))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    private static String valueText(Object value) {
        String text = escape(String.valueOf(value));
        return text.equals("none") ? "\\none" : text;
    }

    private static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '|' -> sb.append("\\|");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Returns the version of this set's content: the lower-case hexadecimal SHA-256 of {@link
     * #canonicalForm()} in UTF-8. Equal sets have equal versions; changing any value, date or legal
     * basis changes it.
     *
     * @return 64 lower-case hexadecimal digits, not null
     */
    public String version() {
        return Hashing.sha256()
                .hashString(canonicalForm(), StandardCharsets.UTF_8)
                .toString();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ParameterSet parameterSet && parameterSet.byKey.equals(byKey);
    }

    @Override
    public int hashCode() {
        return byKey.hashCode();
    }

    /**
     * Returns a short description with the keys, e.g. {@code ParameterSet[pkh.fixed_benefit,
     * pkh.max_component_persons]}; use {@link #canonicalForm()} for the content.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "ParameterSet" + byKey.keySet();
    }
}
