package id.bansos.server;

import id.bansos.model.internal.Checks;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The thin Javalin (Jetty 12) adapter of {@link BansosApi}: every request, whatever its method and
 * path, goes to {@link BansosApi#handle}, so routing, limits and errors stay in plain Java and the
 * web stack can be changed by writing another adapter.
 *
 * <p>Jetty gives what the API cannot do alone: a bounded pool of worker threads; an idle (read)
 * timeout on each connection, so a client that stops sending mid-body frees its worker; and a
 * graceful stop that lets requests in flight finish ({@link #stop()}).
 */
public final class BansosServer implements AutoCloseable {
    /** The default read timeout: a connection silent this long is closed. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    /** How long {@link #stop()} waits for requests in flight. */
    public static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);

    private static final List<HandlerType> METHODS = List.of(
            HandlerType.GET,
            HandlerType.POST,
            HandlerType.PUT,
            HandlerType.PATCH,
            HandlerType.DELETE,
            HandlerType.HEAD,
            HandlerType.OPTIONS);

    private final Javalin app;
    private final String host;

    private BansosServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /**
     * Starts a server.
     *
     * @param api the API, not null
     * @param host the address to bind to, such as {@code 127.0.0.1}, not null
     * @param port the port, 0 for any free one
     * @param threads the worker threads, at least 1
     * @param readTimeout how long a connection may stay silent (mid-body too), positive, not null
     * @return the running server, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code port} is outside 0–65535, {@code threads} is below 1
     *     or the timeout is not positive
     * @throws io.javalin.util.JavalinException if the server cannot start (the port is taken)
     */
    public static BansosServer start(BansosApi api, String host, int port, int threads, Duration readTimeout) {
        Checks.notNull(api, "api");
        Checks.notNull(host, "host");
        Checks.check(port >= 0 && port <= 65535, "port", "must be between 0 and 65535", port);
        Checks.check(threads >= 1, "threads", "must be at least 1", threads);
        Checks.check(
                !Checks.notNull(readTimeout, "readTimeout").isNegative() && !readTimeout.isZero(),
                "readTimeout",
                "must be positive",
                readTimeout);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.compressionStrategy = CompressionStrategy.NONE;
            // Jetty's acceptor and selectors lease threads of the pool; the rest serve requests.
            QueuedThreadPool pool = new QueuedThreadPool(threads + 4, Math.min(threads + 4, 8));
            pool.setName("bansos-serve");
            config.jetty.threadPool = pool;
            config.jetty.modifyServer(server -> server.setStopTimeout(DRAIN_TIMEOUT.toMillis()));
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
                connector.setHost(host);
                connector.setPort(port);
                connector.setIdleTimeout(readTimeout.toMillis());
                return connector;
            });
            for (HandlerType method : METHODS) {
                config.routes.addHttpHandler(method, "/", ctx -> serve(api, ctx));
                config.routes.addHttpHandler(method, "/*", ctx -> serve(api, ctx));
            }
        });
        app.start();
        return new BansosServer(app, host);
    }

    private static void serve(BansosApi api, Context ctx) throws IOException {
        Map<String, String> query = new HashMap<>();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (!e.getValue().isEmpty()) {
                query.put(e.getKey(), e.getValue().get(0));
            }
        }
        ApiRequest request = new ApiRequest(
                ctx.req().getMethod(),
                ctx.req().getRequestURI(),
                query,
                ctx.headerMap(),
                ctx.req().getInputStream());
        ApiResponse response = api.handle(request);
        ctx.status(response.status());
        ctx.contentType(response.contentType());
        for (Map.Entry<String, String> h : response.headers().entrySet()) {
            ctx.header(h.getKey(), h.getValue());
        }
        ctx.result(response.body());
    }

    /**
     * The port the server listens on (the real one when started with port 0).
     *
     * @return the port
     */
    public int port() {
        return app.port();
    }

    /**
     * The address of the server, as the command line prints it.
     *
     * @return {@code http://HOST:PORT}, not null
     */
    public String url() {
        return "http://" + host + ":" + port();
    }

    /**
     * Stops accepting connections, lets the requests in flight finish (up to {@link
     * #DRAIN_TIMEOUT}), then stops. Calling it again does nothing.
     */
    public void stop() {
        app.stop();
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }
}
