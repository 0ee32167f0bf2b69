package id.bansos.rules.pkh;

import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Component;
import id.bansos.rules.ParameterSpec;
import id.bansos.rules.ParameterValues;
import id.bansos.rules.internal.LegalBases;
import id.bansos.rules.internal.LibraryRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * POLICY-V2 rules 6 and 7, the assignment: each qualifying member of an eligible household is paid
 * for at most one component they qualify for; no component is paid to more members than its {@code
 * pkh.max_persons.*} limit ({@code ANAK_USIA_DINI}, {@code LANJUT_USIA}, {@code DISABILITAS_BERAT};
 * the other components and a limit of {@code none} are unlimited) and at most {@code
 * pkh.max_component_persons} members are paid ({@code none}: no cap). Among those assignments the
 * one chosen pays the largest total; among those, more members; among those, the one whose list of
 * choices, read member by member, comes first (each member's component by its position in the list
 * order {@code IBU_HAMIL, ANAK_USIA_DINI, SD, SMP, SMA, DISABILITAS_BERAT, LANJUT_USIA}, "not paid"
 * after all). The search is exact (see {@link Assignment}).
 *
 * <p>Members not paid stay listed with {@code paid = false} and their highest-value component; then
 * the reason {@code BATAS_KOMPONEN} says how many and which limit cut them. Its args: {@code count}
 * (qualifying members), {@code paid} (members paid), {@code cut} (members not paid), {@code max}
 * ({@code pkh.max_component_persons}, or {@code none}), {@code limit} ({@code CAP} when only the
 * overall cap cut, {@code COMPONENT} when only per-component limits cut, {@code CAP_AND_COMPONENT}
 * when each cut at least one member) and {@code components} (the limited components whose limit cut,
 * comma-separated in list order, empty when none). A member not paid was cut by per-component limits
 * when every component they qualify for is paid to as many members as its limit allows; otherwise
 * one of their components had room and the overall cap cut them.
 *
 * <p>Example (2024): a 72-year-old head with a severe disability and a disabled child of 10 not in
 * school both qualify for {@code DISABILITAS_BERAT} (limit 1), the head also for {@code
 * LANJUT_USIA}: the head is paid {@code LANJUT_USIA}, the child {@code DISABILITAS_BERAT},
 * Rp4.800.000, and nobody is cut. Three young children on 2024-03-01: two are paid, the third (last
 * in member order) is not; {@code BATAS_KOMPONEN} with {@code count=3, paid=2, cut=1, max=4,
 * limit=COMPONENT, components=ANAK_USIA_DINI}.
 */
final class PkhCapRule extends LibraryRule {
    static final String ID = "pkh.cap";

    /**
     * The components in the list order of POLICY-V2 rule 4 (the library's component codes are in that
     * order); index i of the arrays below.
     */
    static final List<Component> ORDER = Component.libraryCodes();

    static final ParameterSpec<Integer> MAX = ParameterSpec.of("pkh.max_component_persons", Integer.class);

    /** The components that have a per-component limit key. */
    static final List<Component> LIMITED =
            List.of(Component.ANAK_USIA_DINI, Component.LANJUT_USIA, Component.DISABILITAS_BERAT);

    static final List<ParameterSpec<Integer>> LIMITS = limitSpecs();

    PkhCapRule() {
        super(
                ID,
                "For an eligible household, each qualifying member is paid for at most one component, no"
                        + " component beyond its pkh.max_persons.* limit and at most pkh.max_component_persons"
                        + " members: the assignment paying the largest total, then the most members, then the"
                        + " first in member order by the list order of the components. Members not paid stay"
                        + " listed with their highest-value component, and BATAS_KOMPONEN says how many and"
                        + " which limit cut them.",
                LegalBases.PKH_CAP,
                allSpecs());
    }

    private static List<ParameterSpec<Integer>> limitSpecs() {
        List<ParameterSpec<Integer>> specs = new ArrayList<>();
        for (Component c : LIMITED) {
            specs.add(ParameterSpec.of("pkh.max_persons." + c.code(), Integer.class));
        }
        return List.copyOf(specs);
    }

    private static List<ParameterSpec<?>> allSpecs() {
        List<ParameterSpec<?>> specs = new ArrayList<>();
        specs.add(MAX);
        specs.addAll(LIMITS);
        return specs;
    }

    /**
     * Returns the uses of the cap and of every per-component limit in force (not {@code none}).
     *
     * @param values the values of the cap and the limits
     * @return the uses, cap first, not null
     */
    static List<ParameterUse> limitUses(ParameterValues values) {
        List<ParameterUse> uses = new ArrayList<>();
        uses.add(values.use(MAX));
        for (ParameterSpec<Integer> spec : LIMITS) {
            if (values.find(spec).isPresent()) {
                uses.add(values.use(spec));
            }
        }
        return uses;
    }

