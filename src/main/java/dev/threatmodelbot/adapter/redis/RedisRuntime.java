package dev.threatmodelbot.adapter.redis;

import dev.threatmodelbot.application.ProcessEvent;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * This replica's background work on Redis: the inbox reader and its workers, recovery of events left by dead
 * replicas, the heartbeat that tells others we are alive, and moving due jobs into the inbox. Idle, it costs
 * Redis about two commands a second: a blocking read every five seconds, a look for due jobs every second,
 * a heartbeat every two and a look at pending wake-ups every three.
 */
public final class RedisRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RedisRuntime.class);
    static final Duration HEARTBEAT_TTL = Duration.ofSeconds(6);

    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final Clock clock;
    private final String instance = HexFormat.of().formatHex(randomBytes());
    private final RedisInboxWorker worker;
    private final InboxReader reader;
    private final ExecutorService consumers;
    private final ExecutorService readerThread = Executors.newSingleThreadExecutor(daemon("tm-inbox"));
    private final ScheduledExecutorService ticker = Executors.newScheduledThreadPool(2, daemon("tm-ticker"));

    public RedisRuntime(URI redisUri, UnifiedJedis redis, RedisKeys keys, ProcessEvent process, Clock clock,
            int threads) {
        this(redisUri, redis, keys, process, clock, threads, dev.threatmodelbot.application.port.Metrics.NONE);
    }

    public RedisRuntime(URI redisUri, UnifiedJedis redis, RedisKeys keys, ProcessEvent process, Clock clock,
            int threads, dev.threatmodelbot.application.port.Metrics metrics) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
        this.consumers = Executors.newFixedThreadPool(threads, daemon("tm-worker"));
        this.worker = new RedisInboxWorker(redis, keys, new SessionLeases(redis, keys, instance), process, metrics);
        this.reader = new InboxReader(redisUri, keys, instance + "-0", worker, consumers, threads);
    }

    public void start() {
        heartbeat();
        RedisInboxWorker.createGroup(redis, keys);
        readerThread.submit(reader);
        InboxRecovery recovery = new InboxRecovery(redis, keys, worker, instance + "-r", instance);
        ticker.scheduleWithFixedDelay(this::heartbeat, 2, 2, TimeUnit.SECONDS);
        ticker.scheduleWithFixedDelay(recovery, 1, 3, TimeUnit.SECONDS);
        ticker.scheduleWithFixedDelay(this::claimDueJobs, 200, 1000, TimeUnit.MILLISECONDS);
        LOG.info("instance {} processing the inbox", instance);
    }

    private void heartbeat() {
        try {
            redis.set(keys.instancePrefix() + instance, String.valueOf(clock.millis()),
                    SetParams.setParams().px(HEARTBEAT_TTL.toMillis()));
        } catch (RuntimeException e) {
            LOG.warn("heartbeat failed: {}", e.toString());
        }
    }

    private void claimDueJobs() {
        try {
            claimDue(redis, keys, clock.millis());
        } catch (RuntimeException e) {
            LOG.warn("claiming due jobs failed: {}", e.toString());
        }
    }

    /**
     * Moves up to 100 jobs due by {@code now} into their sessions' streams and wakes the sessions; returns how
     * many. A cheap look first: the claiming script runs only when a job is due.
     */
    static int claimDue(UnifiedJedis redis, RedisKeys keys, long now) {
        if (redis.zrangeByScore(keys.jobs(), Double.NEGATIVE_INFINITY, now, 0, 1).isEmpty()) {
            return 0;
        }
        Object claimed = redis.eval(Scripts.CLAIM_DUE_JOBS, List.of(keys.jobs(), keys.inbox()),
                List.of(String.valueOf(now), "100", keys.eventsPrefix()));
        return claimed instanceof Long n ? n.intValue() : 0;
    }

    @Override
    public void close() {
        reader.stop();
        readerThread.shutdownNow();
        ticker.shutdownNow();
        consumers.shutdown();
        try {
            // Only a replica whose workers have all stopped may say it is gone; otherwise its heartbeat
            // just expires, and no lease is taken over while a worker of ours may still write.
            // an event in flight (a slow model or Jira call) finishes within the pod's grace period (the chart's 60 s)
            boolean stopped = readerThread.awaitTermination(5, TimeUnit.SECONDS)
                    & consumers.awaitTermination(45, TimeUnit.SECONDS) & ticker.awaitTermination(5, TimeUnit.SECONDS);
            if (stopped) {
                redis.del(keys.instancePrefix() + instance);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debug("could not clear heartbeat: {}", e.toString());
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[4];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
