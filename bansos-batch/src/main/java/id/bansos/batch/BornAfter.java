package id.bansos.batch;

import id.bansos.io.HouseholdRecord;
import id.bansos.io.InputException;
import id.bansos.io.Reject;
import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The records that cannot be decided as of a date because a member is born after it: a registry
 * extract newer than the date of evaluation, or a typing error in a birth date. Every command that
 * reads a roster for a date rejects them the same way, naming the member by position only (a birth
 * date is personal data), instead of stopping the whole run.
 *
 * <p>Example: as of 2024-03-01, a household whose member 2 is born on 2024-03-02 gives the reject
 * {@code roster.jsonl:7: household KLU-7, field birth_date: member 2 is born after the date of
 * evaluation 2024-03-01}.
 */
public final class BornAfter {
    private BornAfter() {}

    /**
     * Finds the first member born after the date.
     *
     * @param household the household, not null
     * @param asOf the date of evaluation, not null
     * @return the member's position in {@code members}, or -1 if nobody is born after {@code asOf}
     * @throws NullPointerException if an argument is null
     */
    public static int firstMember(Household household, LocalDate asOf) {
        Checks.notNull(household, "household");
        Checks.notNull(asOf, "asOf");
        List<Person> members = household.members();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).birthDate().isAfter(asOf)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Gives the reject of an accepted record whose household has a member born after the date.
     *
     * @param sourceName the name of the source, as rejects show it, not null
     * @param record the accepted record, not null
     * @param asOf the date of evaluation, not null
     * @return the reject, or empty if every member is born on or before {@code asOf}
     * @throws NullPointerException if an argument is null
     */
    public static Optional<Reject> reject(String sourceName, HouseholdRecord.Accepted record, LocalDate asOf) {
        Checks.notNull(sourceName, "sourceName");
        Checks.notNull(record, "record");
        Household household = record.household();
        int member = firstMember(household, asOf);
        if (member < 0) {
            return Optional.empty();
        }
        String detail = "member " + member + " is born after the date of evaluation " + asOf;
        return Optional.of(Reject.from(
                new InputException(sourceName, record.line(), 0, household.id(), "birth_date", detail), record.line()));
    }
}
