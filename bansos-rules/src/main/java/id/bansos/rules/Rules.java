package id.bansos.rules;

import id.bansos.model.decision.LegalBasis;
import id.bansos.model.internal.Checks;
import id.bansos.rules.internal.LegalBases;
import id.bansos.rules.pkh.PkhRules;
import id.bansos.rules.sembako.SembakoRules;
import java.util.List;
import java.util.Optional;

/**
 * The library's rules, to compose into programmes: the national ones in {@link Programs}, or a
 * district's own beside rules of its own.
 *
 * <p>Each rule is immutable and may be shared by any number of programmes. Example: a district's
 * elderly allowance reuses {@code Rules.deceased("lansia_daerah.meninggal", basis)} and {@code
 * Rules.exclusion()} and adds its own rule (see {@code docs/district-programme.md}).
 */
public final class Rules {

    private static final Rule EXCLUSION = new ExclusionRule();
    private static final Rule PKH_DECEASED = new DeceasedRule("pkh.meninggal", LegalBases.PKH_DECEASED);
    private static final Rule PKH_DESIL = new DesilRule("pkh.desil", "pkh.target_desil_max", LegalBases.DESIL);
    private static final Rule PKH_COMPONENT = PkhRules.component();
    private static final Rule PKH_CAP = PkhRules.cap();
    private static final Rule PKH_AMOUNT = PkhRules.amount();
    private static final Rule SEMBAKO_DECEASED = new DeceasedRule(
            "sembako.meninggal", LegalBases.SEMBAKO_DECEASED, LegalBases.SEMBAKO_DECEASED_BEFORE_2021, 2021);
    private static final Rule SEMBAKO_DESIL =
            new DesilRule("sembako.desil", "sembako.target_desil_max", LegalBases.DESIL);
    private static final Rule SEMBAKO_AMOUNT = SembakoRules.amount();

    private Rules() {}

    /**
     * Returns a rule that leaves deceased members out and stops a household with no living member
     * with {@code MENINGGAL}. Put it first.
     *
     * @param id the rule id, not null, lower-case words {@code [a-z][a-z0-9_]*} joined by dots
     * @param basis the legal basis to cite, not null
     * @return the rule, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the id is ill-formed
     */
    public static Rule deceased(String id, LegalBasis basis) {
        return new DeceasedRule(checkId(id), Checks.notNull(basis, "basis"));
    }

    /**
     * Returns the exclusion of households with a living member in an excluded occupation ({@code
     * common.exclusion}, Kepmensos 79/2025 and Permensos 3/2025).
     *
     * @return the rule, not null
     */
    public static Rule exclusion() {
        return EXCLUSION;
    }

    /**
     * Returns a desil-targeting rule reading an integer parameter of the caller's choice.
     *
     * @param id the rule id, not null, lower-case words joined by dots
     * @param key the key of the highest desil in target, not null; {@code none} switches the test off
     * @param basis the legal basis to cite, not null
     * @return the rule, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the id or key is ill-formed
     */
    public static Rule desil(String id, String key, LegalBasis basis) {
        return new DesilRule(checkId(id), Checks.notNull(key, "key"), Checks.notNull(basis, "basis"));
    }

    /**
     * Returns PKH's deceased rule, {@code pkh.meninggal}.
     *
     * @return the rule, not null
     */
    public static Rule pkhDeceased() {
        return PKH_DECEASED;
    }

    /**
     * Returns PKH's desil rule, {@code pkh.desil}, reading {@code pkh.target_desil_max}.
     *
     * @return the rule, not null
     */
    public static Rule pkhDesil() {
        return PKH_DESIL;
    }

    /**
     * Returns PKH's component rule, {@code pkh.component}.
     *
     * @return the rule, not null
     */
    public static Rule pkhComponent() {
        return PKH_COMPONENT;
    }

    /**
     * Returns PKH's cap on component persons, {@code pkh.cap}.
     *
     * @return the rule, not null
     */
    public static Rule pkhCap() {
        return PKH_CAP;
    }

    /**
     * Returns PKH's amounts, {@code pkh.amount}.
     *
     * @return the rule, not null
     */
    public static Rule pkhAmount() {
        return PKH_AMOUNT;
    }

    /**
     * Returns Program Sembako's deceased rule, {@code sembako.meninggal}.
     *
     * @return the rule, not null
     */
    public static Rule sembakoDeceased() {
        return SEMBAKO_DECEASED;
    }

    /**
     * Returns Program Sembako's desil rule, {@code sembako.desil}, reading {@code
     * sembako.target_desil_max}.
     *
     * @return the rule, not null
     */
    public static Rule sembakoDesil() {
        return SEMBAKO_DESIL;
    }

    /**
     * Returns Program Sembako's amounts, {@code sembako.amount}.
     *
     * @return the rule, not null
     */
    public static Rule sembakoAmount() {
        return SEMBAKO_AMOUNT;
    }

    /** The id of the deceased rule a programme file names in {@code uses} (PROGRAMS-V1). */
    public static final String COMMON_DECEASED = "common.deceased";

    /** The id of the exclusion rule a programme file names in {@code uses} (PROGRAMS-V1). */
    public static final String COMMON_EXCLUSION = "common.exclusion";

    /**
     * The ids of the national rules a programme file may name in {@code uses}, in the order a file
     * should list them: {@code common.deceased}, {@code common.exclusion}.
     *
     * @return an unmodifiable list, not null
     */
    public static List<String> sharedIds() {
        return List.of(COMMON_DECEASED, COMMON_EXCLUSION);
    }

    /**
     * Returns a national rule by the id a programme file names it by (PROGRAMS-V1): {@code
     * common.deceased}, the deceased rule (an all-deceased household gets {@code MENINGGAL} and the
     * evaluation stops; deceased members take no part in the rest), citing the programme's own legal
     * basis; {@code common.exclusion}, {@link #exclusion()}.
     *
     * <p>Example: {@code Rules.shared("common.deceased", perbup)} is the rule {@code common.deceased}
     * citing {@code perbup}; {@code Rules.shared("pkh.desil", perbup)} is empty.
     *
     * @param id the id, not null
     * @param programBasis the legal basis of the programme that uses the rule, not null
     * @return the rule, or empty if no shared rule has this id
     * @throws NullPointerException if an argument is null
     */
    public static Optional<Rule> shared(String id, LegalBasis programBasis) {
        Checks.notNull(id, "id");
        Checks.notNull(programBasis, "programBasis");
        return switch (id) {
            case COMMON_DECEASED -> Optional.of(new DeceasedRule(COMMON_DECEASED, programBasis));
            case COMMON_EXCLUSION -> Optional.of(EXCLUSION);
            default -> Optional.empty();
        };
    }

    static String checkId(String id) {
        Checks.notNull(id, "id");
        Checks.check(Checks.isDottedId(id), "id", "must be lower-case words joined by dots", "\"" + id + "\"");
        return id;
    }
}
