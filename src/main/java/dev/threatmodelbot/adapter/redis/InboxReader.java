package dev.threatmodelbot.adapter.redis;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * This replica's one reader of the wake-up stream. It reads only while a worker is free, one wake-up at a
 * time, with a blocking read on a connection of its own: a wake-up is picked up the moment it arrives, an
 * idle replica costs Redis one command every few seconds, and wake-ups this replica has no room for stay
 * unread for the others. Stopping closes the connection, which ends a read in progress at once.
 */
final class InboxReader implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(InboxReader.class);
    static final int BLOCK_MILLIS = 5_000;

    private final URI redisUri;
    private final RedisKeys keys;
    private final String consumer;
    private final RedisInboxWorker worker;
    private final ExecutorService workers;
    private final Semaphore free;
    private volatile boolean running = true;
    private volatile Jedis connection;

    InboxReader(URI redisUri, RedisKeys keys, String consumer, RedisInboxWorker worker, ExecutorService workers,
            int threads) {
        this.redisUri = redisUri;
        this.keys = keys;
        this.consumer = consumer;
        this.worker = worker;
        this.workers = workers;
        this.free = new Semaphore(threads);
    }

    @Override
    public void run() {
        while (running) {
            try {
                free.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            boolean handedOver = false;
            try {
                List<Map.Entry<String, List<StreamEntry>>> read = connection().xreadGroup(RedisInboxWorker.GROUP,
                        consumer, XReadGroupParams.xReadGroupParams().count(1).block(BLOCK_MILLIS),
                        Map.of(keys.inbox(), StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
                if (read != null && !read.isEmpty() && !read.get(0).getValue().isEmpty()) {
                    StreamEntry wakeUp = read.get(0).getValue().get(0);
                    workers.submit(() -> {
                        try {
                            worker.wake(wakeUp);
                        } finally {
                            free.release();
                        }
                    });
                    handedOver = true;
                }
            } catch (RuntimeException | Error e) { // an Error must not end the reader quietly
                disconnect();
                if (running) {
                    LOG.warn("inbox read failed, retrying: {}", e.toString());
                    pause();
                }
            } finally {
                if (!handedOver) {
                    free.release();
                }
            }
        }
    }

    void stop() {
        running = false;
        disconnect();
    }

    private Jedis connection() {
        Jedis c = connection;
        if (c == null) {
            c = new Jedis(redisUri, BLOCK_MILLIS + 5_000);
            connection = c;
        }
        return c;
    }

    private void disconnect() {
        Jedis c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (RuntimeException e) {
                LOG.debug("closing the inbox connection: {}", e.toString());
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
