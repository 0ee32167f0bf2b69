package id.bansos.bench;

import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Program;
import id.bansos.programs.ProgramFile;
import id.bansos.rules.Engine;
import id.bansos.rules.Evaluator;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.ParameterSpec;
import id.bansos.rules.ParameterValues;
import id.bansos.rules.ProgramDefinition;
import id.bansos.rules.Rule;
import id.bansos.rules.Rules;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The district elderly allowance of PROGRAMS-V1 as a programme file (CEL) and the same programme
 * written in Java, one thread, on the same synthetic population as of {@link BenchData#AS_OF}.
 * One operation decides the whole population; the setup checks that both give the same decisions'
 * eligibility and amounts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProgramFileBenchmark {
    /**
     * The programme file of the spec: the synthetic population lives in Lombok Utara (52.08), as the
     * spec's programme asks, so that the households with a member of 65 or more are eligible and the
     * amount expression runs for them.
     */
    static final String FILE = """
            schema_version: 1
            programs:
              - code: LANSIA_DAERAH
                name: {id: Bantuan Lanjut Usia Daerah, en: District elderly allowance}
                legal_basis: {instrument: Perbup, number: "7", year: 2024, article: "4"}
                payment_schedule: MONTHLY
                uses: [common.deceased, common.exclusion]
                parameters:
                  lansia_daerah.min_age:
                    type: integer
                    values: [{from: 2024-01-01, value: 65, legal_basis: {instrument: Perbup, number: "7", year: 2024}}]
                  lansia_daerah.per_person:
                    type: rupiah
                    values: [{from: 2024-01-01, value: 150000, legal_basis: {instrument: Perbup, number: "7", year: 2024}}]
                requires:
                  - code: DI_LUAR_WILAYAH
                    rule: "household.region.startsWith('52.08.')"
                    message: {id: Di luar wilayah., en: Outside the region.}
                  - code: TIDAK_ADA_LANSIA
                    rule: "household.members.exists(m, m.alive && m.age >= param('lansia_daerah.min_age'))"
                    message: {id: Tidak ada lansia., en: No elderly member.}
                  - code: SUDAH_MENERIMA_PKH
                    rule: "!('PKH' in household.receives)"
                    message: {id: Sudah menerima PKH., en: Already receives PKH.}
                amount_per_payment: "math.least(2, household.members.filter(m, m.alive && m.age >= param('lansia_daerah.min_age')).size()) * param('lansia_daerah.per_person')"
            """;

    /** The population size. */
    @Param("20000")
    public int programHouseholds;

    private List<Household> population;
    private Evaluator cel;
    private Evaluator java;

    /** Creates the benchmark; JMH calls this. */
    public ProgramFileBenchmark() {}

    /**
     * Reads the programme file, builds the Java peer, and checks that both decide alike.
     *
     * @throws IllegalStateException if they disagree on a household
     */
    @Setup
    public void setUp() {
        population = BenchData.households(programHouseholds);
        ProgramFile file = ProgramFile.read(new StringReader(FILE), "lansia-daerah.yaml");
        ParameterSet params = file.layeredOver(NationalPolicy.load());
        cel = Engine.create().prepare(file.find("LANSIA_DAERAH").orElseThrow(), params, BenchData.AS_OF);
        java = Engine.create().prepare(javaPeer(), params, BenchData.AS_OF);
        long eligible = 0;
        for (Household h : population) {
            Decision a = cel.evaluate(h);
            Decision b = java.evaluate(h);
            if (a.eligible() != b.eligible() || !a.amountPerPayment().equals(b.amountPerPayment())) {
                throw new IllegalStateException("CEL and Java disagree on household " + h.id());
            }
            eligible += a.eligible() ? 1 : 0;
        }
        System.out.println("# CEL and Java agree on " + programHouseholds + " households, " + eligible + " eligible");
    }

    /**
     * The programme file's programme (CEL).
     *
     * @param bh the sink, not null
     */
    @Benchmark
    public void lansiaCel(Blackhole bh) {
        for (Household h : population) {
            bh.consume(cel.evaluate(h));
        }
    }

    /**
     * The same programme in Java.
     *
     * @param bh the sink, not null
     */
    @Benchmark
    public void lansiaJava(Blackhole bh) {
        for (Household h : population) {
            bh.consume(java.evaluate(h));
        }
    }

    /** The programme in Java: the same national rules, then one rule doing the file's work. */
    static ProgramDefinition javaPeer() {
        LegalBasis perbup = LegalBasis.builder()
                .instrument("Perbup")
                .number("7")
                .year(2024)
                .article("4")
                .build();
        return ProgramDefinition.of(
                Program.of("LANSIA_DAERAH"),
                List.of(
                        Rules.shared(Rules.COMMON_DECEASED, perbup).orElseThrow(),
                        Rules.shared(Rules.COMMON_EXCLUSION, perbup).orElseThrow(),
                        new LansiaRule(perbup)));
    }

    /** The three requirements, MEMENUHI_SYARAT and the amount, as one Java rule. */
    static final class LansiaRule implements Rule {
        static final ParameterSpec<Integer> MIN_AGE = ParameterSpec.of("lansia_daerah.min_age", Integer.class);
        static final ParameterSpec<Rupiah> PER_PERSON = ParameterSpec.of("lansia_daerah.per_person", Rupiah.class);
        private final LegalBasis basis;

        LansiaRule(LegalBasis basis) {
            this.basis = basis;
        }

        @Override
        public String id() {
            return "lansia_daerah.java";
        }

        @Override
        public String description() {
            return "The district elderly allowance in Java.";
        }

        @Override
        public LegalBasis legalBasis() {
            return basis;
        }

        @Override
        public List<ParameterSpec<?>> parameters() {
            return List.of(MIN_AGE, PER_PERSON);
        }

        @Override
        public Step bind(ParameterValues values) {
            int minAge = values.get(MIN_AGE);
            Rupiah perPerson = values.get(PER_PERSON);
            List<ParameterUse> ageUse = List.of(values.use(MIN_AGE));
            List<ParameterUse> both = List.of(values.use(MIN_AGE), values.use(PER_PERSON));
            Program pkh = Program.PKH;
            return evaluation -> {
                Household h = evaluation.household();
                boolean ok = true;
                if (!h.region().toString().startsWith("52.08.")) {
                    evaluation.addReason(ReasonCode.of("DI_LUAR_WILAYAH"), Map.of(), List.of());
                    ok = false;
                }
                List<Person> members = h.members();
                int elders = 0;
                for (int i = 0; i < members.size(); i++) {
                    if (!members.get(i).deceased() && evaluation.ageOf(i) >= minAge) {
                        elders++;
                    }
                }
                if (elders == 0) {
                    evaluation.addReason(ReasonCode.of("TIDAK_ADA_LANSIA"), Map.of(), ageUse);
                    ok = false;
                }
                if (h.receives().contains(pkh)) {
                    evaluation.addReason(ReasonCode.of("SUDAH_MENERIMA_PKH"), Map.of(), List.of());
                    ok = false;
                }
                if (ok) {
                    evaluation.addReason(ReasonCode.MEMENUHI_SYARAT, Map.of("program", "LANSIA_DAERAH"), ageUse);
                }
                if (evaluation.isEligible()) {
                    Rupiah per = perPerson.times(Math.min(2, elders));
                    evaluation.setAmounts(per.times(12), per);
                    evaluation.addReason(
                            ReasonCode.JUMLAH_BANTUAN,
                            Map.of(
                                    "annual_amount",
                                    Long.toString(per.times(12).amount()),
                                    "amount_per_payment",
                                    Long.toString(per.amount())),
                            both);
                }
            };
        }
    }
}
