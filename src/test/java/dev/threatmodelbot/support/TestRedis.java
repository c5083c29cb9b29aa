package dev.threatmodelbot.support;

import dev.threatmodelbot.adapter.redis.EmbeddedRedis;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClient;

/**
 * The Redis tests run against: {@code REDIS_URL} when set, else a server on 127.0.0.1:6379, else an
 * embedded one. Each test isolates itself with a fresh key prefix, never by flushing.
 */
public final class TestRedis {
    private static String url;

    private TestRedis() {}

    public static synchronized String url() {
        if (url == null) {
            url = Optional.ofNullable(System.getenv("REDIS_URL")).filter(u -> !u.isBlank())
                    .or(TestRedis::local)
                    .orElseGet(TestRedis::embedded);
        }
        return url;
    }

    public static RedisClient client() {
        return RedisClient.create(URI.create(url()));
    }

    public static String freshPrefix() {
        return "tm-test-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }

    private static Optional<String> local() {
        try (Jedis probe = new Jedis("127.0.0.1", 6379, 300)) {
            return "PONG".equals(probe.ping()) ? Optional.of("redis://127.0.0.1:6379") : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String embedded() {
        try {
            Path dir = Files.createTempDirectory("tm-redis");
            EmbeddedRedis redis = new EmbeddedRedis(dir);
            String started = redis.start();
            Runtime.getRuntime().addShutdownHook(new Thread(redis::close));
            return started;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
