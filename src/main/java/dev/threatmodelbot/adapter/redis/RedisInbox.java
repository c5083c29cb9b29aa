package dev.threatmodelbot.adapter.redis;

import dev.threatmodelbot.application.port.Inbox;
import dev.threatmodelbot.application.event.InboundEvent;
import java.time.Duration;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/** Appends inbound events to their session's stream and wakes a worker, once per event key (one Lua call). */
public final class RedisInbox implements Inbox {
    /** Longer than any platform's retry window (Slack retries for about five minutes). */
    static final Duration DEDUPE_WINDOW = Duration.ofDays(7);

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    public RedisInbox(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public boolean append(InboundEvent event) {
        Object id = redis.eval(Scripts.APPEND_EVENT,
                List.of(keys.dedupe(event.key()), keys.inbox(), keys.events(event.sessionId())),
                List.of(String.valueOf(DEDUPE_WINDOW.toSeconds()), event.sessionId().value(), Json.writeEvent(event)));
        return id != null;
    }
}
