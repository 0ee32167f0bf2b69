package id.bansos.rules;

import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import java.time.LocalDate;
import java.util.List;

/** Helpers for tests that change one parameter of the national policy. */
public final class Policies {
    private Policies() {}

    public static final LegalBasis PERBUP =
            LegalBasis.builder().instrument("Perbup").build();

    /** The national policy with one key's timeline replaced from {@code from}: a value, or none if null. */
    public static <T> ParameterSet nationalWith(String key, Class<T> type, String from, T value) {
        LocalDate date = LocalDate.parse(from);
        DatedValue<T> entry = value == null ? DatedValue.none(date, PERBUP) : DatedValue.of(date, value, PERBUP);
        return ParameterSet.of(List.of(Parameter.of(key, type, List.of(entry)))).layeredOver(NationalPolicy.load());
    }

    /** The reason with a code in a decision; fails if there is none. */
    public static Reason reason(Decision d, ReasonCode code) {
        return d.reasons().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + d.reasonCodes()));
    }
}