    @Override
    public Step bind(ParameterValues values) {
        Optional<Integer> cap = values.find(MAX);
        int max = cap.orElse(Integer.MAX_VALUE);
        if (max < 0) {
            throw new IllegalArgumentException(
                    "pkh.max_component_persons must not be negative, got " + max + " on " + values.date());
        }
        int[] limit = new int[ORDER.size()];
        java.util.Arrays.fill(limit, Integer.MAX_VALUE);
        for (int k = 0; k < LIMITED.size(); k++) {
            Optional<Integer> l = values.find(LIMITS.get(k));
            if (l.isPresent()) {
                if (l.get() < 0) {
                    throw new IllegalArgumentException(
                            LIMITS.get(k).key() + " must not be negative, got " + l.get() + " on " + values.date());
                }
                limit[ORDER.indexOf(LIMITED.get(k))] = l.get();
            }
        }
        boolean noLimit = cap.isEmpty();
        for (int l : limit) {
            noLimit &= l == Integer.MAX_VALUE;
        }
        if (noLimit) {
            return evaluation -> {};
        }
        String maxText = cap.map(String::valueOf).orElse("none");
        List<ParameterUse> uses = limitUses(values);
        LegalBasis basis = legalBasisOn(values.date());
        return evaluation -> {
            List<ComponentAward> components = evaluation.components();
            int n = components.size();
            if (!evaluation.isEligible() || n == 0) {
                return;
            }
            // Fast path: every member paid for their highest-value component (the first of equal
            // values) is within every limit. That pays each member their most, so it is the largest
            // total, pays every member, and is the first such list in member order.
            if (n <= max) {
                int[] counts = new int[ORDER.size()];
                boolean within = true;
                for (int i = 0; i < n && within; i++) {
                    int c = position(components.get(i).component());
                    within = ++counts[c] <= limit[c];
                }
                if (within) {
                    return;
                }
            }
            List<ComponentAward> qualifications = evaluation.qualifications();
            int[][] options = new int[n][];
            long[] value = new long[ORDER.size()];
            Rupiah[] amount = new Rupiah[ORDER.size()];
            int q = 0;
            for (int i = 0; i < n; i++) {
                int member = components.get(i).memberIndex();
                int from = q;
                while (q < qualifications.size() && qualifications.get(q).memberIndex() == member) {
                    q++;
                }
                options[i] = new int[q - from];
                for (int k = from; k < q; k++) {
                    ComponentAward a = qualifications.get(k);
                    int c = position(a.component());
                    options[i][k - from] = c;
                    value[c] = a.annualAmount().amount();
                    amount[c] = a.annualAmount();
                }
                java.util.Arrays.sort(options[i]);
            }
            int[] choice = new Assignment(options, value, limit, max).solve();
            int paid = 0;
            int[] used = new int[ORDER.size()];
            for (int i = 0; i < n; i++) {
                int c = choice[i];
                if (c == Assignment.NOT_PAID) {
                    evaluation.cutComponent(i);
                } else {
                    paid++;
                    used[c]++;
                    if (!ORDER.get(c).equals(components.get(i).component())) {
                        evaluation.payComponent(i, ORDER.get(c), amount[c]);
                    }
                }
            }
            if (paid == n) {
                return;
            }
            // A member not paid was cut by per-component limits when every component they qualify for
            // is full; otherwise a component had room, so the overall cap cut them.
            boolean byCap = false;
            boolean byComponent = false;
            boolean[] full = new boolean[ORDER.size()];
            for (int i = 0; i < n; i++) {
                if (choice[i] == Assignment.NOT_PAID) {
                    boolean allFull = true;
                    for (int c : options[i]) {
                        allFull &= used[c] >= limit[c];
                    }
                    if (allFull) {
                        byComponent = true;
                        for (int c : options[i]) {
                            full[c] = true;
                        }
                    } else {
                        byCap = true;
                    }
                }
            }
            StringBuilder cutBy = new StringBuilder();
            for (int c = 0; c < full.length; c++) {
                if (full[c]) {
                    cutBy.append(cutBy.length() == 0 ? "" : ",")
                            .append(ORDER.get(c).code());
                }
            }
            String kind = byComponent ? (byCap ? "CAP_AND_COMPONENT" : "COMPONENT") : "CAP";
            evaluation.addReason(Reason.builder()
                    .code(ReasonCode.BATAS_KOMPONEN)
                    .rule(id())
                    .legalBasis(basis)
                    .putArgs("count", Integer.toString(n))
                    .putArgs("paid", Integer.toString(paid))
                    .putArgs("cut", Integer.toString(n - paid))
                    .putArgs("max", maxText)
                    .putArgs("limit", kind)
                    .putArgs("components", cutBy.toString())
                    .addAllParameters(uses)
                    .build());
        };
    }

    /** Returns a library component's position in the list order; a district's own code is last. */
    static int position(Component component) {
        int p = ORDER.indexOf(component);
        if (p < 0) {
            throw new IllegalArgumentException("pkh.cap assigns only the library's PKH components, got " + component);
        }
        return p;
    }
}
