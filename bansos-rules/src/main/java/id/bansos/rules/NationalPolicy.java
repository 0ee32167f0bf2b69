package id.bansos.rules;

import id.bansos.io.InputException;
import id.bansos.io.yaml.ParameterFileReader;
import id.bansos.model.internal.Checks;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The national policy that the library ships: the dated values of POLICY-V1 for PKH and Program
 * Sembako, read from {@code id/bansos/rules/policy/pkh.yaml} and {@code sembako.yaml}, the lifecycle
 * defaults (commitments and graduation, {@link LifecycleParameters}) from {@code lifecycle.yaml},
 * and the means to layer a district's parameter files over it.
 *
 * <p>Example: a district that lowers the PKH cap to 3 from 2024-01-01 writes a file setting {@code
 * pkh.max_component_persons} and calls {@code NationalPolicy.layered(List.of(Programs.pkh()),
 * List.of(Path.of("district.yaml")))}.
 */
public final class NationalPolicy {
    private static final String PKH = "policy/pkh.yaml";
    private static final String SEMBAKO = "policy/sembako.yaml";
    private static final String LIFECYCLE = "policy/lifecycle.yaml";

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
     * Returns a reader for parameter files that may set the keys the given programmes' rules read,
     * with the types they declare, and the lifecycle keys of {@link LifecycleParameters#all()}.
     *
     * @param programs the programmes, not null, no null element
     * @return the reader, not null
     * @throws NullPointerException if {@code programs} or an element is null
     * @throws IllegalArgumentException if two programmes declare one key with different types
     */
    public static ParameterFileReader readerFor(Collection<ProgramDefinition> programs) {
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
        return ParameterFileReader.forKeys(keys);
    }

    /**
     * Returns the national policy with parameter files layered over it, each over the ones before:
     * from a key's first date in a file on, the file's timeline replaces the one below.
     *
     * @param programs the programmes whose keys the files may set, not null
     * @param files the district's files in layering order, not null, possibly empty
     * @return the layered set, not null
     * @throws NullPointerException if an argument or an element is null
     * @throws InputException if a file is not a valid parameter file
     * @throws UncheckedIOException if a file cannot be read
     * @throws IllegalArgumentException if two programmes declare one key with different types
     */
    public static ParameterSet layered(Collection<ProgramDefinition> programs, List<Path> files) {
        ParameterFileReader reader = readerFor(programs);
        ParameterSet set = load();
        for (Path file : Checks.notNull(files, "files")) {
            set = reader.read(Checks.notNull(file, "files element")).layeredOver(set);
        }
        return set;
    }

    static ParameterSet read(String resource, ProgramDefinition program) {
        return read(resource, readerFor(List.of(program)));
    }

    /** Reads the lifecycle defaults, whose keys no programme declares. */
    static ParameterSet readLifecycle() {
        Map<String, Class<?>> keys = new TreeMap<>();
        for (ParameterSpec<?> spec : LifecycleParameters.all()) {
            keys.put(spec.key(), spec.type());
        }
        return read(LIFECYCLE, ParameterFileReader.forKeys(keys));
    }

    private static ParameterSet read(String resource, ParameterFileReader fileReader) {
        try (InputStream in = NationalPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("id/bansos/rules/" + resource + " is missing from the jar");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return fileReader.read(reader, "classpath:id/bansos/rules/" + resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the national files once, on first use. */
    private static final class Holder {
        static final ParameterSet NATIONAL = readNational();

        private static ParameterSet readNational() {
            List<Parameter<?>> all = new ArrayList<>(read(PKH, Programs.pkh()).parameters());
            all.addAll(read(SEMBAKO, Programs.sembako()).parameters());
            all.addAll(readLifecycle().parameters());
            return ParameterSet.of(all);
        }
    }
}
