package id.bansos.testkit;

import id.bansos.model.internal.BansosStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of running scenario files: one result per scenario, and one per file that could not
 * be read, in file order (files sorted by path) and then scenario order.
 *
 * <p>{@link #report()} is what {@code bansos test} prints; {@link #exitCode()} is its exit code.
 */
@Value.Immutable
@BansosStyle
public abstract class RunResult {
    RunResult() {}

    /**
     * The results, in file and scenario order.
     *
     * @return an unmodifiable list, not null, empty when no scenario was found
     */
    public abstract List<ScenarioResult> results();

    /**
     * Counts the scenarios that passed.
     *
     * @return the number, 0 or more
     */
    public int passed() {
        return (int) results().stream().filter(ScenarioResult::passed).count();
    }

    /**
     * Counts the scenarios that failed, a file that could not be read counting as one.
     *
     * @return the number, 0 or more
     */
    public int failed() {
        return results().size() - passed();
    }

    /**
     * The exit code of {@code bansos test}: 0 when every scenario passed, 1 when one failed (or a
     * file could not be read), 2 when no scenario was found.
     *
     * @return 0, 1 or 2
     */
    public int exitCode() {
        if (results().isEmpty()) {
            return 2;
        }
        return failed() > 0 ? 1 : 0;
    }

    /**
     * Returns the report: one block per failure, each followed by an empty line, then a last line
     * exactly {@code N passed, N failed}; before it, {@code no scenario found} when there was none.
     *
     * @return the text, not null; every line ends with {@code \n}
     */
    public String report() {
        return report(false);
    }

    /**
     * Returns the report of {@code bansos test -v}: every scenario in file and scenario order, one
     * line {@code PASS file:line: name} for each that passed and the block of {@link #report()} for
     * each failure, then the same last line.
     *
     * <p>Example: {@code PASS lansia.yaml:1: Lansia 70 tahun} then {@code 1 passed, 0 failed}.
     *
     * @return the text, not null; every line ends with {@code \n}
     */
    public String verboseReport() {
        return report(true);
    }

    private String report(boolean verbose) {
        StringBuilder sb = new StringBuilder();
        for (ScenarioResult r : results()) {
            if (!r.passed()) {
                sb.append(r.report()).append('\n');
            } else if (verbose) {
                sb.append("PASS ")
                        .append(r.source())
                        .append(r.line() > 0 ? ":" + r.line() : "")
                        .append(": ")
                        .append(r.name())
                        .append('\n');
            }
        }
        if (results().isEmpty()) {
            sb.append("no scenario found\n");
        }
        return sb.append(passed())
                .append(" passed, ")
                .append(failed())
                .append(" failed\n")
                .toString();
    }

    static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the counts, e.g. {@code RunResult[12 passed, 1 failed]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "RunResult[" + passed() + " passed, " + failed() + " failed]";
    }

    static final class Builder extends ImmutableRunResult.Builder {}
}
