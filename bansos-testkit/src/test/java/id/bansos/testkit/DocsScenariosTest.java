package id.bansos.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.model.decision.Decision;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.program.Component;
import id.bansos.model.program.Program;
import id.bansos.rules.DuplicateNik;
import id.bansos.rules.ProgramDefinition;
import id.bansos.rules.Programs;
import id.bansos.rules.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example scenarios of {@code docs/scenarios} all pass and, together, cover every rule, every
 * reason code of the eligibility rules and every component of POLICY-V2.
 */
class DocsScenariosTest {
    static final Path DOCS = Path.of("../docs/scenarios");

    /** The codes of EXCHANGE-V1 that the eligibility rules produce. */
    static final List<ReasonCode> ELIGIBILITY_CODES = List.of(
            ReasonCode.MENINGGAL,
            ReasonCode.EXCL_ASN_TNI_POLRI,
            ReasonCode.EXCL_BUMN_BUMD,
            ReasonCode.EXCL_PERANGKAT_DESA,
            ReasonCode.EXCL_PENGHASILAN_TETAP,
            ReasonCode.DESIL_TIDAK_DIKETAHUI,
            ReasonCode.DESIL_DI_LUAR_SASARAN,
            ReasonCode.TIDAK_ADA_KOMPONEN,
            ReasonCode.DATA_GANDA,
            ReasonCode.TIDAK_DIKECUALIKAN,
            ReasonCode.DESIL_DALAM_SASARAN,
            ReasonCode.MEMENUHI_KOMPONEN,
            ReasonCode.BATAS_KOMPONEN,
            ReasonCode.JUMLAH_BANTUAN);

    /**
     * Rules that give no reason: the amount rules. One is covered when a scenario of its programme
     * expects both amounts of an eligible household, which only that rule sets.
     */
    static final Set<String> AMOUNT_RULES = Set.of("pkh.amount", "sembako.amount");

    static RunResult run;

    @BeforeAll
    static void runAll() {
        run = ScenarioRunner.national().run(List.of(DOCS));
    }

    @Test
    void everyExampleScenarioPasses() {
        assertThat(run.failed()).as(run.report()).isZero();
        assertThat(run.passed()).isGreaterThanOrEqualTo(60);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void everyReasonCodeOfTheEligibilityRulesIsExpectedSomewhere() {
        assertThat(uncoveredCodes(run)).as("reason codes no scenario expects").isEmpty();
    }

    @Test
    void everyComponentIsExpectedSomewhere() {
        assertThat(uncoveredComponents(run))
                .as("components no scenario expects")
                .isEmpty();
    }

    @Test
    void everyRuleOfPkhAndSembakoIsExercised() {
        assertThat(uncoveredRules(run)).as("rules no scenario exercises").isEmpty();
    }

    @Test
    void coverage_namesWhatASubsetLeavesUncovered() {
        RunResult sembakoOnly = ScenarioRunner.national().run(List.of(DOCS.resolve("sembako.yaml")));
        assertThat(uncoveredCodes(sembakoOnly))
                .containsExactly(
                        ReasonCode.MENINGGAL,
                        ReasonCode.EXCL_ASN_TNI_POLRI,
                        ReasonCode.EXCL_BUMN_BUMD,
                        ReasonCode.EXCL_PENGHASILAN_TETAP,
                        ReasonCode.TIDAK_ADA_KOMPONEN,
                        ReasonCode.DATA_GANDA,
                        ReasonCode.MEMENUHI_KOMPONEN,
                        ReasonCode.BATAS_KOMPONEN);
        assertThat(uncoveredComponents(sembakoOnly)).containsExactlyElementsOf(Component.libraryCodes());
        assertThat(uncoveredRules(sembakoOnly))
                .containsExactly(
                        "PKH pkh.meninggal",
                        "PKH pkh.desil",
                        "PKH pkh.component",
                        "PKH pkh.cap",
                        "PKH pkh.amount",
                        "SEMBAKO sembako.meninggal",
                        DuplicateNik.RULE_ID);
    }

    /** The eligibility codes that no scenario lists under {@code reasons:}, in EXCHANGE-V1 order. */
    static List<ReasonCode> uncoveredCodes(RunResult result) {
        Set<ReasonCode> expected = new HashSet<>();
        for (Scenario s : scenarios(result)) {
            s.expectations().values().forEach(e -> expected.addAll(e.reasons()));
        }
        List<ReasonCode> uncovered = new ArrayList<>(ELIGIBILITY_CODES);
        uncovered.removeAll(expected);
        return uncovered;
    }

    /** The library's components that no scenario lists under {@code components:}. */
    static List<Component> uncoveredComponents(RunResult result) {
        Set<Component> expected = new HashSet<>();
        for (Scenario s : scenarios(result)) {
            s.expectations().values().forEach(e -> e.components().ifPresent(expected::addAll));
        }
        List<Component> uncovered = new ArrayList<>(Component.libraryCodes());
        uncovered.removeAll(expected);
        return uncovered;
    }

    /**
     * The rules of PKH and Sembako (and the batch rule) that no decision gives a reason from; an
     * amount rule instead needs a scenario expecting both amounts of an eligible household.
     */
    static List<String> uncoveredRules(RunResult result) {
        Set<String> ruleIds = new HashSet<>();
        Set<Program> amountsChecked = new HashSet<>();
        for (ScenarioResult r : result.results()) {
            Scenario s = r.scenario().orElseThrow(() -> new AssertionError(r.report()));
            for (Decision d : r.decisions()) {
                for (Reason reason : d.reasons()) {
                    ruleIds.add(reason.rule());
                }
                Expectation e = s.expectations().get(d.householdId());
                if (d.eligible()
                        && e != null
                        && e.annualAmount().isPresent()
                        && e.amountPerPayment().isPresent()) {
                    amountsChecked.add(d.program());
                }
            }
        }
        List<String> uncovered = new ArrayList<>();
        for (ProgramDefinition p : List.of(Programs.pkh(), Programs.sembako())) {
            for (Rule rule : p.rules()) {
                boolean covered = AMOUNT_RULES.contains(rule.id())
                        ? amountsChecked.contains(p.program())
                        : ruleIds.contains(rule.id());
                if (!covered) {
                    uncovered.add(p.program() + " " + rule.id());
                }
            }
        }
        if (!ruleIds.contains(DuplicateNik.RULE_ID)) {
            uncovered.add(DuplicateNik.RULE_ID);
        }
        return uncovered;
    }

    @Test
    void everyScenarioHasItsOwnName() {
        List<String> names = new ArrayList<>();
        scenarios(run).forEach(s -> names.add(s.name()));
        assertThat(names).doesNotHaveDuplicates();
    }

    private static List<Scenario> scenarios(RunResult result) {
        List<Scenario> out = new ArrayList<>();
        for (ScenarioResult r : result.results()) {
            out.add(r.scenario().orElseThrow(() -> new AssertionError(r.report())));
        }
        return out;
    }
}
