package dev.threatmodelbot.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.application.Job;
import dev.threatmodelbot.application.SessionStore;
import dev.threatmodelbot.application.SessionStoreContract;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.SessionState;
import dev.threatmodelbot.support.TestRedis;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** The Redis adapter against a real Redis: the shared contract plus expiry and jobs. */
class RedisSessionStoreTest extends SessionStoreContract {
    private final RedisClient redis = TestRedis.client();
    private final RedisKeys keys = new RedisKeys(TestRedis.freshPrefix());
    private final RedisSessionStore store = new RedisSessionStore(redis, keys, Duration.ofDays(180),
            Clock.systemUTC());

    @Override
    protected SessionStore store() {
        return store;
    }

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void should_expire_a_closed_session_after_retention_and_schedule_jobs_atomically() {
        Session open = session(new SessionId("TM-EXPR"));
        store.save(open, List.of(new Job(Job.Kind.REMIND, open.id(), "Q1", 1, Instant.parse("2026-11-19T10:00:00Z"))));
        assertThat(redis.pttl(keys.session(open.id()))).isEqualTo(-1);
        assertThat(redis.zcard(keys.jobs())).isEqualTo(1);

        store.save(open.withState(SessionState.CANCELLED, Instant.now()), List.of());

        long ttl = redis.pttl(keys.session(open.id()));
        assertThat(ttl).isBetween(Duration.ofDays(179).toMillis(), Duration.ofDays(180).toMillis());
        assertThat(redis.pttl(keys.thread(open.thread().orElseThrow()))).isPositive();
    }
}
