package id.bansos.model;

import id.bansos.model.id.Nik;
import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A member of a household as the registry records them (anggota keluarga).
 *
 * <p>The NIK must agree with the birth date and sex (women's day of birth + 40), and only women may
 * be pregnant or post-partum (nifas). {@link #toString()} masks the NIK and omits the name.
 *
 * <p>Example: {@code Person.builder().nik(Nik.parse("5208014101900001")).sex(Sex.FEMALE)
 * .birthDate(LocalDate.of(1990, 1, 1)).relationship(Relationship.HEAD).build()}.
 */
@Value.Immutable
@BansosStyle
public abstract class Person {
    Person() {}

    /**
     * The person's NIK.
     *
     * @return the NIK, not null
     */
    public abstract Nik nik();

    /**
     * The person's name, personal data that is never shown in messages.
     *
     * @return the name, if recorded
     */
    public abstract Optional<String> name();

    /**
     * The person's sex.
     *
     * @return the sex, not null
     */
    public abstract Sex sex();

    /**
     * The person's date of birth.
     *
     * @return the birth date, not null
     */
    public abstract LocalDate birthDate();

    /**
     * The relationship to the head of family.
     *
     * @return the relationship, not null
     */
    public abstract Relationship relationship();

    /**
     * Whether the person is pregnant (hamil); only women.
     *
     * @return true if pregnant; false by default
     */
    @Value.Default
    public boolean pregnant() {
        return false;
    }

    /**
     * Whether the person is in the post-partum period (nifas); only women.
     *
     * @return true if post-partum; false by default
     */
    @Value.Default
    public boolean postpartum() {
        return false;
    }

    /**
     * Which pregnancy this is (kehamilan ke-), for a pregnant or post-partum woman: 1 for the first.
     * Absent means unknown; the PKH pregnancy component is then not limited by order.
     *
     * @return the order, 1 or more, if recorded; only with {@link #pregnant()} or {@link
     *     #postpartum()}
     */
    public abstract OptionalInt pregnancyOrder();

    /**
     * The school level the person is enrolled at.
     *
     * @return the level, if enrolled
     */
    public abstract Optional<SchoolLevel> schoolLevel();

    /**
     * Whether the person has a severe disability (disabilitas berat).
     *
     * @return true if so; false by default
     */
    @Value.Default
    public boolean severeDisability() {
        return false;
    }

    /**
     * The person's occupation, as far as the exclusion rules need it.
     *
     * @return the occupation, if recorded
     */
    public abstract Optional<Occupation> occupation();

    /**
     * Whether the person has died (meninggal) but is still listed on the family card.
     *
     * @return true if deceased; false by default
     */
    @Value.Default
    public boolean deceased() {
        return false;
    }

    /**
     * Returns the age in whole years on a date, as {@link Period#between} counts them: a person born
     * on 29 February turns a year older on 1 March in common years.
     *
     * @param date the date to compute the age on, not null, not before the birth date
     * @return the age in whole years, zero or more
     * @throws NullPointerException if {@code date} is null
     * @throws IllegalArgumentException if {@code date} is before the birth date
     */
    public int ageOn(LocalDate date) {
        Checks.notNull(date, "date");
        Checks.check(!date.isBefore(birthDate()), "date", "must not be before birth_date", date);
        // Period.between(birthDate(), date).getYears(), without its allocation and epoch-day arithmetic:
        // whole years, one fewer while the birthday of the year is still to come (29 February
        // counts from 1 March in a common year).
        LocalDate birth = birthDate();
        int years = date.getYear() - birth.getYear();
        int month = date.getMonthValue() - birth.getMonthValue();
        return month < 0 || (month == 0 && date.getDayOfMonth() < birth.getDayOfMonth()) ? years - 1 : years;
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    final void check() {
        Checks.check(nik().agreesWith(birthDate(), sex()), "nik", "does not agree with birth_date and sex");
        Checks.check(!pregnant() || sex() == Sex.FEMALE, "pregnant", "is only allowed for a FEMALE person");
        Checks.check(!postpartum() || sex() == Sex.FEMALE, "postpartum", "is only allowed for a FEMALE person");
        if (pregnancyOrder().isPresent()) {
            int order = pregnancyOrder().getAsInt();
            Checks.check(order >= 1, "pregnancy_order", "must be 1 or more", order);
            Checks.check(
                    pregnant() || postpartum(),
                    "pregnancy_order",
                    "is only allowed with pregnant or postpartum",
                    order);
        }
        name().ifPresent(n -> Checks.check(!n.isBlank(), "name", "must not be blank when present"));
    }

    /**
     * Returns a description for logs: the NIK masked, the name left out.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Person{nik=")
                .append(nik().masked())
                .append(", sex=")
                .append(sex())
                .append(", birthDate=")
                .append(birthDate())
                .append(", relationship=")
                .append(relationship());
        if (pregnant()) {
            sb.append(", pregnant");
        }
        if (postpartum()) {
            sb.append(", postpartum");
        }
        pregnancyOrder().ifPresent(o -> sb.append(", pregnancyOrder=").append(o));
        schoolLevel().ifPresent(s -> sb.append(", schoolLevel=").append(s));
        if (severeDisability()) {
            sb.append(", severeDisability");
        }
        occupation().ifPresent(o -> sb.append(", occupation=").append(o));
        if (deceased()) {
            sb.append(", deceased");
        }
        return sb.append('}').toString();
    }

    /** Builds a {@link Person}. */
    public static final class Builder extends ImmutablePerson.Builder {}
}
