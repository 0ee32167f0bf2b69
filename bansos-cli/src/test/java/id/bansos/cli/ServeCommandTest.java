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
}
