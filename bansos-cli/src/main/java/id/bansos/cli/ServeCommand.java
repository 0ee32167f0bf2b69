package id.bansos.cli;

import id.bansos.batch.Escape;
import id.bansos.io.RegionTable;
import id.bansos.server.BansosApi;
import id.bansos.server.BansosServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bansos serve}: the library over HTTP (SERVER-V1) until SIGTERM, which lets the requests in
 * flight finish and exits 0. With {@code --programs FILE} (repeatable) it serves a district's own
 * programmes too: {@code GET /v1/programs} lists them and {@code POST /v1/decisions?program=CODE}
 * decides them.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve decisions, explanations, what-if, parameters and rules over HTTP (SERVER-V1), with an"
                + " OpenAPI document at /openapi.json and a page to try a household at /. Prints 'bansos serve:"
                + " listening on http://HOST:PORT' when ready; SIGTERM lets requests in flight finish, then exits 0.")
final class ServeCommand implements Callable<Integer> {
    @Option(
            names = "--host",
            paramLabel = "HOST",
            defaultValue = "127.0.0.1",
            description = "The address to listen on (default: 127.0.0.1, this machine only).")
    String host;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8080",
            description = "The port (default: 8080; 0 for any free port, which the line printed names).")
    int port;

    @Mixin
    Options.Parameters parameters;

    @Mixin
    Options.ProgramFiles programs;

    @Mixin
    Options.Regions regions;

    @Option(
            names = "--api-key-file",
            paramLabel = "FILE",
            description = "A file of API keys, one a line: every /v1/ request must then carry 'Authorization: Bearer"
                    + " KEY'. /health and /openapi.json stay open.")
    Path apiKeyFile;

    @Option(
            names = "--max-body",
            paramLabel = "SIZE",
            defaultValue = "10MiB",
            description = "The largest request body, such as 10MiB (the default), 512KiB or 1000000; a larger one is"
                    + " refused with 413 before it is read.")
    String maxBody;

    @Option(
            names = "--threads",
            paramLabel = "N",
            defaultValue = "16",
            description = "Requests served at once (default: 16); more wait for a free worker.")
    int threads;

    @Mixin
    Options.Language language;

    @picocli.CommandLine.ParentCommand
    BansosCommand parent;

    @Override
    public Integer call() throws Exception {
        PathCheck.of()
                .inputs("--parameters", parameters.files)
                .input("--regions", regions.file)
                .input("--api-key-file", apiKeyFile)
                .check();
        language.locale();
        if (port < 0 || port > 65535) {
            throw UsageException.of("serve.port", port);
        }
        if (threads < 1) {
            throw UsageException.of("serve.threads", threads);
        }
        long limit = size(maxBody);
        BansosApi.Builder api = BansosApi.builder()
                .programs(programs.all())
                .parameters(programs.parameters(parameters.files))
                .texts(
                        programs.programFiles().messages(Options.locale("id")),
                        programs.programFiles().messages(Options.locale("en")))
                .programNames(programs.names(Options.locale("id")), programs.names(Options.locale("en")))
                .maxBody(limit)
                .log(line -> logLine(parent.err, line));
        Optional<RegionTable> table = regions.load();
        if (table.isPresent()) {
            api.readers(registry -> RegionCheck.register(table.get(), registry));
        }
        if (apiKeyFile != null) {
            api.apiKeys(keys(apiKeyFile));
        }
        BansosServer server;
        try {
            server = BansosServer.start(api.build(), host, port, threads, BansosServer.DEFAULT_READ_TIMEOUT);
        } catch (RuntimeException e) {
            // Javalin wraps Jetty's bind failure; its message names the port, never input.
            throw UsageException.of("serve.listen", host, port);
        }
        PrintStream out = parent.out;
        out.println("bansos serve: listening on " + server.url());
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            // SIGTERM: stop accepting, let requests in flight finish, then exit 0
                            // (not the JVM's 143 for a signal).
                            server.stop();
                            out.flush();
                            parent.err.flush();
                            stopped.countDown();
                            Runtime.getRuntime().halt(0);
                        },
                        "bansos-serve-stop"));
        stopped.await();
        return 0;
    }

    private static synchronized void logLine(PrintStream err, String line) {
        err.println(Escape.line(line));
        err.flush();
    }

    /** The keys of an API key file: each non-blank line, trimmed. */
    static Set<String> keys(Path file) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                keys.add(line.trim());
            }
        }
        if (keys.isEmpty()) {
            throw UsageException.of("serve.noKeys", file);
        }
        return keys;
    }

    /**
     * A size such as {@code 10MiB}, {@code 512KiB}, {@code 1GiB}, {@code 2MB} or a number of bytes.
     *
     * @throws UsageException if it is not one, or below 1 byte
     */
    static long size(String text) {
        String t = text.trim();
        int i = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        String unit = t.substring(i).trim().toUpperCase(Locale.ROOT);
        long factor = switch (unit) {
            case "", "B" -> 1L;
            case "KIB" -> 1L << 10;
            case "MIB" -> 1L << 20;
            case "GIB" -> 1L << 30;
            case "KB" -> 1_000L;
            case "MB" -> 1_000_000L;
            case "GB" -> 1_000_000_000L;
            default -> -1L;
        };
        if (i == 0 || i > 12 || factor < 0) {
            throw UsageException.of("serve.maxBody", text);
        }
        long n = Long.parseLong(t.substring(0, i));
        if (n < 1 || n > Long.MAX_VALUE / factor) {
            throw UsageException.of("serve.maxBody", text);
        }
        return n * factor;
    }
}
