package id.bansos.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.io.InputException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvHeaderTest {
    private static final List<String> INDONESIAN =
            Arrays.asList((Rosters.HEADER_ID + ";kehamilan_ke;menerima").split(";"));

    // INDONESIAN lists the columns in declaration order, so each column's ordinal is its position.
    @SuppressWarnings("EnumOrdinal")
    @Test
    void parse_indonesianHeader_mapsEveryColumnAndKeepsItsName() {
        CsvHeader header = CsvHeader.parse("r.csv", 1, INDONESIAN);

        assertThat(header.size()).isEqualTo(18);
        for (CsvColumn c : CsvColumn.values()) {
            assertThat(header.index(c)).isEqualTo(c.ordinal());
            assertThat(header.name(c)).isEqualTo(c.indonesian());
        }
    }

    @Test
    void parse_absentOptionalColumn_hasNoIndexAndItsEnglishName() {
        CsvHeader header = CsvHeader.parse(
                "r.csv", 3, List.of("household_id", "region", "nik", "sex", "birth_date", "relationship"));

        assertThat(header.index(CsvColumn.NAME)).isEqualTo(-1);
        assertThat(header.name(CsvColumn.NAME)).isEqualTo("name");
        assertThat(header.index(CsvColumn.RELATIONSHIP)).isEqualTo(5);
    }

    @Test
    void parse_tooLongCell_isUnknownWithoutItsText() {
        assertThatThrownBy(() -> CsvHeader.parse("r.csv", 2, Arrays.asList("household_id", null)))
                .isInstanceOf(InputException.class)
                .hasMessage("r.csv:2:2: unknown column, whose name does not look like a column name (is the header"
                        + " line missing?)");
    }

    @Test
    void suggest_findsTheNearestNameWithinTwoEdits() {
        assertThat(CsvHeader.suggest("jenis kelamin")).isEqualTo("jenis_kelamin");
        assertThat(CsvHeader.suggest("nik_")).isEqualTo("nik");
        assertThat(CsvHeader.suggest("regoin")).isEqualTo("region");
        assertThat(CsvHeader.suggest("colour")).isNull();
    }

    @Test
    void looksLikeColumnName_refusesDigitRunsPunctuationAndLongTexts() {
        assertThat(CsvHeader.looksLikeColumnName("tanggal lahir")).isTrue();
        assertThat(CsvHeader.looksLikeColumnName("no.kk-2")).isTrue();
        assertThat(CsvHeader.looksLikeColumnName("col123456")).isFalse();
        assertThat(CsvHeader.looksLikeColumnName("col12345")).isTrue();
        assertThat(CsvHeader.looksLikeColumnName("siti, aminah")).isFalse();
        assertThat(CsvHeader.looksLikeColumnName("x".repeat(41))).isFalse();
    }
}
