package dev.threatmodelbot.adapter.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flows a clause implies when it names no agent: "The order record is updated", "The invoice is
 * written to the Invoices bucket", "The profile will be read from the cache", "The prompt is sent to
 * the model". A clause that names one part, no other, and a verb in the passive with no "by …" agent
 * is a flow between the section's acting part ({@link SectionActors}) and that part: for a data
 * store, into it for a write (written, updated, stored, deleted) and out of it for a read (read,
 * queried, fetched), and for any other passive move out of it "from" it and into it "to" or "in" it
 * ("exported from", "registered in"); for any part, into it when something is sent, posted or
 * forwarded to it, or its requests of a kind "go to" it ("Order lookups go to the Order Service").
 * Without an acting part it states nothing.
 */
final class AgentlessFlows {
    private static final String BE = "\\b(?:is|are|was|were|be|been|being|gets?|got)\\s+"
            + "(?:(?:\\w+ly|then|also|always|first|finally|now|still|only)\\s+)?";
    private static final Pattern WRITTEN = Pattern.compile("(?i)" + BE + "(?:written|updated|stored|saved|persisted"
            + "|inserted|upserted|uploaded|deleted|removed|put|added|appended|recorded|cached|modified|overwritten"
            + "|archived|indexed|purged|logged)\\b");
    private static final Pattern READ = Pattern.compile("(?i)" + BE + "(?:read|queried|fetched|retrieved|loaded"
            + "|looked\\s+up|scanned|downloaded|searched|pulled|listed)\\b");
    private static final Pattern SENT = Pattern.compile("(?i)" + BE + "(?:sent|posted|forwarded|passed|submitted"
            + "|published|pushed|routed|streamed|delivered|enqueued|uploaded|handed\\s+over|returned)"
            + "(?:\\s+[^\\s.;:]+){0,4}?\\s+(?:to|into|onto)\\s+(?:(?:the|an?|its|their)\\s+)?$");
    /** "Order lookups go to the Order Service", "Refund calls go to the Refund Service": the acting part's requests. */
    private static final Pattern GO = Pattern.compile("(?i)^\\s*(?:[\\w-]+\\s+){1,3}(?:go|goes|are\\s+routed|flow)\\s+"
            + "(?:straight\\s+|directly\\s+)?to\\s+(?:(?:the|an?|its|their)\\s+)?$");
    private static final Pattern ASKED = Pattern.compile("(?i)\\b(?:quer(?:y|ies)|look-?ups?|searches|reads|requests)\\b");
    /** Any other passive move: out of a store "from" it, into it "to", "into" or "in" it. */
    private static final Pattern MOVED = Pattern.compile("(?i)" + BE + "\\w+(?:ed|en)\\b(?:\\s+[^\\s.;:]+){0,4}?\\s+"
            + "(from|to|into|onto|in)\\s+(?:(?:the|an?|its|their)\\s+)?$");
    private static final Pattern AGENT = Pattern.compile("(?i)^\\s+by\\b");
    private static final Pattern CLAUSE = Pattern.compile("(?i);|,\\s*(?:and|but|then|while|whereas)\\b"
            + "|\\band(?=\\s+(?:the|a|an|its|their|each|every|all)\\b)");

    private AgentlessFlows() {}

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
        List<ComponentRef> named = mentions.stream().filter(m -> m.start() >= start && m.end() <= end)
                .map(Mention::ref).distinct().toList();
        if (named.size() != 1 || named.get(0).equals(actor)) {
            return Optional.empty();
        }
        ComponentRef part = named.get(0);
        int at = mentions.stream().filter(m -> m.ref().equals(part) && m.start() >= start && m.end() <= end)
                .reduce((a, b) -> b).orElseThrow().start(); // "Predictions are logged to the Predictions table"
        Matcher go = GO.matcher(text.substring(start, at));
        if (go.find() && part.kind().isDataStore() && ASKED.matcher(go.group()).find()) {
            return Optional.of(new Flows.Found(part, actor)); // "search queries go to the index": what it answers comes back
        }
        if (SENT.matcher(text.substring(start, at)).find() || go.find(0)) {
            return Optional.of(new Flows.Found(actor, part));
        }
        if (!part.kind().isDataStore()) {
            return Optional.empty();
        }
        ComponentRef store = part;
        String clause = text.substring(start, end);
        if (passive(clause, WRITTEN)) {
            return Optional.of(new Flows.Found(actor, store));
        }
        if (passive(clause, READ)) {
            return Optional.of(new Flows.Found(store, actor));
        }
        Matcher moved = MOVED.matcher(text.substring(start, at));
        if (!moved.find()) {
            return Optional.empty();
        }
        boolean out = moved.group(1).equalsIgnoreCase("from");
        return Optional.of(out ? new Flows.Found(store, actor) : new Flows.Found(actor, store));
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
