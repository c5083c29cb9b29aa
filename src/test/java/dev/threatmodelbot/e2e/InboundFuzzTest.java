package dev.threatmodelbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.FakeSlack;
import dev.threatmodelbot.support.Harness;
import dev.threatmodelbot.support.MalformedRequests;
import dev.threatmodelbot.support.SlackPayloads;
import dev.threatmodelbot.support.SlackSigner;
import dev.threatmodelbot.support.SlackUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of malformed requests against the real server, each sent signed, forged, unsigned and stale:
 * nothing answers 5xx or shows an exception, nothing unauthenticated is recorded, and a real interview goes
 * on afterwards.
 */
class InboundFuzzTest {
    static final String ALICE = "U0ALICE001";
    static final String BOB = "U0BOB00001";
    static final String LEAD = "U0SECLEAD1";
    /** A thread that is no session's: fuzzed events about it are read and ignored. */
    static final String STRANGER_THREAD = "1700000000.000100";

    final HttpClient http = HttpClient.newHttpClient();
    Harness h;
    URI endpoint;

    @BeforeEach
    void start() {
        h = Harness.startOnAWorkdayMorning(Map.of());
        endpoint = URI.create("http://127.0.0.1:" + h.service.port() + "/slack/events");
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void should_refuse_every_malformed_or_unauthentic_request_without_a_5xx_and_keep_working() {
        String thread = h.startFromForm(LEAD, "Payments API", List.of(ALICE, BOB), "");
        List<MalformedRequests.Request> requests = malformed();
        assertThat(requests).hasSizeGreaterThanOrEqualTo(500);
        List<MalformedRequests.Request> genuine = genuine(thread);

        for (MalformedRequests.Request r : concat(requests, genuine)) {
            expect(r, "forged", send(r, "not-the-signing-secret", SlackUser.now()), 401);
            expect(r, "stale", send(r, SlackUser.SECRET, SlackUser.now() - 600), 401);
            expect(r, "unsigned", sendUnsigned(r), 401);
        }
        String answer = h.user.reply(ALICE, thread, "I run the checkout API; it sits behind the gateway.");
        Eventually.until("the signed answer recorded", () -> h.onlySession().answers().stream()
                .anyMatch(a -> a.messageId().equals(answer)));
        assertThat(h.onlySession().answers()).hasSize(1);
        assertThat(h.onlySession().comments()).isEmpty();

        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failed = new ArrayList<>();
        for (MalformedRequests.Request r : requests) {
            HttpResponse<String> response = send(r, SlackUser.SECRET, SlackUser.now());
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() >= 500 || response.statusCode() == 401) {
                failed.add(r.name() + " → " + response.statusCode() + ": "
                        + new String(r.body(), StandardCharsets.UTF_8).substring(0, Math.min(300, r.body().length)));
            }
            assertNothingLeaks(r, response);
        }
        assertThat(failed).as("signed requests answered 5xx or 401").isEmpty();
        assertThat(statuses).as("signed malformed requests by status").containsKey(400);

        assertThat(get("/healthz").statusCode()).isEqualTo(200);
        int before = h.slack.threadPosts(thread).size();
        h.user.reply(BOB, thread, "I own the orders database; only the orders service reads it.");
        Eventually.until("bob's answer recorded and his next question posted", () -> {
            Session s = h.onlySession();
            return s.answers().size() == 2 && h.slack.threadPosts(thread).size() > before;
        });
    }

    @Test
    void should_refuse_oversized_bodies_and_other_methods_before_reading_them() {
        byte[] huge = ("{\"type\":\"event_callback\",\"text\":\"" + "x".repeat(2 << 20) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(declaredStatus(huge.length, true)).isEqualTo(413);
        assertThat(declaredStatus(huge.length, false)).isEqualTo(413);
        assertThat(chunkedRefused(huge)).isTrue();
        HttpResponse<String> get = get("/slack/events");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.body()).startsWith("{\"error\":");
        HttpResponse<String> unknown = get("/no/such/page");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("Exception").doesNotContain("<html");
    }

    static List<MalformedRequests.Request> malformed() {
        String reply = SlackPayloads.threadReply(ALICE, STRANGER_THREAD, FakeSlack.nextTs(), "an answer", "Ev0FUZZ1");
        String edit = SlackPayloads.edit(ALICE, STRANGER_THREAD, FakeSlack.nextTs(), "an edit", "Ev0FUZZ2");
        String reaction = SlackPayloads.reaction(LEAD, STRANGER_THREAD, "white_check_mark", true, "Ev0FUZZ3");
        String file = SlackPayloads.fileShare(ALICE, STRANGER_THREAD, FakeSlack.nextTs(), "doc", "Ev0FUZZ4",
                List.<String[]>of(new String[] {"F0FUZZ", "design.md", "text/markdown", "markdown", "120",
                        "http://127.0.0.1:1/files/design.md"}));
        String button = SlackPayloads.buttonPress(ALICE, STRANGER_THREAD, STRANGER_THREAD, "choice-1", "not-a-choice");
        String form = SlackPayloads.viewSubmission(LEAD, "V0FUZZ", "Payments API", List.of(), LEAD, "doc");
        return MalformedRequests.from(List.of(reply, edit, reaction, file), command("status"), List.of(button, form));
    }

