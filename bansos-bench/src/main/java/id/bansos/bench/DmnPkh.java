package id.bansos.bench;

import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNDecisionResult;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;

/**
 * The peer: PKH under POLICY-V2 as a DMN 1.3 decision model ({@code id/bansos/bench/pkh.dmn}),
 * evaluated by the Apache KIE (Drools) DMN engine.
 *
 * <p>Java only flattens a household into plain values (per member: position, deceased,
 * occupation, sex, pregnant or postpartum, pregnancy order, age in whole years and in days on the
 * date, school level, severe disability; the household's desil). Exclusions, the desil target, the
 * dated component values, the assignment within the per-component limits and the cap, the payment
 * schedule and the amounts are all in the model. Not thread-safe: one instance per thread.
 */
public final class DmnPkh {
    /** The classpath resource of the model. */
    public static final String RESOURCE = "pkh.dmn";

    private static final String NAMESPACE = "https://bansos.id/dmn/pkh";
    private static final String DECISION = "pkhDecision";

    private final DMNRuntime runtime;
    private final DMNModel model;

    private DmnPkh(DMNRuntime runtime, DMNModel model) {
        this.runtime = runtime;
        this.model = model;
    }

    /**
     * Compiles the model.
     *
     * @return the peer, not null
     * @throws IllegalStateException if the model cannot be read or has errors
     */
    public static DmnPkh load() {
        DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults()
                .buildConfiguration()
                .fromClasspathResource(RESOURCE, DmnPkh.class)
                .getOrElseThrow(e -> new IllegalStateException("cannot compile " + RESOURCE, e));
        DMNModel model = runtime.getModel(NAMESPACE, "pkh");
        if (model == null) {
            throw new IllegalStateException("no model pkh in " + RESOURCE);
        }
        if (model.hasErrors()) {
            throw new IllegalStateException(RESOURCE + " has errors: " + model.getMessages());
        }
        return new DmnPkh(runtime, model);
    }

    /**
     * Decides one household.
     *
     * @param household the household, not null; no member born after {@code asOf}
     * @param asOf the date of evaluation, not null, from 2019-01-01
     * @return its eligibility and amounts, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the engine reports an error
     */
    public PkhOutcome evaluate(Household household, LocalDate asOf) {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(asOf, "asOf");
        DMNContext context = runtime.newContext();
        context.set("asOf", asOf);
        context.set("household", flatten(household, asOf));
        DMNResult result = runtime.evaluateByName(model, context, DECISION);
        DMNDecisionResult decision = result.getDecisionResultByName(DECISION);
        if (result.hasErrors() || decision == null || decision.hasErrors()) {
            throw new IllegalStateException("DMN evaluation failed: "
                    + result.getMessages().stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
        Map<?, ?> out = (Map<?, ?>) decision.getResult();
        return new PkhOutcome(
                (Boolean) out.get("eligible"), amount(out.get("annualAmount")), amount(out.get("amountPerPayment")));
    }

    /**
     * Flattens a household into the values the model reads.
     *
     * @param household the household, not null
     * @param asOf the date the ages are counted on, not null, not before a birth date
     * @return a map with {@code desil} (a number or null) and {@code members} (a list of maps), not
     *     null
     */
    static Map<String, Object> flatten(Household household, LocalDate asOf) {
        List<Person> persons = household.members();
        List<Map<String, Object>> members = new ArrayList<>(persons.size());
        for (int i = 0; i < persons.size(); i++) {
            Person p = persons.get(i);
            Map<String, Object> m = new HashMap<>(16);
            m.put("index", BigDecimal.valueOf(i));
            m.put("deceased", p.deceased());
            m.put("occupation", p.occupation().map(Enum::name).orElse(null));
            m.put("female", p.sex() == Sex.FEMALE);
            m.put("pregnantOrPostpartum", p.pregnant() || p.postpartum());
            m.put(
                    "pregnancyOrder",
                    p.pregnancyOrder().isPresent()
                            ? BigDecimal.valueOf(p.pregnancyOrder().getAsInt())
                            : null);
            m.put("ageYears", BigDecimal.valueOf(p.ageOn(asOf)));
            m.put("ageDays", BigDecimal.valueOf(ChronoUnit.DAYS.between(p.birthDate(), asOf)));
            m.put("schoolLevel", p.schoolLevel().map(Enum::name).orElse(null));
            m.put("severeDisability", p.severeDisability());
            members.add(m);
        }
        Map<String, Object> h = new HashMap<>(4);
        h.put(
                "desil",
                household.desil().isPresent()
                        ? BigDecimal.valueOf(household.desil().getAsInt())
                        : null);
        h.put("members", members);
        return h;
    }

    private static long amount(Object value) {
        return ((BigDecimal) value).longValueExact();
    }
}
