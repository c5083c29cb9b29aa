package dev.threatmodelbot.adapter.redis;

import dev.threatmodelbot.domain.SessionId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import redis.clients.jedis.UnifiedJedis;

/**
 * Per-session leases so that one session's events are processed one at a time across replicas.
 * A lease of a replica whose heartbeat expired is taken over at once (see {@code acquire-lock.lua}).
 */
final class SessionLeases {
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final String instance;

    SessionLeases(UnifiedJedis redis, RedisKeys keys, String instance) {
        this.redis = redis;
        this.keys = keys;
        this.instance = instance;
    }

    /** Waits a little for a busy session; empty when it stays busy. */
    Optional<Lease> acquire(SessionId id) {
        String owner = instance + "|" + UUID.randomUUID();
        long deadline = System.nanoTime() + WAIT.toNanos();
        do {
            Object got = redis.eval(Scripts.ACQUIRE_LOCK, List.of(keys.lock(id)),
                    List.of(owner, String.valueOf(LEASE.toMillis()), keys.instancePrefix()));
            if (Long.valueOf(1).equals(got)) {
                return Optional.of(new Lease(id, owner));
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    /** A held lease; closing releases it if it is still ours. */
    final class Lease implements AutoCloseable {
        private final SessionId id;
        private final String owner;

        private Lease(SessionId id, String owner) {
            this.id = id;
            this.owner = owner;
        }

        @Override
        public void close() {
            redis.eval(Scripts.RELEASE_LOCK, List.of(keys.lock(id)), List.of(owner));
        }
    }
}
