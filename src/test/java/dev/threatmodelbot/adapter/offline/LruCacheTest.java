package dev.threatmodelbot.adapter.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LruCacheTest {

    @Test
    void should_forget_the_least_recently_used_entry_when_full() {
        // given
        LruCache<String, Integer> cache = new LruCache<>(2);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.get("a");

        // when
        cache.put("c", 3);

        // then
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("a")).isEqualTo(1);
        assertThat(cache.get("c")).isEqualTo(3);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void should_refuse_a_capacity_below_one() {
        assertThatThrownBy(() -> new LruCache<String, Integer>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
