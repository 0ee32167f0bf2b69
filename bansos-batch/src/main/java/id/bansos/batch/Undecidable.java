package id.bansos.batch;

import id.bansos.io.InputException;
import id.bansos.io.Reject;
import id.bansos.model.internal.Checks;
import id.bansos.rules.UndecidableHouseholdException;

/**
 * The reject of a valid household that a programme's rule cannot decide ({@link
 * UndecidableHouseholdException}): every command that decides a roster rejects it this way, naming
 * the record's line, the household id, the programme and the rule, and goes on with the rest.
 *
 * <p>Example: {@code roster.jsonl:2: household D-2: programme DAERAH_X, rule daerah_x.amount:
 * amount_per_payment must give a whole number of Rupiah, 0 or more, got -20000}.
 */
public final class Undecidable {
    private Undecidable() {}

    /**
     * Gives the reject of a household a rule cannot decide.
     *
     * @param sourceName the name of the source, as rejects show it, not null
     * @param line the line where the household's record starts, 1 or more
     * @param householdId the household id, not null
     * @param e what the rule said, not null
     * @return the reject, not null
     * @throws NullPointerException if an argument is null
     */
    public static Reject reject(String sourceName, long line, String householdId, UndecidableHouseholdException e) {
        Checks.notNull(sourceName, "sourceName");
        Checks.notNull(householdId, "householdId");
        Checks.notNull(e, "e");
        return Reject.from(new InputException(sourceName, line, 0, householdId, null, e.getMessage()), line);
    }
}
