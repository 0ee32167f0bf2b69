package id.bansos.rules;

import id.bansos.model.decision.LegalBasis;
import java.time.LocalDate;
import java.util.List;

/**
 * One rule of a programme: a stable id, the law it rests on, the parameters it reads, and what it
 * does to a household's {@link Evaluation}.
 *
 * <p>A rule is used in two steps, so that parameters are looked up once per date rather than once
 * per household: {@link #bind(ParameterValues)} receives the values of its declared parameters on
 * the date of evaluation and returns a {@link Step}, which then runs once per household. A rule
 * reports what it finds as {@linkplain Evaluation#addReason reasons}: any reason whose code is not
 * {@linkplain id.bansos.model.decision.ReasonCode#isPositive() positive} makes the household not
 * eligible. Rules and steps must be immutable and thread-safe, and a step must depend only on the
 * evaluation it is given.
 *
 * <p>Example: the library's {@code pkh.desil} rule declares {@code pkh.target_desil_max: Integer};
 * bound on 2025-06-01 it holds the value 4 (from 2025-04-01), and for a household in desil 6 it
 * adds {@code DESIL_DI_LUAR_SASARAN} with args {@code desil=6, max=4}.
 */
public interface Rule {
    /**
     * The stable id, written into every reason the rule gives, e.g. {@code pkh.desil}.
     *
     * @return lower-case words {@code [a-z][a-z0-9_]*} joined by dots, not null
     */
    String id();

    /**
     * What the rule checks, one or two sentences in English for the rule catalogue.
     *
     * @return the description, not blank
     */
    String description();

    /**
     * The law the rule rests on, named in every reason it gives, with its provenance ([S], [I], [P]
     * and the source) as data in {@link LegalBasis#provenance()}.
     *
     * @return the legal basis, not null
     */
    LegalBasis legalBasis();

    /**
     * The law the rule rests on as of a date: no reason of a decision dated D cites an instrument
     * whose year is later than D's year (POLICY-V2). By default {@link #legalBasis()} on every date.
     *
     * @param date the decision's date, not null
     * @return the legal basis in force on that date, not null
     */
    default LegalBasis legalBasisOn(LocalDate date) {
        return legalBasis();
    }

    /**
     * The parameters the rule reads; {@link ParameterValues} gives it these and no others.
     *
     * @return the declarations, not null, possibly empty, no key twice
     */
    List<ParameterSpec<?>> parameters();

    /**
     * Returns the step that applies this rule on one date, given its parameters' values on it.
     *
     * @param values the values of {@link #parameters()} on the date of evaluation, not null
     * @return the step, not null, thread-safe
     * @throws id.bansos.model.param.MissingParameterException if the rule needs a value that is
     *     {@code none} on that date
     * @throws IllegalArgumentException if a value is out of the range the rule accepts
     */
    Step bind(ParameterValues values);

    /** The work of one rule on one date, applied to one household at a time. */
    @FunctionalInterface
    interface Step {
        /**
         * Applies the rule to the household being evaluated.
         *
         * @param evaluation the household's evaluation so far, not null
         */
        void apply(Evaluation evaluation);
    }
}
