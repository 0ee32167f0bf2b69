package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code bansos generate --as-of DATE --region CODE} (LIFECYCLE-V2), run in-process. */
class GenerateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> households(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(line -> {
                    try {
                        return JSON.readTree(line);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }

    private static List<LocalDate> birthDates(List<JsonNode> households) {
        return households.stream()
                .flatMap(h -> StreamSupport.stream(h.get("members").spliterator(), false))
                .map(m -> LocalDate.parse(m.get("birth_date").asText()))
                .toList();
    }

    /** {@code generate --households N --seed S --output OUTPUT}, then the other options. */
    private static CliRun generate(Path output, String households, String seed, String... options) {
        List<String> args = new ArrayList<>(
                List.of("generate", "--households", households, "--seed", seed, "--output", output.toString()));
        args.addAll(List.of(options));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aRosterOf2019_inADistrict_hasNobodyBornAfterItsDate_andEveryFamilyInTheDistrict(@TempDir Path dir)
            throws Exception {
        Path roster = dir.resolve("2019.jsonl");

        CliRun run = generate(roster, "400", "19", "--as-of", "2019-01-01", "--region", "52.01.02");

        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> households = households(roster);
        assertThat(households).hasSize(400);
        assertThat(households).allSatisfy(h -> {
            assertThat(h.get("region").asText()).startsWith("52.01.02.");
            assertThat(h.get("id").asText()).startsWith("520102-");
        });
        assertThat(birthDates(households)).allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(LocalDate.of(2019, 1, 1)));
        // Evaluated on its own date, no family is rejected for a member born after it: exit 0.
        CliRun evaluate = CliRun.of("evaluate", "--program", "PKH", "--as-of", "2019-01-01", roster.toString());
        assertThat(evaluate.exit()).as(evaluate.err()).isZero();
        assertThat(evaluate.err()).doesNotContain("lahir setelah");
    }

    @Test
    void aRosterOf2023_inARegency_hasNobodyBornAfterItsDate(@TempDir Path dir) throws Exception {
        Path roster = dir.resolve("2023.jsonl");

        CliRun run = generate(roster, "400", "23", "--as-of", "2023-06-30", "--region", "52.71");

        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> households = households(roster);
        assertThat(households)
                .allSatisfy(h -> assertThat(h.get("region").asText()).startsWith("52.71."));
        assertThat(birthDates(households)).allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(LocalDate.of(2023, 6, 30)));
    }

    @Test
    void theDefaultRoster_evaluatedIn2019_rejectsFamiliesWithMembersBornLater(@TempDir Path dir) throws Exception {
        // Why --as-of exists: ages drawn as of 2025-01-01 put children born 2019–2024 on the cards.
        Path roster = dir.resolve("2025.jsonl");
        assertThat(generate(roster, "400", "19").exit()).isZero();

        CliRun evaluate = CliRun.of("evaluate", "--program", "PKH", "--as-of", "2019-01-01", roster.toString());

        assertThat(evaluate.exit()).isEqualTo(3);
        assertThat(evaluate.err()).contains("lahir setelah tanggal evaluasi 2019-01-01");
    }

    @Test
    void theDefaults_areLombokUtaraOn2025_01_01_asBefore(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.jsonl");
        Path given = dir.resolve("given.jsonl");

        CliRun a = generate(plain, "60", "4");
        CliRun b = generate(given, "60", "4", "--as-of", "2025-01-01", "--region", "52.08");

        assertThat(a.exit()).isZero();
        assertThat(b.exit()).isZero();
        assertThat(Files.readAllBytes(given)).isEqualTo(Files.readAllBytes(plain));
        assertThat(households(plain))
                .allSatisfy(h -> assertThat(h.get("id").asText()).startsWith("KLU-"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"52", "52.08.01.2001", "520801200199", "10.01", "52.8", "Lombok"})
    void aCodeThatIsNoRegencyNorDistrict_isExitTwo_beforeWritingAnything(String code, @TempDir Path dir) {
        Path out = dir.resolve("out.jsonl");

        CliRun run = generate(out, "5", "1", "--region", code, "--lang", "en");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("bansos: --region must be a regency code PP.KK or a district code PP.KK.CC in a province"
                        + " numbered 11 or more, got \"" + code + "\"\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBadDate_isExitTwo_inIndonesianByDefault(@TempDir Path dir) {
        CliRun run = generate(dir.resolve("out.jsonl"), "5", "1", "--as-of", "2019-13-01");
        CliRun early = generate(dir.resolve("out.jsonl"), "5", "1", "--as-of", "1899-12-31");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("bansos: --as-of harus berupa tanggal YYYY-MM-DD, didapat \"2019-13-01\"\n");
        assertThat(early.exit()).isEqualTo(2);
        assertThat(early.err())
                .isEqualTo("bansos: --as-of harus antara 1900-01-01 dan 9999-12-31, didapat \"1899-12-31\"\n");
    }
}
