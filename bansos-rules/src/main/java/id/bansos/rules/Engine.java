package id.bansos.rules;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import id.bansos.model.Household;
import id.bansos.model.decision.Decision;
import id.bansos.model.internal.Checks;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.MissingParameterException;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/**
 * Decides households: runs a programme's rules with a parameter set on a date.
 *
 * <p>A decision is a pure function of (household, programme, parameter set, date): the same inputs
 * give equal decisions, on any thread. For many households on one date, {@link #prepare} once and
 * call {@link Evaluator#evaluate(Household)} for each, so that parameters are looked up and the
 * policy version hashed once; {@link #evaluate} does that for you and keeps the last preparation.
 * Thread-safe.
 *
 * <p>Example: {@code Engine.create().evaluate(household, Programs.pkh(), NationalPolicy.load(),
 * LocalDate.of(2024, 3, 1))}.
 */
public final class Engine {
    private static final String VERSION = readVersion();

    private final Cache<ParameterSet, String> versions =
            CacheBuilder.newBuilder().weakKeys().maximumSize(64).build();
    private volatile Evaluator last;

    private Engine() {}

    /**
     * Obtains an engine.
     *
     * @return a new engine, not null
     */
    public static Engine create() {
        return new Engine();
    }

    /**
     * Returns the library version that decisions carry as {@code engine_version}, e.g. {@code
     * 0.1.0}.
     *
     * @return the version, not blank
     */
    public static String version() {
        return VERSION;
    }

    /**
     * Decides one household.
     *
     * @param household the household, not null; no member born after {@code asOf}
     * @param program the programme, not null
     * @param parameters the parameter set, not null, holding every key the programme's rules read
     * @param asOf the date of evaluation, not null
     * @return the decision, not null
     * @throws NullPointerException if an argument is null
     * @throws MissingParameterException if a parameter has no value on {@code asOf} (the date is
     *     before its first value, or a rule needs a value that is {@code none})
     * @throws IllegalArgumentException if the set lacks a key the rules read or holds it with
     *     another type, or a member is born after {@code asOf}
     */
    public Decision evaluate(Household household, ProgramDefinition program, ParameterSet parameters, LocalDate asOf) {
        Checks.notNull(household, "household");
        Checks.notNull(program, "program");
        Checks.notNull(parameters, "parameters");
        Checks.notNull(asOf, "asOf");
        Evaluator evaluator = last;
        if (evaluator == null || !evaluator.isFor(program, parameters, asOf)) {
            evaluator = prepare(program, parameters, asOf);
            last = evaluator;
        }
        return evaluator.evaluate(household);
    }

    /**
     * Binds a programme's rules to the parameter values on a date, ready to decide households.
     *
     * @param program the programme, not null
     * @param parameters the parameter set, not null, holding every key the programme's rules read
     * @param asOf the date of evaluation, not null
     * @return the evaluator, not null, thread-safe
     * @throws NullPointerException if an argument is null
     * @throws MissingParameterException if a parameter has no value on {@code asOf} (before its
     *     first value, or {@code none} where a rule needs a value)
     * @throws IllegalArgumentException if the set lacks a key the rules read or holds it with
     *     another type
     */
    public Evaluator prepare(ProgramDefinition program, ParameterSet parameters, LocalDate asOf) {
        Checks.notNull(program, "program");
        Checks.notNull(parameters, "parameters");
        Checks.notNull(asOf, "asOf");
        List<Rule.Step> steps = new ArrayList<>(program.rules().size());
        for (Rule rule : program.rules()) {
            Map<ParameterSpec<?>, DatedValue<?>> entries = new HashMap<>();
            for (ParameterSpec<?> spec : rule.parameters()) {
                Optional<Parameter<?>> found = parameters.find(spec.key());
                if (found.isEmpty()) {
                    throw new IllegalArgumentException("rule " + rule.id() + " reads parameter " + spec.key()
                            + ", which the parameter set does not hold");
                }
                entries.put(spec, parameters.get(spec.key(), spec.type()).entryOn(asOf));
            }
            steps.add(Checks.notNull(rule.bind(ParameterValues.of(rule.id(), asOf, entries)), "step of " + rule.id()));
        }
        return new Evaluator(program, parameters, asOf, steps, policyVersion(parameters), VERSION);
    }

    private String policyVersion(ParameterSet parameters) {
        try {
            return versions.get(parameters, parameters::version);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot hash the parameter set", e.getCause());
        }
    }

    private static String readVersion() {
        Properties p = new Properties();
        try (InputStream in = Engine.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("id/bansos/rules/version.properties is missing from the jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String v = p.getProperty("version", "").trim();
        if (v.isEmpty() || v.startsWith("${")) {
            throw new IllegalStateException("id/bansos/rules/version.properties was not filtered: " + v);
        }
        return v;
    }
}
