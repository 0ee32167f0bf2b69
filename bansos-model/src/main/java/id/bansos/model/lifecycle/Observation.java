package id.bansos.model.lifecycle;

import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import id.bansos.model.money.Rupiah;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a monitoring visit found at a family's home: its income, whether it runs a business, the
 * value of its assets, and whether it signed a statement to leave the programme.
 *
 * <p>This is the Kabupaten Pekalongan practice of the domain brief [S]: officers visit a random
 * sample of KPM and check income, the ability to support the family, movable and immovable assets;
 * families that are no longer poor leave with a signed statement on duty stamp (surat pernyataan
 * bermeterai). An observation records at least one finding. It holds no names and no free text,
 * so it never carries personal data beyond the household id.
 *
 * <p>Example: household {@code KEL-0001} visited on 2024-05-20: monthly income Rp4.500.000, runs
 * a business, signed statement on record.
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
                        || signedStatement(),
                "observation",
                "must record at least one of monthly_income, business, asset_value, signed_statement");
    }

    /**
     * Builds an {@link Observation}; {@code build()} throws {@link IllegalStateException} if a
     * required attribute is missing and {@link IllegalArgumentException} if the observation is
     * invalid.
     */
    public static final class Builder extends ImmutableObservation.Builder {}
}
