package dev.threatmodelbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.FakeJira;
import dev.threatmodelbot.support.Harness;
import dev.threatmodelbot.support.SlackPayloads;
import dev.threatmodelbot.support.SlackUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics} scraped before and after a whole session: every family present, and each one moved. */
class MetricsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String scrape(Harness h) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + h.service.port()
                + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        return r.body();
    }

    /** The sum of every sample of {@code name} whose labels include all of {@code labels}. */
    static double value(String scrape, String name, String... labels) {
        double sum = 0;
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? ([0-9.eE+-]+|NaN)$").matcher(scrape);
        while (m.find()) {
            String l = m.group(1) == null ? "" : m.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= l.contains(label);
            }
            if (all && !m.group(2).equals("NaN")) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    @Test
    void every_family_is_there_and_moves_with_a_session() throws Exception {
        Map<String, String> env = new HashMap<>();
        try (FakeJira jira = new FakeJira(); Harness h = Harness.start(withModelAway(env, jira.env()))) {
            String before = scrape(h);
            for (String family : List.of("threatmodel_dead_events_total", "threatmodel_questions_asked_total",
                    "threatmodel_tickets_filed_total", "threatmodel_sessions", "threatmodel_outbox_backlog",
                    "threatmodel_outbox_oldest_seconds", "jvm_memory_used_bytes", "jvm_threads_live_threads",
                    "jetty_threads_current", "process_uptime_seconds")) {
                assertThat(before).as(family).containsPattern("(?m)^" + Pattern.quote(family) + "[{ ]");
            }

            h.startFromForm(InterviewFlowTest.LEAD, "Orders", List.of(InterviewFlowTest.ALICE), DraftReviewTest.DOC
                    + "## Networking\nThe API Gateway calls the Orders service over mTLS.\n");
            String thread = h.onlySession().kickoffId().orElseThrow();
            String reply = SlackPayloads.threadReply(InterviewFlowTest.ALICE, thread, dev.threatmodelbot.support.FakeSlack
                    .nextTs(), "I own the API Gateway. It talks to the Orders service over plain HTTP inside the VPC.",
                    "Ev" + UUID.randomUUID());
            h.user.event(reply);
            h.user.event(reply); // Slack delivers it again
            Eventually.until("answered", () -> h.onlySession().answers().size() == 1);
            h.user.send("{}", "application/json", "not-the-secret", SlackUser.now());
            String id = h.onlySession().id().value();
            h.gathered(InterviewFlowTest.LEAD, id);
            h.draftPosted(InterviewFlowTest.LEAD, id);
            h.user.react(InterviewFlowTest.LEAD, h.onlySession().draft().orElseThrow().byNumber(1).orElseThrow().messageId()
                    .orElseThrow(), "white_check_mark", true);
            Eventually.until("approved", () -> h.onlySession().draft().orElseThrow().byNumber(1).orElseThrow().status()
                    == Decision.Kind.APPROVED);
            h.user.command(InterviewFlowTest.LEAD, "export " + id + " jira");
            Eventually.until("filed", () -> h.onlySession().draft().orElseThrow().byNumber(1).orElseThrow().ticket()
                    .isPresent() && h.onlySession().outbox().isEmpty());
            assertThat(h.onlySession().state()).isEqualTo(SessionState.GATHERED);
            Thread.sleep(5500); // the session gauges read the store at most every five seconds

            String after = scrape(h);
            Map<String, String[]> moved = new java.util.LinkedHashMap<>();
            moved.put("threatmodel_events_received_total", new String[] {"platform=\"slack\"", "outcome=\"recorded\""});
            moved.put("threatmodel_events_received_total ", new String[] {"outcome=\"duplicate\""});
            moved.put("threatmodel_requests_refused_total", new String[] {"endpoint=\"slack\"", "status=\"401\""});
            moved.put("threatmodel_event_recorded_to_applied_seconds_count", new String[] {});
            moved.put("threatmodel_calls_seconds_count", new String[] {"service=\"slack\"", "outcome=\"ok\""});
            moved.put("threatmodel_calls_seconds_count ", new String[] {"service=\"jira\""});
            moved.put("threatmodel_questions_asked_total", new String[] {});
            moved.put("threatmodel_questions_answered_total", new String[] {});
            moved.put("threatmodel_contradictions_raised_total", new String[] {});
            moved.put("threatmodel_calls_seconds_count  ", new String[] {"service=\"llm\"", "outcome=\"error\""});
            moved.put("threatmodel_threats_drafted_total", new String[] {});
            moved.put("threatmodel_threats_decided_total", new String[] {"decision=\"approved\""});
            moved.put("threatmodel_tickets_filed_total", new String[] {});
            moved.put("threatmodel_sessions", new String[] {"state=\"gathered\""});
            moved.put("jetty_server_requests_seconds_count", new String[] {});
            moved.forEach((name, labels) -> assertThat(value(after, name.strip(), labels))
                    .as(name + String.join(",", labels)).isGreaterThan(value(before, name.strip(), labels)));
            assertThat(value(after, "threatmodel_outbox_backlog")).isZero();
        }
    }

    /** A language model configured but unreachable: its calls are counted as errors, the offline engine reads on. */
    private static Map<String, String> withModelAway(Map<String, String> env, Map<String, String> jira) {
        env.putAll(jira);
        env.put("LLM_PROVIDER", "openai");
        env.put("LLM_API_KEY", "sk-test-unreachable");
        env.put("LLM_BASE_URL", "http://127.0.0.1:9/v1");
        env.put("LLM_TIMEOUT", "PT2S");
        return env;
    }
}
