package id.bansos.batch.roster;

import static id.bansos.rules.Families.family;
import static id.bansos.rules.Families.man;
import static id.bansos.rules.Families.single;
import static id.bansos.rules.Families.woman;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import id.bansos.model.Household;
import id.bansos.model.Occupation;
import id.bansos.model.SchoolLevel;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.id.RegionCode;
import id.bansos.model.id.RegionLevel;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.Engine;
import id.bansos.rules.Families;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplacementTest {
    private static final ParameterSet NATIONAL = NationalPolicy.load();
    private static final LocalDate MARCH_2024 = LocalDate.of(2024, 3, 1);
    private static final RegionCode TANJUNG = RegionCode.parse("52.08.01");
    private static final RegionCode GANGGA = RegionCode.parse("52.08.02");
    private static final RegionCode TANJUNG_2001 = RegionCode.parse("52.08.01.2001");
    private static final RegionCode TANJUNG_2002 = RegionCode.parse("52.08.01.2002");
    private static final RegionCode GANGGA_2001 = RegionCode.parse("52.08.02.2001");

    private static ReplacementPlan sembako(
            Map<RegionCode, Integer> quotas, List<Household> waitlist, Set<String> enrolled) {
        return Replacement.propose(quotas, waitlist, enrolled, Programs.sembako(), NATIONAL, MARCH_2024);
    }

    private static List<String> proposed(ReplacementPlan p) {
        return p.proposals().stream().map(Proposal::householdId).toList();
    }

    @Test
    void theClassExample() {
        List<Household> waitlist = List.of(
                single("A", TANJUNG_2001, 3),
                single("B", TANJUNG_2002, 1),
                single("C", TANJUNG_2001, 1),
                single("D", TANJUNG_2001, null));

        ReplacementPlan p = sembako(Map.of(TANJUNG, 2), waitlist, Set.of("C"));

        assertThat(proposed(p)).containsExactly("B", "A");
        assertThat(p.proposals()).extracting(Proposal::rank).containsExactly(1, 2);
        assertThat(p.proposals()).extracting(Proposal::waitlistPosition).containsExactly(1, 0);
        assertThat(p.skipped())
                .extracting(Skip::householdId, Skip::why)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("C", SkipReason.ALREADY_ENROLLED),
                        org.assertj.core.groups.Tuple.tuple("D", SkipReason.QUOTA_FILLED));
        assertThat(p.unfilled()).containsExactly(Map.entry(TANJUNG, 0));
    }

    @Test
    void equalDesil_moreComponentPersonsFirst_thenWaitlistOrder() {
        // PKH: E has one SD child, F a pregnant mother and an SD child, G one SD child. Desil 2 all.
        Household e = family(
                        "E",
                        man("1980-01-01"),
                        woman("1985-01-01"),
                        man("2015-01-01").school(SchoolLevel.SD))
                .desil(2)
                .build();
        Household f = family(
                        "F",
                        man("1980-01-01"),
                        woman("1990-01-01").pregnant(),
                        man("2015-01-01").school(SchoolLevel.SD))
                .desil(2)
                .build();
        Household g = family(
                        "G",
                        man("1980-01-01"),
                        woman("1985-01-01"),
                        man("2016-01-01").school(SchoolLevel.SD))
                .desil(2)
                .build();

        ReplacementPlan p = Replacement.propose(
                Map.of(TANJUNG, 3), List.of(e, f, g), Set.of(), Programs.pkh(), NATIONAL, MARCH_2024);

        assertThat(proposed(p)).containsExactly("F", "E", "G");
        assertThat(p.proposals()).extracting(Proposal::componentPersons).containsExactly(2, 1, 1);
    }

    @Test
    void ineligibleRepeatedAndOutOfRegionCandidates_areSkippedWithTheirReasons() {
        Household asn =
                family("H", man("1980-01-01").works(Occupation.ASN)).desil(1).build();
        List<Household> waitlist =
                List.of(asn, single("I", GANGGA_2001, 1), single("J", TANJUNG_2001, 2), single("J", TANJUNG_2001, 2));

        ReplacementPlan p = sembako(Map.of(TANJUNG, 5), waitlist, Set.of());

        assertThat(proposed(p)).containsExactly("J");
        assertThat(p.skipped())
                .extracting(Skip::why)
                .containsExactly(
                        SkipReason.NOT_ELIGIBLE, SkipReason.NO_QUOTA_IN_REGION, SkipReason.REPEATED_IN_WAITLIST);
        assertThat(p.skipped().get(0).reasons())
                .extracting(Reason::code)
                .containsExactly(ReasonCode.EXCL_ASN_TNI_POLRI);
        assertThat(p.skipped().get(1).reasons()).isEmpty();
        // Five places, one eligible candidate: four unfilled.
        assertThat(p.unfilled()).containsExactly(Map.entry(TANJUNG, 4));
    }

    @Test
    void aQuotaOfZero_isNoQuota() {
        ReplacementPlan p = sembako(Map.of(TANJUNG, 0), List.of(single("A", TANJUNG_2001, 1)), Set.of());

        assertThat(p.proposals()).isEmpty();
        assertThat(p.skipped()).extracting(Skip::why).containsExactly(SkipReason.NO_QUOTA_IN_REGION);
    }

    @Test
    void quotas_countTheExitsPerRegionAtALevel() {
        Map<RegionCode, Integer> q =
                Replacement.quotas(List.of(TANJUNG_2001, GANGGA_2001, TANJUNG_2002), RegionLevel.DISTRICT);

        assertThat(q).containsExactly(Map.entry(TANJUNG, 2), Map.entry(GANGGA, 1));
        assertThat(Replacement.quotas(List.of(TANJUNG_2001, TANJUNG_2001), RegionLevel.VILLAGE))
                .containsExactly(Map.entry(TANJUNG_2001, 2));
        assertThatThrownBy(() -> Replacement.quotas(List.of(TANJUNG), RegionLevel.DISTRICT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exitVillages element must be a village code, got 52.08.01");
    }

    @Test
    void propose_rejectsBadQuotas() {
        assertThatThrownBy(() -> sembako(Map.of(TANJUNG, 1, TANJUNG_2001, 1), List.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("quotas must all be at the ");
        assertThatThrownBy(() -> sembako(Map.of(TANJUNG, -1), List.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quota of 52.08.01 must not be negative, got -1");
        assertThatThrownBy(() -> sembako(Map.of(), null, Set.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("waitlist must not be null");
    }

    @Test
    void noQuotas_proposeNothing() {
        ReplacementPlan p = sembako(Map.of(), List.of(single("A", TANJUNG_2001, 1)), Set.of());

        assertThat(p.proposals()).isEmpty();
        assertThat(p.skipped()).extracting(Skip::why).containsExactly(SkipReason.NO_QUOTA_IN_REGION);
        assertThat(p.quotas()).isEmpty();
    }

    private static final List<RegionCode> VILLAGES = List.of(TANJUNG_2001, TANJUNG_2002, GANGGA_2001);

    /** A waitlist of {@code n} random households from a seed, some of them repeated. */
    private static List<Household> waitlist(long seed, int n) {
        List<Household> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long s = seed * 31 + (i % 7 == 6 ? i - 3 : i);
            list.add(Families.random(s, MARCH_2024, VILLAGES));
        }
        return list;
    }

    @Test
    void replacementNeverExceedsAQuota_norProposesAnIneligibleOrEnrolledHousehold() {
        Engine engine = Engine.create();
        qt().withFixedSeed(5825L)
                .forAll(
                        longs().between(0, 1_000_000),
                        integers().between(0, 40),
                        integers().between(0, 6),
                        integers().between(0, 6))
                .checkAssert((seed, n, qTanjung, qGangga) -> {
                    List<Household> waitlist = waitlist(seed, n);
                    Set<String> enrolled = new HashSet<>();
                    for (int i = 0; i < waitlist.size(); i += 5) {
                        enrolled.add(waitlist.get(i).id());
                    }
                    Map<RegionCode, Integer> quotas = Map.of(TANJUNG, qTanjung, GANGGA, qGangga);
                    ReplacementPlan p =
                            Replacement.propose(quotas, waitlist, enrolled, Programs.pkh(), NATIONAL, MARCH_2024);

                    Map<RegionCode, Integer> used = new HashMap<>();
                    Set<String> proposedIds = new HashSet<>();
                    for (Proposal pr : p.proposals()) {
                        used.merge(pr.region(), 1, Integer::sum);
                        assertThat(enrolled).doesNotContain(pr.householdId());
                        assertThat(proposedIds.add(pr.householdId())).isTrue();
                        Household h = waitlist.get(pr.waitlistPosition());
                        assertThat(engine.evaluate(h, Programs.pkh(), NATIONAL, MARCH_2024)
                                        .eligible())
                                .isTrue();
                    }
                    used.forEach((region, count) -> assertThat(count).isLessThanOrEqualTo(quotas.get(region)));
                    // Every waitlist place is either proposed or skipped, once.
                    assertThat(p.proposals().size() + p.skipped().size()).isEqualTo(waitlist.size());
                    // The same inputs give the same plan.
                    assertThat(Replacement.propose(quotas, waitlist, enrolled, Programs.pkh(), NATIONAL, MARCH_2024))
                            .isEqualTo(p);
                });
    }

    @Test
    void proposalsAreInRankOrderWithinEachRegion() {
        qt().withFixedSeed(26940L)
                .forAll(longs().between(0, 1_000_000), integers().between(0, 40))
                .checkAssert((seed, n) -> {
                    ReplacementPlan p = Replacement.propose(
                            Map.of(TANJUNG, 4, GANGGA, 4),
                            waitlist(seed, n),
                            Set.of(),
                            Programs.pkh(),
                            NATIONAL,
                            MARCH_2024);
                    for (int i = 1; i < p.proposals().size(); i++) {
                        Proposal a = p.proposals().get(i - 1);
                        Proposal b = p.proposals().get(i);
                        if (a.region().equals(b.region())) {
                            int da = a.desil().orElse(11);
                            int db = b.desil().orElse(11);
                            assertThat(da).isLessThanOrEqualTo(db);
                            if (da == db) {
                                assertThat(a.componentPersons()).isGreaterThanOrEqualTo(b.componentPersons());
                                if (a.componentPersons() == b.componentPersons()) {
                                    assertThat(a.waitlistPosition()).isLessThan(b.waitlistPosition());
                                }
                            }
                            assertThat(b.rank()).isEqualTo(a.rank() + 1);
                        } else {
                            assertThat(b.rank()).isEqualTo(1);
                        }
                    }
                });
    }
}
