package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bansos serve} as a process: the line it prints, the curl example of {@code docs/server.md}
 * run as written, decisions equal to those of {@code bansos evaluate} on a generated roster, and a
 * graceful exit 0 on SIGTERM with a request in flight.
 */
class ServeCommandTest {
    private static final String CLASS_PATH =
            System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    private static final Pattern LISTENING =
            Pattern.compile("bansos serve: listening on (http://127\\.0\\.0\\.1:\\d+)");
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dir;

    /** A running {@code bansos serve} in its own JVM. */
    private record Server(Process process, String url, BufferedReader out) {}

    private static Server start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                CLASS_PATH,
                "id.bansos.cli.Main",
                "serve",
                "--port",
                "0"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).isNotNull();
        Matcher m = LISTENING.matcher(line);
        assertThat(m.matches()).as(line).isTrue();
        return new Server(p, m.group(1), out);
    }

    private static HttpResponse<String> post(String url, String contentType, String body) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofMinutes(2))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void serve_answersTheCurlExampleOfTheDocs_andEvaluatesAsEvaluate_andExits0OnSigterm() throws Exception {
        Server server = start();
        try {
            // The curl example of docs/server.md, run as written against this server's port.
            String doc = Files.readString(Path.of(System.getProperty("basedir", "."))
                    .toAbsolutePath()
                    .getParent()
                    .resolve("docs/server.md"));
            int at = doc.indexOf("```sh\ncat > household.json");
            String script = doc.substring(at + "```sh\n".length(), doc.indexOf("```\n", at + 6))
                    .replace("http://127.0.0.1:8080", server.url());
            Process curl = new ProcessBuilder("bash", "-euc", script)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            String printed = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(curl.waitFor()).isZero();
            assertThat(printed)
                    .contains("{\"household_id\":\"H1\",\"program\":\"PKH\",\"as_of\":\"2024-03-01\",\"eligible\":true,"
                            + "\"annual_amount\":3900000,\"amount_per_payment\":975000,")
                    .contains("Bantuan setahun Rp3.900.000")
                    .contains("{\"type\":\"https://bansos.id/problems/bad-query\",\"title\":\"Bad Request\","
                            + "\"status\":400,\"detail\":\"unknown programme; served: PKH, SEMBAKO\"}");

            // The same decisions as bansos evaluate on a generated roster with duplicate NIKs (as of a
            // date after the population's reference date, so that nobody is born after it).
            Path roster = dir.resolve("roster.jsonl");
            assertThat(CliRun.of("generate", "--households", "3000", "--seed", "18", "--output", roster.toString())
                            .exit())
                    .isZero();
            CliRun evaluate = CliRun.of("evaluate", "--program", "PKH", "--as-of", "2025-06-01", roster.toString());
            assertThat(evaluate.exit()).isZero();
            assertThat(evaluate.out()).contains("DATA_GANDA");
            String decisions = String.join(",", evaluate.out().strip().split("\n"));
            HttpResponse<String> batch = post(
                    server.url() + "/v1/decisions?program=PKH&as_of=2025-06-01",
                    "application/x-ndjson",
                    Files.readString(roster));
            assertThat(batch.statusCode()).isEqualTo(200);
            assertThat(batch.body()).startsWith("{\"decisions\":[" + decisions + "],\"rejects\":[],");

            // SIGTERM with a batch in flight: it is answered in full, then the process exits 0.
            CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
                try {
                    return post(
                            server.url() + "/v1/decisions?program=PKH&as_of=2025-06-01",
                            "application/x-ndjson",
                            Files.readString(roster));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            server.process().destroy(); // SIGTERM
            assertThat(server.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(server.process().exitValue()).isZero();
            HttpResponse<String> drained = inFlight.get(60, TimeUnit.SECONDS);
            assertThat(drained.statusCode()).isEqualTo(200);
            assertThat(drained.body()).startsWith("{\"decisions\":[" + decisions + "]");
        } finally {
            server.process().destroyForcibly();
        }
    }

    @Test
    void serve_withABadOption_isAUsageError() {
        assertThat(CliRun.of("serve", "--max-body", "ten").exit()).isEqualTo(2);
        assertThat(CliRun.of("serve", "--max-body", "ten").err())
                .contains("--max-body harus berupa ukuran seperti 10MiB, 512KiB atau 1000000, didapat \"ten\"");
        assertThat(CliRun.of("serve", "--threads", "0", "--lang", "en").err())
                .contains("--threads must be at least 1, got 0");
        assertThat(CliRun.of("serve", "--port", "70000", "--lang", "en").exit()).isEqualTo(2);
    }

    @Test
    void size_readsBinaryAndDecimalUnits() {
        assertThat(ServeCommand.size("10MiB")).isEqualTo(10L * 1024 * 1024);
        assertThat(ServeCommand.size("512KiB")).isEqualTo(512L * 1024);
        assertThat(ServeCommand.size("2MB")).isEqualTo(2_000_000L);
        assertThat(ServeCommand.size("1000")).isEqualTo(1000L);
        assertThatThrownBy(() -> ServeCommand.size("0")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> ServeCommand.size("MiB")).isInstanceOf(UsageException.class);
    }

    @Test
    void apiKeyFile_withoutKeys_isAUsageError() throws IOException {
        Path keys = Files.writeString(dir.resolve("keys.txt"), "\n  \n");
        CliRun run = CliRun.of("serve", "--api-key-file", keys.toString(), "--lang", "en");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("holds no key");
        Files.writeString(keys, "one\n two \n\n");
        assertThat(ServeCommand.keys(keys)).containsExactly("one", "two");
    }

    /** A household of Lombok Utara with members of 74 and 68 on 2024-03-01. */
    private static final String ELDERS = "{\"id\":\"L-1\",\"region\":\"52.08.01.2001\",\"members\":["
            + "{\"nik\":\"5208010101500001\",\"sex\":\"MALE\",\"birth_date\":\"1950-01-01\",\"relationship\":\"HEAD\"},"
            + "{\"nik\":\"5208014505550002\",\"sex\":\"FEMALE\",\"birth_date\":\"1955-05-05\",\"relationship\":\"SPOUSE\"}]}";

    /** A household outside Lombok Utara, aged 64, already in PKH. */
    private static final String OUTSIDE = "{\"id\":\"L-2\",\"region\":\"52.01.01.2001\",\"receives\":[\"PKH\"],"
            + "\"members\":[{\"nik\":\"5201010106590001\",\"sex\":\"MALE\",\"birth_date\":\"1959-06-01\","
            + "\"relationship\":\"HEAD\"}]}";

    /** Household D-n of {@code members} men born 1980-01-01, NIK serials n1, n2, …. */
    private static String family(int n, int members) {
        StringBuilder sb = new StringBuilder("{\"id\":\"D-" + n + "\",\"region\":\"52.08.01.2001\",\"members\":[");
        for (int i = 1; i <= members; i++) {
            sb.append(i == 1 ? "" : ",")
                    .append("{\"nik\":\"52080101018000")
                    .append(n)
                    .append(i)
                    .append("\",\"sex\":\"MALE\",\"birth_date\":\"1980-01-01\",\"relationship\":\"")
                    .append(i == 1 ? "HEAD" : "OTHER")
                    .append("\"}");
        }
        return sb.append("]}").toString();
    }

    /**
     * {@code serve --programs} with the elderly allowance of docs/programs and a programme whose
     * amount is 100000 − 60000 per member: both are listed and decided; the elders get min(2, 2) ×
     * 150.000 = Rp300.000 a month (Rp3.600.000 a year), with the file's messages; a household of two
     * under the second programme (−20.000) is a 422 alone and a reject in a batch.
     */
    @Test
    void serve_withPrograms_listsAndDecidesTheDistrictProgrammes() throws Exception {
        Server server = start(
                "--programs",
                Path.of("../docs/programs/lansia-daerah.yaml").toAbsolutePath().toString(),
                "--programs",
                Path.of(ProgramAmountCheckTest.SHRINKING).toAbsolutePath().toString());
        try {
            HttpResponse<String> programs = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(server.url() + "/v1/programs"))
                            .timeout(Duration.ofMinutes(1))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(programs.statusCode()).isEqualTo(200);
            assertThat(programs.body())
                    .contains("\"code\":\"PKH\"")
                    .contains("\"code\":\"SEMBAKO\"")
                    .contains("\"code\":\"LANSIA_DAERAH\"")
                    .contains("\"code\":\"DAERAH_X\"");

            String lansia = server.url() + "/v1/decisions?program=LANSIA_DAERAH&as_of=2024-03-01";
            HttpResponse<String> elders = post(lansia + "&lang=en", "application/json", ELDERS);
            assertThat(elders.statusCode()).isEqualTo(200);
            assertThat(elders.body())
                    .contains("\"program\":\"LANSIA_DAERAH\"")
                    .contains("\"eligible\":true")
                    .contains("\"annual_amount\":3600000,\"amount_per_payment\":300000");
            HttpResponse<String> outside = post(lansia + "&lang=en", "application/json", OUTSIDE);
            assertThat(outside.body())
                    .contains("\"eligible\":false")
                    .contains("The household does not live in Lombok Utara.")
                    .contains("The household already receives PKH.");
            assertThat(post(lansia, "application/json", OUTSIDE).body())
                    .contains("Keluarga tidak tinggal di Kabupaten Lombok Utara.");
            // The page names the programme as its file does and shows its Rupiah values as Rupiah.
            String page = server.url() + "/v1/explain?program=LANSIA_DAERAH&as_of=2024-03-01";
            assertThat(post(page, "application/json", ELDERS).body())
                    .startsWith("KEPUTUSAN Bantuan Lanjut Usia Daerah (LANSIA_DAERAH) per 1 Maret 2024\n")
                    .contains("lansia_daerah.per_person: Rp150.000, berlaku sejak 1 Januari 2024");
            assertThat(post(page + "&lang=en", "application/json", ELDERS).body())
                    .startsWith("DECISION District elderly allowance (LANSIA_DAERAH) as of 1 March 2024\n");

            String x = server.url() + "/v1/decisions?program=DAERAH_X&as_of=2024-03-01&lang=en";
            HttpResponse<String> alone = post(x, "application/json", family(2, 2));
            assertThat(alone.statusCode()).isEqualTo(422);
            assertThat(alone.body())
                    .contains("programme DAERAH_X, rule daerah_x.amount")
                    .contains("got -20000");
            HttpResponse<String> batch = post(x, "application/x-ndjson", family(1, 1) + "\n" + family(2, 2) + "\n");
            assertThat(batch.statusCode()).isEqualTo(200);
            assertThat(batch.body())
                    .contains("\"amount_per_payment\":40000")
                    .contains("\"rejects\":[{\"index\":1,\"line\":2,\"household_id\":\"D-2\"")
                    .contains("\"decided\":1,\"rejected\":1");
        } finally {
            server.process().destroyForcibly();
        }
    }
}
