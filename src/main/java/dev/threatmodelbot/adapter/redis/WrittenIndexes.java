package dev.threatmodelbot.adapter.redis;

import dev.threatmodelbot.domain.SessionId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The index keys (thread and message lookups, channel sets) this replica has written for recent sessions,
 * so a save writes only the new ones. Forgetting is harmless: a forgotten key is written again, and writing
 * it again changes nothing.
 */
final class WrittenIndexes {
    private final Map<SessionId, Set<String>> written;

    WrittenIndexes(int sessions) {
        this.written = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SessionId, Set<String>> eldest) {
                return size() > sessions;
            }
        };
    }

    /** {@code keys} with the ones already written replaced by {@code ""}, positions kept. */
    synchronized List<String> unwritten(SessionId id, List<String> keys) {
        Set<String> done = written.getOrDefault(id, Set.of());
        return keys.stream().map(k -> done.contains(k) ? "" : k).toList();
    }

    synchronized void written(SessionId id, List<String> keys) {
        Set<String> done = written.computeIfAbsent(id, x -> new HashSet<>());
        keys.stream().filter(k -> !k.isEmpty()).forEach(done::add);
    }
}
