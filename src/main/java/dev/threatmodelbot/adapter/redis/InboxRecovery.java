package dev.threatmodelbot.adapter.redis;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.XClaimParams;
import redis.clients.jedis.params.XPendingParams;
import redis.clients.jedis.resps.StreamEntry;
import redis.clients.jedis.resps.StreamPendingEntry;

/**
 * Finds inbox events that were read but never acknowledged — by a replica that died (its heartbeat
 * is gone) or by one whose processing failed long enough ago — and processes them here.
 */
final class InboxRecovery implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(InboxRecovery.class);
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final RedisInboxWorker worker;
    private final String consumer;
    private final String instance;

    InboxRecovery(UnifiedJedis redis, RedisKeys keys, RedisInboxWorker worker, String consumer, String instance) {
        this.redis = redis;
        this.keys = keys;
        this.worker = worker;
        this.consumer = consumer;
        this.instance = instance;
    }

    @Override
    public void run() {
        try {
            List<StreamPendingEntry> pending = redis.xpending(keys.inbox(), RedisInboxWorker.GROUP,
                    XPendingParams.xPendingParams().start(StreamEntryID.MINIMUM_ID).end(StreamEntryID.MAXIMUM_ID)
                            .count(100));
            for (StreamPendingEntry p : pending) {
                boolean orphaned = !alive(instanceOf(p.getConsumerName()));
                if (orphaned || p.getIdleTime() >= RETRY_AFTER.toMillis()) {
                    reclaim(p, orphaned);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("inbox recovery failed, will retry: {}", e.toString());
        }
    }

    private void reclaim(StreamPendingEntry p, boolean orphaned) {
        long minIdle = orphaned ? 0 : RETRY_AFTER.toMillis();
        List<StreamEntry> claimed = redis.xclaim(keys.inbox(), RedisInboxWorker.GROUP, consumer, minIdle,
                XClaimParams.xClaimParams(), p.getID());
        for (StreamEntry entry : claimed) {
            LOG.info("session={} resuming event {} left by {}", entry.getFields().get("session"), entry.getID(),
                    p.getConsumerName());
            worker.wake(entry);
        }
        if (claimed.isEmpty() && orphaned) {
            // deleted from the stream meanwhile: nothing to process, just drop the stale claim
            redis.xack(keys.inbox(), RedisInboxWorker.GROUP, p.getID());
        }
    }

    private boolean alive(String otherInstance) {
        return otherInstance.equals(instance) || redis.exists(keys.instancePrefix() + otherInstance);
    }

    static String instanceOf(String consumerName) {
        int dash = consumerName.lastIndexOf('-');
        return dash < 0 ? consumerName : consumerName.substring(0, dash);
    }
}
