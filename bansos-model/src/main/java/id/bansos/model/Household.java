package id.bansos.model;

import id.bansos.model.id.KkNumber;
import id.bansos.model.id.Nik;
import id.bansos.model.id.RegionCode;
import id.bansos.model.id.RegionLevel;
import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Program;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A family as the social registry (DTSEN) records it: a stable id, the current family card,
 * the village, the welfare decile and the members.
 *
 * <p>The id is the registry's, not the KK number: a new KK number is issued when the head of family
 * dies. A household has 1 to 100 members, at least one {@link Relationship#HEAD} and at most one
 * living head (a deceased old head may stay listed beside the new one), and no NIK twice.
 */
@Value.Immutable
@BansosStyle
public abstract class Household {
    /** The most members a household may have. */
    public static final int MAX_MEMBERS = 100;

    Household() {}

    /**
     * The stable household id from the registry.
     *
     * @return the id, not blank
     */
    public abstract String id();

    /**
     * The current family-card number.
     *
     * @return the KK number, if known
     */
    public abstract Optional<KkNumber> kkNumber();

    /**
     * The village (desa or kelurahan) the household lives in.
     *
     * @return a village-level region code, not null
     */
    public abstract RegionCode region();

    /**
     * The welfare decile from the registry, 1 (poorest) to 10.
     *
     * @return the desil, empty when unknown
     */
    public abstract OptionalInt desil();

    /**
     * The household's income per month, if surveyed.
     *
     * @return the income, zero or more
     */
    public abstract Optional<Rupiah> monthlyIncome();

    /**
     * The programmes the household currently receives, as the registry records it (PROGRAMS-V1):
     * {@code PKH}, {@code SEMBAKO}, {@code PIP}, {@code PBI_JK}, {@code KUBE} or any other
     * well-formed code. A programme file's requirements read it to steer complementary programmes.
     *
     * @return the codes in the order given, no code twice, empty when none is recorded
     */
    public abstract List<Program> receives();

    /**
     * The members in family-card order; positions are the {@code member_index} of decisions.
     *
     * @return 1 to 100 members, not null
     */
    public abstract List<Person> members();

    /**
     * Returns the members who are alive.
     *
     * @return the living members in member order, possibly empty
     */
    @Value.Lazy
    public List<Person> livingMembers() {
        return members().stream().filter(p -> !p.deceased()).toList();
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
        Checks.check(!id().isBlank(), "id", "must not be blank");
        Checks.check(
                region().level() == RegionLevel.VILLAGE, "region", "must be a village code PP.KK.CC.DDDD", region());
        if (desil().isPresent()) {
            Checks.inRange(desil().getAsInt(), 1, 10, "desil");
        }
        monthlyIncome().ifPresent(i -> Checks.notNegative(i.amount(), "monthly_income"));
        if (!receives().isEmpty()) {
            Set<Program> programs = new HashSet<>();
            for (Program p : receives()) {
                Checks.check(programs.add(p), "receives", "must not repeat a programme", p);
            }
        }
        List<Person> members = members();
        Checks.check(
                !members.isEmpty() && members.size() <= MAX_MEMBERS,
                "members",
                "must hold 1 to " + MAX_MEMBERS + " persons",
                members.size());
        int heads = 0;
        int livingHeads = 0;
        Map<Nik, Integer> seen = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            Person p = members.get(i);
            if (p.relationship() == Relationship.HEAD) {
                heads++;
                if (!p.deceased()) {
                    livingHeads++;
                }
            }
            Integer before = seen.putIfAbsent(p.nik(), i);
            if (before != null) {
                throw new IllegalArgumentException(
                        "members must not repeat a NIK, but members " + before + " and " + i + " share one");
            }
        }
        Checks.check(heads >= 1, "members", "must include a HEAD");
        Checks.check(livingHeads <= 1, "members", "must include at most one living HEAD", livingHeads);
    }

    /** Builds a {@link Household}. */
    public static final class Builder extends ImmutableHousehold.Builder {}
}
