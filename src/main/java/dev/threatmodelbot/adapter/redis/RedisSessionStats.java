package dev.threatmodelbot.adapter.redis;

import dev.threatmodelbot.domain.Session;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/**
 * One short line per session in a hash ({@code stats:sessions}): its state, how many messages it still has to
 * deliver and since when. Written on every save, so every replica's metrics see the whole deployment.
 */
public final class RedisSessionStats {
    /** Sessions by state, the messages waiting to be delivered, and the age in milliseconds of the oldest wait. */
    public record Snapshot(Map<String, Long> byState, long backlog, long oldestMs) {}

    private final UnifiedJedis redis;
    private final String key;
    private final RedisKeys keys;

    RedisSessionStats(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
        this.key = keys.prefix() + "stats:sessions";
    }

    /** One round trip: the line written, keeping when the wait began while messages keep waiting. */
    private static final String WRITE = String.join("\n",
            "local old = redis.call('HGET', KEYS[1], ARGV[1])",
            "local since = ARGV[4]",
            "if tonumber(ARGV[3]) == 0 then since = '0'",
            "elseif old then",
            "  local waiting, began = string.match(old, '^%S+ (%d+) (%d+)$')",
            "  if waiting and tonumber(waiting) > 0 then since = began end",
            "end",
            "redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. ' ' .. ARGV[3] .. ' ' .. since)",
            "return 1");

    /** Written on every save, by whichever replica saved: a line one replica remembered could be stale. */
    void saved(Session s, long nowMs) {
        int waiting = s.outbox().size() + s.tickets().size();
        redis.eval(WRITE, List.of(key), List.of(s.id().value(), s.state().name(), String.valueOf(waiting),
                String.valueOf(nowMs)));
    }

    public Snapshot snapshot(long nowMs) {
        Map<String, Long> byState = new TreeMap<>();
        long backlog = 0;
        long oldest = 0;
        Map<String, String> lines = redis.hgetAll(key);
        List<String> gone = new java.util.ArrayList<>(); // sessions past their retention: their lines go too
        for (Map.Entry<String, String> e : lines.entrySet()) {
            if (!redis.exists(keys.session(new dev.threatmodelbot.domain.SessionId(e.getKey())))) {
                gone.add(e.getKey());
                continue;
            }
            String[] f = e.getValue().split(" ");
            if (f.length != 3) {
                continue;
            }
            byState.merge(f[0], 1L, Long::sum);
            long waiting = Long.parseLong(f[1]);
            backlog += waiting;
            if (waiting > 0) {
                oldest = Math.max(oldest, nowMs - Long.parseLong(f[2]));
            }
        }
        if (!gone.isEmpty()) {
            redis.hdel(key, gone.toArray(String[]::new));
        }
        return new Snapshot(byState, backlog, oldest);
    }
}
