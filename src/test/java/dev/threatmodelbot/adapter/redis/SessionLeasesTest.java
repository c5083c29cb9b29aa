package dev.threatmodelbot.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodelbot.application.port.BotException;
import dev.threatmodelbot.application.SessionStoreContract;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.support.TestRedis;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** Saves are fenced by the session lease: a worker that lost it cannot overwrite its successor's state. */
class SessionLeasesTest {
    private final RedisClient redis = TestRedis.client();
    private final RedisKeys keys = new RedisKeys(TestRedis.freshPrefix());
    private final RedisSessionStore store = new RedisSessionStore(redis, keys, Duration.ofDays(1), Clock.systemUTC());

    @AfterEach
    void close() {
        redis.close();
    }

    static class Sessions extends SessionStoreContract {
        @Override
        protected dev.threatmodelbot.application.port.SessionStore store() {
            throw new UnsupportedOperationException();
        }

        static Session of(String id) {
            return session(new SessionId(id));
        }
    }

    @Test
    void should_refuse_a_save_once_the_lease_was_taken_over() {
        Session s = Sessions.of("TM-FENC");
        SessionLeases mine = new SessionLeases(redis, keys, "alive1");
        redis.set(keys.instancePrefix() + "alive1", "1");
        try (SessionLeases.Lease lease = mine.acquire(s.id()).orElseThrow()) {
            store.save(s, List.of());
            redis.set(keys.lock(s.id()), "other|token"); // taken over while we were paused

            assertThatThrownBy(() -> store.save(s, List.of())).isInstanceOf(BotException.class)
                    .matches(e -> ((BotException) e).retriable());
        }
    }

    @Test
    void should_take_over_the_lease_of_a_replica_without_heartbeat_but_not_of_a_live_one() {
        SessionId id = new SessionId("TM-TAKE");
        redis.set(keys.lock(id), "dead|token");
        SessionLeases leases = new SessionLeases(redis, keys, "me");

        try (SessionLeases.Lease lease = leases.acquire(id).orElseThrow()) {
            assertThat(redis.get(keys.lock(id))).startsWith("me|");
        }
        redis.set(keys.instancePrefix() + "busy", "1");
        redis.set(keys.lock(id), "busy|token");
        assertThat(new SessionLeases(redis, keys, "me", Duration.ofMillis(200)).acquire(id)).isEmpty();
    }

    @Test
    void should_free_a_lease_whose_release_failed_once_redis_is_back_rather_than_when_it_expires() throws Exception {
        try (dev.threatmodelbot.support.DisposableRedis own = new dev.threatmodelbot.support.DisposableRedis();
                RedisClient client = RedisClient.create(java.net.URI.create(own.url()))) {
            client.set(keys.instancePrefix() + "me", "alive");
            SessionLeases leases = new SessionLeases(client, keys, "me", Duration.ofMillis(300));
            SessionId id = new SessionId("TM-GXST");
            SessionLeases.Lease lease = leases.acquire(id).orElseThrow();

            own.stop();
            assertThatThrownBy(lease::close).isInstanceOf(RuntimeException.class);
            own.start();
            client.set(keys.instancePrefix() + "me", "alive");

            assertThat(leases.acquire(id)).isPresent();
        }
    }
}
