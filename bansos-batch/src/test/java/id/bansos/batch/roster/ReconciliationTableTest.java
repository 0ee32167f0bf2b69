package id.bansos.batch.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.program.Program;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReconciliationTableTest {
    private static final Reconciliation EMPTY = new Reconciliation(
            Program.PKH,
            LocalDate.of(2024, 2, 22),
            1_234_567,
            1_234_567,
            1_234_567,
            List.of(),
            List.of(),
            Map.of(),
            Map.of(),
            false);

    @Test
    void indonesian_isTheDefault_andGroupsWithDots() {
        assertThat(ReconciliationTable.render(EMPTY, Locale.forLanguageTag("tr-TR")))
                .isEqualTo("""
                           Rekonsiliasi PKH per 2024-02-22 (alasan dari daftar sebelumnya)
                             sebelum      1.234.567
                             sesudah      1.234.567
                             tetap        1.234.567
                             keluar               0
                             masuk                0

                           Keluar menurut alasan utama               keluarga
                             jumlah                                         0

                           Keluar menurut alasan (satu keluarga dapat terhitung pada beberapa kode) keluarga
                           """);
    }

    @Test
    void english_groupsWithCommas() {
        assertThat(ReconciliationTable.render(EMPTY, Locale.UK)).contains("  before       1,234,567\n");
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "7, 7", "999, 999", "1000, 1.000", "32765, 32.765", "100000, 100.000", "1234567, 1.234.567"})
    void grouped_putsASeparatorEveryThreeDigits(long count, String text) {
        assertThat(ReconciliationTable.grouped(count, '.')).isEqualTo(text);
    }

    @Test
    void render_rejectsNulls() {
        assertThatThrownBy(() -> ReconciliationTable.render(null, Locale.ROOT))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("reconciliation must not be null");
    }
}
