package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No NIK, KK number or name from the input appears in any output, reject, stderr or message of any
 * command, also when a shifted row puts them into other columns or keys. The contract writes none
 * of them on purpose: decisions carry masked NIKs only, and no command copies input records out.
 */
class PrivacyTest {
    @Test
    void noInputNikOrNameAppearsInAnyOutput(@TempDir Path dir) throws Exception {
        String roster = EvaluateCommandTest.roster();
        String input = Files.readString(Path.of(roster));
        List<String> secrets = new ArrayList<>();
        Matcher nik = Pattern.compile("\"nik\":\"([0-9]{16})\"").matcher(input);
        while (nik.find()) {
            secrets.add(nik.group(1));
        }
        Matcher name = Pattern.compile("\"name\":\"([^\"]+)\"").matcher(input);
        while (name.find()) {
            secrets.add(name.group(1));
        }
        assertThat(secrets).hasSize(12);

        Path reform = CliRun.writeCap3(dir);
        List<String> outputs = new ArrayList<>();
        for (String lang : List.of("id", "en")) {
            Path rejects = dir.resolve("rejects-" + lang + ".jsonl");
            CliRun evaluate = CliRun.of(
                    "evaluate",
                    "--program",
                    "PKH",
                    "--as-of",
                    "2025-06-01",
                    "--lang",
                    lang,
                    "--rejects",
                    rejects.toString(),
                    roster);
            outputs.add(evaluate.out());
            outputs.add(evaluate.err());
            outputs.add(Files.readString(rejects));
            CliRun csv =
                    CliRun.of("evaluate", "--program", "SEMBAKO", "--as-of", "2024-01-01", "--format", "csv", roster);
            outputs.add(csv.out());
            outputs.add(csv.err());
            for (String id : List.of("KLU-1", "KLU-2", "KLU-3", "KLU-5")) {
                CliRun explain = CliRun.of(
                        "explain",
                        "--program",
                        "PKH",
                        "--as-of",
                        "2025-06-01",
                        "--lang",
                        lang,
                        "--household",
                        id,
                        roster);
                outputs.add(explain.out());
                outputs.add(explain.err());
            }
            CliRun whatif = CliRun.of(
                    "whatif",
                    "--program",
                    "PKH",
                    "--as-of",
                    "2025-06-01",
                    "--parameters",
                    reform.toString(),
                    "--lang",
                    lang,
                    roster);
            outputs.add(whatif.out());
            outputs.add(whatif.err());
        }
        assertThat(String.join("", outputs)).contains("520801******0001");
        for (String output : outputs) {
            for (String secret : secrets) {
                assertThat(output).doesNotContain(secret);
            }
        }
    }

    /** Personal values of the shifted inputs below; each is distinctive enough not to occur by chance. */
    private static final List<String> SHIFTED_SECRETS = List.of(
            "5208014101900001",
            "5208011503800002",
            "5208021203850003",
            "5208010101200001",
            "5208020202200002",
            "Siti Aminah",
            "SUPARMAN",
            "Wayan Sudarsa",
            "KETUT MERTA",
            "Baiq Nurul");

    private static final String CSV_HEADER = "household_id,kk_number,region,desil,monthly_income,nik,name,sex,"
            + "birth_date,relationship,pregnant,postpartum,school_level,severe_disability,occupation,deceased\n";

    /** A roster with good rows and rows shifted so that names, NIKs and KK numbers sit in other columns. */
    private static final String SHIFTED_CSV = CSV_HEADER
            + "H1,5208010101200001,52.08.01.2001,2,,5208014101900001,Siti Aminah,FEMALE,1990-01-01,HEAD,true,,,,,\n"
            // One stray comma after the id: every later cell moves one column right.
            + "H2,,5208020202200002,52.08.02.2002,3,,5208011503800002,SUPARMAN,MALE,1980-03-16,HEAD,,,,,\n"
            // A missing cell: the name lands under sex, the date under relationship.
            + "H3,,52.08.02.2002,7,,5208021203850003,Wayan Sudarsa,1985-03-12,HEAD,,,,,,\n"
            // The name in capitals under relationship and occupation, the KK number under desil and region.
            + "H4,5208010101200001,5208020202200002,5208010101200001,,5208014101900001,Baiq Nurul,FEMALE,"
            + "1990-01-01,KETUT MERTA,,,,,KETUT MERTA,\n"
            // The name one column right of its place, under sex.
            + "H5,,52.08.01.2001,2,,5208020202200002,,Baiq Nurul,1990-01-01,HEAD,,,,,,\n";

