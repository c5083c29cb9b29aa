package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part that does the work a section describes: the one the section says handles, services,
 * implements or processes it ("APIs … serviced from Lambda functions", "The Ingest worker handles
 * these operations"), else the part the heading names when it is one that acts, else the single
 * acting part a section's lead sentence opens with ("The Billing service exposes three
 * operations:"); a text's first sentence leads it. A section ends at the next heading of its level
 * or above; a subsection without an acting part of its own keeps the one of the section around it.
 * No acting part is clear when none of these holds; then nothing is assumed.
 */
final class SectionActors {
    static final Set<ComponentKind> ACTING = Set.of(ComponentKind.PROCESS, ComponentKind.FUNCTION,
            ComponentKind.API, ComponentKind.WEB_APP, ComponentKind.CONTAINER_PLATFORM, ComponentKind.ML_PIPELINE,
            ComponentKind.NOTEBOOK, ComponentKind.CI_CD);
    private static final Pattern SERVICED = Pattern.compile("(?i)\\b(?:handled|serviced|served|processed"
            + "|implemented|executed|performed|fulfilled|powered|run|carried\\s+out|orchestrated|driven|coordinated)"
            + "\\s+(?:by|from|in|on|via|through|using|with)\\s*$");
    private static final Pattern SERVICES = Pattern.compile("(?i)^\\s*(?:handles|implements"
            + "|processes|performs|executes|runs|fulfils|fulfills)\\b");

    private static final Pattern VERB = Pattern.compile("^\\s*(?:\\([^)]*\\)\\s*)?\\p{Ll}+s\\b");
    private final NavigableMap<Integer, ComponentRef> byLevel = new TreeMap<>();
    private int level;
    private boolean lead = true;

    /** A heading opens a section and closes those at its level and deeper; its topic acts if it is one acting part. */
    void heading(Optional<ComponentRef> topic, int depth) {
        byLevel.tailMap(depth, true).clear();
        level = depth;
        topic.filter(t -> ACTING.contains(t.kind())).ifPresent(t -> byLevel.put(depth, t));
        lead = true;
    }

    /** Reads a stating sentence; says who acts in its section (or the enclosing one) from here on. */
    Optional<ComponentRef> read(Sentence s, List<Mention> mentions) {
        Optional<ComponentRef> said = said(s.analysed(), mentions);
        if (said.isEmpty() && lead && !byLevel.containsKey(level)) {
            said = opening(s.analysed(), mentions);
        }
        said.ifPresent(a -> byLevel.put(level, a));
        lead = false;
        return byLevel.isEmpty() ? Optional.empty() : Optional.of(byLevel.lastEntry().getValue());
    }

    /** "serviced from A", "A handles …": the acting part the sentence names. */
    static Optional<ComponentRef> said(String text, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (!ACTING.contains(m.ref().kind())) {
                continue;
            }
            String before = text.substring(0, m.start()).replaceAll("(?i)\\b(?:the|a|an|its|their|our)\\s+$", "");
            if (SERVICED.matcher(before).find() || SERVICES.matcher(text.substring(m.end())).find()) {
                return Optional.of(m.ref());
            }
        }
        return Optional.empty();
    }

    /** The one acting part a lead sentence opens with, when it names no other acting part. */
    private static Optional<ComponentRef> opening(String text, List<Mention> mentions) {
        List<Mention> acting = mentions.stream().filter(m -> ACTING.contains(m.ref().kind())).toList();
        if (acting.size() != 1 || mentions.isEmpty() || mentions.get(0) != acting.get(0)) {
            return Optional.empty();
        }
        List<Words.Word> before = Words.of(Labels.strip(text.substring(0, acting.get(0).start())));
        boolean opens = before.isEmpty() || before.size() == 1 && RoleWords.LEADING.contains(before.get(0).lower());
        Matcher verb = VERB.matcher(text.substring(acting.get(0).end()));
        return opens && verb.find() ? Optional.of(acting.get(0).ref()) : Optional.empty();
    }
}
