package id.bansos.batch.roster;

import static id.bansos.rules.Families.family;
import static id.bansos.rules.Families.man;
import static id.bansos.rules.Families.single;
import static id.bansos.rules.Families.woman;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import id.bansos.batch.BatchEvaluator;
import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdSource;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.model.Household;
import id.bansos.model.Occupation;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.id.RegionCode;
import id.bansos.model.lifecycle.Observation;
import id.bansos.model.lifecycle.ObservedOccupation;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Enrollment;
import id.bansos.model.program.EnrollmentStatus;
import id.bansos.model.program.Program;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
    private static final ParameterSet NATIONAL = NationalPolicy.load();
    private static final LocalDate MARCH_2024 = LocalDate.of(2024, 3, 1);
    private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 2);
    private static final RegionCode TANJUNG = RegionCode.parse("52.08.01.2001");
    private static final RegionCode GANGGA = RegionCode.parse("52.08.02.2003");

    private static Household plain(String id) {
        return single(id, TANJUNG, 2);
    }

    /** A head who is ASN, and a desil of 7. */
    private static Household asn(String id) {
        return family(id, man("1980-01-01").works(Occupation.ASN), woman("1982-01-01"))
                .desil(7)
                .build();
    }

    private static Reconciliation sembako(
            LocalDate date, List<Household> before, List<Household> after, Optional<List<Household>> registry)
            throws IOException {
        return Reconciler.reconcile(
                Roster.of(before), Roster.of(after), registry.map(Roster::of), Programs.sembako(), NATIONAL, date);
    }

    private static List<String> ids(List<Leaver> leavers) {
        return leavers.stream().map(Leaver::householdId).toList();
    }

    /**
     * Before A B C D E; after B A F; registry X, C (moved to Gangga, eligible), D (ASN), B, F. C, D
     * and E left; F joined; E is not in the registry.
     */
    @Test
    void handWorkedExample_withARegistry() throws IOException {
        List<Household> before = List.of(plain("A"), plain("B"), plain("C"), plain("D"), plain("E"));
        List<Household> after = List.of(plain("B"), plain("A"), plain("F"));
        List<Household> registry = List.of(plain("X"), single("C", GANGGA, 3), asn("D"), plain("B"), plain("F"));

        Reconciliation r = sembako(MARCH_2024, before, after, Optional.of(registry));

        assertThat(r.before()).isEqualTo(5);
        assertThat(r.after()).isEqualTo(3);
        assertThat(r.stayed()).isEqualTo(2);
        assertThat(ids(r.left())).containsExactly("C", "D", "E");
        assertThat(r.joined()).containsExactly("F");
        Leaver c = r.left().get(0);
        assertThat(c.primaryReason()).isEqualTo(ReasonCode.MASIH_LAYAK);
        assertThat(c.source()).isEqualTo(LeaverSource.REGISTRY);
        assertThat(c.region()).isEqualTo(GANGGA);
        assertThat(c.reasons().get(0).rule()).isEqualTo("roster.reconcile");
        assertThat(c.reasons().get(0).args()).containsExactly(Map.entry("source", "REGISTRY"));
        assertThat(c.decision().orElseThrow().eligible()).isTrue();
        Leaver d = r.left().get(1);
        assertThat(d.primaryReason()).isEqualTo(ReasonCode.EXCL_ASN_TNI_POLRI);
        // No desil test in March 2024: desil 7 is no reason.
        assertThat(d.reasons()).extracting(Reason::code).containsExactly(ReasonCode.EXCL_ASN_TNI_POLRI);
        Leaver e = r.left().get(2);
        assertThat(e.primaryReason()).isEqualTo(ReasonCode.TIDAK_DITEMUKAN);
        assertThat(e.source()).isEqualTo(LeaverSource.NOT_IN_REGISTRY);
        assertThat(e.region()).isEqualTo(TANJUNG);
        assertThat(e.decision()).isEmpty();
        Map<ReasonCode, Long> expected = new LinkedHashMap<>();
        expected.put(ReasonCode.EXCL_ASN_TNI_POLRI, 1L);
        expected.put(ReasonCode.TIDAK_DITEMUKAN, 1L);
        expected.put(ReasonCode.MASIH_LAYAK, 1L);
        assertThat(r.byPrimaryReason()).containsExactlyEntriesOf(expected);
        assertThat(r.byReason()).containsExactlyEntriesOf(expected);
    }

    private static Enrollment exited(String id, Program program, EnrollmentStatus status, ReasonCode why, String on) {
        return Enrollment.builder()
                .householdId(id)
                .program(program)
                .since(LocalDate.of(2019, 1, 1))
                .status(status)
                .exitReason(why)
                .exitDate(LocalDate.parse(on))
                .build();
    }

    private static Observation.Builder visit(String id, String on) {
        return Observation.builder().householdId(id).observedOn(LocalDate.parse(on));
    }

    /**
     * On 2024-03-01, before A C D E G H S, after A; registry C (Gangga, desil 3), D (ASN, desil 7),
     * G, H, S (desil 2). Recorded: C left SEMBAKO with GRAD_ALAMIAH in 2020 and MENOLAK on 2024-01-15
     * (the latest counts); E moved (PINDAH) on 2024-02-01 and is not in the registry; G's exit is dated
     * after the date; D's exit is from PKH. Visits: H's head found a village official on 2024-02-10; S
     * signed a statement on 2024-02-20; G signed one on 2024-03-05, after the date.
     */
    @Test
    void recordedExitsAndVisits_withARegistry() throws IOException {
        List<Household> before =
                List.of(plain("A"), plain("C"), asn("D"), plain("E"), plain("G"), plain("H"), plain("S"));
        List<Household> registry =
                List.of(single("C", GANGGA, 3), asn("D"), plain("G"), plain("H"), plain("S"), plain("A"));
        List<Reject> rejects = new ArrayList<>();
        LeaverRecords records = LeaverRecords.of(Program.SEMBAKO, MARCH_2024, rejects::add);
        records.addEnrollment(
                exited("C", Program.SEMBAKO, EnrollmentStatus.GRADUATED, ReasonCode.GRAD_ALAMIAH, "2020-06-01"));
        records.addEnrollment(
                exited("C", Program.SEMBAKO, EnrollmentStatus.TERMINATED, ReasonCode.MENOLAK, "2024-01-15"));
        records.addEnrollment(
                exited("E", Program.SEMBAKO, EnrollmentStatus.TERMINATED, ReasonCode.PINDAH, "2024-02-01"));
        records.addEnrollment(
                exited("G", Program.SEMBAKO, EnrollmentStatus.TERMINATED, ReasonCode.PINDAH, "2024-03-02"));
        records.addEnrollment(
                exited("D", Program.PKH, EnrollmentStatus.GRADUATED, ReasonCode.GRAD_MANDIRI, "2024-01-01"));
        records.addObservation(
                visit("H", "2024-02-10")
                        .addOccupations(ObservedOccupation.of(0, Occupation.PERANGKAT_DESA))
                        .build(),
                "visits.jsonl",
                1);
        records.addObservation(visit("S", "2024-02-20").signedStatement(true).build(), "visits.jsonl", 2);
        records.addObservation(visit("G", "2024-03-05").signedStatement(true).build(), "visits.jsonl", 3);

        Reconciliation r = Reconciler.of(Programs.sembako(), NATIONAL, MARCH_2024)
                .reconcile(
                        Roster.of(before), Roster.of(List.of(plain("A"))), Optional.of(Roster.of(registry)), records);

        assertThat(rejects).isEmpty();
        assertThat(ids(r.left())).containsExactly("C", "D", "E", "G", "H", "S");
        Leaver c = r.left().get(0);
        assertThat(c.source()).isEqualTo(LeaverSource.ENROLLMENT);
        // C is still eligible, but its recorded exit explains the removal: no MASIH_LAYAK.
        assertThat(c.reasons()).extracting(Reason::code).containsExactly(ReasonCode.MENOLAK);
        assertThat(c.reasons().get(0).args())
                .containsExactly(
                        Map.entry("source", "ENROLLMENT"),
                        Map.entry("status", "TERMINATED"),
                        Map.entry("exit_date", "2024-01-15"));
        assertThat(c.reasons().get(0).rule()).isEqualTo("roster.recorded");
        assertThat(c.desilBefore()).hasValue(2);
        assertThat(c.desilAfter()).hasValue(3);
        Leaver d = r.left().get(1);
        assertThat(d.source()).isEqualTo(LeaverSource.REGISTRY);
        assertThat(d.primaryReason()).isEqualTo(ReasonCode.EXCL_ASN_TNI_POLRI);
        assertThat(d.desilBefore()).hasValue(7);
        assertThat(d.desilAfter()).hasValue(7);
        Leaver e = r.left().get(2);
        assertThat(e.source()).isEqualTo(LeaverSource.ENROLLMENT);
        assertThat(e.reasons()).extracting(Reason::code).containsExactly(ReasonCode.PINDAH);
        assertThat(e.decision()).isEmpty();
        assertThat(e.desilBefore()).hasValue(2);
        assertThat(e.desilAfter()).isEmpty();
        Leaver g = r.left().get(3);
        assertThat(g.primaryReason()).isEqualTo(ReasonCode.MASIH_LAYAK);
        Leaver h = r.left().get(4);
        assertThat(h.source()).isEqualTo(LeaverSource.REGISTRY);
        assertThat(h.reasons()).extracting(Reason::code).containsExactly(ReasonCode.EXCL_PERANGKAT_DESA);
        assertThat(h.reasons().get(0).args()).containsEntry("member_index", "0");
        Leaver sLeaver = r.left().get(5);
        assertThat(sLeaver.source()).isEqualTo(LeaverSource.OBSERVATION);
        assertThat(sLeaver.reasons()).extracting(Reason::code).containsExactly(ReasonCode.GRAD_MANDIRI);
        assertThat(sLeaver.reasons().get(0).args()).containsEntry("statement_on", "2024-02-20");
        Map<ReasonCode, Long> expected = new LinkedHashMap<>();
        expected.put(ReasonCode.EXCL_ASN_TNI_POLRI, 1L);
        expected.put(ReasonCode.EXCL_PERANGKAT_DESA, 1L);
        expected.put(ReasonCode.GRAD_MANDIRI, 1L);
        expected.put(ReasonCode.PINDAH, 1L);
        expected.put(ReasonCode.MENOLAK, 1L);
        expected.put(ReasonCode.MASIH_LAYAK, 1L);
        assertThat(r.byPrimaryReason()).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(r.byPrimaryReason().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(r.leftCount());
    }

    /** Without a registry: C's recorded exit is primary, its before-record still decided; no desil after. */
    @Test
    void recordedExit_withoutARegistry() throws IOException {
        LeaverRecords records = LeaverRecords.of(Program.SEMBAKO, MARCH_2024, r -> {});
        records.addEnrollment(
                exited("D", Program.SEMBAKO, EnrollmentStatus.GRADUATED, ReasonCode.GRAD_SEJAHTERA, "2024-02-01"));

        Reconciliation r = Reconciler.of(Programs.sembako(), NATIONAL, MARCH_2024)
                .reconcile(
                        Roster.of(List.of(plain("A"), asn("D"))),
                        Roster.of(List.of(plain("A"))),
                        Optional.empty(),
                        records);

        Leaver d = r.left().get(0);
        assertThat(d.source()).isEqualTo(LeaverSource.ENROLLMENT);
        // The recorded reason first, then the before-record's own negative reason.
        assertThat(d.reasons())
                .extracting(Reason::code)
                .containsExactly(ReasonCode.GRAD_SEJAHTERA, ReasonCode.EXCL_ASN_TNI_POLRI);
        assertThat(d.decision()).isPresent();
        assertThat(d.desilBefore()).hasValue(7);
        assertThat(d.desilAfter()).isEmpty();
    }

    @Test
    void anObservationOfAMemberTheRecordDoesNotHave_isRejected_andTheLeaverDecidedWithoutIt() throws IOException {
        List<Reject> rejects = new ArrayList<>();
        LeaverRecords records = LeaverRecords.of(Program.SEMBAKO, MARCH_2024, rejects::add);
        records.addObservation(
                visit("C", "2024-02-10")
                        .addOccupations(ObservedOccupation.of(4, Occupation.ASN))
                        .build(),
                "visits.jsonl",
                7);

        Reconciliation r = Reconciler.of(Programs.sembako(), NATIONAL, MARCH_2024)
                .reconcile(Roster.of(List.of(plain("C"))), Roster.of(List.of()), Optional.empty(), records);

        assertThat(r.left().get(0).primaryReason()).isEqualTo(ReasonCode.MASIH_LAYAK);
        assertThat(records.rejected()).isEqualTo(1);
        assertThat(rejects).hasSize(1);
        assertThat(rejects.get(0).line()).isEqualTo(7);
        assertThat(rejects.get(0).error())
                .isEqualTo("visits.jsonl:7: household C: occupations: member_index 4 is not a member of household C,"
                        + " which has 1 members");
    }

    @Test
    void withoutARegistry_theBeforeRecordsAreEvaluated() throws IOException {
        List<Household> before = List.of(plain("A"), asn("D"), plain("E"));

        Reconciliation r = sembako(MARCH_2024, before, List.of(plain("A")), Optional.empty());

        assertThat(r.registryUsed()).isFalse();
        assertThat(r.left()).extracting(Leaver::source).containsOnly(LeaverSource.BEFORE_ROSTER);
        assertThat(r.left())
                .extracting(Leaver::primaryReason)
                .containsExactly(ReasonCode.EXCL_ASN_TNI_POLRI, ReasonCode.MASIH_LAYAK);
    }

    @Test
    void aLeaverWithSeveralReasons_countsUnderEach_butOnceByPrimary() throws IOException {
        // From 2025-04-01 a desil test is in force: the ASN family in desil 7 fails both.
        Reconciliation r = sembako(JUNE_2025, List.of(asn("D"), plain("A")), List.of(plain("A")), Optional.empty());

        assertThat(r.left().get(0).reasons())
                .extracting(Reason::code)
                .containsExactly(ReasonCode.EXCL_ASN_TNI_POLRI, ReasonCode.DESIL_DI_LUAR_SASARAN);
        assertThat(r.byReason())
                .containsExactly(
                        Map.entry(ReasonCode.EXCL_ASN_TNI_POLRI, 1L), Map.entry(ReasonCode.DESIL_DI_LUAR_SASARAN, 1L));
        assertThat(r.byPrimaryReason()).containsExactly(Map.entry(ReasonCode.EXCL_ASN_TNI_POLRI, 1L));
    }

    @Test
    void aLeaverWhoseMembersAllDied_isMeninggal() throws IOException {
        Household dead = family("G", man("1940-01-01").deceased()).build();

        Reconciliation r = sembako(MARCH_2024, List.of(plain("G")), List.of(), Optional.of(List.of(dead)));

        assertThat(r.byPrimaryReason()).containsExactly(Map.entry(ReasonCode.MENINGGAL, 1L));
    }

    @Test
    void emptyRosters_reconcileToNothing() throws IOException {
        Reconciliation r = sembako(MARCH_2024, List.of(), List.of(), Optional.of(List.of()));

        assertThat(r.before()).isZero();
        assertThat(r.left()).isEmpty();
        assertThat(r.byReason()).isEmpty();
    }

    @Test
    void theAfterRosterIsReadAgainOnlyForJoiners_andTheRegistryOnlyForLeavers() throws IOException {
        int[] reads = new int[2];
        List<Household> same = List.of(plain("A"), plain("B"));
        Roster after = action -> {
            reads[0]++;
            Roster.of(same).forEach(action);
        };
        Roster registry = action -> {
            reads[1]++;
            Roster.of(same).forEach(action);
        };

        Reconciler.of(Programs.sembako(), NATIONAL, MARCH_2024)
                .reconcile(Roster.of(same), after, Optional.of(registry));

        assertThat(reads).containsExactly(1, 0);
    }

    @Test
    void aHouseholdTwiceInARoster_isAnError() {
        Reconciler rec = Reconciler.of(Programs.sembako(), NATIONAL, MARCH_2024);
        Roster twice = Roster.of(List.of(plain("A"), plain("A")));
        Roster once = Roster.of(List.of(plain("B")));

        assertThatThrownBy(() -> rec.reconcile(twice, once, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("before roster must not list a household twice, got A twice");
        assertThatThrownBy(() -> rec.reconcile(once, twice, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("after roster must not list a household twice, got A twice");
        assertThatThrownBy(() -> rec.reconcile(
                        once, Roster.of(List.of()), Optional.of(Roster.of(List.of(plain("B"), plain("B"))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("registry roster must not list a household twice, got B twice");
    }

    @Test
    void aRegistryRepeatingAHouseholdThatDidNotLeave_isIgnored() throws IOException {
        Reconciliation r = sembako(
                MARCH_2024, List.of(plain("A")), List.of(plain("A")), Optional.of(List.of(plain("A"), plain("A"))));

        assertThat(r.stayed()).isEqualTo(1);
    }

    /** A JSON Lines household with one head, a man born 1985-07-12, of the given NIK serial. */
    private static String line(String id, String nikSerial) {
        return "{\"id\":\"" + id + "\",\"region\":\"52.08.01.2001\",\"members\":[{\"nik\":\"520801120785" + nikSerial
                + "\",\"sex\":\"MALE\",\"birth_date\":\"1985-07-12\",\"relationship\":\"HEAD\"}]}\n";
    }

    /**
     * Registry file: X and C share the head's NIK, A has its own, E is listed twice. Evaluate gives C
     * DATA_GANDA (its NIK is in X too) and rejects both records of E. Sembako on 2024-03-01 has no
     * desil test, so without the batch rule C would be eligible, MASIH_LAYAK.
     */
    @Test
    void aLeaverFromAFile_getsTheDecisionEvaluateGivesIt_dataGandaAndRepeatedIds() throws IOException {
        HouseholdSource registryFile = HouseholdSource.of(
                "registry.jsonl",
                HouseholdFormat.JSONL,
                (line("X", "0001") + line("C", "0001") + line("A", "0002") + line("E", "0003") + line("E", "0004"))
                        .getBytes(StandardCharsets.UTF_8));
        List<Reject> rejects = new ArrayList<>();
        Roster registry = Roster.of(registryFile, ReadLimits.defaults(), MARCH_2024, rejects::add);

        Reconciliation r = Reconciler.of(Programs.sembako(), NATIONAL, MARCH_2024)
                .reconcile(
                        Roster.of(List.of(plain("A"), plain("C"), plain("E"))),
                        Roster.of(List.of(plain("A"))),
                        Optional.of(registry));

        assertThat(ids(r.left())).containsExactly("C", "E");
        Leaver c = r.left().get(0);
        assertThat(c.primaryReason()).isEqualTo(ReasonCode.DATA_GANDA);
        assertThat(c.reasons()).extracting(Reason::code).containsExactly(ReasonCode.DATA_GANDA);
        assertThat(c.reasons().get(0).args()).containsEntry("others", "X");
        Decision evaluated = BatchEvaluator.builder()
                .program(Programs.sembako())
                .parameters(NATIONAL)
                .asOf(MARCH_2024)
                .build()
                .decide(registryFile, "C")
                .decision()
                .orElseThrow();
        assertThat(c.decision()).contains(evaluated);
        assertThat(r.left().get(1).primaryReason()).isEqualTo(ReasonCode.TIDAK_DITEMUKAN);
        assertThat(rejects).extracting(Reject::line).containsExactly(4L, 5L);
    }

    @Test
    void reconcile_rejectsNulls() {
        Reconciler rec = Reconciler.of(Programs.sembako(), NATIONAL, MARCH_2024);
        assertThatThrownBy(() -> rec.reconcile(null, Roster.of(List.of()), Optional.empty()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("before must not be null");
        assertThatThrownBy(() -> Reconciler.of(null, NATIONAL, MARCH_2024))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("program must not be null");
    }

    /** Bits 0-29 of three numbers choose, from 30 households, the before, after and registry lists. */
    @Test
    void stayedPlusLeftIsBefore_andStayedPlusJoinedIsAfter() {
        List<Household> pool = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            pool.add(i % 7 == 3 ? asn("K" + i) : plain("K" + i));
        }
        qt().withFixedSeed(32765L)
                .forAll(longs().all(), longs().all(), longs().all())
                .checkAssert((b, a, g) -> {
                    List<Household> before = pick(pool, b);
                    List<Household> after = pick(pool, a);
                    Optional<List<Household>> registry = g % 3 == 0 ? Optional.empty() : Optional.of(pick(pool, g));
                    Reconciliation r;
                    try {
                        r = sembako(MARCH_2024, before, after, registry);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                    assertThat(r.stayed() + r.leftCount())
                            .isEqualTo(before.size())
                            .isEqualTo(r.before());
                    assertThat(r.stayed() + r.joinedCount())
                            .isEqualTo(after.size())
                            .isEqualTo(r.after());
                    long primaries = r.byPrimaryReason().values().stream()
                            .mapToLong(Long::longValue)
                            .sum();
                    assertThat(primaries).isEqualTo(r.leftCount());
                    r.byPrimaryReason()
                            .forEach((code, n) ->
                                    assertThat(r.byReason().get(code)).isGreaterThanOrEqualTo(n));
                    Set<String> afterIds = new HashSet<>();
                    after.forEach(h -> afterIds.add(h.id()));
                    Set<String> beforeIds = new HashSet<>();
                    before.forEach(h -> beforeIds.add(h.id()));
                    r.left().forEach(l -> {
                        assertThat(beforeIds).contains(l.householdId());
                        assertThat(afterIds).doesNotContain(l.householdId());
                    });
                    r.joined().forEach(j -> assertThat(beforeIds).doesNotContain(j));
                });
    }

    private static List<Household> pick(List<Household> pool, long bits) {
        List<Household> out = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if ((bits >>> i & 1) == 1) {
                out.add(pool.get(i));
            }
        }
        return out;
    }
}
