package dev.threatmodelbot.adapter.redis;

import dev.threatmodelbot.support.TestRedis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Whether claiming due jobs and waking sessions stays flat as sessions pile up: for 100, 1,000 and 10,000
 * sessions each with a job scheduled later, the time of an idle tick of the job claim (what every replica
 * does every second), of a tick that claims 100 due jobs, and of reading one wake-up from an inbox holding
 * one per session. The real claim ({@link RedisRuntime#claimDue}) and the real inbox group, under a fresh
 * key prefix that is deleted at the end. Run through bench/job-scale.sh.
 */
public final class JobScaleBench {
    static final Path RESULTS = Path.of("bench", "results", "job-scale.md");
    static final int[] SESSIONS = {100, 1_000, 10_000};

    private JobScaleBench() {}

    public static void main(String[] args) throws Exception {
        int status = 1;
        try (RedisClient redis = TestRedis.client()) {
            measure(redis, 100); // warm-up: the first round pays for class loading and JIT
            StringBuilder rows = new StringBuilder();
            for (int sessions : SESSIONS) {
                rows.append(measure(redis, sessions));
            }
            String report = report(rows.toString());
            System.out.println(report);
            Files.createDirectories(RESULTS.getParent());
            Files.writeString(RESULTS, report);
            status = 0;
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
        System.exit(status);
    }

    private static String measure(RedisClient redis, int sessions) {
        RedisKeys keys = new RedisKeys(TestRedis.freshPrefix());
        long now = System.currentTimeMillis();
        try {
            schedule(redis, keys, sessions, now + 86_400_000L);
            double idle = median(200, () -> RedisRuntime.claimDue(redis, keys, now));
            List<Double> busy = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                schedule(redis, keys, 100, now - 1000, "due" + round + "-");
                long t = System.nanoTime();
                int claimed = RedisRuntime.claimDue(redis, keys, now);
                busy.add((System.nanoTime() - t) / 1000.0);
                if (claimed != 100) {
                    throw new IllegalStateException("claimed " + claimed + " of 100 due jobs");
                }
            }
            RedisInboxWorker.createGroup(redis, keys);
            wakeUps(redis, keys, sessions);
            double read = median(200, () -> redis.xreadGroup(RedisInboxWorker.GROUP, "bench",
                    XReadGroupParams.xReadGroupParams().count(1), Map.of(keys.inbox(),
                            StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY)).size());
            return String.format("| %,d | %,d | %.0f | %.0f | %.0f |%n", sessions, redis.zcard(keys.jobs()), idle,
                    median(busy), read);
        } finally {
            clean(redis, keys);
        }
    }

    private static void schedule(RedisClient redis, RedisKeys keys, int count, long due) {
        schedule(redis, keys, count, due, "later-");
    }

    private static void schedule(RedisClient redis, RedisKeys keys, int count, long due, String tag) {
        try (AbstractPipeline p = redis.pipelined()) {
            for (int i = 0; i < count; i++) {
                p.zadd(keys.jobs(), due, "{\"sessionId\":\"TM-" + tag + i + "\",\"kind\":\"bench\"}");
            }
            p.sync();
        }
    }

    private static void wakeUps(RedisClient redis, RedisKeys keys, int count) {
        try (AbstractPipeline p = redis.pipelined()) {
            for (int i = 0; i < count; i++) {
                p.xadd(keys.inbox(), StreamEntryID.NEW_ENTRY, Map.of("session", "TM-later-" + i));
            }
            p.sync();
        }
    }

    private static double median(int times, java.util.function.IntSupplier op) {
        List<Double> micros = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            op.getAsInt();
            micros.add((System.nanoTime() - t) / 1000.0);
        }
        return median(micros);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void clean(RedisClient redis, RedisKeys keys) {
        String cursor = "0";
        do {
            ScanResult<String> page = redis.scan(cursor, new ScanParams().match(keys.prefix() + "*")
                    .count(1000));
            if (!page.getResult().isEmpty()) {
                redis.del(page.getResult().toArray(String[]::new));
            }
            cursor = page.getCursor();
        } while (!cursor.equals("0"));
    }

    private static String report(String rows) {
        return "# Job schedule and inbox as sessions pile up\n\n- Date: " + Instant.now()
                + "\n- Command: `bench/job-scale.sh`\n- Redis: " + TestRedis.url()
                + "\n- Each row: a fresh key prefix with one job per session scheduled a day later; times are medians "
                + "in microseconds, client and Redis on one machine\n\n"
                + "| sessions | jobs waiting | idle claim tick (µs) | tick claiming 100 due jobs (µs) | read one wake-up from an inbox of that many (µs) |\n"
                + "|---:|---:|---:|---:|---:|\n" + rows
                + "\nThe idle tick is one `ZRANGEBYSCORE … LIMIT 0 1` on the sorted set (O(log N)); a claiming tick "
                + "runs the claim script for the due jobs only; a wake-up read is `XREADGROUP … COUNT 1` from the "
                + "group's position. None of them walks the sessions, so each should stay flat from 100 to 10,000.\n";
    }
}