    /** Well-formed requests that would change a session if they were authentic. */
    static List<MalformedRequests.Request> genuine(String thread) {
        List<MalformedRequests.Request> out = new ArrayList<>();
        out.add(json("reply", SlackPayloads.threadReply(ALICE, thread, FakeSlack.nextTs(), "forged answer", "Ev0REAL1")));
        out.add(json("reaction", SlackPayloads.reaction(LEAD, thread, "rocket", true, "Ev0REAL2")));
        out.add(new MalformedRequests.Request("start", "application/x-www-form-urlencoded",
                formBody(command("start Shadow <@" + BOB + "|bob>")).getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    static Map<String, String> command(String text) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "legacy-verification-token-unused");
        f.put("team_id", FakeSlack.TEAM);
        f.put("channel_id", SlackUser.CHANNEL);
        f.put("user_id", LEAD);
        f.put("command", "/threatmodel");
        f.put("text", text);
        f.put("api_app_id", "A0APP00001");
        f.put("response_url", "http://127.0.0.1:1/commands/unused");
        f.put("trigger_id", "1.2.3");
        return f;
    }

    private static void expect(MalformedRequests.Request r, String how, HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("%s (%s) → %s", r.name(), how, response.body()).isEqualTo(status);
        assertNothingLeaks(r, response);
    }

    private static void assertNothingLeaks(MalformedRequests.Request r, HttpResponse<String> response) {
        assertThat(response.body()).as("%s → body", r.name()).doesNotContain("Exception").doesNotContain("java.")
                .doesNotContain("\tat ").doesNotContain("<html");
    }

    private HttpResponse<String> send(MalformedRequests.Request r, String secret, long timestamp) {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint)
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", SlackSigner.sign(secret, timestamp, r.body()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(r.body()));
        return call(withType(b, r).build());
    }

    private HttpResponse<String> sendUnsigned(MalformedRequests.Request r) {
        return call(withType(HttpRequest.newBuilder(endpoint), r).POST(HttpRequest.BodyPublishers.ofByteArray(r.body()))
                .build());
    }

    /**
     * The status answered to a request whose headers declare a body of {@code length} bytes, before any of it is
     * sent: the answer must come from the headers alone (a client sending the whole body may see the connection
     * closed under it instead, which proves nothing either way).
     */
    private int declaredStatus(int length, boolean signed) {
        long now = SlackUser.now();
        StringBuilder head = new StringBuilder("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                .append("Content-Type: application/json\r\nContent-Length: ").append(length).append("\r\n");
        if (signed) {
            head.append("X-Slack-Request-Timestamp: ").append(now).append("\r\nX-Slack-Signature: ")
                    .append(SlackSigner.sign(SlackUser.SECRET, now, new byte[0])).append("\r\n");
        }
        head.append("\r\n");
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", h.service.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A body of unknown length (chunked) is refused once the limit is passed: the answer is a 413, or, when
     * the server hangs up before the client has finished sending, the client's send fails.
     */
    private boolean chunkedRefused(byte[] body) {
        try {
            return sendChunked(body).statusCode() == 413;
        } catch (UncheckedIOException e) {
            return get("/healthz").statusCode() == 200;
        }
    }

    /** A body of unknown length (chunked), so only reading it shows how big it is. */
    private HttpResponse<String> sendChunked(byte[] body) {
        long now = SlackUser.now();
        Supplier<InputStream> stream = () -> new java.io.ByteArrayInputStream(body);
        return call(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", String.valueOf(now))
                .header("X-Slack-Signature", SlackSigner.sign(SlackUser.SECRET, now, body))
                .POST(HttpRequest.BodyPublishers.ofInputStream(stream)).build());
    }

    private static HttpRequest.Builder withType(HttpRequest.Builder b, MalformedRequests.Request r) {
        return r.contentType().isEmpty() ? b : b.header("Content-Type", r.contentType());
    }

    private HttpResponse<String> get(String path) {
        return call(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + h.service.port() + path)).GET().build());
    }

    private HttpResponse<String> call(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static MalformedRequests.Request json(String name, String body) {
        return new MalformedRequests.Request(name, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static String formBody(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
