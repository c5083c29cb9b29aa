package dev.threatmodelbot.adapter.redis;

import dev.threatmodelbot.application.port.BotException;
import dev.threatmodelbot.application.event.InboundEvent;
import dev.threatmodelbot.application.ProcessEvent;
import dev.threatmodelbot.application.port.Metrics;
import dev.threatmodelbot.domain.SessionId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.resps.StreamEntry;

/**
 * What a wake-up from the inbox does. A wake-up names a session; holding that session's lease, the
 * worker applies the session's recorded events in the order they arrived and removes each once
 * applied. The wake-up is acknowledged only when the session's stream is empty, so a crash leaves
 * it pending for {@link InboxRecovery} to hand to a live consumer.
 */
final class RedisInboxWorker {
    static final String GROUP = "workers";
    private static final Logger LOG = LoggerFactory.getLogger(RedisInboxWorker.class);
    /** An event that fails this often for a reason other than an unreachable platform is set aside. */
    private static final int MAX_FAILURES = 8;
    /** How long a failure count outlives the last failure: far longer than the retries of one event take. */
    private static final java.time.Duration FAILURES_KEPT = java.time.Duration.ofDays(1);
    private static final int BATCH = 50;

    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final SessionLeases leases;
    private final ProcessEvent process;
    private final Metrics metrics;

    RedisInboxWorker(UnifiedJedis redis, RedisKeys keys, SessionLeases leases, ProcessEvent process, Metrics metrics) {
        this.redis = redis;
        this.keys = keys;
        this.leases = leases;
        this.process = process;
        this.metrics = metrics;
    }

    static void createGroup(UnifiedJedis redis, RedisKeys keys) {
        try {
            redis.xgroupCreate(keys.inbox(), GROUP, new StreamEntryID(0, 0), true);
        } catch (JedisDataException e) {
            if (!String.valueOf(e.getMessage()).startsWith("BUSYGROUP")) {
                throw e;
            }
        }
    }

    /** Drains the woken session; acknowledges the wake-up once nothing of that session is left. */
    void wake(StreamEntry wakeUp) {
        String session = wakeUp.getFields().getOrDefault("session", "?");
        try {
            SessionId id = new SessionId(session);
            Optional<SessionLeases.Lease> lease = leases.acquire(id);
            if (lease.isEmpty()) {
                LOG.info("session={} busy elsewhere; wake-up {} stays pending", session, wakeUp.getID());
                return;
            }
            boolean drained;
            try (SessionLeases.Lease held = lease.get()) {
                drained = drain(id);
            }
            if (drained) {
                redis.xack(keys.inbox(), GROUP, wakeUp.getID());
                redis.xdel(keys.inbox(), wakeUp.getID()); // a wake-up is worth nothing once handled
            }
        } catch (RuntimeException | Error e) {
            LOG.warn("session={} not processed yet ({}); it will be retried", session, e.toString());
        }
    }

    /**
     * Applies the session's events oldest first; false when one must be retried later. A batch shorter than
     * asked for ends the drain: an event appended after it was read has a wake-up of its own.
     */
    private boolean drain(SessionId id) {
        String stream = keys.events(id);
        while (true) {
            List<StreamEntry> batch = redis.xrange(stream, (StreamEntryID) null, (StreamEntryID) null, BATCH);
            for (StreamEntry entry : batch) {
                if (!apply(id, entry)) {
                    return false;
                }
                redis.xdel(stream, entry.getID());
            }
            if (batch.size() < BATCH) {
                return true;
            }
        }
    }

    private boolean apply(SessionId id, StreamEntry entry) {
        // every line logged while the event is applied names its session and event (a field of its own in JSON logs)
        org.slf4j.MDC.put("session", id.value());
        org.slf4j.MDC.put("event", entry.getID().toString());
        try {
            InboundEvent event = Json.read(entry.getFields().get("event"), InboundEvent.class);
            org.slf4j.MDC.put("event", event.key());
            process.process(event);
            // a stream entry's id starts with the time it was recorded, in milliseconds
            metrics.eventApplied(java.time.Duration.ofMillis(Math.max(0, System.currentTimeMillis()
                    - entry.getID().getTime())));
            return true; // a failure counted earlier expires on its own: no command on the path every event takes
        } catch (BotException e) {
            if (e.retriable()) {
                // The platform is unreachable: the event stays, in order, until it can be delivered.
                LOG.warn("session={} event {} waits for the platform: {}", id, entry.getID(), e.getMessage());
                return false;
            }
            return failed(id, entry, e);
        } catch (RuntimeException e) {
            return failed(id, entry, e);
        } catch (Error e) { // e.g. out of memory on a hostile input: counted like any failure, set aside at the limit
            return failed(id, entry, new IllegalStateException(e.toString(), e));
        } finally {
            org.slf4j.MDC.remove("session");
            org.slf4j.MDC.remove("event");
        }
    }

    /** Counts a failure; past the limit the event is set aside so the session's later events can go on. */
    private boolean failed(SessionId id, StreamEntry entry, RuntimeException e) {
        String counter = keys.failure(failureKey(id, entry));
        long failures = redis.incr(counter);
        redis.pexpire(counter, FAILURES_KEPT.toMillis());
        if (failures < MAX_FAILURES) {
            LOG.warn("session={} event {} failed ({} of {}): {}", id, entry.getID(), failures, MAX_FAILURES,
                    e.toString());
            return false;
        }
        LOG.error("session={} event {} failed {} times; moved to {}", id, entry.getID(), failures,
                keys.deadLetters(), e);
        Map<String, String> kept = new java.util.HashMap<>(entry.getFields());
        kept.put("session", id.value());
        kept.put("error", e.toString());
        redis.xadd(keys.deadLetters(), StreamEntryID.NEW_ENTRY, kept);
        redis.del(counter);
        metrics.deadEvent();
        return true;
    }

    /** Entry ids are unique per session stream only. */
    private static String failureKey(SessionId id, StreamEntry entry) {
        return id + "/" + entry.getID();
    }
}
