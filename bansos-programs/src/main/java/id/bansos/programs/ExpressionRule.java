package id.bansos.programs;

import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.rules.ParameterSpec;
import id.bansos.rules.ParameterValues;
import id.bansos.rules.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule of a programme file whose work is done by CEL expressions: it declares the parameters its
 * expressions read, so that {@link ParameterValues} gives it their values on the date and its
 * reasons list them.
 */
abstract class ExpressionRule implements Rule {
    private final String id;
    private final String description;
    private final LegalBasis basis;
    private final List<ParameterSpec<?>> specs;

    ExpressionRule(String id, String description, LegalBasis basis, List<String> keys, Map<String, Class<?>> types) {
        this.id = id;
        this.description = description;
        this.basis = basis;
        List<ParameterSpec<?>> out = new ArrayList<>();
        for (String key : keys) {
            out.add(ParameterSpec.of(key, types.get(key)));
        }
        this.specs = List.copyOf(out);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final LegalBasis legalBasis() {
        return basis;
    }

    @Override
    public final List<ParameterSpec<?>> parameters() {
        return specs;
    }

    /** The uses of this rule's parameters on the date, in declaration order. */
    final List<ParameterUse> uses(ParameterValues values) {
        return values.uses(specs);
    }

    /**
     * The values of this rule's parameters on the date.
     *
     * @throws id.bansos.model.param.MissingParameterException if a value is {@code none} on the date
     */
    final Map<String, Object> valuesOn(ParameterValues values) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ParameterSpec<?> spec : specs) {
            out.put(spec.key(), values.get(spec));
        }
        return out;
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[" + id + "]";
    }
}
