package id.bansos.rules.pkh;

import static id.bansos.rules.Households.female;
import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.SchoolLevel;
import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Component;
import id.bansos.rules.Engine;
import id.bansos.rules.Households;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Policies;
import id.bansos.rules.Programs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** POLICY-V2 rules 4 and 6–8: per-component limits, the assignment, the pregnancy order, the schedule. */
class PkhLimitsTest {
    private static final LocalDate DATE = LocalDate.of(2024, 3, 1);
    private static final Engine ENGINE = Engine.create();
    private static final ParameterSet NATIONAL = NationalPolicy.load();
    private static final List<String> LIMIT_KEYS = List.of(
            "pkh.max_component_persons",
            "pkh.max_persons.ANAK_USIA_DINI",
            "pkh.max_persons.LANJUT_USIA",
            "pkh.max_persons.DISABILITAS_BERAT");

    private static final List<Integer> NONE = java.util.Collections.singletonList(null);

    private static Decision pkh(Household h, ParameterSet set, LocalDate date) {
        return ENGINE.evaluate(h, Programs.pkh(), set, date);
    }

    /** The national policy with integer keys replaced from 2019-01-01: a value, or none if null. */
    private static ParameterSet with(List<String> keys, List<Integer> values) {
        List<Parameter<?>> ps = new ArrayList<>();
        LocalDate from = LocalDate.of(2019, 1, 1);
        for (int i = 0; i < keys.size(); i++) {
            Integer v = values.get(i);
            ps.add(Parameter.of(
                    keys.get(i),
                    Integer.class,
                    List.of(
                            v == null
                                    ? DatedValue.none(from, Policies.PERBUP)
                                    : DatedValue.of(from, v, Policies.PERBUP))));
        }
        return ParameterSet.of(ps).layeredOver(NATIONAL);
    }

    private static List<String> components(Decision d) {
        List<String> out = new ArrayList<>();
        for (ComponentAward a : d.components()) {
            out.add(a.memberIndex() + ":" + a.component().code() + (a.paid() ? "" : ":cut"));
        }
        return out;
    }

    @Test
    void threeYoungChildren_batasKomponenNamesTheComponentLimit() {
        Decision d = pkh(
                household(null, male("1980-01-01"), female("2019-01-01"), male("2020-01-01"), female("2022-01-01")),
                NATIONAL,
                DATE);
        assertThat(Policies.reason(d, ReasonCode.BATAS_KOMPONEN).args())
                .containsEntry("count", "3")
                .containsEntry("paid", "2")
                .containsEntry("cut", "1")
                .containsEntry("max", "4")
                .containsEntry("limit", "COMPONENT")
                .containsEntry("components", "ANAK_USIA_DINI");
    }

    @Test
    void threeDisabledElderly_bothLimitsNamedInListOrder() {
        Decision d = pkh(
                household(
                        null,
                        male("1945-01-01").disabled(),
                        female("1948-01-01").disabled(),
                        male("1940-01-01").disabled()),
                NATIONAL,
                DATE);
        assertThat(Policies.reason(d, ReasonCode.BATAS_KOMPONEN).args())
                .containsEntry("cut", "1")
                .containsEntry("limit", "COMPONENT")
                .containsEntry("components", "DISABILITAS_BERAT,LANJUT_USIA");
    }

