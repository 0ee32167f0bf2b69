package id.bansos.server;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.bansos.batch.BatchEvaluator;
import id.bansos.batch.BatchHousehold;
import id.bansos.batch.BatchHouseholds;
import id.bansos.batch.ExplanationPage;
import id.bansos.batch.Undecidable;
import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdSource;
import id.bansos.io.InputException;
import id.bansos.io.Reject;
import id.bansos.io.SplitReaderFactory;
import id.bansos.io.json.DecisionWriter;
import id.bansos.io.schema.Schemas;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.internal.Checks;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.MessageRenderer;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.ProgramDefinition;
import id.bansos.rules.Programs;
import id.bansos.rules.UndecidableHouseholdException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The HTTP API of SERVER-V1 as plain Java, free of any web framework: an {@link ApiRequest} in, an
 * {@link ApiResponse} out. {@link BansosServer} adapts it to Javalin; another stack needs only
 * another adapter.
 *
 * <p>Decisions are those of {@code bansos evaluate} byte for byte: each request is read as a batch
 * is read ({@link BatchHouseholds}: repeated household ids and members born after the date
 * rejected, {@code DATA_GANDA} across the request) and each decision is encoded by {@link
 * DecisionWriter#encode}, the encoder {@code evaluate} uses. Errors are RFC 9457 problem+json
 * ({@link Problem}). The body is read at most once, and never past {@link Builder#maxBody}: a
 * declared length over it is refused before a byte is read. A request's memory is bounded by the
 * limit (the body, plus its decisions).
 *
 * <p>Immutable and thread-safe: many requests may be handled at once.
 */
public final class BansosApi {
    /** The default body limit: 10 MiB. */
    public static final long DEFAULT_MAX_BODY = 10L << 20;

    private static final JsonFactory JSON = new JsonFactory();
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final int CACHED_EVALUATORS = 256;
    /** The source name of a request's households in rejects. */
    private static final String SOURCE = "request";

    private static final byte[] HEALTH = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);

    private final List<ProgramDefinition> programs;
    private final ParameterSet parameters;
    private final MessageRenderer renderId;
    private final MessageRenderer renderEn;
    private final Map<String, String> namesId;
    private final Map<String, String> namesEn;
    private final List<byte[]> apiKeys;
    private final long maxBody;
    private final Consumer<BiConsumer<HouseholdFormat, SplitReaderFactory>> readers;
    private final Consumer<String> log;
    private final Map<String, BatchEvaluator> evaluators = new ConcurrentHashMap<>();
    private final Catalogue catalogue;
    private final WhatIfRequest whatIf;

    private BansosApi(Builder b) {
        this.programs = List.copyOf(b.programs);
        this.parameters = b.parameters;
        this.renderId = MessageRenderer.forLocale(INDONESIAN).withTexts(b.textsId);
        this.renderEn = MessageRenderer.forLocale(Locale.ENGLISH).withTexts(b.textsEn);
        this.namesId = b.namesId;
        this.namesEn = b.namesEn;
        List<byte[]> keys = new ArrayList<>();
        for (String k : b.apiKeys) {
            keys.add(k.getBytes(StandardCharsets.UTF_8));
        }
        this.apiKeys = List.copyOf(keys);
        this.maxBody = b.maxBody;
        this.readers = b.readers;
        this.log = b.log;
        this.catalogue = new Catalogue(programs, parameters);
        this.whatIf = new WhatIfRequest(programs, parameters);
    }

    /**
     * Returns a new builder: the national programmes and policy, no API key, a body limit of {@link
     * #DEFAULT_MAX_BODY}, the readers of {@code evaluate}, no log.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The body limit.
     *
     * @return the largest body accepted, in bytes
     */
    public long maxBody() {
        return maxBody;
    }

    /**
     * Handles one request. Never throws for a bad request: every error is a problem+json response,
     * and a defect is a 500 whose details go to the log only.
     *
     * @param request the request, not null
     * @return the response, not null
     * @throws NullPointerException if {@code request} is null
     */
    public ApiResponse handle(ApiRequest request) {
        Checks.notNull(request, "request");
        Locale locale = problemLocale(request);
        ApiResponse response;
        try {
            response = route(request);
        } catch (Problem p) {
            response = p.toResponse(locale);
        } catch (RuntimeException | IOException | Error e) {
            if (e instanceof Error error && !(e instanceof StackOverflowError)) {
                throw error;
            }
            // The class and the first frame of ours, never the message (it could quote input).
            log.accept("bansos serve: internal error " + e.getClass().getName() + " at " + where(e));
            response = Problem.of(500, "internal", "internal").toResponse(locale);
        }
        log.accept("bansos serve: " + request.method() + " " + request.path() + " " + response.status());
        return response;
    }

    private ApiResponse route(ApiRequest r) throws IOException {
        String path = r.path();
        if (path.startsWith("/v1/") && !apiKeys.isEmpty()) {
            authorise(r);
        }
        ApiResponse fixed = switch (path) {
            case "/" -> get(r, Assets::page);
            case "/health" -> get(r, () -> ApiResponse.json(200, HEALTH));
            case "/openapi.json" -> get(r, Assets::openApi);
            case "/v1/decisions" -> post(r, this::decisions);
            case "/v1/explain" -> post(r, this::explain);
            case "/v1/whatif" -> post(r, this::whatIf);
            case "/v1/parameters" ->
                get(r, () -> catalogue.parameters(r.query().containsKey("as_of") ? date(r, "as_of") : null));
            case "/v1/rules" -> get(r, catalogue::rules);
            case "/v1/programs" -> get(r, catalogue::programs);
            default -> null;
        };
        if (fixed != null) {
            return fixed;
        }
        if (path.startsWith("/v1/parameters/") && path.length() > "/v1/parameters/".length()) {
            allow(r, "GET");
            return catalogue.parameter(path.substring("/v1/parameters/".length()));
        }
        if (path.startsWith("/schema/") && Schemas.fileNames().contains(path.substring("/schema/".length()))) {
            allow(r, "GET");
            try (InputStream in = Schemas.open(path.substring("/schema/".length()))) {
                return ApiResponse.of(200, "application/schema+json", in.readAllBytes());
            }
        }
        if (path.startsWith("/assets/") && Assets.exists(path.substring("/assets/".length()))) {
            allow(r, "GET");
            return Assets.asset(path.substring("/assets/".length()));
        }
        throw Problem.of(404, "not-found", "notFound");
    }

    /** A handler of a request with a body. */
    @FunctionalInterface
    private interface Post {
        ApiResponse handle(ApiRequest r) throws IOException;
    }

    private static ApiResponse get(ApiRequest r, java.util.function.Supplier<ApiResponse> handler) {
        allow(r, "GET");
        return handler.get();
    }

    private static ApiResponse post(ApiRequest r, Post handler) throws IOException {
        allow(r, "POST");
        return handler.handle(r);
    }

    private static void allow(ApiRequest r, String method) {
        if (!r.method().equals(method)) {
            throw Problem.of(405, "method-not-allowed", "method", safeMethod(r.method()), method)
                    .header("Allow", method);
        }
    }

    /** The method as sent, if it is a plain token; a method is no personal data, but keep it short. */
    private static String safeMethod(String method) {
        return method.matches("[A-Z]{1,10}") ? method : "?";
    }

    private void authorise(ApiRequest r) {
        String auth = r.header("authorization").orElse("");
        if (auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            byte[] given = auth.substring(7).trim().getBytes(StandardCharsets.UTF_8);
            boolean found = false;
            for (byte[] key : apiKeys) {
                // Every key compared in constant time, so the time taken tells nothing.
                found |= MessageDigest.isEqual(key, given);
            }
            if (found) {
                return;
            }
        }
        throw Problem.of(401, "unauthorized", "auth").header("WWW-Authenticate", "Bearer");
    }

    // ---- decisions and explain

    /** What a request's households read as: each record, in order, a household or a reject. */
    private record Read(BatchEvaluator evaluator, List<Object> records) {}

    private ApiResponse decisions(ApiRequest r) throws IOException {
        Query q = query(r);
        HouseholdFormat format = mediaType(r);
        byte[] body = body(r);
        Read read = read(q, format, body);
        MessageRenderer renderer = q.english ? renderEn : renderId;
        if (format == HouseholdFormat.JSON && firstByte(body) == '{' && read.records.size() == 1) {
            return ApiResponse.json(200, DecisionWriter.encode(single(read, q), renderer));
        }
        return batch(read, renderer, q.locale);
    }

    private ApiResponse explain(ApiRequest r) throws IOException {
        Query q = query(r);
        HouseholdFormat format = mediaType(r);
        byte[] body = body(r);
        Read read = read(q, format, body);
        if (read.records.size() != 1) {
            throw Problem.of(422, "one-household", "explain.one");
        }
        Decision decision = single(read, q);
        MessageRenderer renderer = q.english ? renderEn : renderId;
        String accept = r.header("accept").orElse("*/*");
        return switch (Accepts.choose(accept)) {
            case "application/json" -> ApiResponse.json(200, DecisionWriter.encode(decision, renderer));
            case "text/html" -> ApiResponse.text("text/html", Html.page(page(read, decision, q, renderer), q.english));
            default -> ApiResponse.text("text/plain", page(read, decision, q, renderer));
        };
    }

    private String page(Read read, Decision decision, Query q, MessageRenderer renderer) {
        BatchHousehold h = (BatchHousehold) read.records.get(0);
        Map<String, String> names = q.english ? namesEn : namesId;
        return new ExplanationPage(renderer, q.english)
                .withProgramNames(code -> Optional.ofNullable(names.get(code)))
                .withParameters(parameters)
                .render(h.household(), decision);
    }

    /** The one record's decision, or a 422 with the readers' texts. */
    private static Decision single(Read read, Query q) {
        Object only = read.records.get(0);
        if (only instanceof Reject reject) {
            throw Problem.withErrors(
                    422, "invalid-household", "household.invalid", Problem.errors(List.of(reject), q.locale));
        }
        BatchHousehold household = (BatchHousehold) only;
        try {
            return read.evaluator.decide(household);
        } catch (UndecidableHouseholdException e) {
            Reject reject = Undecidable.reject(
                    SOURCE, household.line(), household.household().id(), e);
            throw Problem.withErrors(
                    422, "invalid-household", "household.invalid", Problem.errors(List.of(reject), q.locale));
        }
    }

    private Read read(Query q, HouseholdFormat format, byte[] body) throws IOException {
        BatchEvaluator evaluator = evaluator(q.program, q.asOf);
        List<Object> records = new ArrayList<>();
        try {
            evaluator.households().forEach(HouseholdSource.of(SOURCE, format, body), records::add, records::add);
        } catch (InputException e) {
            throw Problem.withErrors(400, "invalid-body", "body.invalid", Problem.errors(e, q.locale));
        }
        return new Read(evaluator, records);
    }

    private static ApiResponse batch(Read read, MessageRenderer renderer, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        long decided = 0;
        long eligible = 0;
        BigInteger total = BigInteger.ZERO;
        List<Reject> rejects = new ArrayList<>();
        List<Integer> rejectIndexes = new ArrayList<>();
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeArrayFieldStart("decisions");
            for (int i = 0; i < read.records.size(); i++) {
                Object record = read.records.get(i);
                if (record instanceof Reject reject) {
                    rejects.add(reject);
                    rejectIndexes.add(i);
                    continue;
                }
                BatchHousehold household = (BatchHousehold) record;
                Decision d;
                try {
                    d = read.evaluator.decide(household);
                } catch (UndecidableHouseholdException e) {
                    rejects.add(Undecidable.reject(
                            SOURCE, household.line(), household.household().id(), e));
                    rejectIndexes.add(i);
                    continue;
                }
                byte[] line = DecisionWriter.encode(d, renderer);
                // The JSON Lines record of evaluate without its line end.
                g.writeRawValue(new String(line, 0, line.length - 1, StandardCharsets.UTF_8));
                decided++;
                if (d.eligible()) {
                    eligible++;
                    total = total.add(BigInteger.valueOf(d.annualAmount().amount()));
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rejects");
            for (int i = 0; i < rejects.size(); i++) {
                Reject reject = rejects.get(i);
                g.writeStartObject();
                g.writeNumberField("index", rejectIndexes.get(i));
                g.writeNumberField("line", reject.line());
                if (reject.householdId().isPresent()) {
                    g.writeStringField("household_id", reject.householdId().get());
                }
                g.writeStringField(
                        "error", Problem.errors(List.of(reject), locale).get(0).message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("records", read.records.size());
            g.writeNumberField("decided", decided);
            g.writeNumberField("rejected", rejects.size());
            g.writeNumberField("eligible", eligible);
            g.writeNumberField("not_eligible", decided - eligible);
            g.writeNumberField("total_annual_amount", total);
            g.writeEndObject();
            g.writeEndObject();
        }
        return ApiResponse.json(200, out.toByteArray());
    }

    // ---- what-if

    private ApiResponse whatIf(ApiRequest r) throws IOException {
        Query q = query(r);
        if (mediaType(r) != HouseholdFormat.JSON) {
            throw Problem.of(415, "unsupported-media-type", "mediaType");
        }
        byte[] body = body(r);
        return whatIf.handle(body, q.program, q.asOf, q.locale, reading(q.asOf));
    }

    private BatchHouseholds reading(LocalDate asOf) {
        BatchHouseholds.Builder b = BatchHouseholds.builder().asOf(asOf);
        readers.accept(b::splitReaderFactory);
        return b.build();
    }

    // ---- the query, the media type and the body

    /** The query of a decision: programme, date and language. */
    private record Query(ProgramDefinition program, LocalDate asOf, Locale locale, boolean english) {}

    private Query query(ApiRequest r) {
        String lang = r.query().getOrDefault("lang", "id");
        if (!lang.equals("id") && !lang.equals("en")) {
            throw Problem.of(400, "bad-query", "query.lang");
        }
        String code = r.query().get("program");
        if (code == null) {
            throw Problem.of(400, "bad-query", "query.missing", "program");
        }
        ProgramDefinition program = null;
        for (ProgramDefinition p : programs) {
            if (p.program().code().equals(code.toUpperCase(Locale.ROOT))) {
                program = p;
            }
        }
        if (program == null) {
            List<String> known = programs.stream().map(p -> p.program().code()).toList();
            throw Problem.of(400, "bad-query", "query.program", String.join(", ", known));
        }
        boolean english = lang.equals("en");
        return new Query(program, date(r, "as_of"), english ? Locale.ENGLISH : INDONESIAN, english);
    }

    private static LocalDate date(ApiRequest r, String name) {
        String text = r.query().get(name);
        if (text == null) {
            throw Problem.of(400, "bad-query", "query.missing", name);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Problem.of(400, "bad-query", "query.date", name);
        }
    }

    /** The language of problems: the request's {@code lang} when it is {@code en}, else Indonesian. */
    private static Locale problemLocale(ApiRequest r) {
        return "en".equals(r.query().get("lang")) ? Locale.ENGLISH : INDONESIAN;
    }

    /** The format of the body from its media type; JSON when none is given. */
    static HouseholdFormat mediaType(ApiRequest r) {
        String type = r.header("content-type").orElse("application/json");
        int semicolon = type.indexOf(';');
        String base =
                (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return switch (base) {
            case "application/json" -> HouseholdFormat.JSON;
            case "application/x-ndjson", "application/jsonl", "application/jsonlines" -> HouseholdFormat.JSONL;
            default -> throw Problem.of(415, "unsupported-media-type", "mediaType");
        };
    }

    /**
     * Reads the body, never past the limit: a declared length over it is refused before a byte is
     * read, and a body that runs past it without one is refused as soon as it does.
     */
    private byte[] body(ApiRequest r) {
        OptionalLong declared = r.contentLength();
        if (declared.isPresent() && declared.getAsLong() > maxBody) {
            throw tooLarge();
        }
        int capacity = (int) Math.min(declared.orElse(8192), maxBody);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(capacity, 16));
        byte[] buffer = new byte[8192];
        long total = 0;
        try {
            InputStream in = r.body();
            while (true) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                total += n;
                if (total > maxBody) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (timedOut(e)) {
                throw Problem.of(408, "timeout", "body.timeout");
            }
            throw Problem.of(400, "invalid-body", "body.invalid");
        }
        return out.toByteArray();
    }

    private Problem tooLarge() {
        // Close the connection: the rest of the body is not read.
        return Problem.of(413, "too-large", "tooLarge", maxBody).header("Connection", "close");
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static int firstByte(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b;
            }
        }
        return -1;
    }

    private BatchEvaluator evaluator(ProgramDefinition program, LocalDate asOf) {
        String key = program.program().code() + "@" + asOf;
        BatchEvaluator cached = evaluators.get(key);
        if (cached != null) {
            return cached;
        }
        BatchEvaluator.Builder b = BatchEvaluator.builder()
                .program(program)
                .parameters(parameters)
                .asOf(asOf)
                .threads(1);
        readers.accept(b::splitReaderFactory);
        BatchEvaluator built = b.build();
        if (evaluators.size() >= CACHED_EVALUATORS) {
            evaluators.clear();
        }
        evaluators.put(key, built);
        return built;
    }

    private static String where(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("id.bansos.")) {
                return frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber();
            }
        }
        return "?";
    }

    /** Builds a {@link BansosApi}. */
    public static final class Builder {
        private List<ProgramDefinition> programs = Programs.national();
        private ParameterSet parameters;
        private Set<String> apiKeys = Set.of();
        private long maxBody = DEFAULT_MAX_BODY;
        private Consumer<BiConsumer<HouseholdFormat, SplitReaderFactory>> readers = r -> {};
        private Consumer<String> log = line -> {};
        private Map<ReasonCode, String> textsId = Map.of();
        private Map<ReasonCode, String> textsEn = Map.of();
        private Map<String, String> namesId = Map.of();
        private Map<String, String> namesEn = Map.of();

        private Builder() {}

        /**
         * Sets the programmes served.
         *
         * @param programs the programmes, not null, not empty, no null element
         * @return this builder
         * @throws NullPointerException if {@code programs} or an element is null
         * @throws IllegalArgumentException if {@code programs} is empty
         */
        public Builder programs(List<ProgramDefinition> programs) {
            Checks.check(!Checks.notNull(programs, "programs").isEmpty(), "programs", "must not be empty");
            this.programs = List.copyOf(programs);
            return this;
        }

        /**
         * Sets the texts of reasons the library does not know, such as the requirements of a
         * programme file's programmes ({@code ProgramFile.messages}); they win over the library's.
         *
         * @param indonesian the texts in Bahasa Indonesia, by code, not null
         * @param english the texts in English, by code, not null
         * @return this builder
         * @throws NullPointerException if a map, a key or a value is null
         */
        public Builder texts(Map<ReasonCode, String> indonesian, Map<ReasonCode, String> english) {
            this.textsId = Map.copyOf(Checks.notNull(indonesian, "indonesian"));
            this.textsEn = Map.copyOf(Checks.notNull(english, "english"));
            return this;
        }

        /**
         * Sets the names of programmes the library does not know, such as a programme file's ({@code
         * ProgramFile.name}), shown on the explanation page; without one a programme is named by its
         * code.
         *
         * @param indonesian the names in Bahasa Indonesia, by programme code, not null
         * @param english the names in English, by programme code, not null
         * @return this builder
         * @throws NullPointerException if a map, a key or a value is null
         */
        public Builder programNames(Map<String, String> indonesian, Map<String, String> english) {
            this.namesId = Map.copyOf(Checks.notNull(indonesian, "indonesian"));
            this.namesEn = Map.copyOf(Checks.notNull(english, "english"));
            return this;
        }

        /**
         * Sets the parameter set (the national policy with the district's files layered over it).
         *
         * @param parameters the set, not null
         * @return this builder
         * @throws NullPointerException if {@code parameters} is null
         */
        public Builder parameters(ParameterSet parameters) {
            this.parameters = Checks.notNull(parameters, "parameters");
            return this;
        }

        /**
         * Sets the API keys: when there is at least one, every {@code /v1/} request must carry
         * {@code Authorization: Bearer KEY} with one of them.
         *
         * @param keys the keys, not null, no null or blank element
         * @return this builder
         * @throws NullPointerException if {@code keys} or an element is null
         * @throws IllegalArgumentException if a key is blank
         */
        public Builder apiKeys(Set<String> keys) {
            for (String k : Checks.notNull(keys, "keys")) {
                Checks.check(!Checks.notNull(k, "keys element").isBlank(), "keys", "must not hold a blank key");
            }
            this.apiKeys = Set.copyOf(keys);
            return this;
        }

        /**
         * Sets the body limit.
         *
         * @param bytes the largest body accepted, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code bytes} is below 1
         */
        public Builder maxBody(long bytes) {
            Checks.check(bytes >= 1, "maxBody", "must be at least 1", bytes);
            this.maxBody = bytes;
            return this;
        }

        /**
         * Sets a hook that registers readers for every format, such as the region check of {@code
         * --regions}: it is called with a builder's {@code splitReaderFactory}.
         *
         * @param readers the hook, not null
         * @return this builder
         * @throws NullPointerException if {@code readers} is null
         */
        public Builder readers(Consumer<BiConsumer<HouseholdFormat, SplitReaderFactory>> readers) {
            this.readers = Checks.notNull(readers, "readers");
            return this;
        }

        /**
         * Sets where log lines go: one per request (method, path, status) and one per defect
         * (class and place, never a message, which could quote input).
         *
         * @param log the sink, not null, thread-safe
         * @return this builder
         * @throws NullPointerException if {@code log} is null
         */
        public Builder log(Consumer<String> log) {
            this.log = Checks.notNull(log, "log");
            return this;
        }

        /**
         * Builds the API.
         *
         * @return the API, not null
         */
        public BansosApi build() {
            if (parameters == null) {
                parameters = NationalPolicy.load();
            }
            return new BansosApi(this);
        }
    }
}
