package dev.threatmodelbot.adapter.offline;

import java.util.LinkedHashMap;
import java.util.Map;

/** A bounded map that forgets the least recently used entry; every call holds one lock, briefly. */
final class LruCache<K, V> {
    private final Map<K, V> entries;

    LruCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value, or {@code null} when absent (package-private; callers store no nulls). */
    synchronized V get(K key) {
        return entries.get(key);
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    synchronized int size() {
        return entries.size();
    }
}
