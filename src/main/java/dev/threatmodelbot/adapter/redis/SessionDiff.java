package dev.threatmodelbot.adapter.redis;

import static dev.threatmodelbot.adapter.redis.SessionLayout.DESIGN;
import static dev.threatmodelbot.adapter.redis.SessionLayout.DOC;
import static dev.threatmodelbot.adapter.redis.SessionLayout.DRAFT;
import static dev.threatmodelbot.adapter.redis.SessionLayout.HANDLED;

import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.context.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fields a save writes when the hash holds {@code before} ({@link SessionLayout}): those of elements
 * that are new or changed, and those of elements gone. A list the core left as it was is skipped at once and
 * an unchanged element costs one comparison (the core keeps the elements it does not change), so a save
 * after one more answer does about the same work in a session of any length.
 */
final class SessionDiff {
    final Map<String, String> set = new LinkedHashMap<>();
    final List<String> delete = new ArrayList<>();
    /** Applied event keys that left the window: the store removes them in batches. */
    final List<String> leftWindow = new ArrayList<>();

    private SessionDiff() {}

    static SessionDiff between(Session before, long beforeFrom, String beforeDoc, Session after, long afterFrom,
            String afterDoc) {
        SessionDiff d = new SessionDiff();
        d.list("q", before.questions(), after.questions());
        d.list("a", before.answers(), after.answers());
        d.list("c", before.comments(), after.comments());
        d.list("f", before.context().facts(), after.context().facts());
        d.nested("p", "pm:", before.context().components(), after.context().components(), SessionLayout::shell,
                c -> c.mentions());
        d.nested("w", "wm:", before.context().flows(), after.context().flows(), SessionLayout::shell,
                f -> f.mentions());
        d.handled(before.handledEvents(), beforeFrom, after.handledEvents(), afterFrom);
        d.field(DESIGN, before.designDoc(), after.designDoc());
        if (after.draft().isPresent()) {
            d.field(DRAFT, before.draft().orElse(null), after.draft().get());
        } else if (before.draft().isPresent()) {
            d.delete.add(DRAFT);
        }
        d.field(DOC, beforeDoc, afterDoc);
        return d;
    }

    private void list(String name, List<?> before, List<?> after) {
        if (before == after) {
            return;
        }
        for (int i = 0; i < after.size(); i++) {
            field(name + ":" + i, i < before.size() ? before.get(i) : null, after.get(i));
        }
        for (int i = after.size(); i < before.size(); i++) {
            delete.add(name + ":" + i);
        }
    }

    /** Parts or flows: each without its mentions under {@code name}, its mentions under {@code mentions}. */
    private <T> void nested(String name, String mentions, List<T> before, List<T> after, Function<T, T> shell,
            Function<T, List<Source>> mentionsOf) {
        if (before == after) {
            return;
        }
        for (int i = 0; i < after.size(); i++) {
            T b = i < before.size() ? before.get(i) : null;
            T a = after.get(i);
            if (a != b) {
                field(name + ":" + i, b == null ? null : shell.apply(b), shell.apply(a));
                list(mentions + i, b == null ? List.of() : mentionsOf.apply(b), mentionsOf.apply(a));
            }
        }
        for (int i = after.size(); i < before.size(); i++) {
            delete.add(name + ":" + i);
            list(mentions + i, mentionsOf.apply(before.get(i)), List.of());
        }
    }

    /** Keys are numbered on across the window: a key that stays keeps its number and is not written again. */
    private void handled(List<String> before, long beforeFrom, List<String> after, long afterFrom) {
        for (int j = 0; j < after.size(); j++) {
            long n = afterFrom + j;
            long k = n - beforeFrom;
            field(HANDLED + ":" + n, k >= 0 && k < before.size() ? before.get((int) k) : null, after.get(j));
        }
        for (long n = beforeFrom; n < beforeFrom + before.size(); n++) {
            if (n < afterFrom || n >= afterFrom + after.size()) {
                leftWindow.add(HANDLED + ":" + n);
            }
        }
    }

    private void field(String name, Object before, Object after) {
        if (before != after && !after.equals(before)) {
            set.put(name, after instanceof String s ? s : Json.write(after));
        }
    }
}