    @Test
    void limitsWithTheCap_batasKomponenSaysBoth() {
        Decision d = pkh(
                household(
                        null,
                        female("1990-01-01").pregnant(),
                        male("2019-01-01"),
                        female("2020-01-01"),
                        male("2022-01-01"),
                        female("2007-01-01").school(SchoolLevel.SMA),
                        male("2008-01-01").school(SchoolLevel.SMA)),
                NATIONAL,
                DATE);
        assertThat(Policies.reason(d, ReasonCode.BATAS_KOMPONEN).args())
                .containsEntry("count", "6")
                .containsEntry("paid", "4")
                .containsEntry("cut", "2")
                .containsEntry("limit", "CAP_AND_COMPONENT")
                .containsEntry("components", "ANAK_USIA_DINI");
        // A cap of 5: the second SMA is paid too, the third child still not (its limit): 13.000.000.
        Decision five = pkh(
                household(
                        null,
                        female("1990-01-01").pregnant(),
                        male("2019-01-01"),
                        female("2020-01-01"),
                        male("2022-01-01"),
                        female("2007-01-01").school(SchoolLevel.SMA),
                        male("2008-01-01").school(SchoolLevel.SMA)),
                with(List.of("pkh.max_component_persons"), List.of(5)),
                DATE);
        assertThat(five.annualAmount()).isEqualTo(Rupiah.of(13_000_000));
        assertThat(components(five))
                .containsExactly(
                        "0:IBU_HAMIL",
                        "1:ANAK_USIA_DINI",
                        "2:ANAK_USIA_DINI",
                        "3:ANAK_USIA_DINI:cut",
                        "4:SMA",
                        "5:SMA");
        assertThat(Policies.reason(five, ReasonCode.BATAS_KOMPONEN).args())
                .containsEntry("limit", "COMPONENT")
                .containsEntry("max", "5");
    }

