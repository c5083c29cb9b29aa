package dev.threatmodelbot.adapter.redis;

import dev.threatmodelbot.application.ProcessEvent;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import redis.clients.jedis.RedisClient;

/**
 * The Redis the service runs on: the configured one, or an embedded one under the data directory.
 * Hands out the store, inbox and background runtime built on it.
 */
public final class RedisBackend implements AutoCloseable {
    private final Optional<EmbeddedRedis> embedded;
    private final URI target;
    private final RedisClient redis;
    private final RedisKeys keys;

    private RedisBackend(Optional<EmbeddedRedis> embedded, URI target, RedisClient redis, RedisKeys keys) {
        this.embedded = embedded;
        this.target = target;
        this.redis = redis;
        this.keys = keys;
    }

    /** Connects (starting the embedded server when no URL is given) and checks that Redis answers. */
    public static RedisBackend connect(Optional<URI> url, Path dataDir, String keyPrefix) {
        Optional<EmbeddedRedis> embedded = url.isPresent()
                ? Optional.empty() : Optional.of(new EmbeddedRedis(dataDir.resolve("redis")));
        URI target = url.orElseGet(() -> URI.create(embedded.orElseThrow().start()));
        RedisClient redis = RedisClient.create(target);
        try {
            redis.ping();
        } catch (RuntimeException e) {
            redis.close();
            throw new IllegalStateException("Redis at " + target.getHost() + ":" + target.getPort()
                    + " does not answer: " + e.getMessage(), e);
        }
        return new RedisBackend(embedded, target, redis, new RedisKeys(keyPrefix));
    }

    public RedisSessionStore sessionStore(Duration retention, Clock clock) {
        return new RedisSessionStore(redis, keys, retention, clock);
    }

    /** Conversations the service hosts itself (the web workspace). */
    public RedisHostedConversations hostedConversations() {
        return new RedisHostedConversations(redis, keys);
    }

    /** A surface's own small records (Teams: service URLs, names, posted messages). */
    public RedisSurfaceRecords surfaceRecords() {
        return new RedisSurfaceRecords(redis, keys);
    }

    public RedisInbox inbox() {
        return new RedisInbox(redis, keys);
    }

    public RedisRuntime runtime(ProcessEvent process, Clock clock, int threads) {
        return new RedisRuntime(target, redis, keys, process, clock, threads);
    }

    public RedisRuntime runtime(ProcessEvent process, Clock clock, int threads,
            dev.threatmodelbot.application.port.Metrics metrics) {
        return new RedisRuntime(target, redis, keys, process, clock, threads, metrics);
    }

    /** True while Redis answers; used by the readiness probe. */
    public boolean ready() {
        try {
            return "PONG".equals(redis.ping());
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        redis.close();
        embedded.ifPresent(EmbeddedRedis::close);
    }
}
