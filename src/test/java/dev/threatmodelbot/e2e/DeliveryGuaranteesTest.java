package dev.threatmodelbot.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.threatmodelbot.e2e.InterviewFlowTest.ALICE;
import static dev.threatmodelbot.e2e.InterviewFlowTest.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.support.DisposableRedis;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.FakeSlack;
import dev.threatmodelbot.support.Harness;
import dev.threatmodelbot.support.SlackPayloads;
import dev.threatmodelbot.support.SlackUser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exactly one effect per event, verified requests only, and Slack API failures handled without double posts. */
class DeliveryGuaranteesTest {

    @Test
    void should_apply_an_event_delivered_twice_and_to_two_replicas_once() {
        try (Harness first = Harness.start(); Harness second = first.replica()) {
            String thread = InterviewFlowTest.startInline(first);
            String ts = FakeSlack.nextTs();
            String reply = SlackPayloads.threadReply(ALICE, thread, ts, "I own checkout.", "EvDUPLICATE1");

            assertThat(first.user.event(reply).statusCode()).isEqualTo(200);
            assertThat(first.user.event(reply).statusCode()).isEqualTo(200); // Slack retry
            assertThat(second.user.event(reply).statusCode()).isEqualTo(200); // delivered to the other replica
            String sameMessageOtherEventId = SlackPayloads.threadReply(ALICE, thread, ts, "I own checkout.", "EvOTHER01");
            assertThat(second.user.event(sameMessageOtherEventId).statusCode()).isEqualTo(200);

            Eventually.until("answer recorded and next question asked", () ->
                    first.onlySession().answers().size() == 1
                            && first.onlySession().openQuestionFor(ALICE).flatMap(q -> q.messageId()).isPresent());
            long alicesQuestions = first.slack.threadPosts(thread).stream()
                    .filter(p -> p.get("text").startsWith("<@" + ALICE + ">")).count();
            assertThat(first.onlySession().answers()).hasSize(1);
            assertThat(alicesQuestions).isEqualTo(2); // ownership + exactly one follow-up
        }
    }

    @Test
    void should_apply_a_sessions_events_in_the_order_they_arrived_across_replicas() {
        try (Harness first = Harness.start(); Harness second = first.replica()) {
            String thread = InterviewFlowTest.startInline(first);
            String ts = FakeSlack.nextTs();

            // the reply and its edit land on different replicas, back to back
            first.user.event(SlackPayloads.threadReply(ALICE, thread, ts, "Checkout.", "EvORDER01"));
            second.user.event(SlackPayloads.edit(ALICE, thread, ts, "Checkout and refunds.", "EvORDER02"));

            Eventually.until("the edit applied after the reply", () -> first.onlySession().answers().size() == 1
                    && first.onlySession().answers().get(0).text().equals("Checkout and refunds."));
            assertThat(first.onlySession().answers().get(0).editedAt()).isPresent();
        }
    }

    @Test
    void should_not_acknowledge_an_event_it_could_not_record_and_take_slacks_retry() throws Exception {
        try (DisposableRedis redis = new DisposableRedis();
                Harness h = Harness.start(Map.of("REDIS_URL", redis.url()))) {
            String thread = InterviewFlowTest.startInline(h);
            String reply = SlackPayloads.threadReply(ALICE, thread, FakeSlack.nextTs(), "I own checkout.", "EvDOWN01");

            redis.stop();
            HttpResponse<String> whileDown = h.user.event(reply);
            redis.start();

            assertThat(whileDown.statusCode()).isEqualTo(500);
            assertThat(whileDown.body()).doesNotContain("Exception").doesNotContain("at dev.");
            // Slack retries the same event (three times, minutes apart); the client may need a moment to reconnect
            Eventually.until("Slack's retry acknowledged once Redis is back",
                    () -> call(() -> h.user.event(reply)).statusCode() == 200);
            Eventually.until("the retried answer recorded", () -> h.onlySession().answers().size() == 1);
        }
    }

    @Test
    void should_reject_forged_and_stale_signatures_with_401_and_change_nothing() {
        try (Harness h = Harness.start()) {
            String body = "token=x&team_id=" + FakeSlack.TEAM + "&channel_id=C0THREATS1&user_id=" + LEAD
                    + "&command=%2Fthreatmodel&text=start+Payments+%3C%40" + ALICE + "%3E&trigger_id=1";
            HttpResponse<String> forged = h.user.send(body, "application/x-www-form-urlencoded", "wrong-secret",
                    SlackUser.now());
            HttpResponse<String> stale = h.user.send(body, "application/x-www-form-urlencoded", SlackUser.SECRET,
                    SlackUser.now() - 301);

            assertThat(forged.statusCode()).isEqualTo(401);
            assertThat(stale.statusCode()).isEqualTo(401);
            assertThat(forged.body()).doesNotContain("Exception");
            assertThat(h.sessions()).isEmpty();
            assertThat(h.redis().xlen(h.prefix + "inbox")).isZero();
        }
    }

