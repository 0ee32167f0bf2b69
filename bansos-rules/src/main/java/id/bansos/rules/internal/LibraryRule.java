package id.bansos.rules.internal;

import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.rules.ParameterSpec;
import id.bansos.rules.Rule;
import java.util.List;
import java.util.Map;

/**
 * What the library's rules share: id, description, legal basis, declared parameters. Not public API:
 * the module exports this package to no other module.
 */
public abstract class LibraryRule implements Rule {
    private final String id;
    private final String description;
    private final LegalBasis legalBasis;
    private final List<ParameterSpec<?>> parameters;

    protected LibraryRule(String id, String description, LegalBasis legalBasis, List<ParameterSpec<?>> parameters) {
        this.id = id;
        this.description = description;
        this.legalBasis = legalBasis;
        this.parameters = List.copyOf(parameters);
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
        return legalBasis;
    }

    @Override
    public final List<ParameterSpec<?>> parameters() {
        return parameters;
    }

    /**
     * Builds a reason of this rule.
     *
     * @param code the reason code
     * @param args the message arguments
     * @param uses the parameter values used
     * @return the reason
     */
    protected final Reason reason(ReasonCode code, Map<String, String> args, List<ParameterUse> uses) {
        return Reason.builder()
                .code(code)
                .rule(id)
                .legalBasis(legalBasis)
                .putAllArgs(args)
                .addAllParameters(uses)
                .build();
    }

    @Override
    public final String toString() {
        return "Rule[" + id + "]";
    }
}
