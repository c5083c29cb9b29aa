package dev.threatmodelbot.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.threatmodelbot.e2e.InterviewFlowTest.ALICE;
import static dev.threatmodelbot.e2e.InterviewFlowTest.BOB;
import static dev.threatmodelbot.e2e.InterviewFlowTest.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.adapter.redis.RedisKeys;
import dev.threatmodelbot.adapter.redis.RedisSessionStore;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.Draft;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.FakeJira;
import dev.threatmodelbot.support.SlackPayloads;
import dev.threatmodelbot.support.FakeSlack;
import dev.threatmodelbot.support.Harness;
import dev.threatmodelbot.support.SlackUser;
import dev.threatmodelbot.support.TestRedis;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * The service as a separate process, killed with SIGKILL while it is delivering an answer's
 * follow-up and holding a second acknowledged answer; a new process on the same Redis carries on
 * with no answer lost and no message posted twice.
 */
class CrashRecoveryTest {

    @Test
    void should_resume_every_acknowledged_answer_after_sigkill() throws Exception {
        String prefix = TestRedis.freshPrefix();
        try (FakeSlack slack = new FakeSlack(); RedisClient redis = TestRedis.client()) {
            RedisSessionStore store = new RedisSessionStore(redis, new RedisKeys(prefix), Duration.ofDays(1),
                    Clock.systemUTC());
            Function<Void, Session> session = v -> store.inChannel(
                    ConversationAddress.channel(Platform.SLACK, FakeSlack.TEAM, SlackUser.CHANNEL)).get(0);
            int port = freePort();
            Process first = launch(slack, prefix, port, "first");
            SlackUser user = new SlackUser(port);
            String thread;
            try {
                user.command(LEAD, "start Payments API <@" + ALICE + "> <@" + BOB + "> lead:<@" + LEAD + ">");
                Eventually.until("questions posted", Duration.ofSeconds(30), () -> {
                    Session s = session.apply(null);
                    return s.questions().stream().filter(q -> q.isOpen() && q.messageId().isPresent()).count() == 2;
                });
                thread = session.apply(null).kickoffId().orElseThrow();

                // From now on Slack takes 5 s to answer a post: the process will die mid-delivery.
                slack.stub(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
                        .willReturn(aResponse().withTransformers("posted-ts").withFixedDelay(5000)));
                int postsBefore = slack.accepted().size();
                user.reply(ALICE, thread, "I own the checkout API.");
                user.reply(BOB, thread, "I run the nightly export.");
                Eventually.until("a follow-up question in flight", () ->
                        slack.accepted().size() > postsBefore);
                // acknowledged while the session is busy, so never processed by this process
                user.reply(InterviewFlowTest.OUTSIDER, thread, "Heads-up: the export also lands in S3.");
            } finally {
                first.destroyForcibly().waitFor(); // SIGKILL
            }
            slack.stub(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1)
                    .willReturn(aResponse().withTransformers("posted-ts")));

            Process second = launch(slack, prefix, port, "second");
            try {
                Eventually.until("both answers kept and both follow-ups asked", Duration.ofSeconds(40), () -> {
                    Session s = session.apply(null);
                    return s.answers().size() == 2 && s.outbox().isEmpty() && s.comments().size() == 1
                            && s.openQuestionFor(ALICE).flatMap(q -> q.messageId()).isPresent()
                            && s.openQuestionFor(BOB).flatMap(q -> q.messageId()).isPresent();
                });
                Session s = session.apply(null);
                assertThat(s.answers()).extracting(a -> a.text())
                        .containsExactlyInAnyOrder("I own the checkout API.", "I run the nightly export.");
                assertThat(s.comments().get(0).text()).contains("S3");
                Map<String, Long> postsPerKey = slack.accepted().stream()
                        .filter(m -> thread.equals(m.get("thread_ts")))
                        .collect(Collectors.groupingBy(m -> m.getOrDefault("metadata", "?"), Collectors.counting()));
                assertThat(postsPerKey.values()).as("no message posted twice").allMatch(n -> n == 1);
            } finally {
                second.destroy();
                second.waitFor();
            }
        }
    }

    /**
     * Killed after Jira made the ticket but before its answer came back: the next process finds the
     * ticket by the threat's label and records it, so the threat is filed once.
     */
    @Test
    void should_not_file_a_ticket_twice_when_killed_between_creating_and_recording_it() throws Exception {
        String prefix = TestRedis.freshPrefix();
        try (FakeSlack slack = new FakeSlack(); FakeJira jira = new FakeJira(); RedisClient redis = TestRedis.client()) {
            RedisSessionStore store = new RedisSessionStore(redis, new RedisKeys(prefix), Duration.ofDays(1),
                    Clock.systemUTC());
            java.util.function.Supplier<Session> session = () -> store.inChannel(
                    ConversationAddress.channel(Platform.SLACK, FakeSlack.TEAM, SlackUser.CHANNEL)).get(0);
            java.util.function.Supplier<Draft> draft = () -> session.get().draft().orElseThrow();
            int port = freePort();
            Process first = launch(slack, prefix, port, "jira-first", jira.env());
            SlackUser user = new SlackUser(port);
            try {
                user.interaction(SlackPayloads.viewSubmission(LEAD, "V0FORMJIRA", "Orders", java.util.List.of(ALICE),
                        LEAD, DraftReviewTest.DOC));
                Eventually.until("interview started", Duration.ofSeconds(30), () -> store.inChannel(
                        ConversationAddress.channel(Platform.SLACK, FakeSlack.TEAM, SlackUser.CHANNEL)).size() == 1
                        && session.get().kickoffId().isPresent());
                String id = session.get().id().value();
                user.command(LEAD, "draft " + id);
                Eventually.until("gathered", Duration.ofSeconds(30), () -> session.get().state() == SessionState.GATHERED
                        && session.get().outbox().isEmpty());
                user.command(LEAD, "draft " + id);
                Eventually.until("draft posted", Duration.ofSeconds(30), () -> session.get().draft()
                        .map(d -> d.rootId().isPresent() && d.threats().stream().allMatch(t -> t.messageId().isPresent()))
                        .orElse(false) && session.get().outbox().isEmpty());
                user.react(LEAD, draft.get().byNumber(1).orElseThrow().messageId().orElseThrow(), "white_check_mark",
                        true);
                Eventually.until("approved", Duration.ofSeconds(30), () -> draft.get().byNumber(1).orElseThrow()
                        .status() == Decision.Kind.APPROVED);
                jira.plan(FakeJira.Plan.createdButLost(502, 20_000)); // made at once, answered too late
                user.react(LEAD, draft.get().rootId().orElseThrow(), "rocket", true);
                Eventually.until("ticket created in Jira", Duration.ofSeconds(30), () -> jira.issues().size() == 1);
            } finally {
                first.destroyForcibly().waitFor(); // SIGKILL before the answer
            }
            assertThat(draft.get().byNumber(1).orElseThrow().ticket()).as("not recorded before the kill").isEmpty();

            Process second = launch(slack, prefix, port, "jira-second", jira.env());
            try {
                Eventually.until("ticket recorded", Duration.ofSeconds(60), () -> draft.get().byNumber(1).orElseThrow()
                        .ticket().isPresent() && session.get().outbox().isEmpty());
                assertThat(jira.createCalls()).isEqualTo(1);
                assertThat(jira.issues()).hasSize(1);
                assertThat(draft.get().byNumber(1).orElseThrow().ticket().get().key())
                        .isEqualTo(jira.issues().keySet().iterator().next());
            } finally {
                second.destroy();
                second.waitFor();
            }
        }
    }

    private static Process launch(FakeSlack slack, String prefix, int port, String name) throws Exception {
        return launch(slack, prefix, port, name, Map.of());
    }

    private static Process launch(FakeSlack slack, String prefix, int port, String name, Map<String, String> extra)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.threatmodelbot.bootstrap.Main");
        pb.environment().clear();
        Map<String, String> env = new java.util.HashMap<>(extra);
        env.put("PORT", String.valueOf(port));
        pb.environment().putAll(Harness.env(slack, prefix, env));
        pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        File log = Path.of("target", "crash-" + name + ".log").toFile();
        pb.redirectErrorStream(true).redirectOutput(log);
        Process p = pb.start();
        HttpClient http = HttpClient.newHttpClient();
        Eventually.until(name + " server healthy", Duration.ofSeconds(30), () -> {
            if (!p.isAlive()) {
                throw new AssertionError(name + " server exited; see " + log);
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException | InterruptedException e) {
                return false;
            }
        });
        return p;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
