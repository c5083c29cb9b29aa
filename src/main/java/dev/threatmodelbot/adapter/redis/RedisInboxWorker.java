package dev.threatmodelbot.adapter.redis;

import dev.threatmodelbot.application.InboundEvent;
import dev.threatmodelbot.application.ProcessEvent;
import dev.threatmodelbot.domain.SessionId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * One consumer of the inbox stream: reads an event, takes its session's lease, processes it and
 * acknowledges it. An event is acknowledged only after it is fully processed, so a crash leaves it
 * pending for {@link InboxRecovery} to hand to a live consumer.
 */
final class RedisInboxWorker implements Runnable {
    static final String GROUP = "workers";
    private static final Logger LOG = LoggerFactory.getLogger(RedisInboxWorker.class);
    private static final int MAX_DELIVERIES = 8;

    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final SessionLeases leases;
    private final ProcessEvent process;
    private final String consumer;
    private volatile boolean running = true;

    RedisInboxWorker(UnifiedJedis redis, RedisKeys keys, SessionLeases leases, ProcessEvent process,
            String consumer) {
        this.redis = redis;
        this.keys = keys;
        this.leases = leases;
        this.process = process;
        this.consumer = consumer;
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

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            try {
                List<Map.Entry<String, List<StreamEntry>>> read = redis.xreadGroup(GROUP, consumer,
                        XReadGroupParams.xReadGroupParams().count(10).block(500),
                        Map.of(keys.inbox(), StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
                if (read != null) {
                    for (Map.Entry<String, List<StreamEntry>> stream : read) {
                        stream.getValue().forEach(entry -> handle(entry, 1));
                    }
                }
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warn("inbox read failed, retrying: {}", e.toString());
                    sleep(1000);
                }
            }
        }
    }

    /** Processes one entry; on failure leaves it pending so that it is retried later. */
    void handle(StreamEntry entry, long deliveries) {
        String session = entry.getFields().getOrDefault("session", "?");
        if (deliveries > MAX_DELIVERIES) {
            LOG.error("session={} event {} failed {} times; moved to {}", session, entry.getID(), deliveries - 1,
                    keys.deadLetters());
            redis.xadd(keys.deadLetters(), StreamEntryID.NEW_ENTRY, entry.getFields());
            redis.xack(keys.inbox(), GROUP, entry.getID());
            return;
        }
        try {
            InboundEvent event = Json.read(entry.getFields().get("event"), InboundEvent.class);
            Optional<SessionLeases.Lease> lease = leases.acquire(new SessionId(session));
            if (lease.isEmpty()) {
                LOG.info("session={} busy elsewhere; event {} stays pending", session, entry.getID());
                return;
            }
            try (SessionLeases.Lease held = lease.get()) {
                process.process(event);
            }
            redis.xack(keys.inbox(), GROUP, entry.getID());
        } catch (RuntimeException e) {
            LOG.warn("session={} event {} not processed yet ({}); it will be retried", session, entry.getID(),
                    e.toString());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
