package id.bansos.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CSV roster's aliases as other readers see them (EXCHANGE-V1's column table, docs/formats.md). */
class CsvAliasesTest {
    @Test
    void key_givesTheJsonKeyOfAnIndonesianColumnName() {
        assertThat(CsvAliases.key("jenis_kelamin")).hasValue("sex");
        assertThat(CsvAliases.key("tanggal_lahir")).hasValue("birth_date");
        assertThat(CsvAliases.key("hubungan_keluarga")).hasValue("relationship");
        assertThat(CsvAliases.key("hamil")).hasValue("pregnant");
        // The household's id is "id" in JSON, "household_id" only in CSV.
        assertThat(CsvAliases.key("id_keluarga")).hasValue("id");
        assertThat(CsvAliases.key("kode_wilayah")).hasValue("region");
    }

    @Test
    void key_ofAJsonKeyOrAnUnknownName_isEmpty() {
        assertThat(CsvAliases.key("sex")).isEmpty();
        assertThat(CsvAliases.key("nik")).isEmpty();
        assertThat(CsvAliases.key("household_id")).isEmpty();
        assertThat(CsvAliases.key("umur")).isEmpty();
    }

    @Test
    void code_readsTheCsvAliasesOfSexAndRelationship() {
        assertThat(CsvAliases.code("sex", "L")).hasValue("MALE");
        assertThat(CsvAliases.code("sex", "p")).hasValue("FEMALE");
        assertThat(CsvAliases.code("relationship", "ISTRI")).hasValue("SPOUSE");
        assertThat(CsvAliases.code("relationship", "KEPALA_KELUARGA")).hasValue("HEAD");
        assertThat(CsvAliases.code("sex", "X")).isEmpty();
        assertThat(CsvAliases.code("school_level", "SD")).isEmpty();
    }

    @Test
    void bool_readsYaAndTidak_andNothingElse() {
        assertThat(CsvAliases.bool("ya")).hasValue(true);
        assertThat(CsvAliases.bool("TIDAK")).hasValue(false);
        assertThat(CsvAliases.bool("1")).hasValue(true);
        assertThat(CsvAliases.bool("")).isEmpty();
        assertThat(CsvAliases.bool("mungkin")).isEmpty();
    }
}
