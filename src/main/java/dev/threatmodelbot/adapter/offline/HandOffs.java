package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Work handed on across a sentence boundary: "The orchestrator puts the job on a Redis queue. A worker
 * pulls the job and …". A sentence whose first part takes something without saying from where
 * ("pulls the job", "consumes the notification", "picks it up") takes it from the queue the sentence
 * before handed something to.
 */
final class HandOffs {
    private static final Set<ComponentKind> QUEUES = Set.of(ComponentKind.QUEUE, ComponentKind.CACHE);
    private static final Pattern TAKES = Pattern.compile("(?i)\\b(?:pull(?:s|ed)?|consum(?:e|es|ed)|receiv(?:e|es|ed)"
            + "|pick(?:s|ed)?\\s+(?:it|them|\\w+)\\s+up|pick(?:s|ed)?\\s+up|dequeu(?:e|es|ed)|take(?:s|n)?)"
            + "\\s+(?:the|each|every|it|them|this|that|these|a)\\b(?![^.;]{0,40}\\bfrom\\b)");

    private HandOffs() {}

    /** The queue the last flow of a sentence handed data to, if it ends at one. */
    static Optional<ComponentRef> handedTo(List<Flows.Found> flows) {
        return flows.isEmpty() ? Optional.empty()
                : Optional.of(flows.get(flows.size() - 1).target()).filter(t -> QUEUES.contains(t.kind()));
    }

    /** The flow from {@code queue} to the part this sentence opens with, when that part takes work without a source. */
    static Optional<Flows.Found> taken(String text, List<Mention> mentions, Optional<ComponentRef> queue) {
        if (queue.isEmpty() || mentions.isEmpty()) {
            return Optional.empty();
        }
        Mention subject = mentions.get(0);
        Matcher m = TAKES.matcher(text);
        boolean takes = m.find(subject.end()) && Words.count(text.substring(subject.end(), m.start())) <= 8
                && mentions.stream().noneMatch(o -> o != subject && o.end() <= m.start());
        boolean opens = Words.count(text.substring(0, subject.start())) <= 3;
        return takes && opens && !subject.ref().id().equals(queue.get().id())
                ? Optional.of(new Flows.Found(queue.get(), subject.ref())) : Optional.empty();
    }
}
