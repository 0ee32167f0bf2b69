package id.bansos.batch;

import id.bansos.io.InputException;
import id.bansos.io.yaml.ParameterFileReader;
import id.bansos.model.internal.Checks;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.ProgramDefinition;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * A district's parameter files layered over the national policy ({@code --parameters} on the command
 * line).
 *
 * <p>Example: a district that lowers the PKH cap to 3 from 2024-01-01 writes a file setting {@code
 * pkh.max_component_persons} and calls {@code PolicyFiles.layered(List.of(Programs.pkh()),
 * List.of(Path.of("district.yaml")))}.
 */
public final class PolicyFiles {
    private PolicyFiles() {}

    /**
     * Returns a reader for parameter files that may set the keys the given programmes' rules read,
     * with the types they declare, and the lifecycle keys ({@link
     * NationalPolicy#parameterTypes(Collection)}).
     *
     * @param programs the programmes, not null, no null element
     * @return the reader, not null
     * @throws NullPointerException if {@code programs} or an element is null
     * @throws IllegalArgumentException if two programmes declare one key with different types
     */
    public static ParameterFileReader readerFor(Collection<ProgramDefinition> programs) {
        return ParameterFileReader.forKeys(NationalPolicy.parameterTypes(programs));
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
        ParameterSet set = NationalPolicy.load();
        for (Path file : Checks.notNull(files, "files")) {
            set = reader.read(Checks.notNull(file, "files element")).layeredOver(set);
        }
        return set;
    }
}
