package id.bansos.testkit;

import id.bansos.model.Household;
import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Program;
import id.bansos.programs.ProgramFile;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One scenario: households decided by a programme on a date, perhaps under changed parameters,
 * and what their decisions must show.
 *
 * <p>A scenario file's {@code household:} gives a scenario of one household; {@code households:}
 * gives several, decided as a batch, so that a NIK found in two of them makes both not eligible
 * ({@code DATA_GANDA}). {@link #parameters()} are overrides layered over the runner's policy, each
 * holding for all dates (see {@link ScenarioRunner}).
 *
 * <p>Example, built in code rather than read from a file: {@code Scenario.builder().name("Ibu
 * hamil").program(Program.PKH).asOf(LocalDate.of(2024, 3, 1)).addHouseholds(household)
 * .putExpectations(household.id(), Expectation.builder().eligible(true).build()).build()}.
 */
@Value.Immutable
@BansosStyle
public abstract class Scenario {
    /** The source of a scenario built in code. */
    public static final String IN_CODE = "<code>";

    Scenario() {}

    /**
     * The file the scenario was read from, as the runner was given it.
     *
     * @return the source, not null; {@value #IN_CODE} for a scenario built in code
     */
    @Value.Default
    public String source() {
        return IN_CODE;
    }

    /**
     * The 1-based line where the scenario starts in its file.
     *
     * @return the line, 0 if unknown
     */
    @Value.Default
    public long line() {
        return 0;
    }

    /**
     * The scenario's name, in plain words, e.g. {@code Ibu hamil dan anak SD, 2024}.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * The programme that decides the households.
     *
     * @return the programme code, not null
     */
    public abstract Program program();

    /**
     * The date of evaluation.
     *
     * @return the date, not null
     */
    public abstract LocalDate asOf();

    /**
     * The households, decided together.
     *
     * @return an unmodifiable list, at least one, no household id twice
     */
    public abstract List<Household> households();

    /**
     * The parameters the scenario changes, layered over the runner's policy.
     *
     * @return the overrides, not null, empty when the scenario changes nothing
     */
    @Value.Default
    public ParameterSet parameters() {
        return ParameterSet.empty();
    }

    /**
     * The programme files the scenario's {@code programs:} names (PROGRAMS-V1), whose programmes
     * {@link #program()} may name and whose own parameters lie under {@link #parameters()}.
     *
     * @return the files read, or empty when the scenario uses the runner's programmes only
     */
    public abstract Optional<ProgramFile> programFile();

    /**
     * The expectations by household id, in the order given.
     *
     * @return an unmodifiable map, at least one entry, each key a household of {@link
     *     #households()}
     */
    public abstract Map<String, Expectation> expectations();

    /**
     * Returns a new builder; {@code name}, {@code program}, {@code asOf}, at least one household
     * and at least one expectation are required.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.check(!name().isBlank(), "name", "must not be blank");
        Checks.check(line() >= 0, "line", "must not be negative", line());
        Checks.check(!households().isEmpty(), "households", "must hold at least one household");
        Set<String> ids = new HashSet<>();
        for (Household h : households()) {
            Checks.check(ids.add(h.id()), "households", "must not repeat a household id", h.id());
        }
        Checks.check(!expectations().isEmpty(), "expectations", "must hold at least one expectation");
        for (String id : expectations().keySet()) {
            Checks.check(ids.contains(id), "expectations", "must name households of the scenario", id);
        }
    }

    /**
     * Returns the source, line and name, e.g. {@code pkh.yaml:3: Ibu hamil}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return source() + (line() > 0 ? ":" + line() : "") + ": " + name();
    }

    /**
     * Builds a {@link Scenario}; {@code build()} throws {@link IllegalStateException} if a required
     * attribute is missing and {@link IllegalArgumentException} if the scenario is inconsistent.
     */
    public static final class Builder extends ImmutableScenario.Builder {}
}
