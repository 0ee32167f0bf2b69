package id.bansos.rules;

import id.bansos.model.internal.Checks;
import id.bansos.model.program.Program;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A programme as the engine runs it: its code and its rules in order. The rules decide
 * eligibility, the component persons, the amounts and the payment schedule.
 *
 * <p>The national programmes are in {@link Programs}; a district composes its own from the
 * library's {@link Rules} and rules of its own, without forking the library. Example: {@code
 * ProgramDefinition.of(Program.of("LANSIA_DAERAH"), List.of(Rules.deceased(...), Rules.exclusion(),
 * new LansiaDaerahRule()))}. Immutable.
 */
public final class ProgramDefinition {
    private final Program program;
    private final List<Rule> rules;
    private final List<ParameterSpec<?>> parameters;

    private ProgramDefinition(Program program, List<Rule> rules, List<ParameterSpec<?>> parameters) {
        this.program = program;
        this.rules = rules;
        this.parameters = parameters;
    }

    /**
     * Obtains a programme from its rules.
     *
     * @param program the programme's code, not null
     * @param rules the rules in the order they run, not null, at least one, no id twice, and no key
     *     declared with two types
     * @return the programme, not null
     * @throws NullPointerException if an argument or a rule is null
     * @throws IllegalArgumentException if the list is empty, two rules share an id, or two rules
     *     declare one key with different types
     */
    public static ProgramDefinition of(Program program, List<Rule> rules) {
        Checks.notNull(program, "program");
        Checks.notNull(rules, "rules");
        Checks.check(!rules.isEmpty(), "rules", "must hold at least one rule");
        Set<String> ids = new HashSet<>();
        Map<String, ParameterSpec<?>> specs = new LinkedHashMap<>();
        Map<String, String> declaredBy = new HashMap<>();
        for (Rule rule : rules) {
            Checks.notNull(rule, "rules element");
            String id = Rules.checkId(rule.id());
            Checks.check(ids.add(id), "rules", "must not repeat a rule id", id);
            for (ParameterSpec<?> spec : rule.parameters()) {
                ParameterSpec<?> before = specs.putIfAbsent(spec.key(), spec);
                if (before != null && !before.type().equals(spec.type())) {
                    throw new IllegalArgumentException("rules " + declaredBy.get(spec.key()) + " and " + id
                            + " declare parameter " + spec.key() + " with different types, "
                            + before.type().getSimpleName() + " and "
                            + spec.type().getSimpleName());
                }
                declaredBy.putIfAbsent(spec.key(), id);
            }
        }
        return new ProgramDefinition(
                program, List.copyOf(rules), Collections.unmodifiableList(new ArrayList<>(specs.values())));
    }

    /**
     * The programme's code.
     *
     * @return the code, not null
     */
    public Program program() {
        return program;
    }

    /**
     * The rules, in the order they run.
     *
     * @return an unmodifiable list, not empty
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * The parameters the rules read, each key once, in rule order then declaration order.
     *
     * @return an unmodifiable list, not null
     */
    public List<ParameterSpec<?>> parameters() {
        return parameters;
    }

    /**
     * Returns a short description, e.g. {@code ProgramDefinition[SEMBAKO: sembako.meninggal,
     * common.exclusion, sembako.desil, sembako.amount]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        StringBuilder sb =
                new StringBuilder("ProgramDefinition[").append(program).append(':');
        for (int i = 0; i < rules.size(); i++) {
            sb.append(i == 0 ? " " : ", ").append(rules.get(i).id());
        }
        return sb.append(']').toString();
    }
}
