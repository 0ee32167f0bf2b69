package id.bansos.rules;

import static id.bansos.rules.Households.female;
import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import id.bansos.model.Household;
import id.bansos.model.Occupation;
import id.bansos.model.Person;
import id.bansos.model.SchoolLevel;
import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.MissingParameterException;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Program;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EngineTest {
    private static final long SEED = 20_260_122L;
    private static final int EXAMPLES = 400;

    private static final List<LocalDate> DATES = List.of(
            LocalDate.of(2019, 1, 1),
            LocalDate.of(2019, 2, 15),
            LocalDate.of(2019, 8, 17),
            LocalDate.of(2020, 1, 1),
            LocalDate.of(2020, 3, 1),
            LocalDate.of(2021, 6, 30),
            LocalDate.of(2023, 12, 31),
            LocalDate.of(2024, 3, 1),
            LocalDate.of(2025, 3, 31),
            LocalDate.of(2025, 4, 1),
            LocalDate.of(2026, 1, 15));

    private static final List<Occupation> EXCLUDED = List.of(
            Occupation.ASN,
            Occupation.TNI,
            Occupation.POLRI,
            Occupation.PENSIUNAN_ASN_TNI_POLRI,
            Occupation.BUMN_BUMD,
            Occupation.PERANGKAT_DESA,
            Occupation.GURU_SERTIFIKASI,
            Occupation.TENAGA_KESEHATAN,
            Occupation.PEMILIK_USAHA,
            Occupation.PEKERJA_APBN_APBD);

    private static final Engine ENGINE = Engine.create();
    private static final ParameterSet NATIONAL = NationalPolicy.load();

    private static ParameterSet capOf(int cap) {
        return ParameterSet.of(List.of(Parameter.of(
                        "pkh.max_component_persons",
                        Integer.class,
                        List.of(DatedValue.of(
                                LocalDate.of(2019, 1, 1),
                                cap,
                                LegalBasis.builder().instrument("Perbup").build())))))
                .layeredOver(NATIONAL);
    }

    private static long paidCount(Decision d) {
        return d.components().stream().filter(ComponentAward::paid).count();
    }

    @Test
    void capNeverExceeded() {
        AtomicInteger cuts = new AtomicInteger();
        qt().withFixedSeed(SEED)
                .withExamples(EXAMPLES)
                .forAll(
                        longs().all(),
                        integers().between(0, DATES.size() - 1),
                        integers().between(0, 6))
                .checkAssert((seed, d, cap) -> {
                    LocalDate asOf = DATES.get(d);
                    Decision decision =
                            ENGINE.evaluate(Households.random(seed, asOf), Programs.pkh(), capOf(cap), asOf);
                    assertThat(paidCount(decision)).isLessThanOrEqualTo(cap);
                    long cut = decision.components().size() - paidCount(decision);
                    if (cut > 0) {
                        cuts.incrementAndGet();
                        assertThat(decision.reasonCodes()).contains(ReasonCode.BATAS_KOMPONEN);
                        assertThat(Policies.reason(decision, ReasonCode.BATAS_KOMPONEN)
                                        .args())
                                .containsEntry("cut", Long.toString(cut))
                                .containsEntry("max", Integer.toString(cap));
                    } else {
                        assertThat(decision.reasonCodes()).doesNotContain(ReasonCode.BATAS_KOMPONEN);
                    }
                });
        // The generator must reach the cap often enough for the property to mean something.
        assertThat(cuts.get()).isGreaterThan(EXAMPLES / 10);
    }

    @Test
    void addingComponentPersonNeverLowersAnnualAmount() {
        AtomicInteger raised = new AtomicInteger();
        qt().withFixedSeed(SEED)
                .withExamples(EXAMPLES)
                .forAll(
                        longs().all(),
                        integers().between(0, DATES.size() - 1),
                        integers().between(0, 4))
                .checkAssert((seed, d, kind) -> {
                    LocalDate asOf = DATES.get(d);
                    Household h = Households.random(seed, asOf);
                    Household more = withExtraMember(h, componentPerson(kind, asOf));
                    Decision before = ENGINE.evaluate(h, Programs.pkh(), NATIONAL, asOf);
                    Decision after = ENGINE.evaluate(more, Programs.pkh(), NATIONAL, asOf);
                    assertThat(after.annualAmount()).isGreaterThanOrEqualTo(before.annualAmount());
                    assertThat(after.amountPerPayment()).isGreaterThanOrEqualTo(before.amountPerPayment());
                    if (after.annualAmount().compareTo(before.annualAmount()) > 0) {
                        raised.incrementAndGet();
                    }
                });
        assertThat(raised.get()).isGreaterThan(EXAMPLES / 10);
    }

    /** A living person who qualifies for a component on {@code asOf}, of one of five kinds. */
    private static Households.M componentPerson(int kind, LocalDate asOf) {
        return switch (kind) {
            case 0 -> female(asOf.minusYears(25).toString()).pregnant();
            case 1 -> male(asOf.minusYears(3).toString());
            case 2 -> female(asOf.minusYears(9).toString()).school(SchoolLevel.SD);
            case 3 -> male(asOf.minusYears(40).toString()).disabled();
            default -> female(asOf.minusYears(80).toString());
        };
    }

    private static Household withExtraMember(Household h, Households.M extra) {
        List<Person> members = new ArrayList<>(h.members());
        members.add(extra.build(members.size(), id.bansos.model.Relationship.CHILD));
        return Household.builder().from(h).members(members).build();
    }

    @Test
    void excludedMemberNeverEligible() {
        qt().withFixedSeed(SEED)
                .withExamples(EXAMPLES)
                .forAll(
                        longs().all(),
                        integers().between(0, DATES.size() - 1),
                        integers().between(0, 9))
                .checkAssert((seed, d, o) -> {
                    LocalDate asOf = DATES.get(d);
                    Household h = Households.random(seed, asOf);
                    List<Person> members = new ArrayList<>(h.members());
                    int i = new Random(seed).nextInt(members.size());
                    members.set(
                            i,
                            Person.builder()
                                    .from(members.get(i))
                                    .occupation(EXCLUDED.get(o))
                                    .deceased(false)
                                    .build());
                    Household excluded =
                            Household.builder().from(h).members(members).build();
                    for (ProgramDefinition program : Programs.national()) {
                        Decision decision = ENGINE.evaluate(excluded, program, NATIONAL, asOf);
                        assertThat(decision.eligible()).isFalse();
                        assertThat(decision.annualAmount()).isEqualTo(Rupiah.ZERO);
                        assertThat(decision.amountPerPayment()).isEqualTo(Rupiah.ZERO);
                        assertThat(decision.components()).isEmpty();
                        assertThat(decision.primaryReason().orElseThrow().code())
                                .startsWith("EXCL_");
                    }
                });
    }

    @Test
    void memberOrderDoesNotMatterExceptTies() {
        qt().withFixedSeed(SEED)
                .withExamples(EXAMPLES)
                .forAll(longs().all(), integers().between(0, DATES.size() - 1))
                .checkAssert((seed, d) -> {
                    LocalDate asOf = DATES.get(d);
                    Household h = Households.random(seed, asOf);
                    List<Person> shuffled = new ArrayList<>(h.members());
                    Collections.shuffle(shuffled, new Random(seed));
                    Household permuted =
                            Household.builder().from(h).members(shuffled).build();
                    for (ProgramDefinition program : Programs.national()) {
                        Decision a = ENGINE.evaluate(h, program, NATIONAL, asOf);
                        Decision b = ENGINE.evaluate(permuted, program, NATIONAL, asOf);
                        assertThat(b.eligible()).isEqualTo(a.eligible());
                        assertThat(b.annualAmount()).isEqualTo(a.annualAmount());
                        assertThat(b.amountPerPayment()).isEqualTo(a.amountPerPayment());
                        assertThat(b.reasonCodes()).isEqualTo(a.reasonCodes());
                        // Ties may pick another member, or another component of equal value; the paid
                        // values are the same multiset.
                        assertThat(paidValues(b)).isEqualTo(paidValues(a));
                        assertThat(b.components()).hasSameSizeAs(a.components());
                    }
                });
    }

    private static List<Rupiah> paidValues(Decision d) {
        List<Rupiah> values = new ArrayList<>();
        for (ComponentAward a : d.components()) {
            if (a.paid()) {
                values.add(a.annualAmount());
            }
        }
        Collections.sort(values);
        return values;
    }

    @Test
    void sameInputsGiveEqualDecisions() {
        qt().withFixedSeed(SEED)
                .withExamples(EXAMPLES)
                .forAll(longs().all(), integers().between(0, DATES.size() - 1))
                .checkAssert((seed, d) -> {
                    LocalDate asOf = DATES.get(d);
                    for (ProgramDefinition program : Programs.national()) {
                        Decision a = ENGINE.evaluate(Households.random(seed, asOf), program, NATIONAL, asOf);
                        Decision b = Engine.create().evaluate(Households.random(seed, asOf), program, NATIONAL, asOf);
                        Decision c = Engine.create()
                                .prepare(program, NATIONAL, asOf)
                                .evaluate(Households.random(seed, asOf));
                        assertThat(b).isEqualTo(a);
                        assertThat(c).isEqualTo(a);
                    }
                });
    }

    @Test
    void notEligibleDecisionsHaveNoAmountsAndNoComponents() {
        qt().withFixedSeed(SEED)
                .withExamples(EXAMPLES)
                .forAll(longs().all(), integers().between(0, DATES.size() - 1))
                .checkAssert((seed, d) -> {
                    LocalDate asOf = DATES.get(d);
                    for (ProgramDefinition program : Programs.national()) {
                        Decision decision = ENGINE.evaluate(Households.random(seed, asOf), program, NATIONAL, asOf);
                        assertThat(decision.eligible())
                                .isEqualTo(decision.primaryReason().isEmpty());
                        if (!decision.eligible()) {
                            assertThat(decision.annualAmount()).isEqualTo(Rupiah.ZERO);
                            assertThat(decision.components()).isEmpty();
                        }
                    }
                });
    }

    @Test
    void evaluate_beforeTheFirstValueThrowsNamingTheKey() {
        Household h = household(null, male("1980-01-01"));
        assertThatThrownBy(() -> ENGINE.evaluate(h, Programs.pkh(), NATIONAL, LocalDate.of(2018, 12, 31)))
                .isInstanceOfSatisfying(MissingParameterException.class, e -> {
                    assertThat(e.key()).isEqualTo("pkh.target_desil_max");
                    assertThat(e.reason()).isEqualTo(MissingParameterException.Reason.BEFORE_FIRST_VALUE);
                    assertThat(e.date()).isEqualTo(LocalDate.of(2018, 12, 31));
                })
                .hasMessage("parameter pkh.target_desil_max has no value on 2018-12-31 (its first value is from"
                        + " 2019-01-01)");
        assertThatThrownBy(() -> ENGINE.evaluate(h, Programs.sembako(), NATIONAL, LocalDate.of(2018, 12, 31)))
                .isInstanceOf(MissingParameterException.class)
                .hasMessage("parameter sembako.target_desil_max has no value on 2018-12-31 (its first value is from"
                        + " 2019-01-01)");
    }

    @Test
    void evaluate_onTheFirstDayOfThePolicyDecides() {
        Decision d = ENGINE.evaluate(
                household(null, male("1958-01-01")), Programs.pkh(), NATIONAL, LocalDate.of(2019, 1, 1));
        // Lansia 61 on 2019-01-01 (tahap I): 2.400.000 + 550.000 a year; 600.000 + 550.000 now.
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(2_950_000));
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.of(1_150_000));
    }

    @Test
    void prepare_rejectsASetWithoutAKeyTheRulesRead() {
        ParameterSet onlySembako = ParameterSet.of(List.of(
                NATIONAL.find("sembako.monthly_amount").orElseThrow(),
                NATIONAL.find("sembako.target_desil_max").orElseThrow()));
        assertThatThrownBy(() -> ENGINE.prepare(Programs.pkh(), onlySembako, LocalDate.of(2024, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule pkh.desil reads parameter pkh.target_desil_max, which the parameter set does not"
                        + " hold");
    }

    @Test
    void prepare_rejectsAKeyOfAnotherType() {
        ParameterSet wrong = ParameterSet.of(List.of(Parameter.of(
                        "pkh.max_component_persons",
                        String.class,
                        List.of(DatedValue.of(
                                LocalDate.of(2019, 1, 1),
                                "four",
                                LegalBasis.builder().instrument("X").build())))))
                .layeredOver(ParameterSet.of(
                        List.of(NATIONAL.find("pkh.target_desil_max").orElseThrow())));
        ProgramDefinition capOnly = ProgramDefinition.of(Program.PKH, List.of(Rules.pkhCap()));
        assertThatThrownBy(() -> ENGINE.prepare(capOnly, wrong, LocalDate.of(2024, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter pkh.max_component_persons has type java.lang.String, expected"
                        + " java.lang.Integer");
    }

    @Test
    void evaluate_rejectsAMemberBornAfterTheDate() {
        Household h = household(null, male("1980-01-01"), female("2024-05-01"));
        assertThatThrownBy(() -> ENGINE.evaluate(h, Programs.pkh(), NATIONAL, LocalDate.of(2024, 4, 30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("member 1 of household KEL-001 is born after the date of evaluation 2024-04-30");
        assertThat(ENGINE.evaluate(h, Programs.pkh(), NATIONAL, LocalDate.of(2024, 5, 1))
                        .components())
                .extracting(ComponentAward::component)
                .containsExactly(id.bansos.model.program.Component.ANAK_USIA_DINI);
    }

    @Test
    void evaluate_rejectsNulls() {
        Household h = household(null, male("1980-01-01"));
        LocalDate date = LocalDate.of(2024, 1, 1);
        assertThatThrownBy(() -> ENGINE.evaluate(null, Programs.pkh(), NATIONAL, date))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("household must not be null");
        assertThatThrownBy(() -> ENGINE.evaluate(h, null, NATIONAL, date)).hasMessage("program must not be null");
        assertThatThrownBy(() -> ENGINE.evaluate(h, Programs.pkh(), null, date))
                .hasMessage("parameters must not be null");
        assertThatThrownBy(() -> ENGINE.evaluate(h, Programs.pkh(), NATIONAL, null))
                .hasMessage("asOf must not be null");
        assertThatThrownBy(() -> ENGINE.prepare(Programs.pkh(), NATIONAL, date).evaluate(null))
                .hasMessage("household must not be null");
    }

    @Test
    void evaluate_usesTheDateAndSetAskedForEvenAfterAnotherCall() {
        Household h = household(null, male("1980-01-01"));
        Engine engine = Engine.create();
        Decision y2019 = engine.evaluate(h, Programs.sembako(), NATIONAL, LocalDate.of(2019, 6, 1));
        Decision y2024 = engine.evaluate(h, Programs.sembako(), NATIONAL, LocalDate.of(2024, 6, 1));
        Decision pkh = engine.evaluate(h, Programs.pkh(), NATIONAL, LocalDate.of(2024, 6, 1));
        Decision other = engine.evaluate(h, Programs.sembako(), capOf(4), LocalDate.of(2024, 6, 1));
        assertThat(y2019.amountPerPayment()).isEqualTo(Rupiah.of(110_000));
        assertThat(y2024.amountPerPayment()).isEqualTo(Rupiah.of(200_000));
        assertThat(pkh.program()).isEqualTo(Program.PKH);
        assertThat(other.policyVersion()).isEqualTo(capOf(4).version()).isNotEqualTo(y2024.policyVersion());
    }

    @Test
    void version_isTheFilteredProjectVersion() {
        assertThat(Engine.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void prepare_givesAnEvaluatorForTheProgramAndDate() {
        Evaluator e = ENGINE.prepare(Programs.sembako(), NATIONAL, LocalDate.of(2020, 3, 1));
        assertThat(e.program()).isSameAs(Programs.sembako());
        assertThat(e.asOf()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(e.policyVersion()).isEqualTo(NATIONAL.version());
        assertThat(e).hasToString("Evaluator[SEMBAKO on 2020-03-01]");
    }

    @Test
    void prepare_rejectsARuleThatBindsToNull() {
        Rule broken = new Rule() {
            @Override
            public String id() {
                return "district.broken";
            }

            @Override
            public String description() {
                return "Binds to nothing.";
            }

            @Override
            public LegalBasis legalBasis() {
                return LegalBasis.builder().instrument("Perbup").build();
            }

            @Override
            public List<ParameterSpec<?>> parameters() {
                return List.of();
            }

            @Override
            public Step bind(ParameterValues values) {
                return null;
            }
        };
        ProgramDefinition p = ProgramDefinition.of(Program.of("DISTRICT"), List.of(broken));
        assertThatThrownBy(() -> ENGINE.prepare(p, NATIONAL, LocalDate.of(2024, 1, 1)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("step of district.broken must not be null");
    }
}
