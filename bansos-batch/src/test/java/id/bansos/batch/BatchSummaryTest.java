package id.bansos.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.io.HouseholdFormat;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.id.RegionCode;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Locale;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {
    private static final RegionCode KLU = RegionCode.parse("52.08");
    private static final RegionCode MATARAM = RegionCode.parse("52.71");

    /** The summary of {@link BatchEvaluatorTest#handRoster()}, as worked out by hand there. */
    private static BatchSummary.Builder hand() {
        return BatchSummary.builder()
                .recordsRead(7)
                .decided(6)
                .rejected(1)
                .eligible(2)
                .notEligible(4)
                .putCountsByPrimaryReason(ReasonCode.TIDAK_ADA_KOMPONEN, 1L)
                .putCountsByPrimaryReason(ReasonCode.EXCL_ASN_TNI_POLRI, 1L)
                .putCountsByPrimaryReason(ReasonCode.DATA_GANDA, 2L)
                .putCountsByReason(ReasonCode.TIDAK_DIKECUALIKAN, 5L)
                .putCountsByReason(ReasonCode.MEMENUHI_KOMPONEN, 5L)
                // POLICY-V2 rule 9: JUMLAH_BANTUAN on each eligible household.
                .putCountsByReason(ReasonCode.JUMLAH_BANTUAN, 2L)
                .putCountsByReason(ReasonCode.EXCL_ASN_TNI_POLRI, 1L)
                .putCountsByReason(ReasonCode.TIDAK_ADA_KOMPONEN, 1L)
                .putCountsByReason(ReasonCode.DATA_GANDA, 2L)
                .putByRegency(MATARAM, RegionTally.of(1, 0, BigInteger.valueOf(2_400_000)))
                .putByRegency(KLU, RegionTally.of(1, 4, BigInteger.valueOf(3_900_000)))
                .putByDistrict(RegionCode.parse("52.71.01"), RegionTally.of(1, 0, BigInteger.valueOf(2_400_000)))
                .putByDistrict(RegionCode.parse("52.08.02"), RegionTally.of(0, 3, BigInteger.ZERO))
                .putByDistrict(RegionCode.parse("52.08.01"), RegionTally.of(1, 1, BigInteger.valueOf(3_900_000)))
                .totalAnnualAmount(BigInteger.valueOf(6_300_000));
    }

    @Test
    void handRoster_givesTheHandBuiltSummary() throws IOException {
        BatchEvaluator evaluator = BatchEvaluator.builder()
                .program(Programs.pkh())
                .parameters(NationalPolicy.load())
                .asOf(LocalDate.of(2024, 3, 1))
                .readerFactory(HouseholdFormat.JSONL, new Rosters.Records(BatchEvaluatorTest.handRoster()))
                .build();

        BatchSummary summary = evaluator.run(Rosters.Records.source("hand.jsonl"), d -> {}, r -> {});

        assertThat(summary).isEqualTo(hand().build());
    }

    @Test
    void toTable_inEnglish() {
        assertThat(hand().build().toTable(Locale.ENGLISH)).isEqualTo("""
                        Records read                      7
                        Decided                           6
                        Rejected                          1
                        Eligible                          2
                        Not eligible                      4
                          by primary reason:
                            DATA_GANDA                    2
                            EXCL_ASN_TNI_POLRI            1
                            TIDAK_ADA_KOMPONEN            1
                        Reason codes (a household can count under several):
                            DATA_GANDA                    2
                            EXCL_ASN_TNI_POLRI            1
                            JUMLAH_BANTUAN                2
                            MEMENUHI_KOMPONEN             5
                            TIDAK_ADA_KOMPONEN            1
                            TIDAK_DIKECUALIKAN            5
                        Total annual amount     Rp6,300,000
                        """);
    }

    @Test
    void toTable_inIndonesian() {
        assertThat(hand().build().toTable(Locale.forLanguageTag("id-ID"))).isEqualTo("""
                        Rekaman dibaca                    7
                        Diputuskan                        6
                        Ditolak                           1
                        Layak                             2
                        Tidak layak                       4
                          menurut alasan utama:
                            DATA_GANDA                    2
                            EXCL_ASN_TNI_POLRI            1
                            TIDAK_ADA_KOMPONEN            1
                        Kode alasan (satu keluarga dapat terhitung di beberapa kode):
                            DATA_GANDA                    2
                            EXCL_ASN_TNI_POLRI            1
                            JUMLAH_BANTUAN                2
                            MEMENUHI_KOMPONEN             5
                            TIDAK_ADA_KOMPONEN            1
                            TIDAK_DIKECUALIKAN            5
                        Total bantuan setahun   Rp6.300.000
                        """);
    }

    @Test
    void toTable_groupsThousandsByLanguageNotByDefaultLocale() {
        BatchSummary big = BatchSummary.builder()
                .recordsRead(1_234_567)
                .decided(1_234_567)
                .rejected(0)
                .eligible(1_234_567)
                .notEligible(0)
                .putCountsByReason(ReasonCode.TIDAK_DIKECUALIKAN, 1_234_567L)
                .putByRegency(KLU, RegionTally.of(1_234_567, 0, BigInteger.valueOf(2_962_960_800_000L)))
                .putByDistrict(
                        RegionCode.parse("52.08.01"),
                        RegionTally.of(1_234_567, 0, BigInteger.valueOf(2_962_960_800_000L)))
                .totalAnnualAmount(BigInteger.valueOf(2_962_960_800_000L))
                .build();

        assertThat(big.toTable(Locale.ENGLISH)).startsWith("Records read                      1,234,567\n");
        assertThat(big.toTable(Locale.forLanguageTag("tr-TR")))
                .startsWith("Rekaman dibaca                    1.234.567\n");
        // One format per language: the amount is grouped like the counts.
        assertThat(big.toTable(Locale.ENGLISH)).endsWith("Total annual amount     Rp2,962,960,800,000\n");
        assertThat(big.toTable(Locale.forLanguageTag("tr-TR")))
                .endsWith("Total bantuan setahun   Rp2.962.960.800.000\n");
    }

    @Test
    void toTable_putsNoSeparatorBeforeAWholeGroupOfThree() {
        BatchSummary sixDigits = BatchSummary.builder()
                .recordsRead(123_456)
                .decided(123_456)
                .rejected(0)
                .eligible(0)
                .notEligible(123_456)
                .putCountsByPrimaryReason(ReasonCode.TIDAK_ADA_KOMPONEN, 123_456L)
                .putCountsByReason(ReasonCode.TIDAK_ADA_KOMPONEN, 123_456L)
                .putByRegency(KLU, RegionTally.of(0, 123_456, BigInteger.ZERO))
                .putByDistrict(RegionCode.parse("52.08.01"), RegionTally.of(0, 123_456, BigInteger.ZERO))
                .totalAnnualAmount(BigInteger.ZERO)
                .build();

        // Six digits are two whole groups: 123,456, not ,123,456.
        assertThat(sixDigits.toTable(Locale.ENGLISH).lines().findFirst())
                .hasValueSatisfying(line -> assertThat(line).matches("Records read +123,456"));
    }

    @Test
    void toTable_leavesOutEmptySections() {
        BatchSummary empty = BatchSummary.builder()
                .recordsRead(0)
                .decided(0)
                .rejected(0)
                .eligible(0)
                .notEligible(0)
                .totalAnnualAmount(BigInteger.ZERO)
                .build();

        assertThat(empty.toTable(Locale.ENGLISH)).isEqualTo("""
                        Records read           0
                        Decided                0
                        Rejected               0
                        Eligible               0
                        Not eligible           0
                        Total annual amount  Rp0
                        """);
    }

    @Test
    void toTable_rejectsNullLocale() {
        assertThatThrownBy(() -> hand().build().toTable(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("locale must not be null");
    }

    @Test
    void build_rejectsCountsThatDoNotAddUp() {
        assertThatThrownBy(() -> hand().recordsRead(8).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recordsRead must be decided + rejected (7), got 8");
        assertThatThrownBy(() -> hand().recordsRead(8).decided(7).build())
                .hasMessage("decided must be eligible + not eligible (6), got 7");
        assertThatThrownBy(() -> hand().putCountsByPrimaryReason(ReasonCode.DATA_GANDA, 3L)
                        .build())
                .hasMessage("countsByPrimaryReason must add up to notEligible (4), got 5");
        assertThatThrownBy(() ->
                        hand().putCountsByReason(ReasonCode.BATAS_KOMPONEN, 0L).build())
                .hasMessage("countsByReason of BATAS_KOMPONEN must be between 1 and decided (6), got 0");
        assertThatThrownBy(() -> hand().putByRegency(KLU, RegionTally.of(2, 4, BigInteger.valueOf(3_900_000)))
                        .build())
                .hasMessage("byRegency must add up to eligible (2), got 3");
        assertThatThrownBy(
                        () -> hand().putByDistrict(RegionCode.parse("52.08.02"), RegionTally.of(0, 2, BigInteger.ZERO))
                                .build())
                .hasMessage("byDistrict must add up to notEligible (4), got 3");
        assertThatThrownBy(() ->
                        hand().totalAnnualAmount(BigInteger.valueOf(6_300_001)).build())
                .hasMessage("byRegency must add up to totalAnnualAmount (6300001), got 6300000");
        assertThatThrownBy(() -> hand().putByDistrict(KLU, RegionTally.of(0, 0, BigInteger.ZERO))
                        .build())
                .hasMessage("byDistrict key must be at DISTRICT level, got 52.08");
        assertThatThrownBy(() -> hand().putCountsByPrimaryReason(ReasonCode.DESIL_DI_LUAR_SASARAN, 0L)
                        .build())
                .hasMessage("countsByPrimaryReason of DESIL_DI_LUAR_SASARAN must be between 1 and decided (6), got 0");
        assertThatThrownBy(() -> hand().rejected(-1).recordsRead(5).build())
                .hasMessage("rejected must not be negative, got -1");
    }

    @Test
    void equalsContract() {
        EqualsVerifier.forClass(ImmutableBatchSummary.class)
                // The builder rejects nulls, so no field is ever null.
                .suppress(Warning.NULL_FIELDS)
                .verify();
    }
}
