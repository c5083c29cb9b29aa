package dev.threatmodelbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.adapter.redis.RedisKeys;
import dev.threatmodelbot.adapter.redis.RedisSessionStore;
import dev.threatmodelbot.domain.Answer;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.support.Eventually;
import dev.threatmodelbot.support.FakeTeams;
import dev.threatmodelbot.support.ServiceProcess;
import dev.threatmodelbot.support.TeamsHarness;
import dev.threatmodelbot.support.TeamsUser;
import dev.threatmodelbot.support.TestRedis;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** The service killed outright mid-interview (SIGKILL) and started again: no answer lost, no message posted twice. */
class TeamsCrashTest {

    @Test
    void a_killed_service_loses_no_answer_and_posts_nothing_twice() throws Exception {
        String prefix = TestRedis.freshPrefix();
        int port = TeamsHarness.freePort();
        try (FakeTeams teams = new FakeTeams(); RedisClient redis = TestRedis.client()) {
            Map<String, String> env = TeamsHarness.env(teams, prefix, port, Map.of());
            RedisSessionStore store = new RedisSessionStore(redis, new RedisKeys(prefix), Duration.ofDays(1),
                    Clock.systemUTC());
            ConversationAddress channel = ConversationAddress.channel(Platform.TEAMS, FakeTeams.TENANT, FakeTeams.CHANNEL);
            TeamsUser user = new TeamsUser(port, teams.serviceUrl());
            String kickoff;
            try (ServiceProcess first = ServiceProcess.start(env, port, Duration.ZERO, "teams-first")) {
                user.command(TeamsUser.CAROL, "start Payments API " + TeamsUser.ALICE.at() + " " + TeamsUser.BOB.at()
                        + " lead:" + TeamsUser.CAROL.at(), TeamsUser.ALICE, TeamsUser.BOB, TeamsUser.CAROL);
                Eventually.until("first questions", Duration.ofSeconds(30), () -> store.inChannel(channel).size() == 1
                        && only(store, channel).questions().stream().filter(q -> q.isOpen() && q.messageId().isPresent())
                                .count() == 2);
                kickoff = only(store, channel).kickoffId().orElseThrow();
                user.reply(TeamsUser.ALICE, kickoff, "I own the checkout API and the orders database.");
                first.kill(); // whatever it was doing with Alice's answer is cut off
            }
            try (ServiceProcess second = ServiceProcess.start(env, port, Duration.ZERO, "teams-second")) {
                user.reply(TeamsUser.BOB, kickoff, "The nightly export job and the admin console are mine.");
                Eventually.until("both answers and both next questions", Duration.ofSeconds(30), () -> {
                    Session s = only(store, channel);
                    return s.answers().size() == 2 && s.openQuestionFor(TeamsUser.ALICE.id()).flatMap(q -> q.messageId())
                            .isPresent() && s.openQuestionFor(TeamsUser.BOB.id()).flatMap(q -> q.messageId()).isPresent()
                            && s.outbox().isEmpty();
                });
                Session s = only(store, channel);
                assertThat(s.answers()).extracting(Answer::author).containsExactlyInAnyOrder(TeamsUser.ALICE.id(),
                        TeamsUser.BOB.id());
                List<String> posted = teams.calls().stream().filter(c -> c.method().equals("POST"))
                        .map(c -> c.body().toString()).toList();
                assertThat(posted).as("no message posted twice").doesNotHaveDuplicates();
                assertThat(teams.calls().stream().filter(c -> c.path().equals("/v3/conversations"))).hasSize(1);
            }
        }
    }

    private static Session only(RedisSessionStore store, ConversationAddress channel) {
        List<Session> all = store.inChannel(channel);
        if (all.size() != 1) {
            throw new AssertionError("expected one session, found " + all.size());
        }
        return all.get(0);
    }
}
