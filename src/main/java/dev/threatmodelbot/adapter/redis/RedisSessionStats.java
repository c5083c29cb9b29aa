package dev.threatmodelbot.adapter.redis;

import dev.threatmodelbot.domain.Session;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import redis.clients.jedis.UnifiedJedis;

/**
 * One short line per session in a hash ({@code stats:sessions}): its state, how many messages it still has to
 * deliver and since when. Written on save when either changed, so every replica's metrics see the whole deployment.
 */
public final class RedisSessionStats {
    /** Sessions by state, the messages waiting to be delivered, and the age in milliseconds of the oldest wait. */
    public record Snapshot(Map<String, Long> byState, long backlog, long oldestMs) {}

    private static final int MAX_REMEMBERED = 50_000;
    private final UnifiedJedis redis;
    private final String key;
    private final Map<String, String> written = new ConcurrentHashMap<>();

    RedisSessionStats(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.key = keys.prefix() + "stats:sessions";
    }

    void saved(Session s, long nowMs) {
        int waiting = s.outbox().size() + s.tickets().size();
        String before = written.get(s.id().value());
        String[] old = before == null ? null : before.split(" ");
        boolean sameState = old != null && old[0].equals(s.state().name());
        boolean sameWait = old != null && (Integer.parseInt(old[1]) == 0) == (waiting == 0)
                && Integer.parseInt(old[1]) == waiting;
        if (sameState && sameWait) {
            return;
        }
        long since = waiting == 0 ? 0 : old != null && Integer.parseInt(old[1]) > 0 ? Long.parseLong(old[2]) : nowMs;
        String line = s.state().name() + " " + waiting + " " + since;
        redis.hset(key, s.id().value(), line);
        if (written.size() > MAX_REMEMBERED) {
            written.clear();
        }
        written.put(s.id().value(), line);
    }

    public Snapshot snapshot(long nowMs) {
        Map<String, Long> byState = new TreeMap<>();
        long backlog = 0;
        long oldest = 0;
        for (String line : redis.hgetAll(key).values()) {
            String[] f = line.split(" ");
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
        return new Snapshot(byState, backlog, oldest);
    }
}
