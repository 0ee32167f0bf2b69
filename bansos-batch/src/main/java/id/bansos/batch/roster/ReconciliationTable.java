package id.bansos.batch.roster;

import id.bansos.model.decision.ReasonCode;
import id.bansos.model.internal.Checks;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link Reconciliation} as a plain-text table for a terminal or a report, in Bahasa
 * Indonesia (the default) or English.
 *
 * <p>Counts group thousands the way each language does, independent of the JVM's default locale:
 * {@code 32.765} in Indonesian, {@code 32,765} in English. Example (English):
 *
 * <pre>
 * Reconciliation SEMBAKO as of 2024-02-22 (reasons from the registry extract)
 *   before          32,765
 *   after           26,940
 *   stayed          26,940
 *   left             5,825
 *   joined               0
 *
 * Left by primary reason                  households
 *   MENINGGAL                                     25
 *   ...
 *   TIDAK_DITEMUKAN                              700
 *   MASIH_LAYAK                                  500
 *   total                                      5,825
 *
 * Left by reason (a household can count under several codes) households
 *   ...
 * </pre>
 */
public final class ReconciliationTable {
    private static final int CODE_WIDTH = 36;
    private static final int COUNT_WIDTH = 12;

    private ReconciliationTable() {}

    /**
     * Renders a reconciliation.
     *
     * @param reconciliation the reconciliation, not null
     * @param locale the language, not null: English for {@code en}, Indonesian otherwise
     * @return the text, lines ended by {@code \n}, not null
     * @throws NullPointerException if an argument is null
     */
    public static String render(Reconciliation reconciliation, Locale locale) {
        Checks.notNull(reconciliation, "reconciliation");
        Checks.notNull(locale, "locale");
        boolean en = locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
        char group = en ? ',' : '.';
        Reconciliation r = reconciliation;
        StringBuilder sb = new StringBuilder();
        sb.append(en ? "Reconciliation " : "Rekonsiliasi ")
                .append(r.program())
                .append(en ? " as of " : " per ")
                .append(r.asOf())
                .append(
                        r.registryUsed()
                                ? (en ? " (reasons from the registry extract)" : " (alasan dari data registri)")
                                : (en ? " (reasons from the before roster)" : " (alasan dari daftar sebelumnya)"))
                .append('\n');
        line(sb, en ? "before" : "sebelum", r.before(), group, 10);
        line(sb, en ? "after" : "sesudah", r.after(), group, 10);
        line(sb, en ? "stayed" : "tetap", r.stayed(), group, 10);
        line(sb, en ? "left" : "keluar", r.leftCount(), group, 10);
        line(sb, en ? "joined" : "masuk", r.joinedCount(), group, 10);
        sb.append('\n');
        header(sb, en ? "Left by primary reason" : "Keluar menurut alasan utama", en ? "households" : "keluarga");
        table(sb, r.byPrimaryReason(), group);
        line(sb, en ? "total" : "jumlah", r.leftCount(), group, CODE_WIDTH);
        sb.append('\n');
        header(
                sb,
                en
                        ? "Left by reason (a household can count under several codes)"
                        : "Keluar menurut alasan (satu keluarga dapat terhitung pada beberapa kode)",
                en ? "households" : "keluarga");
        table(sb, r.byReason(), group);
        return sb.toString();
    }

    private static void header(StringBuilder sb, String title, String unit) {
        sb.append(title);
        int pad = 2 + CODE_WIDTH + COUNT_WIDTH - title.length() - unit.length();
        sb.append(" ".repeat(Math.max(1, pad))).append(unit).append('\n');
    }

    private static void table(StringBuilder sb, Map<ReasonCode, Long> counts, char group) {
        for (Map.Entry<ReasonCode, Long> e : counts.entrySet()) {
            line(sb, e.getKey().code(), e.getValue(), group, CODE_WIDTH);
        }
    }

    private static void line(StringBuilder sb, String label, long count, char group, int labelWidth) {
        String n = grouped(count, group);
        sb.append("  ").append(label);
        sb.append(" ".repeat(Math.max(1, labelWidth - label.length() + COUNT_WIDTH - n.length())));
        sb.append(n).append('\n');
    }

    /** Digits grouped by three with the given separator; counts are never negative. */
    static String grouped(long count, char group) {
        String digits = Long.toString(count);
        StringBuilder sb = new StringBuilder();
        int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 3) {
            sb.append(group).append(digits, i, i + 3);
        }
        return sb.toString();
    }
}