    @Test
    void aDistrictLimitOfThreeYoungChildren_paysAllThree() {
        Household h =
                household(null, male("1980-01-01"), female("2019-01-01"), male("2020-01-01"), female("2022-01-01"));
        Decision d = pkh(h, with(List.of("pkh.max_persons.ANAK_USIA_DINI"), List.of(3)), DATE);
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(9_000_000)); // 3 × 3.000.000
        assertThat(d.reasonCodes()).doesNotContain(ReasonCode.BATAS_KOMPONEN);
        Decision none = pkh(h, with(List.of("pkh.max_persons.ANAK_USIA_DINI"), NONE), DATE);
        assertThat(none.annualAmount()).isEqualTo(Rupiah.of(9_000_000));
        Decision zero = pkh(h, with(List.of("pkh.max_persons.ANAK_USIA_DINI"), List.of(0)), DATE);
        assertThat(zero.eligible()).isTrue();
        assertThat(zero.annualAmount()).isEqualTo(Rupiah.ZERO);
        assertThat(Policies.reason(zero, ReasonCode.BATAS_KOMPONEN).args())
                .containsEntry("paid", "0")
                .containsEntry("cut", "3");
    }

    @Test
    void aNegativeLimit_isRejectedWhenBound() {
        ParameterSet set = with(List.of("pkh.max_persons.LANJUT_USIA"), List.of(-1));
        assertThatThrownBy(() -> ENGINE.prepare(Programs.pkh(), set, DATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pkh.max_persons.LANJUT_USIA must not be negative, got -1 on 2024-03-01");
    }

    @Test
    void pregnancyOrder_isLimitedByTheParameter() {
        Household third = household(null, female("1995-01-01").pregnancy(3));
        Household unknown = household(null, female("1995-01-01").pregnant());
        assertThat(pkh(third, NATIONAL, DATE).reasonCodes()).contains(ReasonCode.TIDAK_ADA_KOMPONEN);
        assertThat(pkh(unknown, NATIONAL, DATE).annualAmount()).isEqualTo(Rupiah.of(3_000_000));
        ParameterSet three = with(List.of("pkh.ibu_hamil.max_pregnancy_order"), List.of(3));
        assertThat(pkh(third, three, DATE).annualAmount()).isEqualTo(Rupiah.of(3_000_000));
        ParameterSet none = with(List.of("pkh.ibu_hamil.max_pregnancy_order"), NONE);
        assertThat(pkh(third, none, DATE).annualAmount()).isEqualTo(Rupiah.of(3_000_000));
        // The parameter is in MEMENUHI_KOMPONEN's parameters.
        assertThat(Policies.reason(pkh(unknown, NATIONAL, DATE), ReasonCode.MEMENUHI_KOMPONEN)
                        .parameters())
                .anyMatch(u -> u.key().equals("pkh.ibu_hamil.max_pregnancy_order")
                        && u.value().equals("2"));
    }

    @Test
    void aHundredQualifyingMembers_areAssignedExactly() {
        // 40 young children, 30 disabled elderly, 30 disabled SD pupils, 2024: the most is 2 young
        // children (6.000.000) + DISABILITAS_BERAT + LANJUT_USIA (4.800.000) = 10.800.000 under the cap of 4.
        List<Households.M> members = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            members.add(female("2020-01-01"));
        }
        for (int i = 0; i < 30; i++) {
            members.add(male("1940-01-01").disabled());
        }
        for (int i = 0; i < 30; i++) {
            members.add(male("2014-01-01").school(SchoolLevel.SD).disabled());
        }
        Household h = household("BIG", null, members);
        for (int run = 0; run < 50; run++) {
            Decision d = pkh(h, NATIONAL, DATE);
            assertThat(d.annualAmount()).isEqualTo(Rupiah.of(10_800_000));
            assertThat(d.components()).filteredOn(ComponentAward::paid).hasSize(4);
            // The first two children, then the first elderly member as DISABILITAS_BERAT, the second as LANJUT_USIA.
            assertThat(components(d).subList(0, 2)).containsExactly("0:ANAK_USIA_DINI", "1:ANAK_USIA_DINI");
            assertThat(components(d).subList(40, 42)).containsExactly("40:DISABILITAS_BERAT", "41:LANJUT_USIA");
        }
        // No cap: 2 children, 1 DIS, 1 LANSIA, and the 30 pupils paid SD: 10.800.000 + 30 × 900.000.
        Decision uncapped = pkh(h, with(List.of("pkh.max_component_persons"), NONE), DATE);
        assertThat(uncapped.annualAmount()).isEqualTo(Rupiah.of(37_800_000));
    }

    // --- properties, checked against a brute force written from the spec ---

    private static final LocalDate[] DATES = {LocalDate.of(2024, 3, 1), LocalDate.of(2020, 6, 15)};
    private static final List<Component> LIST_ORDER = List.of(
            Component.IBU_HAMIL,
            Component.ANAK_USIA_DINI,
            Component.SD,
            Component.SMP,
            Component.SMA,
            Component.DISABILITAS_BERAT,
            Component.LANJUT_USIA);
    /** The index on each date of DATES, in list order (POLICY-V2 table). */
    private static final long[][] INDEX = {
        {3_000_000, 3_000_000, 900_000, 1_500_000, 2_000_000, 2_400_000, 2_400_000},
        {3_750_000, 3_750_000, 1_125_000, 1_875_000, 2_500_000, 3_000_000, 3_000_000}
    };

    /** A small household that qualifies a lot: 1 to 6 living members, no excluded occupation. */
    private static Household small(long seed, LocalDate asOf) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(6);
        List<Households.M> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(5);
            LocalDate birth = switch (kind) {
                case 0 -> asOf.minusYears(1 + r.nextInt(6)); // young
                case 1 -> asOf.minusYears(7 + r.nextInt(14)); // school age
                case 2 -> asOf.minusYears(70 + r.nextInt(20)); // elderly
                default -> asOf.minusYears(22 + r.nextInt(40)).minusDays(r.nextInt(300));
            };
            boolean womanOfAge = kind >= 3;
            Households.M m = womanOfAge || r.nextBoolean() ? female(birth.toString()) : male(birth.toString());
            if (womanOfAge && r.nextInt(3) == 0) {
                m = r.nextBoolean() ? m.pregnancy(1 + r.nextInt(4)) : m.pregnant();
            }
            if (kind == 1 && r.nextInt(4) != 0) {
                m = m.school(List.of(SchoolLevel.SD, SchoolLevel.SMP, SchoolLevel.SMA)
                        .get(r.nextInt(3)));
            }
            if (r.nextInt(3) == 0) {
                m = m.disabled();
            }
            members.add(m);
        }
        return household("S" + Long.toHexString(seed), null, members);
    }

    /** Limits: cap, ANAK, LANSIA, DIS; null for none. */
    private static List<Integer> limits(Random r) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            l.add(r.nextInt(6) == 0 ? null : r.nextInt(i == 0 ? 6 : 3));
        }
        return l;
    }

    /** Each living member's components, as positions in list order, as rule 4 says. */
    private static List<int[]> qualifying(Household h, LocalDate asOf) {
        List<int[]> out = new ArrayList<>();
        for (Person p : h.members()) {
            int age = p.ageOn(asOf);
            List<Integer> c = new ArrayList<>();
            if ((p.pregnant() || p.postpartum()) && p.pregnancyOrder().orElse(1) <= 2) {
                c.add(0);
            }
            if (p.schoolLevel().isEmpty() && age <= 6) {
                c.add(1);
            }
            if (p.schoolLevel().isPresent() && age <= 21) {
                c.add(
                        switch (p.schoolLevel().get()) {
                            case SD -> 2;
                            case SMP -> 3;
                            case SMA -> 4;
                        });
            }
            if (p.severeDisability()) {
                c.add(5);
            }
            if (age >= 70) {
                c.add(6);
            }
            out.add(c.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    /** The best assignment by brute force: total, then members paid, then the first choice list. */
    private static int[] bruteForce(List<int[]> q, long[] index, List<Integer> limits) {
        int n = q.size();
        int[] choice = new int[n];
        int[] best = null;
        long bestTotal = -1;
        int bestCount = -1;
        int[] radix = new int[n];
        long combos = 1;
        for (int i = 0; i < n; i++) {
            radix[i] = q.get(i).length + 1;
            combos *= radix[i];
        }
        for (long k = 0; k < combos; k++) {
            long rest = k;
            int[] used = new int[7];
            long total = 0;
            int count = 0;
            for (int i = n - 1; i >= 0; i--) {
                int o = (int) (rest % radix[i]);
                rest /= radix[i];
                choice[i] = o == q.get(i).length ? -1 : q.get(i)[o];
            }
            for (int i = 0; i < n; i++) {
                if (choice[i] >= 0) {
                    used[choice[i]]++;
                    total += index[choice[i]];
                    count++;
                }
            }
            if ((limits.get(0) != null && count > limits.get(0))
                    || (limits.get(1) != null && used[1] > limits.get(1))
                    || (limits.get(2) != null && used[6] > limits.get(2))
                    || (limits.get(3) != null && used[5] > limits.get(3))) {
                continue;
            }
            boolean better = total > bestTotal
                    || (total == bestTotal && count > bestCount)
                    || (total == bestTotal && count == bestCount && lexBefore(choice, best));
            if (better) {
                best = choice.clone();
                bestTotal = total;
                bestCount = count;
            }
        }
        return best;
    }

    private static boolean lexBefore(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            int x = a[i] < 0 ? 7 : a[i];
            int y = b[i] < 0 ? 7 : b[i];
            if (x != y) {
                return x < y;
            }
        }
        return false;
    }

    @Test
    void theChosenAssignment_isNeverBeatenByAnyOtherValidAssignment() {
        qt().withFixedSeed(20240301L)
                .withExamples(600)
                .forAll(longs().all(), integers().between(0, 1))
                .checkAssert((seed, d) -> {
                    LocalDate asOf = DATES[d];
                    Household h = small(seed, asOf);
                    List<Integer> limits = limits(new Random(~seed));
                    Decision decision = pkh(h, with(LIMIT_KEYS, limits), asOf);
                    List<int[]> q = qualifying(h, asOf);
                    int[] best = bruteForce(q, INDEX[d], limits);
                    long total = 0;
                    List<String> expected = new ArrayList<>();
                    for (int i = 0; i < q.size(); i++) {
                        if (best[i] >= 0) {
                            total += INDEX[d][best[i]];
                            expected.add(i + ":" + LIST_ORDER.get(best[i]).code());
                        } else if (q.get(i).length > 0) {
                            // Not paid: the highest-value component, the first of equal values.
                            int top = q.get(i)[0];
                            for (int c : q.get(i)) {
                                top = INDEX[d][c] > INDEX[d][top] ? c : top;
                            }
                            expected.add(i + ":" + LIST_ORDER.get(top).code() + ":cut");
                        }
                    }
                    if (expected.isEmpty()) {
                        assertThat(decision.eligible()).isFalse();
                        return;
                    }
                    assertThat(components(decision)).containsExactlyElementsOf(expected);
                    assertThat(decision.annualAmount()).isEqualTo(Rupiah.of(total));
                    boolean cut = expected.stream().anyMatch(s -> s.endsWith(":cut"));
                    assertThat(decision.reasonCodes().contains(ReasonCode.BATAS_KOMPONEN))
                            .isEqualTo(cut);
                });
    }

    @Test
    void raisingAnyLimit_neverLowersTheAmount() {
        qt().withFixedSeed(7L)
                .withExamples(400)
                .forAll(longs().all(), integers().between(0, 1), integers().between(0, 3))
                .checkAssert((seed, d, which) -> {
                    LocalDate asOf = DATES[d];
                    Household h = small(seed, asOf);
                    List<Integer> limits = limits(new Random(~seed));
                    List<Integer> raised = new ArrayList<>(limits);
                    raised.set(which, limits.get(which) == null ? null : limits.get(which) + 1);
                    List<Integer> lifted = new ArrayList<>(limits);
                    lifted.set(which, null);
                    Rupiah before = pkh(h, with(LIMIT_KEYS, limits), asOf).annualAmount();
                    assertThat(pkh(h, with(LIMIT_KEYS, raised), asOf).annualAmount())
                            .isGreaterThanOrEqualTo(before);
                    assertThat(pkh(h, with(LIMIT_KEYS, lifted), asOf).annualAmount())
                            .isGreaterThanOrEqualTo(before);
                });
    }

    @Test
    void annualAndPerPayment_agreeWithTheSchedule() {
        LocalDate first = LocalDate.of(2019, 1, 1);
        qt().withFixedSeed(2020L)
                .withExamples(600)
                .forAll(longs().all(), integers().between(0, 7 * 365))
                .checkAssert((seed, day) -> {
                    LocalDate asOf = first.plusDays(day);
                    Decision decision = pkh(small(seed, asOf), NATIONAL, asOf);
                    if (!decision.eligible()) {
                        assertThat(decision.annualAmount()).isEqualTo(Rupiah.ZERO);
                        assertThat(decision.amountPerPayment()).isEqualTo(Rupiah.ZERO);
                        return;
                    }
                    // POLICY-V2 table: fixed benefit 550.000 in 2019 only; monthly April to December 2020.
                    long fixed = asOf.getYear() == 2019 ? 550_000 : 0;
                    boolean monthly = asOf.getYear() == 2020 && asOf.getMonthValue() >= 4;
                    long components = decision.annualAmount().amount() - fixed;
                    long paid = decision.components().stream()
                            .filter(ComponentAward::paid)
                            .mapToLong(a -> a.annualAmount().amount())
                            .sum();
                    assertThat(components).isEqualTo(paid);
                    long expected = monthly
                            ? components / 12 + (asOf.getMonthValue() == 1 ? fixed : 0)
                            : components / 4 + (asOf.getMonthValue() <= 3 ? fixed : 0);
                    assertThat(decision.amountPerPayment().amount()).isEqualTo(expected);
                    Reason amount = Policies.reason(decision, ReasonCode.JUMLAH_BANTUAN);
                    assertThat(amount.args())
                            .containsEntry(
                                    "annual_amount",
                                    Long.toString(decision.annualAmount().amount()))
                            .containsEntry("amount_per_payment", Long.toString(expected))
                            .containsEntry("schedule", monthly ? "MONTHLY" : "TAHAP");
                    assertThat(decision.reasonCodes().get(decision.reasonCodes().size() - 1))
                            .isEqualTo(ReasonCode.JUMLAH_BANTUAN);
                });
    }
}
