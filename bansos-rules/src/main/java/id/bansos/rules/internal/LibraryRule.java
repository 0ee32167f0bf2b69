package id.bansos.rules.internal;

import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.rules.ParameterSpec;
import id.bansos.rules.Rule;
import java.time.LocalDate;
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
    private final LegalBasis before;
    private final int fromYear;

    protected LibraryRule(String id, String description, LegalBasis legalBasis, List<ParameterSpec<?>> parameters) {
        this(id, description, legalBasis, parameters, legalBasis, Integer.MIN_VALUE);
    }

    /**
     * A rule whose legal basis changed: {@code before} in years before {@code fromYear}, {@code
     * legalBasis} from then on.
     *
     * @param id the rule id
     * @param description the description
     * @param legalBasis the basis from {@code fromYear} on, the one {@link #legalBasis()} returns
     * @param parameters the declared parameters
     * @param before the basis in years before {@code fromYear}
     * @param fromYear the first year of {@code legalBasis}
     */
    protected LibraryRule(
            String id,
            String description,
            LegalBasis legalBasis,
            List<ParameterSpec<?>> parameters,
            LegalBasis before,
            int fromYear) {
        this.id = id;
        this.description = description;
        this.legalBasis = legalBasis;
        this.parameters = List.copyOf(parameters);
        this.before = before;
        this.fromYear = fromYear;
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
    public final LegalBasis legalBasisOn(LocalDate date) {
        return LegalBases.on(date, before, fromYear, legalBasis);
    }

    /**
     * The basis in years before {@link #legalBasisFromYear()}, for the rule catalogue.
     *
     * @return the earlier basis; {@link #legalBasis()} when the basis never changed
     */
    public final LegalBasis legalBasisBefore() {
        return before;
    }

    /**
     * The first year of {@link #legalBasis()}.
     *
     * @return the year; {@link Integer#MIN_VALUE} when the basis never changed
     */
    public final int legalBasisFromYear() {
        return fromYear;
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
     * @param date the decision's date, which picks the legal basis in force
     * @return the reason
     */
    protected final Reason reason(ReasonCode code, Map<String, String> args, List<ParameterUse> uses, LocalDate date) {
        return Reason.builder()
                .code(code)
                .rule(id)
                .legalBasis(legalBasisOn(date))
                .putAllArgs(args)
                .addAllParameters(uses)
                .build();
    }

    @Override
    public final String toString() {
        return "Rule[" + id + "]";
    }
}
