package dev.threatmodelbot.adapter.redis;

import static dev.threatmodelbot.adapter.redis.SessionLayout.REV;

import dev.threatmodelbot.domain.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A session as its Redis hash holds it at one revision, as this replica last read or wrote it: the session,
 * where its applied event keys are numbered from, its {@code doc} field, and fields the hash holds that the
 * session no longer uses ({@code stale}: applied event keys that left the window, removed in batches).
 * {@code checkedUnder} is the lease under which this was last known to be what Redis holds: only a save under
 * that same lease may write just what changed, since no one else can have written the session meanwhile.
 */
record StoredSession(String rev, Session session, long handledFrom, String doc, List<String> stale,
        Optional<String> checkedUnder) {
    /** Fields the session no longer uses are removed once this many have gathered: one HDEL now and then. */
    static final int STALE_BATCH = 64;

    /** What one save writes, and what the hash holds after it. */
    record Update(boolean whole, Map<String, String> set, List<String> delete, StoredSession after) {}

    static StoredSession read(Map<String, String> hash, Optional<String> lease) {
        SessionLayout.Doc doc = SessionLayout.doc(hash);
        Session session = SessionLayout.session(hash, doc);
        List<String> stale = hash.keySet().stream().filter(k -> !SessionLayout.describes(doc, k, true)).toList();
        return new StoredSession(hash.getOrDefault(REV, ""), session, doc.handledFrom(), hash.get(SessionLayout.DOC),
                stale, lease);
    }

    /** Every field of {@code next}, replacing whatever the hash held. */
    static Update whole(Session next, Optional<String> lease) {
        Map<String, String> set = new LinkedHashMap<>();
        SessionLayout.fields(next, 0).forEach((k, v) -> set.put(k, v instanceof String s ? s : Json.write(v)));
        String rev = newRev();
        set.put(REV, rev);
        return new Update(true, set, List.of(), new StoredSession(rev, next, 0, set.get(SessionLayout.DOC), List.of(),
                lease));
    }

    /** From this to {@code next}: the fields that are new or changed, and those to remove. */
    Update to(Session next) {
        long from = SessionLayout.handledFrom(session.handledEvents(), handledFrom, next.handledEvents());
        String nextDoc = SessionLayout.doc(next, from);
        SessionDiff diff = SessionDiff.between(session, handledFrom, doc, next, from, nextDoc);
        List<String> unused = new ArrayList<>(stale);
        unused.addAll(diff.leftWindow);
        List<String> delete = new ArrayList<>(diff.delete);
        if (unused.size() >= STALE_BATCH) {
            delete.addAll(unused);
            unused.clear();
        }
        Map<String, String> set = diff.set;
        String nextRev = rev;
        if (!set.isEmpty() || !delete.isEmpty()) {
            nextRev = newRev();
            set.put(REV, nextRev);
        }
        return new Update(false, set, delete, new StoredSession(nextRev, next, from, nextDoc, List.copyOf(unused),
                checkedUnder));
    }

    /** The same, known to be what Redis holds while {@code lease} is held. */
    StoredSession checkedUnder(Optional<String> lease) {
        return new StoredSession(rev, session, handledFrom, doc, stale, lease);
    }

    private static String newRev() {
        return UUID.randomUUID().toString();
    }
}
