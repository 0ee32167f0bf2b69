package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three walk-throughs of {@code docs/lifecycle.md} ("The district office's year, from the
 * command line"), run smaller with the same commands, so that the page cannot rot: what the page's
 * shell does with {@code jq}, {@code grep} and {@code sed}, this test does with Java, and every figure
 * asserted follows from how the files were built (the page's figures follow the same way).
 */
class LifecycleWalkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    private static List<JsonNode> read(Path file) {
        try {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                nodes.add(JSON.readTree(line));
            }
            return nodes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<JsonNode> read(String name) {
        return read(dir.resolve(name));
    }

    private void write(String name, List<?> lines) throws IOException {
        List<String> text = new ArrayList<>();
        for (Object o : lines) {
            text.add(o instanceof String s ? s : JSON.writeValueAsString(o));
        }
        Files.write(dir.resolve(name), text);
    }

    private static CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        return run;
    }

    /** The households of {@code name} whose id is (or, with {@code keep} false, is not) in {@code ids}. */
    private List<JsonNode> households(String name, Set<String> ids, boolean keep) {
        return read(name).stream()
                .filter(h -> ids.contains(h.get("id").asText()) == keep)
                .toList();
    }

    /** One enrolment per household, active since {@code since}, as the page's {@code jq}. */
    private static List<Map<String, String>> register(List<JsonNode> households, String program, String since) {
        return households.stream()
                .<Map<String, String>>map(h -> new TreeMap<>(Map.of(
                        "household_id",
                        h.get("id").asText(),
                        "program",
                        program,
                        "since",
                        since,
                        "status",
                        "ACTIVE",
                        "region",
                        h.get("region").asText())))
                .toList();
    }

    private static Map<String, String> exit(String id, String program, String reason, String date) {
        return new TreeMap<>(Map.of("household_id", id, "program", program, "exit_reason", reason, "exit_date", date));
    }

    /** A count as the Indonesian texts print it: {@code 1.234}. */
    private static String id(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }

    private static <T> Map<T, Long> count(List<JsonNode> nodes, Function<JsonNode, T> key) {
        return nodes.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    /**
     * (a) Lombok Utara, smaller: 400 BPNT families in 2023, 80 removed in 2024, of whom 10 moved
     * away (not in the registry), 12 withdrew (MENOLAK) and 3 had a NIK that did not match
     * (NIK_TIDAK_PADAN), both recorded with {@code exits}, 8 signed a statement on a visit and 4
     * heads were found to be village officials; the other 43 are explained by the rules.
     */
    @Test
    void lombokUtara_everyRemovalHasAReason_andTheReasonsAddUp() throws IOException {
        ok(
                "generate",
                "--households",
                "400",
                "--seed",
                "2023",
                "--as-of",
                "2023-12-31",
                "--output",
                file("bpnt-2023.jsonl"));
        ok("sample", "--size", "80", "--seed", "2024", "--output", file("leavers.jsonl"), file("bpnt-2023.jsonl"));
        List<String> leavers = read("leavers.jsonl").stream()
                .map(n -> n.get("household_id").asText())
                .toList();
        write("bpnt-2024.jsonl", households("bpnt-2023.jsonl", Set.copyOf(leavers), false));
        Set<String> gone = Set.copyOf(leavers.subList(0, 10));
        write("registry-2024.jsonl", households("bpnt-2023.jsonl", gone, false));
        write("register-2023.jsonl", register(read("bpnt-2023.jsonl"), "SEMBAKO", "2020-01-01"));
        List<Object> exits = new ArrayList<>();
        leavers.subList(10, 22).forEach(id -> exits.add(exit(id, "SEMBAKO", "MENOLAK", "2023-10-02")));
        leavers.subList(22, 25).forEach(id -> exits.add(exit(id, "SEMBAKO", "NIK_TIDAK_PADAN", "2023-11-15")));
        write("exits-2023.jsonl", exits);
        List<Object> visits = new ArrayList<>();
        leavers.subList(25, 33)
                .forEach(id -> visits.add(Map.of(
                        "household_id",
                        id,
                        "observed_on",
                        "2023-08-14",
                        "monthly_income",
                        4_500_000,
                        "signed_statement",
                        true)));
        List<String> officials = leavers.subList(33, 37);
        officials.forEach(id -> visits.add(Map.of(
                "household_id",
                id,
                "observed_on",
                "2023-08-21",
                "occupations",
                List.of(Map.of("member_index", 0, "occupation", "PERANGKAT_DESA")))));
        write("visits-2023.jsonl", visits);
        Files.writeString(dir.resolve("lombok-utara-2024.yaml"), """
                schema_version: 1
                parameters:
                  sembako.target_desil_max:
                    type: integer
                    values:
                      - from: 2024-01-01
                        value: 4
                        legal_basis: {instrument: Perbup Lombok Utara, note: "[P] example only"}
                """);

        CliRun exitsRun = ok(
                "exits",
                "--enrollments",
                file("register-2023.jsonl"),
                "--exits",
                file("exits-2023.jsonl"),
                "--output",
                file("register-2024.jsonl"));
        CliRun reconcile = ok(
                "reconcile",
                "--program",
                "SEMBAKO",
                "--as-of",
                "2024-02-22",
                "--before",
                file("bpnt-2023.jsonl"),
                "--after",
                file("bpnt-2024.jsonl"),
                "--registry",
                file("registry-2024.jsonl"),
                "--enrollments",
                file("register-2024.jsonl"),
                "--observations",
                file("visits-2023.jsonl"),
                "--parameters",
                file("lombok-utara-2024.yaml"),
                "--output",
                file("left.jsonl"));

        assertThat(exitsRun.err())
                .isEqualTo(
                        "register: 400 kepesertaan ditulis; keluar diterapkan: 0 graduasi, 15 diakhiri; ditolak: 0\n");
        List<JsonNode> left = read("left.jsonl");
        assertThat(left).hasSize(80);
        assertThat(count(left, l -> l.get("source").asText()))
                .containsEntry("ENROLLMENT", 15L)
                .containsEntry("OBSERVATION", 8L)
                .containsEntry("NOT_IN_REGISTRY", 10L)
                .containsEntry("REGISTRY", 47L)
                .hasSize(4);
        Map<String, Long> primary = count(left, l -> l.get("primary_reason").asText());
        assertThat(primary)
                .containsEntry("TIDAK_DITEMUKAN", 10L)
                .containsEntry("MENOLAK", 12L)
                .containsEntry("NIK_TIDAK_PADAN", 3L)
                .containsEntry("GRAD_MANDIRI", 8L);
        assertThat(primary.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(80);
        // The four officials found on visits: EXCL_PERANGKAT_DESA, whatever else holds.
        assertThat(left.stream()
                        .filter(l -> officials.contains(l.get("household_id").asText())))
                .hasSize(4)
                .allSatisfy(l -> assertThat(l.get("reasons").toString()).contains("EXCL_PERANGKAT_DESA"));
        // Under the district layer, every leaver evaluated with a desil above 4 is out of target.
        assertThat(left.stream()
                        .filter(l -> l.get("source").asText().equals("REGISTRY"))
                        .filter(l ->
                                l.has("desil_after") && l.get("desil_after").asInt() > 4))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.get("reasons").toString()).contains("DESIL_DI_LUAR_SASARAN"));
        assertThat(reconcile.err())
                .containsPattern("sebelum +400\n")
                .containsPattern("sesudah +320\n")
                .containsPattern("keluar +80\n")
                .containsPattern("TIDAK_DITEMUKAN +10\n")
                .containsPattern("MENOLAK +12\n");
    }

    /**
     * (b) NTB, smaller: three regencies of 300, 200 and 100 KPM enrolled since 2018; 30 graduate in
     * 2019 and 40 in January–June 2020 (every fifth GRAD_SEJAHTERA, the others GRAD_MANDIRI), drawn
     * by regency with {@code sample}.
     */
    @Test
    void ntb_theHalfYearTableByRegency_countsEveryExitOnce() throws IOException {
        List<JsonNode> all = new ArrayList<>();
        for (String[] r : new String[][] {{"52.01", "300"}, {"52.71", "200"}, {"52.08", "100"}}) {
            String name = "kpm-" + r[0] + ".jsonl";
            ok(
                    "generate",
                    "--households",
                    r[1],
                    "--seed",
                    "2019",
                    "--as-of",
                    "2019-01-01",
                    "--region",
                    r[0],
                    "--output",
                    file(name));
            all.addAll(read(name));
        }
        write("kpm-ntb.jsonl", all);
        write("register-2019.jsonl", register(all, "PKH", "2018-01-01"));
        ok(
                "sample",
                "--size",
                "30",
                "--seed",
                "2019",
                "--by",
                "regency",
                "--output",
                file("grad-2019.jsonl"),
                file("kpm-ntb.jsonl"));
        Set<String> graduated2019 = read("grad-2019.jsonl").stream()
                .map(n -> n.get("household_id").asText())
                .collect(Collectors.toSet());
        write("kpm-2020.jsonl", households("kpm-ntb.jsonl", graduated2019, false));
        ok(
                "sample",
                "--size",
                "40",
                "--seed",
                "2020",
                "--by",
                "regency",
                "--output",
                file("grad-2020.jsonl"),
                file("kpm-2020.jsonl"));
        List<JsonNode> sample2020 = read("grad-2020.jsonl");
        List<Object> exits = new ArrayList<>();
        List<JsonNode> sample2019 = read("grad-2019.jsonl");
        for (int k = 0; k < sample2019.size(); k++) {
            exits.add(exit(
                    sample2019.get(k).get("household_id").asText(),
                    "PKH",
                    k % 5 == 4 ? "GRAD_SEJAHTERA" : "GRAD_MANDIRI",
                    String.format("2019-%02d-20", k % 12 + 1)));
        }
        for (int k = 0; k < sample2020.size(); k++) {
            exits.add(exit(
                    sample2020.get(k).get("household_id").asText(),
                    "PKH",
                    k % 5 == 4 ? "GRAD_SEJAHTERA" : "GRAD_MANDIRI",
                    String.format("2020-%02d-20", k % 6 + 1)));
        }
        write("exits.jsonl", exits);
        ok(
                "exits",
                "--enrollments",
                file("register-2019.jsonl"),
                "--exits",
                file("exits.jsonl"),
                "--output",
                file("register-2020.jsonl"));

        CliRun half = ok(
                "report",
                "--enrollments",
                file("register-2020.jsonl"),
                "--from",
                "2020-01-01",
                "--to",
                "2020-06-30",
                "--program",
                "PKH",
                "--format",
                "json");
        CliRun year = ok(
                "report",
                "--enrollments",
                file("register-2020.jsonl"),
                "--from",
                "2019-01-01",
                "--to",
                "2019-12-31",
                "--program",
                "PKH",
                "--format",
                "json");

        JsonNode report = JSON.readTree(half.out());
        assertThat(report.get("total").asLong()).isEqualTo(40);
        // Of the 40, keys 4, 9, …, 39 are GRAD_SEJAHTERA: 8; the other 32 GRAD_MANDIRI.
        assertThat(report.get("exits").get("GRAD_SEJAHTERA").asLong()).isEqualTo(8);
        assertThat(report.get("exits").get("GRAD_MANDIRI").asLong()).isEqualTo(32);
        Map<String, Long> drawn = count(sample2020, n -> n.get("stratum").asText());
        Map<String, Long> counted = new TreeMap<>();
        long activeFrom = 0;
        long activeTo = 0;
        for (JsonNode r : report.get("regions")) {
            counted.put(r.get("region").asText(), r.get("total").asLong());
            activeFrom += r.get("active_from").asLong();
            activeTo += r.get("active_to").asLong();
        }
        assertThat(counted).isEqualTo(drawn);
        // 600 enrolled; 30 left in 2019, so 570 on 1 January 2020; 40 more by 30 June (none on the day).
        assertThat(activeFrom).isEqualTo(570);
        assertThat(activeTo).isEqualTo(530);
        assertThat(JSON.readTree(year.out()).get("total").asLong()).isEqualTo(30);
    }

    /**
     * (c) Kabupaten Pekalongan, smaller: the PKH families of 3,000 households of 2019, a sample of
     * 100 visited in 2020; 35 signed a statement, 3 of them village officials; they graduate
     * GRAD_MANDIRI and their exits are recorded; in 2021 their 35 places are refilled from the
     * villages' waitlist, the graduates locked out.
     */
    @Test
    void pekalongan_visitsSignedStatements_graduate_exitsRecorded_andPlacesRefilled() throws IOException {
        ok(
                "generate",
                "--households",
                "3000",
                "--seed",
                "2019",
                "--as-of",
                "2019-12-31",
                "--region",
                "33.26",
                "--output",
                file("dtks-2019.jsonl"));
        CliRun evaluate = CliRun.of(
                "evaluate",
                "--program",
                "PKH",
                "--as-of",
                "2020-01-01",
                "--output",
                file("decisions-2020.jsonl"),
                file("dtks-2019.jsonl"));
        assertThat(evaluate.exit()).as(evaluate.err()).isZero();
        Set<String> kpm = read("decisions-2020.jsonl").stream()
                .filter(d -> d.get("eligible").asBoolean())
                .map(d -> d.get("household_id").asText())
                .collect(Collectors.toCollection(HashSet::new));
        List<JsonNode> households = households("dtks-2019.jsonl", kpm, true);
        write("kpm-2019.jsonl", households);
        write("register-2020.jsonl", register(households, "PKH", "2019-01-01"));
        ok(
                "sample",
                "--size",
                "100",
                "--seed",
                "2020",
                "--by",
                "district",
                "--output",
                file("sample.jsonl"),
                file("kpm-2019.jsonl"));
        List<String> visited = read("sample.jsonl").stream()
                .map(n -> n.get("household_id").asText())
                .toList();
        List<Object> visits = new ArrayList<>();
        visited.subList(0, 3)
                .forEach(id -> visits.add(Map.of(
                        "household_id",
                        id,
                        "observed_on",
                        "2020-09-14",
                        "occupations",
                        List.of(Map.of("member_index", 0, "occupation", "PERANGKAT_DESA")),
                        "signed_statement",
                        true)));
        visited.subList(3, 35)
                .forEach(id -> visits.add(Map.of(
                        "household_id",
                        id,
                        "observed_on",
                        "2020-09-21",
                        "monthly_income",
                        4_200_000,
                        "business",
                        true,
                        "asset_value",
                        150_000_000,
                        "signed_statement",
                        true)));
        write("visits-2020.jsonl", visits);

        CliRun graduate = ok(
                "graduate",
                "--as-of",
                "2020-12-15",
                "--enrollments",
                file("register-2020.jsonl"),
                "--observations",
                file("visits-2020.jsonl"),
                "--output",
                file("graduation-2020.jsonl"),
                file("kpm-2019.jsonl"));
        List<JsonNode> assessed = read("graduation-2020.jsonl");
        List<JsonNode> statements = assessed.stream()
                .filter(a -> a.get("candidates").toString().contains("GRAD_MANDIRI"))
                .toList();
        List<Object> exits = new ArrayList<>();
        statements.forEach(a -> exits.add(exit(a.get("household_id").asText(), "PKH", "GRAD_MANDIRI", "2020-12-15")));
        write("exits-2020.jsonl", exits);
        CliRun recorded = ok(
                "exits",
                "--enrollments",
                file("register-2020.jsonl"),
                "--exits",
                file("exits-2020.jsonl"),
                "--output",
                file("register-2021.jsonl"));

        assertThat(assessed).hasSize(kpm.size());
        assertThat(graduate.err()).startsWith("dinilai " + id(kpm.size()) + " kepesertaan aktif per 2020-12-15:");
        assertThat(statements).hasSize(35);
        assertThat(assessed.stream().filter(a -> a.get("exclusions").toString().contains("EXCL_PERANGKAT_DESA")))
                .extracting(a -> a.get("household_id").asText())
                .containsExactlyInAnyOrderElementsOf(visited.subList(0, 3));
        assertThat(recorded.err())
                .isEqualTo("register: " + id(kpm.size()) + " kepesertaan ditulis; keluar diterapkan: 35 graduasi,"
                        + " 0 diakhiri; ditolak: 0\n");
        assertThat(read("register-2021.jsonl").stream()
                        .filter(e -> e.get("status").asText().equals("GRADUATED")))
                .hasSize(35)
                .allSatisfy(e -> assertThat(e.get("exit_reason").asText()).isEqualTo("GRAD_MANDIRI"));

        // 2021: the villages' waitlist is every family of desil 1-4 that is not an active KPM, in the
        // registry's order; the 35 places are pooled for the regency.
        Set<String> active = read("register-2021.jsonl").stream()
                .filter(e -> e.get("status").asText().equals("ACTIVE"))
                .map(e -> e.get("household_id").asText())
                .collect(Collectors.toSet());
        List<String> waitlist = households("dtks-2019.jsonl", active, false).stream()
                .filter(h -> h.hasNonNull("desil") && h.get("desil").asInt() <= 4)
                .map(h -> h.get("id").asText())
                .toList();
        write(
                "waitlist-2021.jsonl",
                waitlist.stream().map(id -> Map.of("household_id", id)).toList());
        CliRun replace = ok(
                "replace",
                "--program",
                "PKH",
                "--as-of",
                "2021-01-04",
                "--by",
                "regency",
                "--enrollments",
                file("register-2021.jsonl"),
                "--waitlist",
                file("waitlist-2021.jsonl"),
                "--output",
                file("proposals-2021.jsonl"),
                file("dtks-2019.jsonl"));

        // What each check must find, from evaluate's decisions on the same date: a waitlisted family
        // not eligible fails check 2; an eligible graduate is locked out (exit 2020-12-15, 12 months);
        // every other eligible family passes, and the first 35 by rank are proposed.
        ok(
                "evaluate",
                "--program",
                "PKH",
                "--as-of",
                "2021-01-04",
                "--output",
                file("decisions-2021.jsonl"),
                file("dtks-2019.jsonl"));
        Set<String> eligible2021 = read("decisions-2021.jsonl").stream()
                .filter(d -> d.get("eligible").asBoolean())
                .map(d -> d.get("household_id").asText())
                .collect(Collectors.toSet());
        Set<String> graduates =
                statements.stream().map(a -> a.get("household_id").asText()).collect(Collectors.toSet());
        long notEligible =
                waitlist.stream().filter(id -> !eligible2021.contains(id)).count();
        long lockedOut = waitlist.stream()
                .filter(id -> eligible2021.contains(id) && graduates.contains(id))
                .count();
        long passing = waitlist.size() - notEligible - lockedOut;
        long proposed = Math.min(passing, 35);
        assertThat(lockedOut).as("graduates on the waitlist still eligible").isPositive();
        assertThat(replace.err())
                .contains("penggantian PKH per 2021-01-04: tempat per kabupaten/kota dari keluar sejak 2020-01-04")
                .containsPattern(("\n33.26 +35 +" + id(proposed) + " +" + id(35 - proposed) + " +0 +" + id(notEligible)
                                + " +0 +" + id(lockedOut) + " +0 +0 +" + id(passing - proposed) + "\n")
                        .replace(".", "\\."));
        List<JsonNode> proposals = read("proposals-2021.jsonl");
        assertThat(proposals)
                .hasSize((int) proposed)
                .allSatisfy(p -> assertThat(p.get("household_id").asText())
                        .isIn(waitlist)
                        .isIn(eligible2021)
                        .isNotIn(graduates)
                        .isNotIn(active));
        assertThat(proposals).extracting(p -> p.get("rank").asInt()).isSorted();
        assertThat(proposals).extracting(p -> p.get("desil").asInt()).isSorted();
    }
}
