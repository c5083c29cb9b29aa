package dev.threatmodelbot.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodelbot.support.TestRedis;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class RedisHostedConversationsTest {
    private final RedisClient redis = TestRedis.client();
    private final RedisHostedConversations store = new RedisHostedConversations(redis,
            new RedisKeys(TestRedis.freshPrefix()));

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void should_store_a_message_once_per_key_with_ids_in_posting_order() {
        String first = store.post("c", "k1", "one");
        String again = store.post("c", "k1", "one, delivered again");
        String second = store.post("c", "k2", "two");

        assertThat(again).isEqualTo(first);
        assertThat(Long.parseLong(second)).isGreaterThan(Long.parseLong(first));
        assertThat(store.messages("c")).extracting(m -> m.content()).containsExactly("one", "two");
        assertThat(store.messages("other")).isEmpty();
    }

    @Test
    void should_replace_only_messages_that_exist_and_count_every_change() {
        String id = store.post("c", "k", "before");
        long v = store.version("c");

        store.replace("c", id, "after");
        store.replace("c", "999", "nothing");

        assertThat(store.message("c", id)).contains("after");
        assertThat(store.message("c", "999")).isEmpty();
        assertThat(store.version("c")).isEqualTo(v + 1);
    }

    @Test
    void should_keep_one_reaction_per_person_and_name() {
        String id = store.post("c", "k", "threat");

        assertThat(store.react("c", id, "x", "U1", true)).isTrue();
        assertThat(store.react("c", id, "x", "U1", true)).isFalse();
        assertThat(store.react("c", id, "x", "U2", true)).isTrue();
        assertThat(store.react("c", id, "x", "U1", false)).isTrue();

        assertThat(store.reactions("c", id)).containsExactly("x|U2");
    }

    @Test
    void should_keep_settings() {
        assertThat(store.setting("clock-ahead")).isEmpty();
        store.setting("clock-ahead", "PT48H");
        assertThat(store.setting("clock-ahead")).contains("PT48H");
    }

    @Test
    void should_keep_files_as_bytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};
        store.putFile("f1", png);

        assertThat(store.file("f1")).hasValueSatisfying(b -> assertThat(b).isEqualTo(png));
        assertThat(store.file("f2")).isEmpty();
        assertThat(new String(store.file("f1").orElseThrow(), StandardCharsets.ISO_8859_1)).hasSize(6);
    }
}
