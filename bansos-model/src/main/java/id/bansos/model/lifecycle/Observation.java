package id.bansos.model.lifecycle;

import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import id.bansos.model.money.Rupiah;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a monitoring visit found at a family's home: its income, whether it runs a business, the
 * value of its assets, the occupations of its members, and whether it signed a statement to leave
 * the programme.
 *
 * <p>This is the Kabupaten Pekalongan practice of the domain brief [S]: officers visit a random
 * sample of KPM and check income, the ability to support the family, movable and immovable assets;
 * families that are no longer poor leave with a signed statement on duty stamp (surat pernyataan
 * bermeterai). An observation records at least one finding. It holds no names and no free text,
 * so it never carries personal data beyond the household id.
 *
 * <p>An occupation found on a visit counts as it would in the registry ({@link #applyTo(Household)}):
 * a head found to be a village official (perangkat desa) makes the family not eligible with {@code
 * EXCL_PERANGKAT_DESA}, as the same occupation in its registry record would.
 *
 * <p>Example: household {@code KEL-0001} visited on 2024-05-20: monthly income Rp4.500.000, runs
 * a business, its head (member 0) a village official, signed statement on record.
 */
@Value.Immutable
@BansosStyle
public abstract class Observation {
    Observation() {}

    /**
     * The household's id.
     *
     * @return the id, not blank
     */
    public abstract String householdId();

    /**
     * The day of the visit.
     *
     * @return the date, not null
     */
    public abstract LocalDate observedOn();

    /**
     * The household's income per month as the visit found it; it wins over the registry's.
     *
     * @return the income, zero or more, if observed
     */
    public abstract Optional<Rupiah> monthlyIncome();

    /**
     * Whether the family runs a business (usaha), as the visit found.
     *
     * @return true or false if observed, empty if not
     */
    public abstract Optional<Boolean> business();

    /**
     * The estimated value of the family's movable and immovable assets.
     *
     * @return the value, zero or more, if observed
     */
    public abstract Optional<Rupiah> assetValue();

    /**
     * The occupations the visit found, one per member at most.
     *
     * @return the findings, possibly empty, no member index twice
     */
    public abstract List<ObservedOccupation> occupations();

    /**
     * Whether the family signed a statement on duty stamp to leave the programme (graduasi mandiri).
     *
     * @return true if the signed, stamped statement is on record; false by default
     */
    @Value.Default
    public boolean signedStatement() {
        return false;
    }

    /**
     * Returns a new builder; {@code householdId} and {@code observedOn} are required, and at least
     * one finding.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.check(!householdId().isBlank(), "household_id", "must not be blank");
        monthlyIncome().ifPresent(i -> Checks.notNegative(i.amount(), "monthly_income"));
        assetValue().ifPresent(v -> Checks.notNegative(v.amount(), "asset_value"));
        Checks.check(
                monthlyIncome().isPresent()
                        || business().isPresent()
                        || assetValue().isPresent()
                        || !occupations().isEmpty()
                        || signedStatement(),
                "observation",
                "must record at least one of monthly_income, business, asset_value, occupations,"
                        + " signed_statement");
        BitSet members = new BitSet();
        for (ObservedOccupation o : occupations()) {
            Checks.check(!members.get(o.memberIndex()), "occupations", "must not name a member twice", o.memberIndex());
            members.set(o.memberIndex());
        }
    }

    /**
     * Returns a household's record with the occupations this visit found in place of the recorded
     * ones; the record itself if the visit found none.
     *
     * <p>Example: a record whose head (member 0) has no occupation, and an observation {@code
     * {"member_index": 0, "occupation": "PERANGKAT_DESA"}}: the result's head is a village official.
     *
     * @param household the household's record, not null, of this observation's household
     * @return the record as the visit found it, not null
     * @throws NullPointerException if {@code household} is null
     * @throws IllegalArgumentException if the ids differ or a member index is not a member of the
     *     record
     */
    public Household applyTo(Household household) {
        Checks.notNull(household, "household");
        Checks.check(
                household.id().equals(householdId()),
                "household",
                "must be household " + householdId(),
                household.id());
        if (occupations().isEmpty()) {
            return household;
        }
        List<Person> members = new ArrayList<>(household.members());
        for (ObservedOccupation o : occupations()) {
            int i = o.memberIndex();
            if (i >= members.size()) {
                throw new IllegalArgumentException("occupations: member_index " + i + " is not a member of household "
                        + householdId() + ", which has " + members.size() + " members");
            }
            members.set(
                    i,
                    Person.builder()
                            .from(members.get(i))
                            .occupation(o.occupation())
                            .build());
        }
        return Household.builder().from(household).members(members).build();
    }

    /**
     * Builds an {@link Observation}; {@code build()} throws {@link IllegalStateException} if a
     * required attribute is missing and {@link IllegalArgumentException} if the observation is
     * invalid.
     */
    public static final class Builder extends ImmutableObservation.Builder {}
}
