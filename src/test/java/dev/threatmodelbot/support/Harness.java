package dev.threatmodelbot.support;

import dev.threatmodelbot.adapter.redis.RedisKeys;
import dev.threatmodelbot.adapter.redis.RedisSessionStore;
import dev.threatmodelbot.bootstrap.Config;
import dev.threatmodelbot.bootstrap.Service;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Session;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.RedisClient;

/** The real service in this JVM, on a free port, against a fake Slack and the test Redis under its own prefix. */
public final class Harness implements AutoCloseable {
    public final FakeSlack slack;
    public final String prefix;
    public final Service service;
    public final SlackUser user;
    private final boolean ownsSlack;
    private final RedisClient redis;
    private final RedisSessionStore store;

    private Harness(FakeSlack slack, boolean ownsSlack, String prefix, Map<String, String> extra) {
        this(slack, ownsSlack, prefix, extra, Clock.systemUTC());
    }

    private Harness(FakeSlack slack, boolean ownsSlack, String prefix, Map<String, String> extra, Clock clock) {
        this.slack = slack;
        this.ownsSlack = ownsSlack;
        this.prefix = prefix;
        Map<String, String> env = env(slack, prefix, extra);
        this.redis = RedisClient.create(java.net.URI.create(env.get("REDIS_URL")));
        this.service = Service.start(Config.from(env), clock);
        this.user = new SlackUser(service.port());
        this.store = new RedisSessionStore(redis, new RedisKeys(prefix), Duration.ofDays(1), Clock.systemUTC());
    }

    public static Harness start() {
        return start(Map.of());
    }

    public static Harness start(Map<String, String> extra) {
        return new Harness(new FakeSlack(), true, TestRedis.freshPrefix(), extra);
    }

    /**
     * The service running as if it were a Wednesday at 10:00 UTC (time still passes): everyone may be
     * asked unprompted, whatever the day and hour the test runs at.
     */
    public static Harness startOnAWorkdayMorning(Map<String, String> extra) {
        java.time.Instant wednesday = java.time.Instant.parse("2026-11-18T10:00:00Z");
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(java.time.Instant.now(), wednesday));
        return new Harness(new FakeSlack(), true, TestRedis.freshPrefix(), extra, clock);
    }

    /** Another replica: same fake Slack, same Redis keys. */
    public Harness replica() {
        return replicaWith(Map.of());
    }

    public Harness replicaWith(Map<String, String> extra) {
        return new Harness(slack, false, prefix, extra);
    }

    public static Map<String, String> env(FakeSlack slack, String prefix, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("REDIS_URL", TestRedis.url());
        env.put("REDIS_KEY_PREFIX", prefix);
        env.put("SLACK_BOT_TOKEN", FakeSlack.TOKEN);
        env.put("SLACK_SIGNING_SECRET", SlackUser.SECRET);
        env.put("SLACK_API_URL", slack.apiUrl());
        env.putAll(extra);
        return env;
    }

    /**
     * Starts an interview through the start form and waits until every engineer's first question is
     * posted; returns the thread (the kickoff's ts).
     */
    public String startFromForm(String lead, String system, List<String> engineers, String doc) {
        user.interaction(SlackPayloads.viewSubmission(lead, "V0FORM" + System.nanoTime(), system, engineers, lead,
                doc));
        Eventually.until("first questions posted", () -> sessions().size() == 1
                && onlySession().questions().stream().filter(q -> q.isOpen() && q.messageId().isPresent())
                        .count() == engineers.size());
        return onlySession().kickoffId().orElseThrow();
    }

    /** The lead's {@code /threatmodel draft}: ends the interview with the summary back, waits until it is out. */
    public void gathered(String lead, String id) {
        user.command(lead, "draft " + id);
        Eventually.until("gathered", () -> onlySession().state() == dev.threatmodelbot.domain.SessionState.GATHERED
                && onlySession().outbox().isEmpty());
    }

    /** The lead's {@code /threatmodel draft} on a gathered session: waits until the root and every threat are posted. */
    public void draftPosted(String lead, String id) {
        user.command(lead, "draft " + id);
        Eventually.until("draft posted", () -> onlySession().draft().map(d -> d.rootId().isPresent()
                && d.threats().stream().allMatch(t -> t.messageId().isPresent())).orElse(false)
                && onlySession().outbox().isEmpty());
    }

    public List<Session> sessions() {
        return store.inChannel(ConversationAddress.channel(Platform.SLACK, FakeSlack.TEAM, SlackUser.CHANNEL));
    }

    public Session onlySession() {
        List<Session> all = sessions();
        if (all.size() != 1) {
            throw new AssertionError("expected one session, found " + all.size());
        }
        return all.get(0);
    }

    public RedisSessionStore store() {
        return store;
    }

    public RedisClient redis() {
        return redis;
    }

    @Override
    public void close() {
        service.close();
        if (ownsSlack) {
            slack.close();
        }
        redis.close();
    }
}
