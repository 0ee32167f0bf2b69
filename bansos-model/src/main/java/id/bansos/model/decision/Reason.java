package id.bansos.model.decision;

import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One reason in a {@link Decision}: what a rule found, the rule that found it, the law it rests
 * on, the arguments of its message and the dated parameter values it read.
 *
 * <p>Example: the desil rule of PKH on 1 June 2025 for a household in desil 6 gives code
 * {@link ReasonCode#DESIL_DI_LUAR_SASARAN}, rule {@code pkh.desil}, args {@code {desil=6, max=4}}
 * and the parameter use {@code pkh.target_desil_max = 4} from 2025-04-01.
 */
@Value.Immutable
@BansosStyle
public abstract class Reason {

    Reason() {}

    /**
     * What the rule found.
     *
     * @return the code, not null
     */
    public abstract ReasonCode code();

    /**
     * The stable id of the rule that gave this reason: lower-case words of {@code [a-z0-9_]}
     * joined by dots, the first starting with a letter, e.g. {@code pkh.exclusion} or {@code
     * lansia_daerah.requires.2}.
     *
     * @return the rule id, not null
     */
    public abstract String rule();

    /**
     * The legal instrument the rule rests on.
     *
     * @return the legal basis, not null
     */
    public abstract LegalBasis legalBasis();

    /**
     * The arguments of the reason's message, e.g. {@code desil = 6}, in the order they were put.
     *
     * @return an unmodifiable map in insertion order, not null, possibly empty
     */
    public abstract Map<String, String> args();

    /**
     * The dated parameter values the rule read, in the order it read them.
     *
     * @return an unmodifiable list, not null, possibly empty
     */
    public abstract List<ParameterUse> parameters();

    /**
     * Returns a new builder. {@code code}, {@code rule} and {@code legalBasis} are required.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.check(
                Checks.isDottedId(rule()),
                "rule",
                "must be a lower-case dotted id like pkh.exclusion",
                "\"" + rule() + "\"");
    }

    /**
     * Builds a {@link Reason}; {@code build()} throws {@link IllegalStateException} if a required
     * attribute is missing and {@link IllegalArgumentException} if the rule id is malformed.
     */
    public static final class Builder extends ImmutableReason.Builder {}
}
