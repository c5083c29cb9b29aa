package dev.threatmodelbot.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.RedisClient;

/** A machine without Redis: the binary shipped in the jar starts, keeps data in AOF, and survives a restart. */
class EmbeddedRedisTest {

    @Test
    void should_keep_data_across_a_restart_with_the_bundled_binary(@TempDir Path dir) throws Exception {
        EmbeddedRedis first = new EmbeddedRedis(dir, false);
        try (RedisClient redis = RedisClient.create(URI.create(first.start()))) {
            redis.set("tm:session:TM-KEEP", "{\"answers\":[\"kept\"]}");
            assertThat(redis.configGet("appendonly")).containsEntry("appendonly", "yes");
        } finally {
            first.close(); // a clean shutdown flushes the append-only file
        }
        // Redis 6.2 (bundled) writes appendonly.aof, Redis 7 an appendonlydir/
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .contains("redis.port").anyMatch(name -> name.startsWith("appendonly"));

        EmbeddedRedis second = new EmbeddedRedis(dir, false);
        try (RedisClient redis = RedisClient.create(URI.create(second.start()))) {
            assertThat(redis.get("tm:session:TM-KEEP")).contains("kept");
        } finally {
            second.close();
        }
    }

    @Test
    void should_reuse_a_server_left_running_on_the_same_data_instead_of_starting_a_second(@TempDir Path dir) {
        EmbeddedRedis first = new EmbeddedRedis(dir, false);
        String url = first.start();
        try {
            EmbeddedRedis orphanFinder = new EmbeddedRedis(dir, false);
            assertThat(orphanFinder.start()).isEqualTo(url);
        } finally {
            first.close();
        }
    }
}
