package id.bansos.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdReader;
import id.bansos.io.HouseholdReaders;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.HouseholdSource;
import id.bansos.model.Household;
import id.bansos.model.decision.Decision;
import id.bansos.rules.Engine;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BenchDataTest {
    @Test
    void households_isTheSameSeed42PopulationEveryTime() {
        assertThat(BenchData.households(50)).hasSize(50).isEqualTo(BenchData.households(50));
        assertThat(BenchData.households(3)).isEqualTo(BenchData.households(50).subList(0, 3));
    }

    @Test
    void households_rejectsZero() {
        assertThatThrownBy(() -> BenchData.households(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must be at least 1, got 0");
    }

    @ParameterizedTest
    @EnumSource(
            value = HouseholdFormat.class,
            names = {"JSONL", "CSV"})
    void encode_readsBackToTheSameHouseholds(HouseholdFormat format) throws IOException {
        List<Household> households = BenchData.households(200);
        byte[] bytes = BenchData.encode(households, format);
        List<Household> read = new ArrayList<>();
        try (HouseholdReader reader = HouseholdReaders.open(HouseholdSource.of("t", format, bytes))) {
            for (Optional<HouseholdRecord> r = reader.read(); r.isPresent(); r = reader.read()) {
                read.add(((HouseholdRecord.Accepted) r.get()).household());
            }
        }
        assertThat(read).isEqualTo(households);
    }

    @Test
    void encode_rejectsJson() {
        assertThatThrownBy(() -> BenchData.encode(List.of(), HouseholdFormat.JSON))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("format must be JSONL or CSV, got JSON");
    }

    @Test
    void encoder_writesCsvRowsAndJsonLines() throws IOException {
        Household h = BenchData.households(1).get(0);
        Decision decision = Engine.create().evaluate(h, Programs.pkh(), NationalPolicy.load(), BenchData.AS_OF);
        String csv = new String(BenchData.encoder(HouseholdFormat.CSV).encode(decision), StandardCharsets.UTF_8);
        String json = new String(BenchData.encoder(HouseholdFormat.JSONL).encode(decision), StandardCharsets.UTF_8);
        assertThat(csv).startsWith(h.id() + ",PKH,2025-06-01,");
        assertThat(json).startsWith("{").endsWith("\n").contains("\"household_id\":\"" + h.id() + "\"");
    }

    @Test
    void sink_countsBytesWritten() throws IOException {
        BenchData.CountingSink sink = BenchData.sink();
        sink.write(7);
        sink.write(new byte[10], 2, 5);
        sink.write(new byte[3]);
        assertThat(sink.count()).isEqualTo(9);
    }
}
