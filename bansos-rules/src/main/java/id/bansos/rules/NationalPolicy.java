package id.bansos.rules;

import id.bansos.model.internal.Checks;
import id.bansos.model.param.ParameterSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The national policy that the library ships: the dated values for PKH and Program Sembako from
 * {@code id/bansos/rules/policy/pkh.yaml} and {@code sembako.yaml}, and the lifecycle defaults
 * (commitments and graduation, {@link LifecycleParameters}) from {@code lifecycle.yaml}.
 *
 * <p>The YAML files in the repository are the one source of truth. The build compiles them into a
 * class with bansos-io's own parameter file reader, so this module reads no YAML at run time and
 * depends on no parser; a test of bansos-batch checks that the compiled class and the files read at
 * run time agree.
 *
 * <p>A district layers its own parameter files over this set with {@code
 * id.bansos.batch.PolicyFiles.layered(programs, files)} (bansos-batch), or reads them with bansos-io's
 * {@code ParameterFileReader.forKeys(NationalPolicy.parameterTypes(programs))} and layers them with
 * {@link ParameterSet#layeredOver(ParameterSet)}.
 */
public final class NationalPolicy {
    private NationalPolicy() {}

    /**
     * Returns the national parameter set: every key of {@link Programs#pkh()}, {@link
     * Programs#sembako()} and {@link LifecycleParameters#all()} with its dated values and legal
     * bases.
     *
     * @return the set, not null, the same instance on every call
     */
    public static ParameterSet load() {
        return Holder.NATIONAL;
    }

    /**
     * Returns the parameter keys that a parameter file for the given programmes may set, each with the
     * type of its values: the keys the programmes' rules declare and the lifecycle keys of {@link
     * LifecycleParameters#all()}.
     *
     * <p>Example: {@code parameterTypes(List.of(Programs.pkh())).get("pkh.max_component_persons")} is
     * {@code Integer.class}.
     *
     * @param programs the programmes, not null, no null element
     * @return the keys and types, sorted by key, not null, unmodifiable
     * @throws NullPointerException if {@code programs} or an element is null
     * @throws IllegalArgumentException if two programmes declare one key with different types
     */
    public static Map<String, Class<?>> parameterTypes(Collection<ProgramDefinition> programs) {
        Checks.notNull(programs, "programs");
        Map<String, Class<?>> keys = new TreeMap<>();
        for (ParameterSpec<?> spec : LifecycleParameters.all()) {
            keys.put(spec.key(), spec.type());
        }
        for (ProgramDefinition program : programs) {
            Checks.notNull(program, "programs element");
            for (ParameterSpec<?> spec : program.parameters()) {
                Class<?> before = keys.putIfAbsent(spec.key(), spec.type());
                if (before != null && !before.equals(spec.type())) {
                    throw new IllegalArgumentException("programmes declare parameter " + spec.key()
                            + " with different types, " + before.getSimpleName() + " and "
                            + spec.type().getSimpleName());
                }
            }
        }
        return Collections.unmodifiableMap(keys);
    }

    /** Builds the national set once, on first use. */
    private static final class Holder {
        static final ParameterSet NATIONAL = ParameterSet.of(NationalPolicyData.parameters());
    }
}