    /** The same mistakes in JSON Lines: a name in sex and in occupation, a NIK in region, a KK number in id. */
    private static final String SHIFTED_JSONL = "{\"id\":\"K1\",\"region\":\"52.08.01.2001\",\"desil\":2,\"members\":["
            + "{\"nik\":\"5208014101900001\",\"name\":\"Siti Aminah\",\"sex\":\"FEMALE\",\"birth_date\":\"1990-01-01\","
            + "\"relationship\":\"HEAD\",\"pregnant\":true}]}\n"
            + "{\"id\":\"K2\",\"region\":\"5208011503800002\",\"members\":[{\"nik\":\"5208011503800002\","
            + "\"name\":\"SUPARMAN\",\"sex\":\"SUPARMAN\",\"birth_date\":\"1980-03-16\",\"relationship\":\"HEAD\"}]}\n"
            + "{\"id\":\"K3\",\"region\":\"52.08.02.2002\",\"members\":[{\"nik\":\"5208021203850003\","
            + "\"name\":\"Wayan Sudarsa\",\"sex\":\"MALE\",\"birth_date\":\"1985-03-12\",\"relationship\":\"HEAD\","
            + "\"occupation\":\"KETUT MERTA\"}]}\n"
            + "{\"id\":\"K4\",\"kk_number\":\"Baiq Nurul\",\"region\":\"52.08.02.2002\",\"members\":["
            + "{\"nik\":\"5208020202200002\",\"sex\":\"FEMALE\",\"birth_date\":\"1990-01-01\","
            + "\"relationship\":\"HEAD\"}]}\n";

