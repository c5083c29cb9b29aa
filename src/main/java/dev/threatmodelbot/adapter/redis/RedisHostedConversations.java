package dev.threatmodelbot.adapter.redis;

import dev.threatmodelbot.application.chat.HostedConversations;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import redis.clients.jedis.UnifiedJedis;

/**
 * Hosted conversations in Redis: per space a counter for ids, a list of ids in posting order, a hash
 * of contents, a hash from delivery key to id (first writer wins), a set of reactions per message and
 * a version counter; files as plain values. All under the service's key prefix ({@code web:}).
 */
public final class RedisHostedConversations implements HostedConversations {
    private static final String POST = String.join("\n",
            "local existing = redis.call('HGET', KEYS[1], ARGV[1])",
            "if existing then return existing end",
            "local id = tostring(1000000 + redis.call('INCR', KEYS[2]))",
            "redis.call('HSET', KEYS[1], ARGV[1], id)",
            "redis.call('HSET', KEYS[3], id, ARGV[2])",
            "redis.call('RPUSH', KEYS[4], id)",
            "redis.call('INCR', KEYS[5])",
            "return id");
    private static final String REPLACE = String.join("\n",
            "if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end",
            "redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])",
            "redis.call('INCR', KEYS[2])",
            "return 1");

    private final UnifiedJedis redis;
    private final String prefix;

    RedisHostedConversations(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.prefix = keys.prefix() + "web:";
    }

    @Override
    public String post(String space, String key, String content) {
        Object id = redis.eval(POST, List.of(key(space, "keys"), key(space, "seq"), key(space, "messages"),
                key(space, "order"), key(space, "version")), List.of(key, content));
        return String.valueOf(id);
    }

    @Override
    public void replace(String space, String id, String content) {
        redis.eval(REPLACE, List.of(key(space, "messages"), key(space, "version")), List.of(id, content));
    }

    @Override
    public Optional<String> message(String space, String id) {
        return Optional.ofNullable(redis.hget(key(space, "messages"), id));
    }

    @Override
    public List<Stored> messages(String space) {
        List<String> ids = redis.lrange(key(space, "order"), 0, -1);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, String> contents = redis.hgetAll(key(space, "messages"));
        List<Stored> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            String content = contents.get(id);
            if (content != null) {
                out.add(new Stored(id, content));
            }
        }
        return out;
    }

    @Override
    public boolean react(String space, String messageId, String reaction, String user, boolean on) {
        String member = reaction + "|" + user;
        long changed = on ? redis.sadd(key(space, "reactions:" + messageId), member)
                : redis.srem(key(space, "reactions:" + messageId), member);
        if (changed > 0) {
            redis.incr(key(space, "version"));
        }
        return changed > 0;
    }

    @Override
    public Set<String> reactions(String space, String messageId) {
        return redis.smembers(key(space, "reactions:" + messageId));
    }

    @Override
    public void putFile(String id, byte[] content) {
        redis.set((prefix + "file:" + id).getBytes(StandardCharsets.UTF_8), content);
    }

    @Override
    public Optional<byte[]> file(String id) {
        return Optional.ofNullable(redis.get((prefix + "file:" + id).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public Optional<String> setting(String name) {
        return Optional.ofNullable(redis.get(prefix + "setting:" + name));
    }

    @Override
    public void setting(String name, String value) {
        redis.set(prefix + "setting:" + name, value);
    }

    @Override
    public long version(String space) {
        String v = redis.get(key(space, "version"));
        return v == null ? 0 : Long.parseLong(v);
    }

    private String key(String space, String part) {
        return prefix + space + ":" + part;
    }
}
