package dev.threatmodelbot.adapter.redis;

import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sessions this replica read or wrote last, as Redis held them then, so that a session nobody changed
 * since is neither read nor written whole again. Bounded by the fields held in all (a session of 500 answers
 * and 2,000 comments has about 5,000); the least recently used go first. Forgetting costs one whole read.
 */
final class KnownSessions {
    private final int maxFields;
    private final Map<SessionId, StoredSession> byId = new LinkedHashMap<>(16, 0.75f, true);
    private long fields;

    KnownSessions(int maxFields) {
        this.maxFields = maxFields;
    }

    synchronized Optional<StoredSession> get(SessionId id) {
        return Optional.ofNullable(byId.get(id));
    }

    synchronized void put(SessionId id, StoredSession stored) {
        forget(id);
        byId.put(id, stored);
        fields += weight(stored);
        Iterator<StoredSession> eldest = byId.values().iterator();
        while (fields > maxFields && byId.size() > 1) {
            fields -= weight(eldest.next());
            eldest.remove();
        }
    }

    /** Keeps {@code stored} unless the session is known already (a newer revision may be known). */
    synchronized void putIfAbsent(SessionId id, StoredSession stored) {
        if (!byId.containsKey(id)) {
            put(id, stored);
        }
    }

    /** About the fields the session takes in its hash. */
    private static long weight(StoredSession s) {
        Session x = s.session();
        return 1L + x.questions().size() + x.answers().size() + x.comments().size() + x.handledEvents().size()
                + x.context().facts().size() + x.context().components().stream().mapToInt(c -> 1 + c.mentions().size())
                .sum() + x.context().flows().stream().mapToInt(f -> 1 + f.mentions().size()).sum();
    }

    synchronized void forget(SessionId id) {
        StoredSession gone = byId.remove(id);
        if (gone != null) {
            fields -= weight(gone);
        }
    }
}
