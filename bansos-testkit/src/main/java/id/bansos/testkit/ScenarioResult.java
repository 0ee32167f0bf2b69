package id.bansos.testkit;

import id.bansos.model.decision.Decision;
import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of one scenario, or of a scenario file that could not be read: passed, or failed
 * with the expectations that were not met (or the error), the decisions made and the text that
 * the report shows.
 *
 * <p>A file with a mistake gives one failed result without a {@linkplain #scenario() scenario},
 * whose {@linkplain #error() error} names the file, line and column. Results are made by {@link
 * ScenarioRunner}; they are values, equal when their contents are.
 */
@Value.Immutable
@BansosStyle
public abstract class ScenarioResult {
    ScenarioResult() {}

    /**
     * The file, as the runner was given it.
     *
     * @return the source, not null
     */
    public abstract String source();

    /**
     * The 1-based line of the scenario, or of the mistake in a file that could not be read.
     *
     * @return the line, 0 if unknown
     */
    public abstract long line();

    /**
     * The scenario run.
     *
     * @return the scenario, empty when its file could not be read
     */
    public abstract Optional<Scenario> scenario();

    /**
     * The decisions made, one per household in the scenario's order, {@code DATA_GANDA} applied.
     *
     * @return an unmodifiable list, empty if the scenario could not be decided
     */
    public abstract List<Decision> decisions();

    /**
     * The expectations not met, household by household.
     *
     * @return an unmodifiable list, empty if every expectation was met or there was an error
     */
    public abstract List<Mismatch> mismatches();

    /**
     * Why the scenario could not be run: a mistake in its file (with file, line and column), an
     * unknown programme, a parameter without value on the date, a member born after it.
     *
     * @return the error, empty if the scenario ran
     */
    public abstract Optional<String> error();

    /**
     * The block the report shows for a failure: a first line {@code FAILED file:line: name}, each
     * mismatch, then each decision concerned with its reasons rendered in the runner's language.
     *
     * @return the text, empty when the scenario passed; lines end with {@code \n}
     */
    public abstract String report();

    /**
     * Tells whether every expectation was met.
     *
     * @return true if the scenario ran and nothing mismatched
     */
    public boolean passed() {
        return error().isEmpty() && mismatches().isEmpty();
    }

    /**
     * The scenario's name.
     *
     * @return the name, empty for a file that could not be read
     */
    public String name() {
        return scenario().map(Scenario::name).orElse("");
    }

    static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.check(line() >= 0, "line", "must not be negative", line());
        Checks.check(passed() == report().isEmpty(), "report", "must be empty exactly when the scenario passed");
        Checks.check(scenario().isPresent() || error().isPresent(), "error", "is required without a scenario");
    }

    /**
     * Returns a short description, e.g. {@code pkh.yaml:3: Ibu hamil: passed}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return source() + (line() > 0 ? ":" + line() : "") + ": "
                + (scenario().isPresent() ? name() + ": " : "")
                + (passed() ? "passed" : "failed");
    }

    static final class Builder extends ImmutableScenarioResult.Builder {}
}