    @Test
    void should_wait_for_retry_after_when_slack_rate_limits_and_post_once() {
        try (Harness h = Harness.start()) {
            h.slack.stub(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1).inScenario("429")
                    .whenScenarioStateIs(STARTED).willSetStateTo("limited-once")
                    .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                            .withHeader("Content-Type", "application/json")
                            .withBody("{\"ok\":false,\"error\":\"ratelimited\"}")));

            InterviewFlowTest.startInline(h);

            var attempts = h.slack.requests("chat.postMessage");
            assertThat(h.slack.rootPosts()).hasSize(2); // the 429 attempt and the one retry
            Duration waited = Duration.between(attempts.get(0).getLoggedDate().toInstant(),
                    attempts.get(1).getLoggedDate().toInstant());
            assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(950));
            assertThat(h.onlySession().kickoffId()).isPresent();
        }
    }

    @Test
    void should_not_post_twice_when_an_uncertain_attempt_actually_reached_slack() {
        try (Harness h = Harness.start()) {
            String thread = InterviewFlowTest.startInline(h);
            String sessionId = h.onlySession().id().value();
            String nextQuestionKey = "q:" + h.onlySession().questions().stream()
                    .filter(q -> q.askedTo().equals(ALICE) && !q.bankId().equals("ownership")
                            && q.status() == dev.threatmodelbot.domain.QuestionStatus.QUEUED)
                    .findFirst().orElseThrow().id();
            // Slack answers 500 although the message was posted: the thread then shows it, with our metadata.
            h.slack.stub(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1).inScenario("uncertain")
                    .whenScenarioStateIs(STARTED).willSetStateTo("failed-once")
                    .willReturn(aResponse().withStatus(500).withBody("upstream timeout")));
            h.slack.stub(post(urlPathEqualTo("/api/conversations.replies")).atPriority(1)
                    .willReturn(okJson("{\"ok\":true,\"has_more\":false,\"messages\":[{\"type\":\"message\","
                            + "\"ts\":\"1999999999.000001\",\"text\":\"question\",\"metadata\":{\"event_type\":"
                            + "\"threatmodel_message\",\"event_payload\":{\"session\":\"" + sessionId + "\",\"key\":\""
                            + nextQuestionKey + "\"}}}]}")));
            int before = h.slack.calls("chat.postMessage").size();

            h.user.reply(ALICE, thread, "Checkout API.");

            Eventually.until("question recorded as posted", () -> h.onlySession().openQuestionFor(ALICE)
                    .flatMap(q -> q.messageId()).map("1999999999.000001"::equals).orElse(false));
            List<Map<String, String>> after = h.slack.calls("chat.postMessage");
            assertThat(after).hasSize(before + 1); // only the failed attempt; no second post
            assertThat(h.slack.calls("conversations.replies")).isNotEmpty();
        }
    }

    @Test
    void should_ignore_the_bots_own_messages_and_other_threads() {
        try (Harness h = Harness.start()) {
            String thread = InterviewFlowTest.startInline(h);
            int before = h.slack.threadPosts(thread).size();
            assertThat(h.user.event(SlackPayloads.ownBotMessage(thread, FakeSlack.nextTs(), "EvBOT1")).statusCode())
                    .isEqualTo(200);
            h.user.reply(ALICE, "1700000000.000001", "a reply in some other thread");
            h.user.reply(InterviewFlowTest.BOB, thread, "Exports and the admin UI.");
            Eventually.until("bob's answer processed and his next question posted", () ->
                    h.onlySession().answers().size() == 1 && h.onlySession().outbox().isEmpty()
                            && h.onlySession().openQuestionFor(InterviewFlowTest.BOB).flatMap(q -> q.messageId())
                                    .isPresent());
            assertThat(h.onlySession().comments()).isEmpty();
            assertThat(h.slack.threadPosts(thread)).hasSize(before + 1);
        }
    }

    private interface Io<T> {
        T get() throws Exception;
    }

    private static <T> T call(Io<T> io) {
        try {
            return io.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
