package id.bansos.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bansos.batch.BatchEvaluator;
import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdSource;
import id.bansos.io.Masking;
import id.bansos.io.json.DecisionWriter;
import id.bansos.io.json.HouseholdWriter;
import id.bansos.model.Household;
import id.bansos.rules.MessageRenderer;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import id.bansos.synthetic.SyntheticPopulation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server over real HTTP on 127.0.0.1 (port 0): every endpoint, every error code, limits, a slow
 * client, many clients at once, and decisions equal to those of {@code evaluate}. Expected values
 * are worked out from POLICY-V2 by hand; every response is checked against the OpenAPI document.
 */
class BansosServerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DECIDE = "/v1/decisions?program=PKH&as_of=2024-03-01";
    private static final long MAX_BODY = 1 << 20;

    /**
     * A pregnant mother and a child at SD, desil 2: on 2024-03-01 (tahap I) PKH pays IBU_HAMIL
     * Rp3.000.000 and SD Rp900.000 a year, Rp3.900.000, a quarter of it, Rp975.000, in the tahap.
     */
    static final String H1 = """
            {"id": "H1", "region": "32.04.12.2001", "desil": 2, "members": [
              {"nik": "3204124508850002", "name": "Siti Aminah", "sex": "FEMALE", "birth_date": "1985-08-05",
               "relationship": "HEAD", "pregnant": true},
              {"nik": "3204121203150001", "sex": "MALE", "birth_date": "2015-03-12", "relationship": "CHILD",
               "school_level": "SD"}]}""";

    /** Two households that list the same child: DATA_GANDA for both. */
    static final String H2 = """
            {"id": "H2", "region": "32.04.12.2001", "desil": 1, "members": [
              {"nik": "3204121001800001", "sex": "MALE", "birth_date": "1980-01-10", "relationship": "HEAD"},
              {"nik": "3204126006160001", "sex": "FEMALE", "birth_date": "2016-06-20", "relationship": "CHILD",
               "school_level": "SD"}]}""";

    static final String H3 = """
            {"id": "H3", "region": "32.04.12.2001", "desil": 1, "members": [
              {"nik": "3204124202820001", "sex": "FEMALE", "birth_date": "1982-02-02", "relationship": "HEAD"},
              {"nik": "3204126006160001", "sex": "FEMALE", "birth_date": "2016-06-20", "relationship": "CHILD",
               "school_level": "SD"}]}""";

    /** A man's NIK (day 10) given for a woman: the record is rejected. */
    static final String BAD = """
            {"id": "H9", "region": "32.04.12.2001", "desil": 1, "members": [
              {"nik": "3204121001800009", "name": "Budi Santoso", "sex": "FEMALE", "birth_date": "1980-01-10",
               "relationship": "HEAD"}]}""";

    /** Every NIK and name above: none may appear in an error body or a log line. */
    private static final List<String> PERSONAL = List.of(
            "3204124508850002",
            "3204121203150001",
            "3204121001800001",
            "3204126006160001",
            "3204124202820001",
            "3204121001800009",
            "Siti",
            "Aminah",
            "Budi",
            "Santoso");

    private static final Queue<String> LOG = new ConcurrentLinkedQueue<>();
    private static BansosServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        BansosApi api = BansosApi.builder().maxBody(MAX_BODY).log(LOG::add).build();
        server = BansosServer.start(api, "127.0.0.1", 0, 8, Duration.ofSeconds(3));
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
        for (String line : LOG) {
            for (String personal : PERSONAL) {
                assertThat(line).as("log line").doesNotContain(personal);
            }
        }
    }

    private static JsonNode json(HttpResponse<byte[]> r) throws IOException {
        return MAPPER.readTree(r.body());
    }

    private static void assertNoPersonalData(HttpResponse<byte[]> r) {
        String body = Http.text(r);
        for (String personal : PERSONAL) {
            assertThat(body).doesNotContain(personal);
        }
        assertThat(body)
                .doesNotContain("Exception")
                .doesNotContain("id.bansos.")
                .doesNotContain("java.");
    }

    /** What {@code evaluate} writes for these households: one JSON line each, in order. */
    private static List<String> evaluate(byte[] jsonl, String lang) throws IOException {
        BatchEvaluator evaluator = BatchEvaluator.builder()
                .program(Programs.pkh())
                .parameters(NationalPolicy.load())
                .asOf(LocalDate.of(2024, 3, 1))
                .build();
        MessageRenderer renderer = MessageRenderer.forLocale(Locale.forLanguageTag(lang));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        evaluator.run(
                HouseholdSource.of("roster.jsonl", HouseholdFormat.JSONL, jsonl),
                out,
                d -> DecisionWriter.encode(d, renderer),
                r -> {});
        List<String> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n", -1)) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String oneLine(String household) {
        return household.replace("\n", " ");
    }

    @Test
    void health_isUp() throws IOException {
        HttpResponse<byte[]> r = http.get("/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void decisions_oneHousehold_isTheDecisionOfEvaluate() throws IOException {
        HttpResponse<byte[]> r = http.post(DECIDE, "application/json", H1);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode d = json(r);
        assertThat(d.get("household_id").asText()).isEqualTo("H1");
        assertThat(d.get("eligible").asBoolean()).isTrue();
        assertThat(d.get("annual_amount").asLong()).isEqualTo(3_900_000L);
        assertThat(d.get("amount_per_payment").asLong()).isEqualTo(975_000L);
        assertThat(d.get("components").findValuesAsText("component")).containsExactly("IBU_HAMIL", "SD");
        assertThat(d.get("components").get(0).get("member_nik").asText()).isNotEqualTo("3204124508850002");
        String expected =
                evaluate(oneLine(H1).getBytes(StandardCharsets.UTF_8), "id").get(0) + "\n";
        assertThat(Http.text(r)).isEqualTo(expected);
    }

    @Test
    void decisions_english_rendersMessagesInEnglish() throws IOException {
        HttpResponse<byte[]> r = http.post(DECIDE + "&lang=en", "application/json", H1);
        assertThat(r.statusCode()).isEqualTo(200);
        String expected =
                evaluate(oneLine(H1).getBytes(StandardCharsets.UTF_8), "en").get(0) + "\n";
        assertThat(Http.text(r)).isEqualTo(expected);
    }

    @Test
    void decisions_array_appliesBatchRulesAcrossTheRequest() throws IOException {
        String body = "[" + H1 + ",\n" + H2 + ",\n" + H3 + ",\n" + BAD + ",\n"
                + H1.replace("\"H1\"", "\"H7\"")
                        .replace("3204124508850002", "3204124508850003")
                        .replace("3204121203150001", "3204121203150003")
                + ",\n"
                + H1.replace("\"H1\"", "\"H7\"")
                        .replace("3204124508850002", "3204124508850004")
                        .replace("3204121203150001", "3204121203150004")
                + "]";
        HttpResponse<byte[]> r = http.post(DECIDE, "application/json", body);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode batch = json(r);
        assertThat(batch.get("decisions").findValuesAsText("household_id")).containsExactly("H1", "H2", "H3");
        for (int i = 1; i <= 2; i++) {
            JsonNode d = batch.get("decisions").get(i);
            assertThat(d.get("eligible").asBoolean()).isFalse();
            JsonNode reasons = d.get("reasons");
            assertThat(reasons.get(reasons.size() - 1).get("code").asText()).isEqualTo("DATA_GANDA");
        }
        JsonNode rejects = batch.get("rejects");
        assertThat(rejects.findValuesAsText("household_id")).containsExactly("H9", "H7", "H7");
        assertThat(rejects.findValues("index").stream().map(JsonNode::asInt)).containsExactly(3, 4, 5);
        // H1 takes lines 1-5, H2 6-9, H3 10-13: BAD starts on line 14.
        assertThat(rejects.get(0).get("line").asInt()).isEqualTo(14);
        JsonNode summary = batch.get("summary");
        assertThat(summary.get("records").asInt()).isEqualTo(6);
        assertThat(summary.get("decided").asInt()).isEqualTo(3);
        assertThat(summary.get("rejected").asInt()).isEqualTo(3);
        assertThat(summary.get("eligible").asInt()).isEqualTo(1);
        assertThat(summary.get("not_eligible").asInt()).isEqualTo(2);
        assertThat(summary.get("total_annual_amount").asLong()).isEqualTo(3_900_000L);
        assertNoPersonalData(r);
    }

    @Test
    void decisions_jsonLines_isTheOutputOfEvaluateOnAGeneratedRoster() throws IOException {
        ByteArrayOutputStream roster = new ByteArrayOutputStream();
        HouseholdWriter writer = HouseholdWriter.of(roster, Masking.NONE);
        Iterator<Household> it = SyntheticPopulation.builder()
                .seed(18)
                .duplicateNikShare(0.05)
                .build()
                .iterator(400);
        while (it.hasNext()) {
            writer.write(it.next());
        }
        writer.flush();
        byte[] jsonl = roster.toByteArray();
        List<String> expected = evaluate(jsonl, "id");
        assertThat(expected).hasSizeGreaterThan(300);
        HttpResponse<byte[]> r = http.send(
                "POST", DECIDE, HttpRequest.BodyPublishers.ofByteArray(jsonl), "Content-Type", "application/x-ndjson");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Http.text(r)).startsWith("{\"decisions\":[" + String.join(",", expected) + "],\"rejects\":");
        assertThat(Http.text(r)).contains("DATA_GANDA");
    }

    @Test
    void explain_givesTheDecisionThePageOrItsHtml() throws IOException {
        String path = "/v1/explain?program=PKH&as_of=2024-03-01&lang=en";
        HttpResponse<byte[]> asJson = http.post(path, "application/json", H1, "Accept", "application/json");
        assertThat(asJson.statusCode()).isEqualTo(200);
        assertThat(json(asJson).get("annual_amount").asLong()).isEqualTo(3_900_000L);

        HttpResponse<byte[]> text = http.post(path, "application/json", H1, "Accept", "text/plain");
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.headers().firstValue("content-type").orElse("")).startsWith("text/plain");
        assertThat(Http.text(text))
                .contains("Household: H1")
                .contains("Rp3,900,000")
                .contains("Rp975,000");

        HttpResponse<byte[]> html = http.post(path, "application/json", H1, "Accept", "text/html,*/*;q=0.8");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(Http.text(html))
                .startsWith("<!DOCTYPE html>")
                .contains("Rp3,900,000")
                .doesNotContain("<script");
    }

    @Test
    void explain_refusesMoreThanOneHousehold() {
        HttpResponse<byte[]> r =
                http.post("/v1/explain?program=PKH&as_of=2024-03-01", "application/json", "[" + H1 + "," + H2 + "]");
        assertThat(r.statusCode()).isEqualTo(422);
    }

    @Test
    void whatIf_showsWhatChangedAndWhy() throws IOException {
        String body = "{\"parameters\": {\"pkh.index.SD\": 1000000}, \"households\": [" + H1 + "]}";
        HttpResponse<byte[]> r = http.post("/v1/whatif?program=PKH&as_of=2024-03-01", "application/json", body);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode w = json(r);
        JsonNode change = w.get("changes").get(0);
        assertThat(change.get("household_id").asText()).isEqualTo("H1");
        assertThat(change.get("annual_amount_before").asLong()).isEqualTo(3_900_000L);
        assertThat(change.get("annual_amount_after").asLong()).isEqualTo(4_000_000L);
        assertThat(change.get("difference").asLong()).isEqualTo(100_000L);
        assertThat(change.get("amount_per_payment_after").asLong()).isEqualTo(1_000_000L);
        assertThat(change.get("caused_by").get(0).asText()).isEqualTo("pkh.index.SD");
        assertThat(w.get("summary").get("changed").asInt()).isEqualTo(1);
        assertThat(w.get("summary").get("difference").asLong()).isEqualTo(100_000L);
    }

    @Test
    void whatIf_misspeltKey_is422WithTheReadersText() throws IOException {
        String body = "{\"parameters\": {\"pkh.index.SDD\": 1000000}, \"households\": [" + H1 + "]}";
        HttpResponse<byte[]> r = http.post("/v1/whatif?program=PKH&as_of=2024-03-01", "application/json", body);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(json(r).get("errors").get(0).get("message").asText()).contains("pkh.index.SD");
    }

    @Test
    void parameters_listTimelinesOrTheValueOnADate() throws IOException {
        JsonNode all = json(http.get("/v1/parameters"));
        JsonNode sd = null;
        for (JsonNode p : all.get("parameters")) {
            if (p.get("key").asText().equals("pkh.index.SD")) {
                sd = p;
            }
        }
        assertThat(sd).isNotNull();
        assertThat(sd.get("type").asText()).isEqualTo("rupiah");
        assertThat(sd.get("values").findValuesAsText("effective_from"))
                .startsWith("2019-01-01", "2020-04-01", "2021-01-01");

        JsonNode on = json(http.get("/v1/parameters?as_of=2020-05-01"));
        for (JsonNode p : on.get("parameters")) {
            if (p.get("key").asText().equals("pkh.index.SD")) {
                assertThat(p.get("value").asLong()).isEqualTo(1_125_000L);
                assertThat(p.get("effective_from").asText()).isEqualTo("2020-04-01");
            }
        }
        JsonNode one = json(http.get("/v1/parameters/pkh.index.SD"));
        assertThat(one.get("values").get(0).get("value").asLong()).isEqualTo(900_000L);
        assertThat(one.get("values").get(0).get("legal_basis").get("instrument").asText())
                .isEqualTo("Kepdirjen Linjamsos");
    }

    @Test
    void rulesAndPrograms_listTheNationalProgrammes() throws IOException {
        JsonNode programs = json(http.get("/v1/programs"));
        assertThat(programs.get("programs").findValuesAsText("code")).containsExactly("PKH", "SEMBAKO");
        JsonNode rules = json(http.get("/v1/rules"));
        assertThat(rules.get("programs").get(0).get("rules").size())
                .isEqualTo(Programs.pkh().rules().size());
        assertThat(rules.get("batch_rule").get("id").asText()).isEqualTo("common.data_ganda");
    }

    @Test
    void openApiPageAndSchemas_areServed() throws IOException {
        JsonNode doc = json(http.get("/openapi.json"));
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        HttpResponse<byte[]> schema = http.get("/schema/decision.schema.json");
        assertThat(json(schema).get("title").asText()).isEqualTo("Decision");
        HttpResponse<byte[]> page = http.get("/");
        assertThat(Http.text(page)).contains("<form").doesNotContain("http://").doesNotContain("https://");
        assertThat(Http.text(http.get("/assets/page.js")))
                .contains("/v1/explain")
                .doesNotContain("https://");
        assertThat(http.get("/assets/page.css").statusCode()).isEqualTo(200);
    }

    @Test
    void badQuery_is400() throws IOException {
        HttpResponse<byte[]> unknown = http.post("/v1/decisions?program=BLT&as_of=2024-03-01", "application/json", H1);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("detail").asText())
                .isEqualTo("program tidak dikenal; yang tersedia: PKH, SEMBAKO");
        HttpResponse<byte[]> date =
                http.post("/v1/decisions?program=PKH&as_of=2024-13-01&lang=en", "application/json", H1);
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(json(date).get("detail").asText()).isEqualTo("the query parameter as_of must be a date YYYY-MM-DD");
        assertThat(json(date).get("type").asText()).isEqualTo("https://bansos.id/problems/bad-query");
        assertThat(date.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        assertThat(http.post("/v1/decisions?as_of=2024-03-01", "application/json", H1)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void unknownPath_is404_andWrongMethod_is405() throws IOException {
        HttpResponse<byte[]> missing = http.get("/v2/decisions");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(http.get("/v1/parameters/pkh.nothing").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> wrong = http.get(DECIDE);
        assertThat(wrong.statusCode()).isEqualTo(405);
        assertThat(wrong.headers().firstValue("allow")).contains("POST");
        assertThat(json(wrong).get("status").asInt()).isEqualTo(405);
    }

    @Test
    void otherMediaType_is415() {
        HttpResponse<byte[]> r = http.post(DECIDE, "text/csv", "household_id\nH1\n");
        assertThat(r.statusCode()).isEqualTo(415);
    }

    @Test
    void invalidHousehold_is422_withTheReadersText_andNoPersonalData() throws IOException {
        HttpResponse<byte[]> r = http.post(DECIDE + "&lang=en", "application/json", BAD);
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode error = json(r).get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(1);
        assertThat(error.get("message").asText()).contains("H9").contains("nik");
        assertNoPersonalData(r);
    }

    @Test
    void malformedJson_is422_withTheLine() throws IOException {
        HttpResponse<byte[]> r = http.post(DECIDE, "application/json", "{\"id\": \"H1\",\n \"region\": }");
        // A syntax error in the one household is that record's reject: the line where it starts.
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode error = json(r).get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(1);
        assertThat(error.get("message").asText())
                .startsWith("request:1: JSON tidak sah")
                .contains("baris 2, kolom 12");
    }

    @Test
    void declaredBodyOverTheLimit_isRefusedBeforeItIsSent() throws IOException {
        try (Socket socket = rawPost(1_000_000_000, "")) {
            // Not a byte of the body is sent: the answer comes anyway.
            String head = readHead(socket.getInputStream());
            assertThat(head).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void streamedBodyOverTheLimit_is413() throws IOException {
        byte[] big = new byte[(int) MAX_BODY * 4];
        java.util.Arrays.fill(big, (byte) ' ');
        HttpResponse<byte[]> r = http.send(
                "POST",
                DECIDE,
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)),
                "Content-Type",
                "application/json");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("detail").asText()).isEqualTo("isi permintaan melebihi batas 1048576 bita");
    }

    @Test
    void slowClient_isCutOffByTheReadTimeout_andOthersAreServed() throws Exception {
        try (Socket socket = rawPost(500, "{\"id\": ")) {
            // While it stalls, others are served.
            assertThat(http.post(DECIDE, "application/json", H1).statusCode()).isEqualTo(200);
            long start = System.nanoTime();
            String head = readHead(socket.getInputStream());
            long waited = Duration.ofNanos(System.nanoTime() - start).toMillis();
            // The server gives up (408, or closes the connection) after its 3 s read timeout.
            assertThat(head.isEmpty() || head.startsWith("HTTP/1.1 408"))
                    .as(head)
                    .isTrue();
            assertThat(waited).isLessThan(15_000);
        }
    }

    @Test
    void manyClientsAtOnce_eachGetsItsOwnAnswer() throws Exception {
        String expectedOne = Http.text(http.post(DECIDE, "application/json", H1));
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 96; i++) {
                int kind = i % 3;
                results.add(clients.submit(() -> switch (kind) {
                    case 0 ->
                        Http.text(http.post(DECIDE, "application/json", H1)).equals(expectedOne);
                    case 1 -> http.post(DECIDE, "application/json", BAD).statusCode() == 422;
                    default ->
                        http.post(DECIDE, "application/json", "[" + H2 + "," + H3 + "]")
                                        .statusCode()
                                == 200;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void apiKey_isRequiredOnV1_only() throws IOException {
        BansosApi api = BansosApi.builder().apiKeys(Set.of("s3cret", "other")).build();
        try (BansosServer locked = BansosServer.start(api, "127.0.0.1", 0, 2, Duration.ofSeconds(5))) {
            Http client = new Http(locked);
            HttpResponse<byte[]> none = client.post(DECIDE, "application/json", H1);
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("www-authenticate")).contains("Bearer");
            assertThat(client.post(DECIDE, "application/json", H1, "Authorization", "Bearer wrong")
                            .statusCode())
                    .isEqualTo(401);
            assertThat(client.post(DECIDE, "application/json", H1, "Authorization", "Bearer other")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(client.get("/v1/rules").statusCode()).isEqualTo(401);
            assertThat(client.get("/health").statusCode()).isEqualTo(200);
            assertThat(client.get("/openapi.json").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void defect_is500_withoutDetails_andTheLogNamesNoPersonalData() throws IOException {
        Queue<String> log = new ConcurrentLinkedQueue<>();
        BansosApi broken = BansosApi.builder()
                .readers(r -> {
                    throw new IllegalStateException("defect while reading 3204124508850002 Siti");
                })
                .log(log::add)
                .build();
        try (BansosServer s = BansosServer.start(broken, "127.0.0.1", 0, 2, Duration.ofSeconds(5))) {
            HttpResponse<byte[]> r = new Http(s).post(DECIDE, "application/json", H1);
            assertThat(r.statusCode()).isEqualTo(500);
            assertNoPersonalData(r);
            assertThat(json(r).get("detail").asText()).isEqualTo("kesalahan internal; rinciannya ada di log server");
        }
        assertThat(log).anyMatch(l -> l.contains("internal error java.lang.IllegalStateException"));
        for (String line : log) {
            assertThat(line).doesNotContain("3204124508850002").doesNotContain("Siti");
        }
    }

    /** A connection that has sent a POST's head, declaring a length, and the first bytes of its body. */
    private static Socket rawPost(long declaredLength, String bodyStart) throws IOException {
        Socket socket = new Socket(java.net.InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(20_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + DECIDE + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + declaredLength + "\r\n\r\n" + bodyStart)
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** The status line and headers of a response, or "" when the server closed the connection. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            sb.append((char) c);
            if (sb.length() >= 4 && sb.substring(sb.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        return sb.toString();
    }
}
