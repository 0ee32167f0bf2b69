package id.bansos.batch;

import static id.bansos.batch.Rosters.GANGGA_1;
import static id.bansos.batch.Rosters.MATARAM_1;
import static id.bansos.batch.Rosters.TANJUNG_1;
import static id.bansos.batch.Rosters.TANJUNG_2;
import static id.bansos.batch.Rosters.TEXT;
import static id.bansos.batch.Rosters.accepted;
import static id.bansos.batch.Rosters.asn;
import static id.bansos.batch.Rosters.child;
import static id.bansos.batch.Rosters.head;
import static id.bansos.batch.Rosters.household;
import static id.bansos.batch.Rosters.pregnantWife;
import static id.bansos.batch.Rosters.rejected;
import static id.bansos.batch.Rosters.schoolChild;
import static id.bansos.batch.Rosters.withMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.HouseholdSource;
import id.bansos.io.Reject;
import id.bansos.io.SplitReaderFactory;
import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.SchoolLevel;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.id.RegionCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.MissingParameterException;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.DuplicateNik;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import id.bansos.synthetic.SyntheticPopulation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BatchEvaluatorTest {
    private static final LocalDate MARCH_2024 = LocalDate.of(2024, 3, 1);
    private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 1);

    private static BatchEvaluator.Builder pkh(LocalDate asOf) {
        return BatchEvaluator.builder()
                .program(Programs.pkh())
                .parameters(NationalPolicy.load())
                .asOf(asOf);
    }

    private static BatchEvaluator pkhWithRecords(LocalDate asOf, Rosters.Records records, int threads) {
        return pkh(asOf)
                .threads(threads)
                .readerFactory(HouseholdFormat.JSONL, records)
                .build();
    }

    private record Result(List<Decision> decisions, List<Reject> rejects, BatchSummary summary) {
        Decision of(String householdId) {
            return decisions.stream()
                    .filter(d -> d.householdId().equals(householdId))
                    .findFirst()
                    .orElseThrow();
        }

        List<String> withDataGanda() {
            return decisions.stream()
                    .filter(d -> d.reasonCodes().contains(ReasonCode.DATA_GANDA))
                    .map(Decision::householdId)
                    .collect(Collectors.toList());
        }
    }

    private static Result run(BatchEvaluator evaluator, HouseholdSource source) throws IOException {
        List<Decision> decisions = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        BatchSummary summary = evaluator.run(source, decisions::add, rejects::add);
        return new Result(decisions, rejects, summary);
    }

    private static Result runRecords(LocalDate asOf, List<HouseholdRecord> records, int threads) throws IOException {
        return run(pkhWithRecords(asOf, new Rosters.Records(records), threads), Rosters.Records.source("roster.jsonl"));
    }

    private static Reason last(Decision d) {
        return d.reasons().get(d.reasons().size() - 1);
    }

    // ---- DATA_GANDA ----

    @Test
    void dataGanda_findsADuplicateAtTheFirstAndTheLastOf20000Households() throws IOException {
        SyntheticPopulation population =
                SyntheticPopulation.builder().seed(2024).duplicateNikShare(0.0).build();
        List<Household> households = population.stream(20_000).collect(Collectors.toCollection(ArrayList::new));
        Person first = households.get(0).members().get(0);
        households.set(19_999, withMember(households.get(19_999), first));

        Result r = run(pkh(JUNE_2025).threads(2).build(), Rosters.csvSource("klu.csv", Rosters.csv(households)));

        assertThat(r.summary().recordsRead()).isEqualTo(20_000);
        assertThat(r.summary().decided()).isEqualTo(20_000);
        assertThat(r.withDataGanda()).containsExactly("KLU-00000001", "KLU-00020000");
        Decision d1 = r.of("KLU-00000001");
        assertThat(d1.eligible()).isFalse();
        assertThat(d1.annualAmount()).isEqualTo(Rupiah.ZERO);
        assertThat(d1.amountPerPayment()).isEqualTo(Rupiah.ZERO);
        assertThat(d1.components()).isEmpty();
        assertThat(last(d1).code()).isEqualTo(ReasonCode.DATA_GANDA);
        assertThat(last(d1).args()).isEqualTo(Map.of("others", "KLU-00020000", "total", "1"));
        assertThat(last(r.of("KLU-00020000")).args()).isEqualTo(Map.of("others", "KLU-00000001", "total", "1"));
        assertThat(r.summary().countsByReason()).containsEntry(ReasonCode.DATA_GANDA, 2L);
    }

    @Test
    void dataGanda_countsDeceasedMembers() throws IOException {
        Person x = child("2019-04-04", 11);
        Household a = household("A", TANJUNG_1, head("1980-01-01", 1), x);
        Person deceasedX = Person.builder()
                .nik(x.nik())
                .sex(x.sex())
                .birthDate(x.birthDate())
                .relationship(id.bansos.model.Relationship.CHILD)
                .deceased(true)
                .build();
        Household b = household("B", TANJUNG_1, head("1981-01-01", 2), deceasedX);

        Result r = runRecords(MARCH_2024, Rosters.lines(List.of(a, b)), 1);

        assertThat(r.withDataGanda()).containsExactly("A", "B");
        assertThat(last(r.of("B")).args()).isEqualTo(Map.of("others", "A", "total", "1"));
    }

    @Test
    void dataGanda_ignoresRejectedRecords() throws IOException {
        Person x = child("2019-04-04", 11);
        Household a = household("A", TANJUNG_1, head("1980-01-01", 1), x);
        // B shares x but is born-after-the-date rejected; C and D share x but repeat one id.
        Household b = household("B", TANJUNG_1, head("1981-01-01", 2), x, child("2024-03-02", 3));
        Household c = household("C", TANJUNG_1, head("1982-01-01", 4), x);
        Household c2 = household("C", TANJUNG_1, head("1983-01-01", 5));
        Household e = household("E", TANJUNG_1, head("1984-01-01", 6));

        Result r = runRecords(
                MARCH_2024,
                List.of(
                        accepted(a, 1),
                        accepted(b, 2),
                        accepted(c, 3),
                        accepted(c2, 4),
                        rejected("roster.jsonl", 5, "R", "roster.jsonl:5: household R: desil: must be 1-10"),
                        accepted(e, 6)),
                2);

        assertThat(r.withDataGanda()).isEmpty();
        assertThat(r.decisions()).extracting(Decision::householdId).containsExactly("A", "E");
        assertThat(r.rejects()).extracting(Reject::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(r.rejects().get(0).error())
                .isEqualTo("roster.jsonl:2: household B: birth_date: member 2 is born after the date of evaluation"
                        + " 2024-03-01");
        assertThat(r.summary().recordsRead()).isEqualTo(6);
        assertThat(r.summary().rejected()).isEqualTo(4);
    }

    @Test
    void dataGanda_namesTenOthersInInputOrderAndTheTotal() throws IOException {
        Person x = child("2019-04-04", 11);
        List<Household> households = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            households.add(household(String.format("KLU-%d", i), TANJUNG_1, head("1980-01-01", 100 + i), x));
        }

        Result r = runRecords(MARCH_2024, Rosters.lines(households), 2);

        Decision d = r.of("KLU-1");
        // By the rules alone: TIDAK_DIKECUALIKAN, then the child of 4 is ANAK_USIA_DINI.
        assertThat(d.reasonCodes())
                .containsExactly(ReasonCode.TIDAK_DIKECUALIKAN, ReasonCode.MEMENUHI_KOMPONEN, ReasonCode.DATA_GANDA);
        assertThat(last(d).rule()).isEqualTo(DuplicateNik.RULE_ID);
        assertThat(last(d).args())
                .isEqualTo(Map.of(
                        "others",
                        "KLU-2, KLU-3, KLU-4, KLU-5, KLU-6, KLU-7, KLU-8, KLU-9, KLU-10, KLU-11",
                        "total",
                        "12"));
        assertThat(last(r.of("KLU-7")).args())
                .isEqualTo(Map.of(
                        "others",
                        "KLU-1, KLU-2, KLU-3, KLU-4, KLU-5, KLU-6, KLU-8, KLU-9, KLU-10, KLU-11",
                        "total",
                        "12"));
        assertThat(d.primaryReason()).contains(ReasonCode.DATA_GANDA);
    }

    @Test
    void dataGanda_comesAfterTheReasonsOfAHouseholdAlreadyNotEligible() throws IOException {
        Person x = child("2019-04-04", 11);
        Household a = household("A", TANJUNG_1, asn("1980-01-01", 1), x);
        Household b = household("B", TANJUNG_1, head("1981-01-01", 2), x);

        Result r = runRecords(MARCH_2024, Rosters.lines(List.of(a, b)), 1);

        assertThat(r.of("A").reasonCodes())
                .containsExactly(ReasonCode.EXCL_ASN_TNI_POLRI, ReasonCode.MEMENUHI_KOMPONEN, ReasonCode.DATA_GANDA);
        assertThat(r.of("A").primaryReason()).contains(ReasonCode.EXCL_ASN_TNI_POLRI);
        assertThat(r.summary().countsByPrimaryReason())
                .isEqualTo(Map.of(ReasonCode.EXCL_ASN_TNI_POLRI, 1L, ReasonCode.DATA_GANDA, 1L));
    }

    // ---- the summary, worked by hand ----

    /**
     * Seven records on 2024-03-01 (no desil test, no fixed benefit): H1 pregnant wife + SD child,
     * Rp3.000.000 + Rp900.000; H2 ASN head; H3 a head of 40 alone; H4 and H5 share a child of 2
     * (H5's head is 76, LANJUT_USIA); record 6 rejected; H7 a head of 74 in Kota Mataram, Rp2.400.000.
     */
    static List<HouseholdRecord> handRoster() {
        Person toddler = child("2021-06-06", 8);
        Household h1 = household(
                "H1",
                TANJUNG_1,
                head("1985-04-10", 1),
                pregnantWife("1990-02-03", 2),
                schoolChild("2015-07-08", 3, SchoolLevel.SD));
        Household h2 = household("H2", TANJUNG_2, asn("1975-01-01", 4), schoolChild("2014-01-01", 5, SchoolLevel.SD));
        Household h3 = household("H3", GANGGA_1, head("1984-03-03", 6));
        Household h4 = household("H4", GANGGA_1, head("1982-05-05", 7), toddler);
        Household h5 = withMember(household("H5", GANGGA_1, head("1948-02-02", 9)), toddler);
        Household h7 = household("H7", MATARAM_1, head("1950-01-01", 10));
        return List.of(
                accepted(h1, 1),
                accepted(h2, 2),
                accepted(h3, 3),
                accepted(h4, 4),
                accepted(h5, 5),
                rejected("hand.jsonl", 6, "H6", "hand.jsonl:6: household H6: region: must be a village code"),
                accepted(h7, 7));
    }

    @Test
    void summary_countsTheHandRosterAsWorkedOut() throws IOException {
        Result r = runRecords(MARCH_2024, handRoster(), 2);
        BatchSummary s = r.summary();

        assertThat(s.recordsRead()).isEqualTo(7);
        assertThat(s.decided()).isEqualTo(6);
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(s.eligible()).isEqualTo(2);
        assertThat(s.notEligible()).isEqualTo(4);
        assertThat(s.countsByPrimaryReason())
                .containsExactly(
                        Map.entry(ReasonCode.DATA_GANDA, 2L),
                        Map.entry(ReasonCode.EXCL_ASN_TNI_POLRI, 1L),
                        Map.entry(ReasonCode.TIDAK_ADA_KOMPONEN, 1L));
        assertThat(s.countsByReason())
                .containsExactly(
                        Map.entry(ReasonCode.DATA_GANDA, 2L),
                        Map.entry(ReasonCode.EXCL_ASN_TNI_POLRI, 1L),
                        // POLICY-V2 rule 9: each eligible household (H1, H7) carries JUMLAH_BANTUAN.
                        Map.entry(ReasonCode.JUMLAH_BANTUAN, 2L),
                        Map.entry(ReasonCode.MEMENUHI_KOMPONEN, 5L),
                        Map.entry(ReasonCode.TIDAK_ADA_KOMPONEN, 1L),
                        Map.entry(ReasonCode.TIDAK_DIKECUALIKAN, 5L));
        assertThat(s.totalAnnualAmount()).isEqualTo(BigInteger.valueOf(6_300_000));
        assertThat(s.byRegency())
                .containsExactly(
                        Map.entry(RegionCode.parse("52.08"), RegionTally.of(1, 4, BigInteger.valueOf(3_900_000))),
                        Map.entry(RegionCode.parse("52.71"), RegionTally.of(1, 0, BigInteger.valueOf(2_400_000))));
        assertThat(s.byDistrict())
                .containsExactly(
                        Map.entry(RegionCode.parse("52.08.01"), RegionTally.of(1, 1, BigInteger.valueOf(3_900_000))),
                        Map.entry(RegionCode.parse("52.08.02"), RegionTally.of(0, 3, BigInteger.ZERO)),
                        Map.entry(RegionCode.parse("52.71.01"), RegionTally.of(1, 0, BigInteger.valueOf(2_400_000))));
        assertThat(r.of("H1").annualAmount()).isEqualTo(Rupiah.of(3_900_000));
        assertThat(r.of("H7").annualAmount()).isEqualTo(Rupiah.of(2_400_000));
    }

    // ---- threads and order ----

    static Stream<Arguments> threadsAndChunks() {
        return Stream.of(
                Arguments.of(2, BatchEvaluator.DEFAULT_CHUNK_SIZE),
                Arguments.of(2, 7),
                Arguments.of(3, 1),
                Arguments.of(1, 100));
    }

    @Test
    void anEmbeddersExecutor_decidesAsTheOwnPool_andIsLeftRunning() throws IOException, InterruptedException {
        List<Household> households = SyntheticPopulation.builder().seed(7).duplicateNikShare(0.02).build().stream(500)
                .collect(Collectors.toList());
        HouseholdSource source = Rosters.csvSource("klu.csv", Rosters.csv(households));
        ByteArrayOutputStream own = new ByteArrayOutputStream();
        List<Reject> rejectsOwn = new ArrayList<>();
        BatchSummary summaryOwn =
                pkh(JUNE_2025).threads(2).chunkSize(16).build().run(source, own, TEXT, rejectsOwn::add);
        java.util.concurrent.ExecutorService embedder = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            ByteArrayOutputStream theirs = new ByteArrayOutputStream();
            List<Reject> rejectsTheirs = new ArrayList<>();
            BatchSummary summaryTheirs = pkh(JUNE_2025)
                    .threads(2)
                    .chunkSize(16)
                    .workers(embedder)
                    .build()
                    .run(source, theirs, TEXT, rejectsTheirs::add);
            assertThat(theirs.toByteArray()).isEqualTo(own.toByteArray());
            assertThat(rejectsTheirs).isEqualTo(rejectsOwn);
            assertThat(summaryTheirs).isEqualTo(summaryOwn);
            assertThat(summaryOwn.countsByReason()).containsKey(ReasonCode.DATA_GANDA);
            assertThat(embedder.isShutdown()).isFalse();
        } finally {
            embedder.shutdown();
            assertThat(embedder.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS))
                    .isTrue();
        }
        assertThatThrownBy(() -> pkh(JUNE_2025).workers(null)).hasMessage("workers must not be null");
    }

    @ParameterizedTest
    @Tag("slow")
    @MethodSource("threadsAndChunks")
    void output_isByteIdenticalToOneThread(int threads, int chunkSize) throws IOException {
        // 3,000 synthetic households with 1 % duplicates, and two bad CSV households in the middle.
        List<Household> households = SyntheticPopulation.builder().seed(99).duplicateNikShare(0.01).build().stream(
                        3_000)
                .collect(Collectors.toList());
        String bad = new String(
                        Rosters.csv(List.of(Household.builder()
                                .from(households.get(0))
                                .id("BAD-1")
                                .desil(3)
                                .build())),
                        StandardCharsets.UTF_8)
                .lines()
                .skip(1)
                .map(line -> line.replaceFirst("^BAD-1,([0-9]*),([0-9.]+),3,", "BAD-1,$1,$2,11,"))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        String roster = new String(Rosters.csv(households.subList(0, 1500)), StandardCharsets.UTF_8)
                + bad
                + new String(Rosters.csv(households.subList(1500, 3000)), StandardCharsets.UTF_8)
                        .lines()
                        .skip(1)
                        .collect(Collectors.joining("\r\n", "", "\r\n"));
        HouseholdSource source = Rosters.csvSource("klu.csv", roster.getBytes(StandardCharsets.UTF_8));

        ByteArrayOutputStream one = new ByteArrayOutputStream();
        List<Reject> rejectsOne = new ArrayList<>();
        BatchSummary summaryOne = pkh(JUNE_2025).threads(1).build().run(source, one, TEXT, rejectsOne::add);
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        List<Reject> rejectsMany = new ArrayList<>();
        BatchSummary summaryMany =
                pkh(JUNE_2025).threads(threads).chunkSize(chunkSize).build().run(source, many, TEXT, rejectsMany::add);

        assertThat(many.toByteArray()).isEqualTo(one.toByteArray());
        assertThat(rejectsMany).isEqualTo(rejectsOne);
        assertThat(summaryMany).isEqualTo(summaryOne);
        assertThat(summaryOne.recordsRead()).isEqualTo(3_001);
        assertThat(summaryOne.decided()).isEqualTo(3_000);
        assertThat(rejectsOne).extracting(Reject::householdId).containsExactly(java.util.Optional.of("BAD-1"));
        // The test is worth something only if the batch rule fired and the reasons vary.
        assertThat(summaryOne.countsByReason()).containsKey(ReasonCode.DATA_GANDA);
        assertThat(summaryOne.countsByPrimaryReason()).hasSizeGreaterThan(3);
        List<String> written = one.toString(StandardCharsets.UTF_8)
                .lines()
                .map(line -> line.substring(line.indexOf('=') + 1, line.indexOf(',')))
                .collect(Collectors.toList());
        assertThat(written)
                .containsExactlyElementsOf(
                        households.stream().map(Household::id).collect(Collectors.toList()));
    }

    @Test
    void run_withAnIndexThatSpills_writesTheSameBytes_andLeavesNoFileBehind(@TempDir Path tmp) throws IOException {
        // 4,000 households with 1 % duplicates and one household id twice. A budget of 4,096 bytes
        // per table makes NIK runs of 256 persons, id-index runs of 170 records and id chunks of 2 KiB,
        // so every table spills dozens of times.
        List<Household> households = SyntheticPopulation.builder().seed(41).duplicateNikShare(0.01).build().stream(
                        4_000)
                .collect(Collectors.toCollection(ArrayList::new));
        households.set(
                3_000,
                Household.builder()
                        .from(households.get(3_000))
                        .id(households.get(10).id())
                        .build());
        HouseholdSource source = Rosters.csvSource("klu.csv", Rosters.csv(households));
        IndexMemory small =
                IndexMemory.builder().bytesPerTable(4_096).directory(tmp).build();

        ByteArrayOutputStream inMemory = new ByteArrayOutputStream();
        List<Reject> rejectsInMemory = new ArrayList<>();
        BatchSummary expected = pkh(JUNE_2025).threads(2).build().run(source, inMemory, TEXT, rejectsInMemory::add);
        ByteArrayOutputStream spilled = new ByteArrayOutputStream();
        List<Reject> rejectsSpilled = new ArrayList<>();
        BatchSummary actual =
                pkh(JUNE_2025).threads(2).indexMemory(small).build().run(source, spilled, TEXT, rejectsSpilled::add);

        assertThat(spilled.toByteArray()).isEqualTo(inMemory.toByteArray());
        assertThat(rejectsSpilled).isEqualTo(rejectsInMemory);
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.recordsRead()).isEqualTo(4_000);
        assertThat(actual.rejected()).isEqualTo(2);
        assertThat(actual.countsByReason()).containsKey(ReasonCode.DATA_GANDA);
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
        // Proof that this budget does spill: with a directory that does not exist, the run fails.
        BatchEvaluator nowhere = pkh(JUNE_2025)
                .threads(2)
                .indexMemory(IndexMemory.builder()
                        .bytesPerTable(4_096)
                        .directory(tmp.resolve("missing"))
                        .build())
                .build();
        assertThatThrownBy(() -> nowhere.run(source, new ByteArrayOutputStream(), TEXT, r -> {}))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void run_withConsumer_givesTheSameDecisionsInInputOrder() throws IOException {
        List<Household> households = SyntheticPopulation.builder().seed(5).duplicateNikShare(0.02).build().stream(1_000)
                .collect(Collectors.toList());
        HouseholdSource source = Rosters.csvSource("klu.csv", Rosters.csv(households));

        Result two = run(pkh(JUNE_2025).threads(2).chunkSize(16).build(), source);
        List<Decision> direct = pkh(JUNE_2025).build().evaluate(households);

        assertThat(two.decisions()).isEqualTo(direct);
        assertThat(two.decisions())
                .extracting(Decision::householdId)
                .containsExactlyElementsOf(
                        households.stream().map(Household::id).collect(Collectors.toList()));
    }

    @Test
    void run_reportsProgressUpToTheTotal() throws IOException {
        List<long[]> calls = new ArrayList<>();
        BatchEvaluator evaluator = pkh(MARCH_2024)
                .threads(2)
                .chunkSize(3)
                .progress((done, total) -> calls.add(new long[] {done, total}))
                .readerFactory(HouseholdFormat.JSONL, new Rosters.Records(handRoster()))
                .build();

        evaluator.run(Rosters.Records.source("hand.jsonl"), d -> {}, r -> {});

        // Chunks of 3, 3 and 1 records, then the final report.
        assertThat(calls).containsExactly(new long[] {3, 7}, new long[] {6, 7}, new long[] {7, 7}, new long[] {7, 7});
    }

    @Test
    void run_withASplitReader_givesTheDecisionsRejectsAndSummaryOfAReader() throws IOException {
        Result expected = run(
                pkhWithRecords(MARCH_2024, new Rosters.Records(handRoster()), 1), Rosters.Records.source("hand.jsonl"));
        for (int threads : new int[] {1, 2, 3}) {
            for (int chunk : new int[] {1, 2, 512}) {
                BatchEvaluator evaluator = pkh(MARCH_2024)
                        .threads(threads)
                        .chunkSize(chunk)
                        .splitReaderFactory(
                                HouseholdFormat.JSONL, SplitReaderFactory.of(new Rosters.Records(handRoster())))
                        .build();
                Result r = run(evaluator, Rosters.Records.source("hand.jsonl"));
                assertThat(r).as("%d threads, chunks of %d", threads, chunk).isEqualTo(expected);
            }
        }
        assertThat(expected.summary().rejected()).isPositive();
        assertThat(expected.withDataGanda()).isNotEmpty();
    }

    @Test
    void readerFactory_replacesASplitReaderFactoryOfTheSameFormat() throws IOException {
        SplitReaderFactory failing = (s, l) -> {
            throw new IOException("split reader used");
        };
        BatchEvaluator evaluator = pkh(MARCH_2024)
                .splitReaderFactory(HouseholdFormat.JSONL, failing)
                .readerFactory(HouseholdFormat.JSONL, new Rosters.Records(handRoster()))
                .build();

        assertThat(run(evaluator, Rosters.Records.source("hand.jsonl")).decisions())
                .isNotEmpty();
        assertThatThrownBy(() -> pkh(MARCH_2024).splitReaderFactory(HouseholdFormat.JSONL, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("factory must not be null");
    }

    @Test
    void run_emptySource_givesAnEmptySummary() throws IOException {
        Result r = run(pkh(MARCH_2024).build(), Rosters.csvSource("empty.csv", new byte[0]));

        assertThat(r.decisions()).isEmpty();
        assertThat(r.summary().recordsRead()).isZero();
        assertThat(r.summary().totalAnnualAmount()).isEqualTo(BigInteger.ZERO);
    }

    // ---- failures ----

    @Test
    void run_passesOnTheEncodersIOException() {
        List<Household> households =
                SyntheticPopulation.builder().seed(1).build().stream(100).collect(Collectors.toList());
        HouseholdSource source = Rosters.csvSource("klu.csv", Rosters.csv(households));
        IOException boom = new IOException("disk full");

        assertThatThrownBy(() -> pkh(JUNE_2025)
                        .threads(2)
                        .chunkSize(10)
                        .build()
                        .run(
                                source,
                                new ByteArrayOutputStream(),
                                d -> {
                                    throw boom;
                                },
                                r -> {}))
                .isSameAs(boom);
    }

    @Test
    void run_detectsAnInputThatChangedBetweenThePasses() {
        Person x = child("2019-04-04", 11);
        Household a = household("A", TANJUNG_1, head("1980-01-01", 1), x);
        Household b = household("B", TANJUNG_1, head("1981-01-01", 2), x);
        Household c = household("C", TANJUNG_1, head("1982-01-01", 3));
        Rosters.Records records = new Rosters.Records(
                List.of(accepted(a, 1), accepted(b, 2), accepted(c, 3)),
                List.of(accepted(c, 1), accepted(a, 2), accepted(b, 3)));

        assertThatThrownBy(() -> run(pkhWithRecords(MARCH_2024, records, 1), Rosters.Records.source("r.jsonl")))
                .isInstanceOf(IOException.class)
                .hasMessage("r.jsonl: the input changed between the two passes: household C is where the first pass"
                        + " read A");
    }

    static Stream<Arguments> everyFormat() {
        String a = "{\"id\":\"A\",\"region\":\"52.08.01.2001\",\"members\":[{\"nik\":\"5208011207850001\","
                + "\"sex\":\"MALE\",\"birth_date\":\"1985-07-12\",\"relationship\":\"HEAD\"}]}";
        String b = "{\"id\":\"B\",\"region\":\"52.08.01.2002\",\"members\":[{\"nik\":\"5208014503900002\","
                + "\"sex\":\"FEMALE\",\"birth_date\":\"1990-03-05\",\"relationship\":\"HEAD\"}]}";
        String csv = """
                household_id,region,nik,sex,birth_date,relationship
                A,52.08.01.2001,5208011207850001,MALE,1985-07-12,HEAD
                B,52.08.01.2002,5208014503900002,FEMALE,1990-03-05,HEAD
                """;
        return Stream.of(
                Arguments.of(HouseholdFormat.JSON, "[" + a + ",\n" + b + "]"),
                Arguments.of(HouseholdFormat.JSONL, a + "\n" + b + "\n"),
                Arguments.of(HouseholdFormat.CSV, csv));
    }

    @ParameterizedTest
    @MethodSource("everyFormat")
    void run_readsEveryFormatWithoutARegisteredReader(HouseholdFormat format, String roster) throws IOException {
        HouseholdSource source = HouseholdSource.of("roster", format, roster.getBytes(StandardCharsets.UTF_8));

        Result r = run(pkh(MARCH_2024).threads(2).build(), source);

        assertThat(r.rejects()).isEmpty();
        assertThat(r.decisions()).extracting(Decision::householdId).containsExactly("A", "B");
        assertThat(r.summary().recordsRead()).isEqualTo(2);
    }

    @Test
    void run_rejectsNullArguments() {
        BatchEvaluator evaluator = pkh(MARCH_2024).build();
        HouseholdSource source = Rosters.csvSource("a.csv", new byte[0]);

        assertThatThrownBy(() -> evaluator.run(null, d -> {}, r -> {})).hasMessage("source must not be null");
        assertThatThrownBy(() -> evaluator.run(source, null, r -> {})).hasMessage("decisions must not be null");
        assertThatThrownBy(() -> evaluator.run(source, d -> {}, null)).hasMessage("rejects must not be null");
        assertThatThrownBy(() -> evaluator.run(source, null, TEXT, r -> {})).hasMessage("decisions must not be null");
        assertThatThrownBy(() -> evaluator.run(source, new ByteArrayOutputStream(), null, r -> {}))
                .hasMessage("encoder must not be null");
    }

    // ---- in memory ----

    @Test
    void evaluate_appliesDataGandaAcrossTheList() {
        Person x = child("2019-04-04", 11);
        List<Household> households = List.of(
                household("A", TANJUNG_1, head("1980-01-01", 1), x),
                household("B", TANJUNG_1, head("1981-01-01", 2)),
                household("C", TANJUNG_1, head("1982-01-01", 3), x));

        List<Decision> decisions = pkh(MARCH_2024).build().evaluate(households);

        assertThat(decisions).extracting(Decision::householdId).containsExactly("A", "B", "C");
        assertThat(last(decisions.get(0)).args()).isEqualTo(Map.of("others", "C", "total", "1"));
        assertThat(decisions.get(1).reasonCodes()).doesNotContain(ReasonCode.DATA_GANDA);
        assertThat(last(decisions.get(2)).args()).isEqualTo(Map.of("others", "A", "total", "1"));
    }

    @Test
    void evaluate_rejectsARepeatedId() {
        List<Household> households = List.of(
                household("A", TANJUNG_1, head("1980-01-01", 1)), household("A", TANJUNG_1, head("1981-01-01", 2)));

        assertThatThrownBy(() -> pkh(MARCH_2024).build().evaluate(households))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("households must not repeat a household id, got A");
    }

    // ---- builder ----

    @Test
    void builder_requiresProgramParametersAndDate() {
        assertThatThrownBy(() -> BatchEvaluator.builder().build()).hasMessage("program must not be null");
        assertThatThrownBy(
                        () -> BatchEvaluator.builder().program(Programs.pkh()).build())
                .hasMessage("parameters must not be null");
        assertThatThrownBy(() -> BatchEvaluator.builder()
                        .program(Programs.pkh())
                        .parameters(NationalPolicy.load())
                        .build())
                .hasMessage("asOf must not be null");
    }

    @Test
    void indexMemory_null_isRefused() {
        assertThatThrownBy(() -> BatchEvaluator.builder().indexMemory(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("memory must not be null");
    }

    @Test
    void builder_checksRanges() {
        assertThatThrownBy(() -> BatchEvaluator.builder().threads(0))
                .hasMessage("threads must be between 1 and 1024, got 0");
        assertThatThrownBy(() -> BatchEvaluator.builder().chunkSize(65_537))
                .hasMessage("chunkSize must be between 1 and 65536, got 65537");
        assertThatThrownBy(() -> BatchEvaluator.builder().readerFactory(HouseholdFormat.JSON, null))
                .hasMessage("factory must not be null");
    }

    @Test
    void build_failsOnADateBeforeThePolicy() {
        assertThatThrownBy(() -> pkh(LocalDate.of(2018, 12, 31)).build()).isInstanceOf(MissingParameterException.class);
    }

    @Test
    void build_failsOnAParameterSetWithoutTheProgrammesKeys() {
        assertThatThrownBy(
                        () -> pkh(MARCH_2024).parameters(ParameterSet.empty()).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accessors_tellTheSettings() {
        BatchEvaluator e = pkh(MARCH_2024).threads(3).build();

        assertThat(e.program()).isSameAs(Programs.pkh());
        assertThat(e.asOf()).isEqualTo(MARCH_2024);
        assertThat(e.threads()).isEqualTo(3);
        assertThat(e.policyVersion()).isEqualTo(NationalPolicy.load().version());
        assertThat(pkh(MARCH_2024).build().threads())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
    }
}
