// Load generator for `bansos serve` (docs/performance.md, "HTTP server"): requests per second and
// latency percentiles for one-household decisions and 1,000-household batches at 1, 8 and 64
// concurrent clients. JDK only; run by bench/serve.sh as a single-file program:
//   java bench/ServeBench.java URL ROSTER.jsonl SECONDS
// It is a measuring tool, not a test: it checks only that every answer is 200.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

public final class ServeBench {
    public static void main(String[] args) throws Exception {
        try {
            measureAll(args);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        // The clients' thread pools are not daemons: end the JVM when the table is printed.
        System.exit(0);
    }

    static void measureAll(String[] args) throws Exception {
        String url = args[0];
        List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        long seconds = Long.parseLong(args[2]);
        List<byte[]> households = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                households.add(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] batch = String.join("\n", lines.subList(0, 1000)).concat("\n").getBytes(StandardCharsets.UTF_8);
        String decide = url + "/v1/decisions?program=PKH&as_of=2025-06-01";
        System.out.println("| request | clients | requests | req/s | households/s | p50 ms | p99 ms |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int clients : new int[] {1, 8, 64}) {
            run("one household", decide, "application/json", i -> households.get((int) (i % households.size())), 1, clients, seconds);
        }
        for (int clients : new int[] {1, 8, 64}) {
            run("1,000 households (JSON Lines)", decide, "application/x-ndjson", i -> batch, 1000, clients, seconds);
        }
    }

    interface Body {
        byte[] get(long i);
    }

    static void run(String name, String url, String type, Body body, int perRequest, int clients, long seconds)
            throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(Math.max(2, clients)))
                .build();
        // Warm-up: a second of the same load, not counted.
        measure(client, url, type, body, clients, 1);
        long start = System.nanoTime();
        long[] latencies = measure(client, url, type, body, clients, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        double rps = latencies.length / elapsed;
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %d | %.1f | %.0f | %.1f | %.1f |%n",
                name,
                clients,
                latencies.length,
                rps,
                rps * perRequest,
                percentile(latencies, 50) / 1e6,
                percentile(latencies, 99) / 1e6);
    }

    static long[] measure(HttpClient client, String url, String type, Body body, int clients, long seconds)
            throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong counter = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofMinutes(5))
                            .header("Content-Type", type)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.get(counter.getAndIncrement())))
                            .build();
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    mine.add(System.nanoTime() - t0);
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("status " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
                    }
                }
                return mine;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return all.stream().mapToLong(Long::longValue).toArray();
    }

    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
