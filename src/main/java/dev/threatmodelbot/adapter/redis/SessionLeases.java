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
    static final Duration LEASE = Duration.ofMinutes(5);
    /** The lease each worker thread holds, so saves can be fenced by it. */
    private static final ThreadLocal<Lease> HELD = new ThreadLocal<>();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final String instance;
    private final Duration wait;
    private final java.util.Queue<Lease> unreleased = new java.util.concurrent.ConcurrentLinkedQueue<>();

    SessionLeases(UnifiedJedis redis, RedisKeys keys, String instance) {
        this(redis, keys, instance, WAIT);
    }

    SessionLeases(UnifiedJedis redis, RedisKeys keys, String instance, Duration wait) {
        this.redis = redis;
        this.keys = keys;
        this.instance = instance;
        this.wait = wait;
    }

    /** Waits a little for a busy session; empty when it stays busy. */
    Optional<Lease> acquire(SessionId id) {
        releaseLeftOvers();
        String owner = instance + "|" + UUID.randomUUID();
        long deadline = System.nanoTime() + wait.toNanos();
        do {
            Object got = redis.eval(Scripts.ACQUIRE_LOCK, List.of(keys.lock(id)),
                    List.of(owner, String.valueOf(LEASE.toMillis()), keys.instancePrefix()));
            if (Long.valueOf(1).equals(got)) {
                Lease lease = new Lease(id, owner);
                HELD.set(lease);
                return Optional.of(lease);
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

    /**
     * Leases whose release failed (Redis unreachable for a moment) are released as soon as Redis answers
     * again, rather than holding their sessions until the lease expires.
     */
    private void releaseLeftOvers() {
        for (Lease lease : unreleased) {
            try {
                redis.eval(Scripts.RELEASE_LOCK, List.of(keys.lock(lease.id)), List.of(lease.owner));
                unreleased.remove(lease);
            } catch (RuntimeException stillDown) {
                return;
            }
        }
    }

    /** The owner token of this thread's lease on {@code id}, if it holds one. */
    static Optional<String> heldBy(SessionId id) {
        return held(id).map(l -> l.owner);
    }

    /** This thread's lease on {@code id}, if it holds one. */
    static Optional<Lease> held(SessionId id) {
        Lease lease = HELD.get();
        return lease != null && lease.id.equals(id) ? Optional.of(lease) : Optional.empty();
    }

    /** A held lease; closing releases it if it is still ours. */
    final class Lease implements AutoCloseable {
        /** A lease is renewed on a save only once a fifth of it has passed: most saves leave it as it is. */
        private static final long RENEW_AFTER_NANOS = LEASE.toNanos() / 5;

        private final SessionId id;
        private final String owner;
        private long renewedAt = System.nanoTime();

        private Lease(SessionId id, String owner) {
            this.id = id;
            this.owner = owner;
        }

        String owner() {
            return owner;
        }

        boolean renewalDue() {
            return System.nanoTime() - renewedAt > RENEW_AFTER_NANOS;
        }

        void renewed() {
            renewedAt = System.nanoTime();
        }

        @Override
        public void close() {
            HELD.remove();
            try {
                redis.eval(Scripts.RELEASE_LOCK, List.of(keys.lock(id)), List.of(owner));
            } catch (RuntimeException e) {
                unreleased.add(this);
                throw e;
            }
        }
    }
}
