package dev.threatmodelbot.bench;

import dev.threatmodelbot.support.TestRedis;
import java.util.List;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Removes the benchmark's keys. Each run leaves thousands of dedupe keys (7-day TTL) and a long inbox
 * stream in the shared Redis; unlike a test's few keys, that adds up over reruns.
 */
final class RedisCleanup {
    private RedisCleanup() {}

    static long deletePrefix(String prefix) {
        long deleted = 0;
        try (RedisClient redis = TestRedis.client()) {
            String cursor = ScanParams.SCAN_POINTER_START;
            ScanParams match = new ScanParams().match(prefix + "*").count(1000);
            do {
                ScanResult<String> page = redis.scan(cursor, match);
                List<String> keys = page.getResult();
                if (!keys.isEmpty()) {
                    deleted += redis.unlink(keys.toArray(String[]::new));
                }
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        } catch (RuntimeException e) {
            System.err.println("could not remove benchmark keys under " + prefix + ": " + e);
        }
        return deleted;
    }
}
