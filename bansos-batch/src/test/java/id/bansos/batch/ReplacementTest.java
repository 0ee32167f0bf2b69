package id.bansos.batch;

import static id.bansos.batch.Rosters.GANGGA_1;
import static id.bansos.batch.Rosters.TANJUNG_1;
import static id.bansos.batch.Rosters.TANJUNG_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.bansos.batch.Replacement.Check;
import id.bansos.batch.Replacement.Plan;
import id.bansos.batch.Replacement.Proposal;
import id.bansos.batch.Replacement.Row;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.Relationship;
import id.bansos.model.SchoolLevel;
import id.bansos.model.Sex;
import id.bansos.model.id.RegionCode;
import id.bansos.model.id.RegionLevel;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.ProgramDefinition;
import id.bansos.rules.Programs;
import id.bansos.rules.Rule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplacementTest {
    private static final ParameterSet NATIONAL = NationalPolicy.load();
    private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 1);
    private static final RegionCode TANJUNG = RegionCode.parse("52.08.01");
    private static final RegionCode GANGGA = RegionCode.parse("52.08.02");

    private final List<Reject> rejects = new ArrayList<>();

    /** A PKH family: a head born 1980 and a child in SD born 2015 (one component person). */
    private static Household family(String id, RegionCode village, Integer desil, int serial) {
        return builder(id, village, desil, serial).build();
    }

    private static Household.Builder builder(String id, RegionCode village, Integer desil, int serial) {
        Household.Builder b = Household.builder()
                .id(id)
                .region(village)
                .addMembers(Rosters.head("1980-01-01", serial))
                .addMembers(Rosters.schoolChild("2015-06-01", serial, SchoolLevel.SD));
        if (desil != null) {
            b.desil(desil);
        }
        return b;
    }

    private static InputStream lines(List<String> lines) {
        return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String enrolled(String id, String program, String status) {
        return "{\"household_id\":\"" + id + "\",\"program\":\"" + program + "\",\"since\":\"2020-01-01\",\"status\":\""
                + status + "\"}";
    }

    private static String exited(String id, String program, String exitDate, String region) {
        return "{\"household_id\":\"" + id + "\",\"program\":\"" + program
                + "\",\"since\":\"2020-01-01\",\"status\":\"GRADUATED\",\"exit_reason\":\"GRAD_MANDIRI\",\"exit_date\":\""
                + exitDate + "\"" + (region == null ? "" : ",\"region\":\"" + region + "\"") + "}";
    }

    private static List<String> waitlist(String... ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.add("{\"household_id\":\"" + id + "\"}");
        }
        return out;
    }

    private Plan plan(Replacement r, List<String> enrolments, List<String> waitlist, List<Household> registry)
            throws IOException {
        r.readEnrollments(lines(enrolments), "enrolments.jsonl", ReadLimits.defaults(), rejects::add);
        r.readWaitlist(lines(waitlist), "waitlist.jsonl", ReadLimits.defaults(), rejects::add);
        return r.plan(Rosters.csvSource("registry.csv", Rosters.csv(registry)), rejects::add);
    }

    private static Row row(Plan p, RegionCode region) {
        return p.regions().stream()
                .filter(r -> r.region().equals(Optional.ofNullable(region)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void eachCheck_countsACandidateUnderTheFirstItFails_andPlacesComeFromTheExitsOfTheYear() throws IOException {
        Household e2 = family("E2", TANJUNG_1, 2, 2);
        Household asn = Household.builder()
                .id("ASN")
                .region(TANJUNG_1)
                .desil(1)
                .addMembers(Rosters.asn("1980-01-01", 4))
                .addMembers(Rosters.schoolChild("2015-06-01", 4, SchoolLevel.SD))
                .build();
        List<Household> registry = List.of(
                family("E1", TANJUNG_1, 2, 1),
                e2,
                // DUP lists E2's child too: DATA_GANDA makes it not eligible before SHARES_NIK is reached.
                Rosters.withMember(family("DUP", TANJUNG_1, 1, 3), e2.members().get(1)),
                asn,
                family("L1", TANJUNG_2, 1, 5),
                family("L2", TANJUNG_1, 1, 6),
                family("OK1", TANJUNG_1, 3, 7),
                family("OK2", TANJUNG_2, 2, 8),
                family("OK3", GANGGA_1, 5, 9),
                family("X4", GANGGA_1, 4, 10),
                family("X5", TANJUNG_2, 4, 11));
        List<String> enrolments = List.of(
                enrolled("E1", "PKH", "ACTIVE"),
                enrolled("E2", "PKH", "SUSPENDED"),
                enrolled("ASN", "PKH", "ACTIVE"),
                exited("L1", "PKH", "2024-06-01", null),
                exited("L2", "PKH", "2024-05-01", "52.08.01.2001"),
                enrolled("L2", "PKH", "ACTIVE"),
                exited("X1", "PKH", "2024-09-01", "52.08.01.2001"),
                exited("X2", "PKH", "2024-09-01", "52.08.01.2002"),
                exited("X3", "PKH", "2024-09-01", "52.08.01"),
                exited("X4", "PKH", "2024-09-01", null),
                exited("X5", "PKH", "2024-09-01", "52.08"),
                exited("X6", "PKH", "2024-09-01", null),
                exited("X7", "PKH", "2024-02-29", "52.08.01.2001"),
                exited("X8", "PKH", "2025-03-02", "52.08.01.2001"),
                exited("X9", "PKH", "2024-03-01", "52.08.01.2001"),
                exited("X10", "PKH", "2025-03-01", "52.08.01.2001"),
                exited("S1", "SEMBAKO", "2024-09-01", "52.08.01.2001"));

        Plan p = plan(
                Replacement.of(Programs.pkh(), NATIONAL, MARCH_2025, RegionLevel.DISTRICT),
                enrolments,
                waitlist("NONE", "ASN", "E1", "L1", "DUP", "OK1", "L2", "OK2", "OK3"),
                registry);

        assertThat(rejects).isEmpty();
        // 52.08.01: X1, X2, X3 (their regions), X5 (a regency code: the registry's 52.08.01.2002), L1
        // (no region: the registry's), L2, X9 (the first day) and X10 (the date itself); not X7 (a
        // day before the year), X8 (after the date) or the Sembako exit.
        assertThat(row(p, TANJUNG))
                .isEqualTo(new Row(
                        Optional.of(TANJUNG),
                        8,
                        2,
                        Map.of(Check.NOT_ELIGIBLE, 2L, Check.ENROLLED, 2L, Check.REENTRY_LOCKOUT, 1L),
                        0));
        assertThat(row(p, TANJUNG).unfilled()).isEqualTo(6);
        assertThat(row(p, GANGGA)).isEqualTo(new Row(Optional.of(GANGGA), 1, 1, Map.of(), 0));
        // X6 has no region and no registry record; NONE is not in the registry.
        assertThat(row(p, null)).isEqualTo(new Row(Optional.empty(), 1, 0, Map.of(Check.NOT_IN_REGISTRY, 1L), 0));
        assertThat(p.regions())
                .extracting(r -> r.region().map(RegionCode::toString).orElse("-"))
                .containsExactly("52.08.01", "52.08.02", "-");
        assertThat(p.proposals())
                .extracting(Proposal::householdId, Proposal::village, Proposal::region, Proposal::rank, Proposal::desil)
                .containsExactly(
                        tuple("OK2", TANJUNG_2, TANJUNG, 1, OptionalInt.of(2)),
                        tuple("OK1", TANJUNG_1, TANJUNG, 2, OptionalInt.of(3)),
                        tuple("OK3", GANGGA_1, GANGGA, 1, OptionalInt.of(5)));
        assertThat(p.places()).isEqualTo(10);
        assertThat(p.unfilled()).isEqualTo(7);
    }

    @Test
    void aCandidateSharingANikWithAnEnrolledFamily_isNotEligibleByDataGanda() throws IOException {
        Household kpm = family("KPM", TANJUNG_1, 1, 1);
        // The candidate holds the enrolled KPM's head: the defect of the old replacement.
        Household candidate = Household.builder()
                .id("C")
                .region(TANJUNG_1)
                .desil(1)
                .addMembers(kpm.members().get(0))
                .addMembers(Rosters.schoolChild("2016-06-01", 2, SchoolLevel.SD))
                .build();

        Plan p = plan(
                Replacement.of(Programs.pkh(), NATIONAL, MARCH_2025, RegionLevel.DISTRICT),
                List.of(enrolled("KPM", "PKH", "ACTIVE"), exited("X", "PKH", "2024-09-01", "52.08.01.2001")),
                waitlist("C"),
                List.of(kpm, candidate));

        assertThat(p.proposals()).isEmpty();
        assertThat(row(p, TANJUNG).skipped()).containsExactly(Map.entry(Check.NOT_ELIGIBLE, 1L));
    }

    @Test
    void reentryLockout_endsTwelveMonthsAfterTheExitDate() throws IOException {
        // As of 2025-03-01: an exit on 2024-03-01 is twelve months ago (free again); one on
        // 2024-03-02 is not (locked); one on 2024-02-29 frees no place this year and is not locked.
        List<Household> registry =
                List.of(family("A", TANJUNG_1, 1, 1), family("B", TANJUNG_1, 1, 2), family("C", TANJUNG_1, 1, 3));
        List<String> enrolments = List.of(
                exited("A", "PKH", "2024-03-01", null),
                exited("B", "PKH", "2024-03-02", null),
                exited("C", "PKH", "2024-02-29", null));

        Plan p = plan(
                Replacement.of(Programs.pkh(), NATIONAL, MARCH_2025, RegionLevel.DISTRICT),
                enrolments,
                waitlist("A", "B", "C"),
                registry);

        assertThat(p.proposals()).extracting(Proposal::householdId).containsExactly("A", "C");
        assertThat(row(p, TANJUNG))
                .isEqualTo(new Row(Optional.of(TANJUNG), 2, 2, Map.of(Check.REENTRY_LOCKOUT, 1L), 0));
    }

    @Test
    void exitsSince_widensTheYearOfPlaces() throws IOException {
        Plan p = plan(
                Replacement.of(Programs.pkh(), NATIONAL, MARCH_2025, RegionLevel.DISTRICT, LocalDate.of(2024, 2, 29)),
                List.of(exited("X", "PKH", "2024-02-29", "52.08.01.2001"), exited("Y", "PKH", "2024-02-28", null)),
                waitlist(),
                List.of());

        assertThat(p.regions()).containsExactly(new Row(Optional.of(TANJUNG), 1, 0, Map.of(), 0));
    }

    @Test
    void ranking_isDesilAscendingMissingLast_thenComponentPersonsDescending_thenWaitlistOrder() throws IOException {
        Household two = builder("R", TANJUNG_1, 2, 4)
                .addMembers(Rosters.schoolChild("2012-06-01", 4, SchoolLevel.SMP))
                .build();
        List<Household> registry = List.of(
                family("P", TANJUNG_1, null, 1),
                family("Q", TANJUNG_1, 2, 2),
                family("S", TANJUNG_1, 2, 3),
                two,
                family("T", TANJUNG_1, 1, 5));
        List<String> exits = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            exits.add(exited("X" + i, "PKH", "2024-09-01", "52.08.01.2001"));
        }

        Plan p = plan(
                Replacement.of(Programs.pkh(), NATIONAL, MARCH_2025, RegionLevel.DISTRICT),
                exits,
                waitlist("P", "Q", "S", "R", "T"),
                registry);

        assertThat(p.proposals())
                .extracting(Proposal::householdId, Proposal::rank, Proposal::componentPersons)
                .containsExactly(tuple("T", 1, 1), tuple("R", 2, 2), tuple("Q", 3, 1), tuple("S", 4, 1));
        assertThat(row(p, TANJUNG).waiting()).isEqualTo(1);
    }

    @Test
    void byVillage_ranksWithinEachVillage() throws IOException {
        Plan p = plan(
                Replacement.of(Programs.pkh(), NATIONAL, MARCH_2025, RegionLevel.VILLAGE),
                List.of(exited("X", "PKH", "2024-09-01", "52.08.01.2001")),
                waitlist("B", "A"),
                List.of(family("A", TANJUNG_1, 3, 1), family("B", TANJUNG_2, 1, 2)));

        assertThat(p.proposals()).extracting(Proposal::householdId).containsExactly("A");
        assertThat(p.regions())
                .containsExactly(
                        new Row(Optional.of(TANJUNG_1), 1, 1, Map.of(), 0),
                        new Row(Optional.of(TANJUNG_2), 0, 0, Map.of(), 1));
    }

    @Test
    void desilCeiling_inForce_skipsAHigherOrMissingDesil_afterTheEarlierChecks() throws IOException {
        // Sembako without its own desil rule, as a district programme might be: the ceiling of
        // sembako.target_desil_max (4 from 2025-04-01) is then the replacement's own check.
        List<Rule> rules = new ArrayList<>(Programs.sembako().rules());
        rules.removeIf(r -> r.id().equals("sembako.desil"));
        ProgramDefinition sembako = ProgramDefinition.of(Programs.sembako().program(), rules);
        LocalDate june = LocalDate.of(2025, 6, 1);

        Plan p = plan(
                Replacement.of(sembako, NATIONAL, june, RegionLevel.DISTRICT),
                List.of(
                        enrolled("E5", "SEMBAKO", "ACTIVE"),
                        exited("X1", "SEMBAKO", "2024-09-01", "52.08.01.2001"),
                        exited("X2", "SEMBAKO", "2024-09-01", "52.08.01.2001")),
                waitlist("D5", "DN", "E5", "D4"),
                List.of(
                        family("D5", TANJUNG_1, 5, 1),
                        family("DN", TANJUNG_1, null, 2),
                        family("E5", TANJUNG_1, 5, 3),
                        family("D4", TANJUNG_1, 4, 4)));

        assertThat(p.proposals()).extracting(Proposal::householdId).containsExactly("D4");
        assertThat(row(p, TANJUNG).skipped())
                .containsExactly(Map.entry(Check.ENROLLED, 1L), Map.entry(Check.ABOVE_DESIL_MAX, 2L));
    }

    @Test
    void theNationalDesilRule_catchesADesilAboveTheCeilingFirst() throws IOException {
        Plan p = plan(
                Replacement.of(Programs.sembako(), NATIONAL, LocalDate.of(2025, 6, 1), RegionLevel.DISTRICT),
                List.of(exited("X1", "SEMBAKO", "2024-09-01", "52.08.01.2001")),
                waitlist("D7"),
                List.of(family("D7", TANJUNG_1, 7, 1)));

        assertThat(p.proposals()).isEmpty();
        assertThat(row(p, TANJUNG).skipped()).containsExactly(Map.entry(Check.NOT_ELIGIBLE, 1L));
    }

    @Test
    void badLines_areRejectsWithFileLineAndField_andTheRunGoesOn() throws IOException {
        Plan p = plan(
                Replacement.of(Programs.pkh(), NATIONAL, MARCH_2025, RegionLevel.DISTRICT),
                List.of(exited("X1", "PKH", "2024-09-01", "52.08.01.2001"), "{\"household_id\":\"Y\"}"),
                List.of("{\"household_id\":\"A\"}", "{\"household_id\":\"A\"}", "[]"),
                List.of(family("A", TANJUNG_1, 1, 1)));

        assertThat(p.proposals()).extracting(Proposal::householdId).containsExactly("A");
        assertThat(rejects)
                .extracting(Reject::source, Reject::line)
                .containsExactly(
                        tuple("enrolments.jsonl", 2L), tuple("waitlist.jsonl", 2L), tuple("waitlist.jsonl", 3L));
        assertThat(rejects.get(1).error())
                .isEqualTo(
                        "waitlist.jsonl:2: household A: household_id: the household is already on the waitlist on line 1");
    }

    @Test
    void of_checksItsArguments_andPlanRunsOnce() throws IOException {
        assertThatThrownBy(() -> Replacement.of(
                        Programs.pkh(), NATIONAL, MARCH_2025, RegionLevel.DISTRICT, MARCH_2025.plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exitsSince must not be after asOf 2025-03-01, got 2025-03-02");
        assertThatThrownBy(() -> Replacement.of(null, NATIONAL, MARCH_2025, RegionLevel.DISTRICT))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("program must not be null");
        Replacement r = Replacement.of(Programs.pkh(), NATIONAL, MARCH_2025, RegionLevel.DISTRICT);
        assertThat(r.lockoutMonths()).hasValue(12);
        assertThat(r.desilMax()).isEmpty();
        r.plan(Rosters.csvSource("registry.csv", Rosters.csv(List.of())), rejects::add);
        assertThatThrownBy(() -> r.plan(Rosters.csvSource("registry.csv", Rosters.csv(List.of())), rejects::add))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the plan was made already");
    }

    /**
     * Random registries of up to 12 Sembako families in two districts: each draw is a family's
     * status (0 none, 1 enrolled, 2 exited in the year, 3 enrolled and on the waitlist, 4 on the
     * waitlist, 5 on the waitlist sharing the head of family 0), desil and district.
     */
    @Test
    void neverProposesAnEnrolledFamilyOrOneSharingANik_andFilledPlusUnfilledIsPlaces() {
        long[] proposed = {0};
        qt().withFixedSeed(15_2025L)
                .withExamples(60)
                .forAll(lists().of(integers().between(0, 59)).ofSizeBetween(1, 12))
                .checkAssert(draws -> {
                    List<Household> registry = new ArrayList<>();
                    List<String> enrolments = new ArrayList<>();
                    List<String> wait = new ArrayList<>();
                    Set<String> enrolledIds = new HashSet<>();
                    Set<String> enrolledNiks = new HashSet<>();
                    Person sharedHead = Rosters.head("1980-01-01", 1);
                    int exits = 0;
                    for (int i = 0; i < draws.size(); i++) {
                        int d = draws.get(i);
                        int status = d % 6;
                        int desil = 1 + (d / 6) % 5;
                        RegionCode village = (d / 30) == 0 ? TANJUNG_1 : GANGGA_1;
                        String id = "H" + i;
                        Household.Builder b =
                                Household.builder().id(id).region(village).desil(desil);
                        b.addMembers(i == 0 || status != 5 ? Rosters.head("1980-01-01", i + 1) : sharedHead);
                        b.addMembers(Rosters.person(Sex.FEMALE, "1982-01-01", i + 1, Relationship.SPOUSE));
                        Household h = b.build();
                        registry.add(h);
                        if (status == 1 || status == 3 || i == 0) {
                            enrolments.add(enrolled(id, "SEMBAKO", "ACTIVE"));
                            enrolledIds.add(id);
                            h.members().forEach(m -> enrolledNiks.add(m.nik().value()));
                        }
                        if (status == 2) {
                            enrolments.add(exited(id, "SEMBAKO", "2024-09-01", null));
                            exits++;
                        }
                        if (status >= 3) {
                            wait.add("{\"household_id\":\"" + id + "\"}");
                        }
                    }
                    Plan p;
                    try {
                        p = plan(
                                Replacement.of(Programs.sembako(), NATIONAL, MARCH_2025, RegionLevel.DISTRICT),
                                enrolments,
                                wait,
                                registry);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    proposed[0] += p.proposals().size();
                    for (Proposal proposal : p.proposals()) {
                        assertThat(enrolledIds).doesNotContain(proposal.householdId());
                        Household h = registry.stream()
                                .filter(x -> x.id().equals(proposal.householdId()))
                                .findFirst()
                                .orElseThrow();
                        h.members()
                                .forEach(m -> assertThat(enrolledNiks)
                                        .doesNotContain(m.nik().value()));
                    }
                    for (Row r : p.regions()) {
                        long filled = p.proposals().stream()
                                .filter(x -> r.region().equals(Optional.of(x.region())))
                                .count();
                        assertThat(filled + r.unfilled()).isEqualTo(r.places());
                    }
                    assertThat(p.places()).isEqualTo(exits);
                    assertThat(rejects).isEmpty();
                });
        // The draws do propose families: the property is not vacuous.
        assertThat(proposed[0]).isPositive();
    }
}
