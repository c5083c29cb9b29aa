package dev.threatmodelbot.support;

import dev.threatmodelbot.adapter.redis.RedisKeys;
import dev.threatmodelbot.adapter.redis.RedisSessionStore;
import dev.threatmodelbot.bootstrap.Config;
import dev.threatmodelbot.bootstrap.Service;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Session;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.RedisClient;

/** The real service in this JVM with Teams on, against a fake Microsoft (keys, tokens, connector) and the test Redis. */
public final class TeamsHarness implements AutoCloseable {
    public final FakeTeams teams;
    public final String prefix;
    public final Map<String, String> env;
    public Service service;
    public TeamsUser user;
    private final RedisClient redis;
    private final RedisSessionStore store;

    private TeamsHarness(FakeTeams teams, String prefix, Map<String, String> extra) {
        this(teams, prefix, env(teams, prefix, extra), true);
    }

    public static TeamsHarness start(Map<String, String> extra) {
        return new TeamsHarness(new FakeTeams(), TestRedis.freshPrefix(), extra);
    }

    /** The service with {@code TEAMS_AUTH=off} (no app registration), against a connector that asks for no token. */
    public static TeamsHarness local() {
        FakeTeams teams = new FakeTeams().anonymous();
        Map<String, String> env = new HashMap<>();
        env.put("PORT", String.valueOf(freePort()));
        env.put("REDIS_URL", TestRedis.url());
        env.put("TEAMS_AUTH", "off");
        String prefix = TestRedis.freshPrefix();
        env.put("REDIS_KEY_PREFIX", prefix);
        return new TeamsHarness(teams, prefix, env, true);
    }

    private TeamsHarness(FakeTeams teams, String prefix, Map<String, String> env, boolean ready) {
        this.teams = teams;
        this.prefix = prefix;
        this.env = env;
        this.redis = RedisClient.create(java.net.URI.create(env.get("REDIS_URL")));
        this.store = new RedisSessionStore(redis, new RedisKeys(prefix), Duration.ofDays(1), Clock.systemUTC());
        start();
    }

    /** Starts the service (again, after {@link #stopService}) on the same port. */
    public void start() {
        this.service = Service.start(Config.from(env), Clock.systemUTC());
        this.user = new TeamsUser(service.port(), teams.serviceUrl());
    }

    public void stopService() {
        service.close();
    }

    static Map<String, String> env(FakeTeams teams, String prefix, Map<String, String> extra) {
        return env(teams, prefix, freePort(), extra);
    }

    /** What the service needs to serve Teams against {@code teams} on {@code port}. */
    public static Map<String, String> env(FakeTeams teams, String prefix, int port, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", String.valueOf(port));
        env.put("REDIS_URL", TestRedis.url());
        env.put("REDIS_KEY_PREFIX", prefix);
        env.put("MICROSOFT_APP_ID", FakeTeams.APP_ID);
        env.put("MICROSOFT_APP_PASSWORD", FakeTeams.PASSWORD);
        env.put("MICROSOFT_APP_TENANT_ID", FakeTeams.TENANT);
        env.put("TEAMS_OPENID_METADATA_URL", FakeTeams.signing().metadataUrl());
        env.put("TEAMS_TOKEN_URL", teams.tokenUrl());
        env.put("PUBLIC_BASE_URL", "http://localhost:" + port);
        env.putAll(extra);
        return env;
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Session> sessions() {
        return store.inChannel(ConversationAddress.channel(Platform.TEAMS, FakeTeams.TENANT, FakeTeams.CHANNEL));
    }

    public Session onlySession() {
        List<Session> all = sessions();
        if (all.size() != 1) {
            throw new AssertionError("expected one session, found " + all.size());
        }
        return all.get(0);
    }

    public RedisClient redis() {
        return redis;
    }

    @Override
    public void close() {
        service.close();
        teams.close();
        redis.close();
    }
}
