package id.bansos.batch.roster;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdSource;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.program.Program;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Lombok Utara case (BPNT 32.765 → 26.940, 5.825 removed) reproduced exactly; see docs/lifecycle.md. */
class LombokUtaraExampleTest {
    private static LombokUtaraExample.Rosters rosters;
    private static Reconciliation district;

    @BeforeAll
    static void reconcile() throws IOException {
        rosters = LombokUtaraExample.build();
        district = Reconciler.reconcile(
                Roster.of(rosters.before()),
                Roster.of(rosters.after()),
                Optional.of(Roster.of(rosters.registry())),
                Programs.sembako(),
                LombokUtaraExample.districtPolicy(),
                LombokUtaraExample.AS_OF);
    }

    @Test
    void theRostersHaveTheCountsOfSeed000() {
        assertThat(rosters.before()).hasSize(32_765);
        assertThat(rosters.after()).hasSize(26_940);
        // Every before household but the 700 gone, plus 3.000 on neither roster.
        assertThat(rosters.registry()).hasSize(32_765 - 700 + 3_000);
    }

    @Test
    void theCountsAddUpTo5825Removed() {
        assertThat(district.program()).isEqualTo(Program.SEMBAKO);
        assertThat(district.before()).isEqualTo(32_765);
        assertThat(district.after()).isEqualTo(26_940);
        assertThat(district.stayed()).isEqualTo(26_940);
        assertThat(district.leftCount()).isEqualTo(5_825);
        assertThat(district.joinedCount()).isZero();
        assertThat(district.registryUsed()).isTrue();
    }

    @Test
    void primaryReasons_areTheFatesGivenToTheLeavers() {
        // 400 excluded heads, ten occupations in turn, 40 each: ASN, TNI, Polri and pensioners make
        // 160 EXCL_ASN_TNI_POLRI; certified teachers, health workers, owners and APBN/APBD workers 160
        // EXCL_PENGHASILAN_TETAP. 25 + 160 + 40 + 40 + 160 + 4.200 + 700 + 500 = 5.825.
        Map<ReasonCode, Long> expected = new LinkedHashMap<>();
        expected.put(ReasonCode.MENINGGAL, 25L);
        expected.put(ReasonCode.EXCL_ASN_TNI_POLRI, 160L);
        expected.put(ReasonCode.EXCL_BUMN_BUMD, 40L);
        expected.put(ReasonCode.EXCL_PERANGKAT_DESA, 40L);
        expected.put(ReasonCode.EXCL_PENGHASILAN_TETAP, 160L);
        expected.put(ReasonCode.DESIL_DI_LUAR_SASARAN, 4_200L);
        expected.put(ReasonCode.TIDAK_DITEMUKAN, 700L);
        expected.put(ReasonCode.MASIH_LAYAK, 500L);
        assertThat(district.byPrimaryReason()).containsExactlyEntriesOf(expected);
        assertThat(district.byPrimaryReason().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(5_825);
    }

    @Test
    void byReason_countsTheExcludedFamiliesAlsoOutOfTargetTwice() {
        // 100 of the 400 excluded were also re-measured above desil 4: 4.200 + 100 = 4.300.
        assertThat(district.byReason()).containsEntry(ReasonCode.DESIL_DI_LUAR_SASARAN, 4_300L);
        assertThat(district.byReason().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(5_825 + 100);
    }

    @Test
    void underTheNationalPolicyAlone_theOutOfTargetFamiliesAreStillEligible() throws IOException {
        Reconciliation national = Reconciler.reconcile(
                Roster.of(rosters.before()),
                Roster.of(rosters.after()),
                Optional.of(Roster.of(rosters.registry())),
                Programs.sembako(),
                NationalPolicy.load(),
                LombokUtaraExample.AS_OF);

        // No desil test before 2025-04-01: the 4.200 re-measured families are MASIH_LAYAK, 500 + 4.200.
        assertThat(national.byPrimaryReason())
                .containsEntry(ReasonCode.MASIH_LAYAK, 4_700L)
                .doesNotContainKey(ReasonCode.DESIL_DI_LUAR_SASARAN);
        assertThat(national.leftCount()).isEqualTo(5_825);
    }

    @Test
    void fromJsonLinesFiles_theResultIsTheSame() throws IOException {
        List<Reject> rejects = new ArrayList<>();
        Reconciliation fromFiles = Reconciler.of(
                        Programs.sembako(), LombokUtaraExample.districtPolicy(), LombokUtaraExample.AS_OF)
                .reconcile(
                        file("bpnt-2023.jsonl", LombokUtaraExample.jsonLines(rosters.before()), rejects),
                        file("bpnt-2024.jsonl", LombokUtaraExample.jsonLines(rosters.after()), rejects),
                        Optional.of(
                                file("dtks-2024-02.jsonl", LombokUtaraExample.jsonLines(rosters.registry()), rejects)));

        assertThat(rejects).isEmpty();
        // A roster read from a file adds the DATA_GANDA of the whole file to a leaver's reasons (as
        // evaluate does), which the rosters held in memory do not: the same leavers, counts and
        // primary reasons, since DATA_GANDA comes after the reasons that decide the primary one here.
        assertThat(fromFiles.left())
                .extracting(Leaver::householdId, Leaver::primaryReason)
                .containsExactlyElementsOf(district.left().stream()
                        .map(l -> org.assertj.core.groups.Tuple.tuple(l.householdId(), l.primaryReason()))
                        .toList());
        assertThat(fromFiles.byPrimaryReason()).isEqualTo(district.byPrimaryReason());
        assertThat(fromFiles.stayed()).isEqualTo(district.stayed());
        assertThat(fromFiles.joined()).isEqualTo(district.joined());
    }

    private static Roster file(String name, byte[] content, List<Reject> rejects) {
        return Roster.of(HouseholdSource.of(name, HouseholdFormat.JSONL, content), ReadLimits.defaults(), rejects::add);
    }

    @Test
    void theTable_isTheOneInTheDocs() {
        assertThat(ReconciliationTable.render(district, Locale.ENGLISH)).isEqualTo("""
                           Reconciliation SEMBAKO as of 2024-02-22 (reasons from the registry extract)
                             before          32,765
                             after           26,940
                             stayed          26,940
                             left             5,825
                             joined               0

                           Left by primary reason                  households
                             MENINGGAL                                     25
                             EXCL_ASN_TNI_POLRI                           160
                             EXCL_BUMN_BUMD                                40
                             EXCL_PERANGKAT_DESA                           40
                             EXCL_PENGHASILAN_TETAP                       160
                             DESIL_DI_LUAR_SASARAN                      4,200
                             TIDAK_DITEMUKAN                              700
                             MASIH_LAYAK                                  500
                             total                                      5,825

                           Left by reason (a household can count under several codes) households
                             MENINGGAL                                     25
                             EXCL_ASN_TNI_POLRI                           160
                             EXCL_BUMN_BUMD                                40
                             EXCL_PERANGKAT_DESA                           40
                             EXCL_PENGHASILAN_TETAP                       160
                             DESIL_DI_LUAR_SASARAN                      4,300
                             TIDAK_DITEMUKAN                              700
                             MASIH_LAYAK                                  500
                           """);
    }
}
