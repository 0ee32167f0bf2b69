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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    private static final String CSV = """
            household_id,region,nik,sex,birth_date,relationship
            KEL-0002,52.08.01.2001,5208011207850001,L,1985-07-12,KEPALA_KELUARGA
            """;

    static Stream<Arguments> sources() {
        return Stream.of(
                Arguments.of(HouseholdFormat.JSON, "h.json", "[" + LINE + "," + LINE + "]"),
                Arguments.of(HouseholdFormat.JSONL, "h.jsonl", LINE + "\n" + LINE + "\n"),
                Arguments.of(HouseholdFormat.CSV, "h.csv", CSV + CSV.substring(CSV.indexOf('\n') + 1)));
    }

    private static void readAll(HouseholdSource source, boolean split) throws IOException {
        if (split) {
            try (SplitReader reader = HouseholdReaders.openSplit(source, ReadLimits.defaults())) {
                for (var b = reader.next(1); b.isPresent(); b = reader.next(1)) {
                    b.get().parse();
                }
            }
        } else {
            try (HouseholdReader reader = HouseholdReaders.open(source)) {
                while (reader.read().isPresent()) {
                    // read to the end
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void open_utf16File_isRefusedAsAWholeNamingTheEncoding(HouseholdFormat format, String name, String text) {
        HouseholdSource source = HouseholdSource.of(name, format, text.getBytes(StandardCharsets.UTF_16LE));
        HouseholdSource withBom = HouseholdSource.of(name, format, text.getBytes(StandardCharsets.UTF_16));
        for (boolean split : new boolean[] {false, true}) {
            assertThatThrownBy(() -> readAll(source, split))
                    .isInstanceOf(InputException.class)
                    .hasMessage(name + ": is encoded in UTF-16LE (NUL bytes), not UTF-8; save it as UTF-8");
            assertThatThrownBy(() -> readAll(withBom, split))
                    .isInstanceOf(InputException.class)
                    .hasMessage(name + ": is encoded in UTF-16BE (byte order mark), not UTF-8; save it as UTF-8");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void read_malformedUtf8OnTheLastLine_isRefusedAsAWholeNamingTheLine(
            HouseholdFormat format, String name, String text) {
        // A Latin-1 e acute (0xE9) in the last record, after records that are well-formed.
        String latin1 = text.replace("KEL-0002", "KEL-\u00e9").replaceFirst("KEL-\u00e9", "KEL-0002");
        HouseholdSource source = HouseholdSource.of(name, format, latin1.getBytes(StandardCharsets.ISO_8859_1));
        long line = format == HouseholdFormat.JSON ? 1 : 2 + (format == HouseholdFormat.CSV ? 1 : 0);
        for (boolean split : new boolean[] {false, true}) {
            assertThatThrownBy(() -> readAll(source, split))
                    .isInstanceOf(InputException.class)
                    .hasMessage(name + ":" + line + ": is not valid UTF-8 (has byte 0xE9; perhaps Windows-1252 or"
                            + " another legacy encoding); save the file as UTF-8");
        }
    }
}