    @Test
    void shiftedNamesNiksAndKkNumbersAppearInNoOutputOfAnyCommand(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("shifted.csv");
        Files.writeString(csv, SHIFTED_CSV);
        Path jsonl = dir.resolve("shifted.jsonl");
        Files.writeString(jsonl, SHIFTED_JSONL);
        Path params = dir.resolve("p.yaml");
        Files.writeString(params, "schema_version: 1\nparameters: {}\n");
        Path enrollments = dir.resolve("e.jsonl");
        Files.writeString(
                enrollments,
                "{\"household_id\":\"H1\",\"program\":\"PKH\",\"since\":\"2018-02-01\",\"status\":\"ACTIVE\"}\n"
                        + "{\"household_id\":\"K1\",\"program\":\"PKH\",\"since\":\"2018-02-01\",\"status\":\"ACTIVE\"}\n"
                        + "{\"household_id\":\"H2\",\"program\":\"SUPARMAN\",\"since\":\"2018-02-01\","
                        + "\"status\":\"Siti Aminah\"}\n"
                        + "{\"household_id\":\"H3\",\"program\":\"5208014101900001\",\"since\":\"2018-02-01\","
                        + "\"status\":\"ACTIVE\"}\n");
        Path observations = dir.resolve("o.jsonl");
        Files.writeString(
                observations,
                "{\"household_id\":\"H1\",\"observed_on\":\"Wayan Sudarsa\",\"signed_statement\":true}\n");
        Path scenarios = dir.resolve("s.yaml");
        Files.writeString(scenarios, """
                - name: shifted
                  program: PKH
                  as_of: 2025-06-01
                  household:
                    id: S1
                    region: "5208014101900001"
                    members:
                      - {nik: "5208011503800002", name: SUPARMAN, sex: KETUT MERTA, birth_date: 1980-03-16, relationship: HEAD}
                  expect: {eligible: true}
                - name: shifted two
                  program: PKH
                  as_of: 2025-06-01
                  household:
                    id: S2
                    region: 52.08.01.2001
                    members:
                      - {nik: "5208021203850003", name: Wayan Sudarsa, sex: MALE, birth_date: 1985-03-12, relationship: Baiq Nurul}
                  expect: {eligible: true}
                """);

        List<String> outputs = new ArrayList<>();
        int run = 0;
        for (Path input : List.of(csv, jsonl)) {
            String in = input.toString();
            List<List<String>> commands = List.of(
                    List.of(
                            "evaluate",
                            "--program",
                            "PKH",
                            "--as-of",
                            "2025-06-01",
                            "--output",
                            "OUT",
                            "--rejects",
                            "REJ",
                            "--summary",
                            "SUM",
                            in),
                    List.of("evaluate", "--program", "SEMBAKO", "--as-of", "2025-06-01", "--format", "csv", in),
                    List.of("evaluate", "--program", "PKH", "--as-of", "2025-06-01", "--lang", "en", in),
                    List.of("explain", "--program", "PKH", "--as-of", "2025-06-01", "--household", "H1", in),
                    List.of("explain", "--program", "PKH", "--as-of", "2025-06-01", "--household", "K1", in),
                    List.of("explain", "--program", "PKH", "--as-of", "2025-06-01", "--household", "H2", in),
                    List.of(
                            "whatif",
                            "--program",
                            "PKH",
                            "--as-of",
                            "2025-06-01",
                            "--parameters",
                            params.toString(),
                            "--output",
                            "OUT",
                            in),
                    List.of(
                            "reconcile",
                            "--program",
                            "PKH",
                            "--as-of",
                            "2025-06-01",
                            "--before",
                            in,
                            "--after",
                            csv.toString(),
                            "--registry",
                            jsonl.toString(),
                            "--output",
                            "OUT"),
                    List.of("sample", "--size", "1", "--seed", "7", "--output", "OUT", in),
                    List.of("sample", "--size", "1", "--seed", "7", "--by", "village", in),
                    List.of(
                            "graduate",
                            "--as-of",
                            "2025-06-01",
                            "--enrollments",
                            enrollments.toString(),
                            "--observations",
                            observations.toString(),
                            "--output",
                            "OUT",
                            in),
                    List.of("test", scenarios.toString()),
                    List.of("generate", "--households", "3", "--seed", "1", "--output", "OUT"));
            for (List<String> command : commands) {
                run++;
                Path out = dir.resolve("out-" + run + (command.contains("generate") ? ".csv" : ".txt"));
                Path rejects = dir.resolve("rejects-" + run + ".jsonl");
                Path summary = dir.resolve("summary-" + run + ".json");
                List<String> args = new ArrayList<>();
                for (String a : command) {
                    args.add(a.replace("OUT", out.toString())
                            .replace("REJ", rejects.toString())
                            .replace("SUM", summary.toString()));
                }
                CliRun result = CliRun.of(args.toArray(String[]::new));
                assertThat(result.exit()).as("%s", args).isIn(0, 1, 2, 3);
                StringBuilder all = new StringBuilder(result.out()).append(result.err());
                for (Path written : List.of(out, rejects, summary)) {
                    if (Files.exists(written) && !command.contains("generate")) {
                        all.append(Files.readString(written));
                    }
                }
                outputs.add(all.toString());
                for (String secret : SHIFTED_SECRETS) {
                    assertThat(all.toString()).as("%s", args).doesNotContain(secret);
                }
            }
        }
        // The runs did read and report: shifted rows were rejected and good ones decided, NIKs masked.
        String joined = String.join("", outputs);
        assertThat(joined)
                .contains("520801******0001")
                .contains("household H5: sex: must be MALE, FEMALE, L or P, got a value of 10 characters")
                .contains("household K2: region: region code must be 2, 4, 6 or 10 digits");
    }
}
