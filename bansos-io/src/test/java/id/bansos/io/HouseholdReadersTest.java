package id.bansos.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.io.csv.CsvHouseholdReader;
import id.bansos.io.json.JsonHouseholdReader;
import id.bansos.io.json.JsonLinesHouseholdReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HouseholdReadersTest {
    private static final String LINE = "{\"id\":\"KEL-0002\",\"region\":\"52.08.01.2001\",\"members\":[{\"nik\":"
            + "\"5208011207850001\",\"sex\":\"MALE\",\"birth_date\":\"1985-07-12\",\"relationship\":\"HEAD\"}]}";

    @Test
    void open_json_givesTheJsonReader() throws IOException {
        HouseholdSource source = HouseholdSource.of(
                "h.json", HouseholdFormat.JSON, ("[" + LINE + "," + LINE + "]").getBytes(StandardCharsets.UTF_8));
        try (HouseholdReader reader = HouseholdReaders.open(source)) {
            assertThat(reader).isInstanceOf(JsonHouseholdReader.class);
            assertThat(reader.read()).get().isInstanceOf(HouseholdRecord.Accepted.class);
            assertThat(reader.read()).get().isInstanceOf(HouseholdRecord.Accepted.class);
            assertThat(reader.read()).isEmpty();
        }
    }

    @Test
    void open_jsonLinesFile_givesTheJsonLinesReader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("h.jsonl");
        Files.writeString(file, LINE + "\n" + LINE + "\n", StandardCharsets.UTF_8);
        try (HouseholdReader reader = HouseholdReaders.open(HouseholdSource.of(file), ReadLimits.defaults())) {
            assertThat(reader).isInstanceOf(JsonLinesHouseholdReader.class);
            assertThat(reader.read()).get().extracting(HouseholdRecord::line).isEqualTo(1L);
            assertThat(reader.read()).get().extracting(HouseholdRecord::line).isEqualTo(2L);
            assertThat(reader.read()).isEmpty();
        }
    }

    @Test
    void open_csv_givesTheCsvReader() throws IOException {
        String csv = """
                     household_id,region,nik,sex,birth_date,relationship
                     KEL-0002,52.08.01.2001,5208011207850001,L,1985-07-12,KEPALA_KELUARGA
                     """;
        HouseholdSource source = HouseholdSource.of("h.csv", HouseholdFormat.CSV, csv.getBytes(StandardCharsets.UTF_8));
        try (HouseholdReader reader = HouseholdReaders.open(source)) {
            assertThat(reader).isInstanceOf(CsvHouseholdReader.class);
            assertThat(reader.read()).get().extracting(HouseholdRecord::line).isEqualTo(2L);
            assertThat(reader.read()).isEmpty();
        }
    }

    @Test
    void open_rejectsNulls() {
        assertThatThrownBy(() -> HouseholdReaders.open(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("source must not be null");
        HouseholdSource source = HouseholdSource.of("h.json", HouseholdFormat.JSON, new byte[0]);
        assertThatThrownBy(() -> HouseholdReaders.open(source, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("limits must not be null");
    }
}
