package dev.threatmodelbot.adapter.redis;

import dev.threatmodelbot.domain.SessionId;
import redis.clients.jedis.UnifiedJedis;

/** A session's lease held by the calling thread, as a worker holds it, for tests and benchmarks outside this package. */
public final class TestLeases {
    private TestLeases() {}

    /** Takes the lease on {@code id} for this thread; closing releases it. */
    public static AutoCloseable hold(UnifiedJedis redis, String prefix, SessionId id) {
        return new SessionLeases(redis, new RedisKeys(prefix), "bench").acquire(id)
                .orElseThrow(() -> new IllegalStateException("session " + id + " is busy"));
    }
}
