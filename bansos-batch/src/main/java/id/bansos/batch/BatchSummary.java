package id.bansos.batch;

import id.bansos.model.decision.ReasonCode;
import id.bansos.model.id.RegionCode;
import id.bansos.model.id.RegionLevel;
import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import id.bansos.model.money.Rupiah;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The counts of one batch: records read, decided and rejected; eligible and not eligible; the
 * reason codes; the regions at regency and district level; and the total annual amount.
 *
 * <p>The counts add up: decided + rejected = records read; eligible + not eligible = decided; the
 * counts by primary reason (the first negative reason of a decision) add up to not eligible, while a
 * household counts under every code it has in {@link #countsByReason()}; the regions at each level
 * add up to eligible, not eligible and the total amount. Maps are sorted (codes by their text,
 * regions in Kemendagri order), so equal batches give equal summaries and equal text.
 *
 * <p>Example: 4 records, one rejected, two eligible at Rp900.000 and Rp3.000.000 and one not
 * eligible for its desil, give records read 4, decided 3, rejected 1, eligible 2, not eligible 1,
 * primary reasons {@code {DESIL_DI_LUAR_SASARAN=1}}, total Rp3.900.000.
 */
@Value.Immutable
@BansosStyle
public abstract class BatchSummary {
    BatchSummary() {}

    /**
     * The records read: households and rejects.
     *
     * @return the count, zero or more
     */
    public abstract long recordsRead();

    /**
     * The households decided (one decision each).
     *
     * @return the count, zero or more
     */
    public abstract long decided();

    /**
     * The records rejected, by the reader or for a member born after the date of evaluation.
     *
     * @return the count, zero or more
     */
    public abstract long rejected();

    /**
     * The households decided eligible.
     *
     * @return the count, zero or more
     */
    public abstract long eligible();

    /**
     * The households decided not eligible.
     *
     * @return the count, zero or more
     */
    public abstract long notEligible();

    /**
     * For each reason code, the decisions that carry it (positive codes too); a household counts
     * under every code it has.
     *
     * @return the counts by code, sorted by code, each 1 or more, not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<ReasonCode, Long> countsByReason();

    /**
     * For each code, the decisions not eligible whose first negative reason it is; these add up to
     * {@link #notEligible()}.
     *
     * @return the counts by code, sorted by code, each 1 or more, not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<ReasonCode, Long> countsByPrimaryReason();

    /**
     * The decided households by regency or city ({@code PP.KK}).
     *
     * @return the tallies by regency code, in Kemendagri order, not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<RegionCode, RegionTally> byRegency();

    /**
     * The decided households by district ({@code PP.KK.CC}).
     *
     * @return the tallies by district code, in Kemendagri order, not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<RegionCode, RegionTally> byDistrict();

    /**
     * The sum of the annual amounts of the eligible households, in whole Rupiah, exact however many
     * households there are (95 million at Rp10^12 each pass a {@code long}).
     *
     * @return the total, zero or more, not null
     */
    public abstract BigInteger totalAnnualAmount();

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Renders the summary as the table that {@code bansos evaluate} prints on standard error:
     * records read, decided, rejected, eligible, not eligible by primary reason, every reason code,
     * and the total annual amount. Counts and the amount group thousands the same way: with dots in
     * Indonesian ({@code 1.234}, {@code Rp1.234.567}) and commas in English ({@code 1,234},
     * {@code Rp1,234,567}). Lines end with {@code \n}.
     *
     * <p>Example ({@code Locale.ENGLISH}):
     *
     * <pre>
     * Records read                       4
     * Decided                            3
     * Rejected                           1
     * Eligible                           2
     * Not eligible                       1
     *   by primary reason:
     *     DESIL_DI_LUAR_SASARAN          1
     * Reason codes (a household can count under several):
     *     ...
     * Total annual amount     Rp3,900,000
     * </pre>
     *
     * @param locale the language, not null: English for {@code en}, Bahasa Indonesia otherwise
     * @return the table, not null
     * @throws NullPointerException if {@code locale} is null
     */
    public String toTable(Locale locale) {
        Checks.notNull(locale, "locale");
        boolean en = "en".equals(locale.getLanguage());
        char group = en ? ',' : '.';
        List<String[]> rows = new ArrayList<>();
        rows.add(row(en ? "Records read" : "Rekaman dibaca", count(recordsRead(), group)));
        rows.add(row(en ? "Decided" : "Diputuskan", count(decided(), group)));
        rows.add(row(en ? "Rejected" : "Ditolak", count(rejected(), group)));
        rows.add(row(en ? "Eligible" : "Layak", count(eligible(), group)));
        rows.add(row(en ? "Not eligible" : "Tidak layak", count(notEligible(), group)));
        if (!countsByPrimaryReason().isEmpty()) {
            rows.add(row(en ? "  by primary reason:" : "  menurut alasan utama:", null));
            for (Map.Entry<ReasonCode, Long> e : countsByPrimaryReason().entrySet()) {
                rows.add(row("    " + e.getKey().code(), count(e.getValue(), group)));
            }
        }
        if (!countsByReason().isEmpty()) {
            rows.add(row(
                    en
                            ? "Reason codes (a household can count under several):"
                            : "Kode alasan (satu keluarga dapat terhitung di beberapa kode):",
                    null));
            for (Map.Entry<ReasonCode, Long> e : countsByReason().entrySet()) {
                rows.add(row("    " + e.getKey().code(), count(e.getValue(), group)));
            }
        }
        rows.add(row(en ? "Total annual amount" : "Total bantuan setahun", Rupiah.format(totalAnnualAmount(), locale)));
        int labels = 0;
        int values = 0;
        for (String[] r : rows) {
            if (r[1] != null) {
                labels = Math.max(labels, r[0].length());
                values = Math.max(values, r[1].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            sb.append(r[0]);
            if (r[1] != null) {
                sb.append(" ".repeat(labels - r[0].length() + 2 + values - r[1].length()))
                        .append(r[1]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String[] row(String label, String value) {
        return new String[] {label, value};
    }

    /** Groups thousands with a fixed separator, whatever the default locale. */
    private static String count(long n, char group) {
        String digits = Long.toString(n);
        StringBuilder sb = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append(group);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    @Value.Check
    final void check() {
        Checks.notNegative(recordsRead(), "recordsRead");
        Checks.notNegative(decided(), "decided");
        Checks.notNegative(rejected(), "rejected");
        Checks.notNegative(eligible(), "eligible");
        Checks.notNegative(notEligible(), "notEligible");
        Checks.check(
                totalAnnualAmount().signum() >= 0, "totalAnnualAmount", "must not be negative", totalAnnualAmount());
        Checks.check(
                decided() + rejected() == recordsRead(),
                "recordsRead",
                "must be decided + rejected (" + (decided() + rejected()) + ")",
                recordsRead());
        Checks.check(
                eligible() + notEligible() == decided(),
                "decided",
                "must be eligible + not eligible (" + (eligible() + notEligible()) + ")",
                decided());
        long primary = 0;
        for (Map.Entry<ReasonCode, Long> e : countsByPrimaryReason().entrySet()) {
            checkCount(e.getValue(), "countsByPrimaryReason of " + e.getKey());
            primary += e.getValue();
        }
        Checks.check(
                primary == notEligible(),
                "countsByPrimaryReason",
                "must add up to notEligible (" + notEligible() + ")",
                primary);
        for (Map.Entry<ReasonCode, Long> e : countsByReason().entrySet()) {
            checkCount(e.getValue(), "countsByReason of " + e.getKey());
        }
        checkRegions(byRegency(), RegionLevel.REGENCY, "byRegency");
        checkRegions(byDistrict(), RegionLevel.DISTRICT, "byDistrict");
    }

    private void checkCount(long count, String field) {
        Checks.check(
                count >= 1 && count <= decided(), field, "must be between 1 and decided (" + decided() + ")", count);
    }

    private void checkRegions(SortedMap<RegionCode, RegionTally> regions, RegionLevel level, String field) {
        long eligible = 0;
        long notEligible = 0;
        BigInteger amount = BigInteger.ZERO;
        for (Map.Entry<RegionCode, RegionTally> e : regions.entrySet()) {
            Checks.check(e.getKey().level() == level, field + " key", "must be at " + level + " level", e.getKey());
            eligible += e.getValue().eligible();
            notEligible += e.getValue().notEligible();
            amount = amount.add(e.getValue().annualAmount());
        }
        Checks.check(eligible == eligible(), field, "must add up to eligible (" + eligible() + ")", eligible);
        Checks.check(
                notEligible == notEligible(), field, "must add up to notEligible (" + notEligible() + ")", notEligible);
        Checks.check(
                amount.equals(totalAnnualAmount()),
                field,
                "must add up to totalAnnualAmount (" + totalAnnualAmount() + ")",
                amount);
    }

    /** Builds a {@link BatchSummary}. */
    public static final class Builder extends ImmutableBatchSummary.Builder {}
}
