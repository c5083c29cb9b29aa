package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ComponentKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a part is, from the technology or description cell of the component-table row that names it: "| Model endpoint |
 * Hosted LLM, vendor enterprise tier |" is a language model; "| Lakehouse | Cloud data warehouse |" a data store. Only
 * the cell's first words count (what the thing is, not what it talks to), and only a name that says nothing of its
 * own kind is changed this way (a "Retriever" stays the process it is named as).
 */
final class RowKinds {
    private static final Pattern LEAD = Pattern.compile("^[^,;(|]{0,60}");
    private static final Map<ComponentKind, Pattern> SAYS = Map.of(
            ComponentKind.LLM, words("LLMs?|(?:large )?language models?|chat models?|foundation models?"),
            ComponentKind.DATA_STORE, words("(?:data )?warehouse|database|DB|data ?lake|lakehouse|datastore|RDBMS"),
            ComponentKind.OBJECT_STORE, words("object (?:storage|store)|bucket"),
            ComponentKind.QUEUE, words("(?:message )?queue|message broker|event bus"),
            ComponentKind.CACHE, words("cache"));
    /** Kinds a name gets when it says nothing of what the part is. */
    private static final Set<ComponentKind> UNSAID = Set.of(ComponentKind.PROCESS, ComponentKind.ML_MODEL,
            ComponentKind.EXTERNAL_SERVICE, ComponentKind.API);

    private RowKinds() {}

    record Kind(ComponentRef part, ComponentKind kind) {}

    static Optional<Kind> of(Sentence s, FlowTables.Row row, List<Mention> mentions) {
        if (row == null || !row.columns().inventory()) {
            return Optional.empty();
        }
        Optional<FlowTables.Cell> name = row.cell(row.columns().name());
        Optional<FlowTables.Cell> what = row.cell(row.columns().details());
        Optional<ComponentRef> part = name.flatMap(n -> mentions.stream()
                .filter(m -> m.start() >= n.start() && m.end() <= n.end()).findFirst()).map(Mention::ref);
        if (part.isEmpty() || what.isEmpty() || !UNSAID.contains(part.get().kind()) || !part.get().namedByRole()) {
            return Optional.empty();
        }
        java.util.regex.Matcher lead = LEAD.matcher(what.get().text().strip());
        String said = lead.find() ? lead.group() : "";
        boolean ownNoun = Words.of(part.get().name()).stream().anyMatch(w -> RoleWords.isRoleNoun(w.text()));
        for (Map.Entry<ComponentKind, Pattern> e : SAYS.entrySet()) {
            boolean allowed = e.getKey() == ComponentKind.LLM || !ownNoun;
            if (allowed && e.getValue().matcher(said).find() && e.getKey() != part.get().kind()) {
                return Optional.of(new Kind(part.get(), e.getKey()));
            }
        }
        return Optional.empty();
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?i)\\b(?:" + alternatives + ")\\b");
    }
}
