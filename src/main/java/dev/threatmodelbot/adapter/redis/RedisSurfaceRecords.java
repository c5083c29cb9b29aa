package dev.threatmodelbot.adapter.redis;

import dev.threatmodelbot.application.chat.SurfaceRecords;
import java.time.Duration;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/** A surface's own records as plain Redis strings under the service's key prefix ({@code surface:}), each with its expiry. */
public final class RedisSurfaceRecords implements SurfaceRecords {
    private final UnifiedJedis redis;
    private final String prefix;

    RedisSurfaceRecords(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.prefix = keys.prefix() + "surface:";
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(redis.get(prefix + key));
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        redis.set(prefix + key, value, SetParams.setParams().px(Math.max(1, ttl.toMillis())));
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        return "OK".equals(redis.set(prefix + key, value, SetParams.setParams().nx().px(Math.max(1, ttl.toMillis()))));
    }
}
