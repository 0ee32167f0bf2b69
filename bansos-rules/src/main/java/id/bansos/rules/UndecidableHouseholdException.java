package id.bansos.rules;

import id.bansos.model.internal.Checks;

/**
 * A rule cannot decide one household, though the household is valid and the programme was checked
 * when it was read: an amount expression of a programme file gives a negative number for this
 * household, say. The household is rejected, naming the programme and the rule, and the other
 * households of the batch are decided; it is never a decision with a made-up amount. The message
 * speaks English and quotes no household data but numbers the rule computed.
 *
 * <p>Example: {@code 100000 - household.members.size() * 60000} for a household of two gives
 * −20000: {@code programme DAERAH_X, rule daerah_x.amount: amount_per_payment must give a whole
 * number of Rupiah, 0 or more, got -20000}.
 */
public final class UndecidableHouseholdException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The programme code. */
    private final String programCode;

    /** The rule id. */
    private final String ruleId;

    /** What went wrong, without the programme and rule. */
    private final String detail;

    /**
     * Creates the exception without a cause.
     *
     * @param programCode the programme's code, not null, e.g. {@code LANSIA_DAERAH}
     * @param ruleId the id of the rule that cannot decide, not null, e.g. {@code lansia_daerah.amount}
     * @param detail what went wrong, in English, without personal data, not null
     * @throws NullPointerException if an argument is null
     */
    public UndecidableHouseholdException(String programCode, String ruleId, String detail) {
        this(programCode, ruleId, detail, null);
    }

    /**
     * Creates the exception.
     *
     * @param programCode the programme's code, not null, e.g. {@code LANSIA_DAERAH}
     * @param ruleId the id of the rule that cannot decide, not null, e.g. {@code lansia_daerah.amount}
     * @param detail what went wrong, in English, without personal data, not null
     * @param cause the cause, or null
     * @throws NullPointerException if {@code programCode}, {@code ruleId} or {@code detail} is null
     */
    public UndecidableHouseholdException(String programCode, String ruleId, String detail, Throwable cause) {
        super(
                "programme " + Checks.notNull(programCode, "programCode") + ", rule " + Checks.notNull(ruleId, "ruleId")
                        + ": " + Checks.notNull(detail, "detail"),
                cause);
        this.programCode = programCode;
        this.ruleId = ruleId;
        this.detail = detail;
    }

    /**
     * The programme whose rule cannot decide.
     *
     * @return the programme code, not null
     */
    public String programCode() {
        return programCode;
    }

    /**
     * The rule that cannot decide.
     *
     * @return the rule id, not null
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * What went wrong, without the programme and the rule.
     *
     * @return the detail, not null
     */
    public String detail() {
        return detail;
    }
}
