package dev.threatmodelbot.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threatmodelbot.bootstrap.Config;
import dev.threatmodelbot.bootstrap.Service;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.TestRedis;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The workspace's HTTP surface, driven like a page would and like everything else on the machine might. */
class WebWorkspaceHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private Service service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    private Map<String, String> env;

    private void start(Map<String, String> extra) {
        env = new HashMap<>(Map.of("PORT", "0", "REDIS_URL", TestRedis.url(), "REDIS_KEY_PREFIX",
                TestRedis.freshPrefix()));
        env.putAll(extra);
        service = Service.start(Config.from(env), WEDNESDAY);
    }

    /** A Wednesday morning (time still passes), so a reminder two days later falls on a working day whatever today is. */
    private static final Clock WEDNESDAY = Clock.offset(Clock.systemUTC(),
            Duration.between(Instant.now(), Instant.parse("2026-11-18T10:00:00Z")));

    private void restart() {
        service.close();
        service = Service.start(Config.from(env), WEDNESDAY);
    }

    @Test
    void should_serve_the_page_with_a_policy_that_loads_nothing_from_elsewhere() throws Exception {
        start(Map.of());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("threatmodel-bot").contains("/app.js");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                p -> assertThat(p).contains("default-src 'none'").contains("script-src 'self'"));
        assertThat(http.send(HttpRequest.newBuilder(uri("/nothing-here")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    @Test
    void should_refuse_changes_that_do_not_come_from_the_page_and_explain_bad_input() throws Exception {
        start(Map.of());
        assertThat(send("/api/sample", "{\"as\":\"UROBIN\",\"nonce\":\"" + nonce() + "\"}", false).statusCode())
                .isEqualTo(403);
        assertThat(http.send(HttpRequest.newBuilder(uri("/api/sample")).header("X-Workspace", "1")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(415);
        assertThat(send("/api/sample", "{not json", true).statusCode()).isEqualTo(400);
        assertThat(send("/api/sample", "{\"as\":\"UNOBODY\",\"nonce\":\"" + nonce() + "\"}", true).body())
                .contains("Pick who you are first");
        assertThat(send("/api/sample", "{\"as\":\"UROBIN\"}", true).statusCode()).isEqualTo(400);
        assertThat(send("/api/react", body("UCAROL", "\"message\":\"42\",\"reaction\":\"x\""), true).body())
                .contains("not in this channel");
        assertThat(send("/api/nothing", body("UCAROL", ""), true).statusCode()).isEqualTo(404);
        HttpResponse<String> big = send("/api/post", body("UALICE", "\"text\":\"" + "a".repeat(40_001) + "\""),
                true);
        assertThat(big.statusCode()).isEqualTo(400);
        assertThat(big.body()).contains("share it as a file").doesNotContain("Exception");
        assertThat(send("/api/state", body("UCAROL", ""), true).statusCode()).isEqualTo(404);
    }

    @Test
    void should_answer_only_requests_made_to_localhost_by_name() throws Exception {
        start(Map.of());
        String rebound = raw("GET /api/state?as=UCAROL HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
        String local = raw("GET /api/state?as=UCAROL HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        String proxied = raw("GET /api/state?as=UCAROL HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 203.0.113.9\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(rebound).startsWith("HTTP/1.1 403");
        assertThat(proxied).startsWith("HTTP/1.1 403");
        assertThat(local).startsWith("HTTP/1.1 200");
    }

    @Test
    void should_open_to_the_network_only_behind_the_secret() throws Exception {
        start(Map.of("WEB_WORKSPACE_SECRET", "correct horse battery staple"));
        assertThat(http.send(HttpRequest.newBuilder(uri("/api/state?as=UCAROL")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(http.send(HttpRequest.newBuilder(uri("/")).build(), HttpResponse.BodyHandlers.ofString()).body())
                .contains("Enter its secret");
        HttpResponse<String> wrong = send("/api/login", "{\"secret\":\"guess\"}", false);
        HttpResponse<String> right = send("/api/login", "{\"secret\":\"correct horse battery staple\"}", false);

        assertThat(wrong.statusCode()).isEqualTo(401);
        String cookie = right.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").doesNotContain("staple");
        assertThat(http.send(HttpRequest.newBuilder(uri("/api/state?as=UCAROL")).header("Cookie", cookie.split(";")[0])
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void should_record_a_retried_reply_once_and_move_the_clock_forward() throws Exception {
        start(Map.of());
        JsonNode started = JSON.readTree(send("/api/sample", body("UROBIN", ""), true).body());
        String session = started.path("started").asText();
        Eventually.until("the kickoff is posted", Duration.ofSeconds(30), () -> call(() -> messages("UALICE").size() > 0));
        String kickoff = messages("UALICE").path(0).path("id").asText();
        String n = nonce();
        String reply = "{\"as\":\"UALICE\",\"nonce\":\"" + n + "\",\"thread\":\"" + kickoff
                + "\",\"text\":\"I build the Orders Service.\"}";
        String first = JSON.readTree(send("/api/post", reply, true).body()).path("id").asText();
        String second = JSON.readTree(send("/api/post", reply, true).body()).path("id").asText();

        assertThat(second).isEqualTo(first);
        assertThat(messages("UALICE").findValuesAsText("text").stream()
                .filter(t -> t.equals("I build the Orders Service.")).count()).isEqualTo(1);
        assertThat(session).startsWith("TM-");
        Instant before = Instant.parse(JSON.readTree(get("/api/state?as=UROBIN")).path("now").asText());
        JsonNode moved = JSON.readTree(send("/api/clock", body("UROBIN", "\"days\":1"), true).body());
        assertThat(Duration.between(before, Instant.parse(moved.path("now").asText())))
                .isGreaterThanOrEqualTo(Duration.ofDays(1));
        restart();
        Instant after = Instant.parse(JSON.readTree(get("/api/state?as=UROBIN")).path("now").asText());
        assertThat(Duration.between(before, after)).as("a restart keeps the day").isGreaterThanOrEqualTo(Duration.ofDays(1));
    }

    @Test
    void should_hand_a_question_over_read_a_shared_file_and_remind_a_day_later() throws Exception {
        start(Map.of());
        send("/api/sample", body("UROBIN", ""), true);
        Eventually.until("the questions are asked", Duration.ofSeconds(30), () -> call(() -> texts().stream()
                .filter(t -> t.contains("Your part of the system")).count() == 2));
        String kickoff = messages("UALICE").path(0).path("id").asText();
        send("/api/post", body("UALICE", "\"thread\":\"" + kickoff + "\",\"text\":\"ask @dave\""), true);
        String doc = java.util.Base64.getEncoder().encodeToString("# Billing\n\n## Security\nThe Billing API accepts plain HTTP."
                .getBytes(StandardCharsets.UTF_8));
        send("/api/post", body("UBOB", "\"thread\":\"" + kickoff + "\",\"text\":\"Our doc\",\"file\":{\"name\":"
                + "\"billing.md\",\"mime\":\"text/markdown\",\"content\":\"" + doc + "\"}"), true);

        Eventually.until("Dave is asked and the file is read", Duration.ofSeconds(30), () -> call(() ->
                texts().stream().anyMatch(t -> t.startsWith("{@UDAVE}") && t.contains("thinks you know this one best"))
                        && texts().stream().anyMatch(t -> t.contains("I've read *billing.md*"))));
        send("/api/clock", body("UROBIN", "\"days\":2"), true);
        Eventually.until("a reminder goes out", Duration.ofSeconds(30), () -> call(() ->
                texts().stream().anyMatch(t -> t.contains("a gentle nudge"))));
    }

    private List<String> texts() throws Exception {
        return messages("UROBIN").findValuesAsText("text");
    }

    private interface Call<T> {
        T get() throws Exception;
    }

    private static <T> T call(Call<T> c) {
        try {
            return c.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode messages(String as) throws Exception {
        return JSON.readTree(get("/api/state?as=" + as)).path("messages");
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpResponse<String> send(String path, String body, boolean fromPage) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (fromPage) {
            b.header("X-Workspace", "1");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String body(String as, String more) {
        return "{\"as\":\"" + as + "\",\"nonce\":\"" + nonce() + "\"" + (more.isEmpty() ? "" : "," + more) + "}";
    }

    private static String nonce() {
        return UUID.randomUUID().toString();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + service.port() + path);
    }

    private String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", service.port())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
