package dev.threatmodelbot.adapter.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flows an operation on a data store implies when the text names no agent: "The order record is
 * updated", "The invoice is written to the Invoices bucket", "The profile will be read from the
 * cache". A clause that names one data store, no other part, and a read or write verb in the
 * passive with no "by …" agent is a flow between the section's acting part ({@link SectionActors})
 * and the store: into the store for a write (written, updated, stored, deleted), out of it for a
 * read (read, queried, fetched). Without an acting part it states nothing.
 */
final class StoreOperations {
    private static final String BE = "\\b(?:is|are|was|were|be|been|being|gets?|got)\\s+(?:\\w+ly\\s+)?";
    private static final Pattern WRITTEN = Pattern.compile("(?i)" + BE + "(?:written|updated|stored|saved|persisted"
            + "|inserted|upserted|uploaded|deleted|removed|put|added|appended|recorded|cached|modified|overwritten"
            + "|archived|indexed|purged)\\b");
    private static final Pattern READ = Pattern.compile("(?i)" + BE + "(?:read|queried|fetched|retrieved|loaded"
            + "|looked\\s+up|scanned|downloaded|searched|pulled|listed)\\b");
    private static final Pattern AGENT = Pattern.compile("(?i)^\\s+by\\b");
    private static final Pattern CLAUSE = Pattern.compile("(?i);|,\\s*(?:and|but|then|while|whereas)\\b|\\bthen\\b");

    private StoreOperations() {}

    static List<Flows.Found> find(String text, List<Mention> mentions, Optional<ComponentRef> actor) {
        List<Flows.Found> found = new ArrayList<>();
        if (actor.isEmpty()) {
            return found;
        }
        int start = 0;
        Matcher cut = CLAUSE.matcher(text);
        while (start <= text.length()) {
            int end = cut.find() ? cut.start() : text.length();
            clause(text, start, end, mentions, actor.get()).ifPresent(found::add);
            start = end == text.length() ? end + 1 : cut.end();
        }
        return found.stream().distinct().toList();
    }

    private static Optional<Flows.Found> clause(String text, int start, int end, List<Mention> mentions,
            ComponentRef actor) {
        List<Mention> named = mentions.stream().filter(m -> m.start() >= start && m.end() <= end).toList();
        if (named.size() != 1 || !named.get(0).ref().kind().isDataStore() || named.get(0).ref().equals(actor)) {
            return Optional.empty();
        }
        ComponentRef store = named.get(0).ref();
        String clause = text.substring(start, end);
        if (passive(clause, WRITTEN)) {
            return Optional.of(new Flows.Found(actor, store));
        }
        return passive(clause, READ) ? Optional.of(new Flows.Found(store, actor)) : Optional.empty();
    }

    /** A passive verb with no agent after it ("is updated by the Admin service" has its own agent). */
    private static boolean passive(String clause, Pattern p) {
        Matcher m = p.matcher(clause);
        while (m.find()) {
            if (!AGENT.matcher(clause.substring(m.end())).find()) {
                return true;
            }
        }
        return false;
    }
}
