package dev.threatmodelbot.application.review;

import dev.threatmodelbot.domain.Secrets;
import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ids a proposed threat may be about or cite, each read back to the context model's own id. The
 * brief shows ids redacted like every other text, so an id a secret was cut from still finds its
 * fact, part or flow; anything else cited is unknown.
 */
final class CitableIds {
    static final String NAMED = dev.threatmodelbot.domain.threat.Evidence.NAMED_PREFIX;
    static final String FLOW = dev.threatmodelbot.domain.threat.Evidence.FLOW_PREFIX;

    /** A cited id as the context model knows it; {@code fact} when it is a fact id. */
    record Cited(String id, boolean fact) {}

    private final Map<String, String> facts = new HashMap<>();
    private final Map<String, String> parts = new HashMap<>();
    private final Map<String, String> flows = new HashMap<>();
    /** A live fact's subject, and a flow's ends, by their ids. */
    private final Map<String, String> factSubjects = new HashMap<>();
    private final Map<String, List<String>> flowEnds = new HashMap<>();

    private CitableIds() {}

    /** The parts and flows of {@code model}, and of its facts only {@code live} ones. */
    static CitableIds of(ContextModel model, List<Fact> live) {
        CitableIds ids = new CitableIds();
        live.forEach(f -> add(ids.facts, f.id()));
        live.forEach(f -> ids.factSubjects.put(f.id(), f.subject()));
        model.components().stream().map(Component::id).forEach(id -> add(ids.parts, id));
        model.flows().stream().map(DataFlow::id).forEach(id -> add(ids.flows, id));
        model.flows().forEach(f -> ids.flowEnds.put(f.id(), List.of(f.source(), f.target())));
        return ids;
    }

    /**
     * Whether evidence bears on a threat about {@code subjects}: a fact about one of them, about a
     * flow into or out of one, or about the whole system; one of them named; a flow touching one.
     */
    boolean touches(Cited c, java.util.Set<String> subjects) {
        String about = c.fact() ? factSubjects.getOrDefault(c.id(), "")
                : c.id().startsWith(NAMED) ? c.id().substring(NAMED.length()) : c.id().substring(FLOW.length());
        if (about.equals(Fact.SYSTEM) || subjects.contains(about)) {
            return true;
        }
        return flowEnds.getOrDefault(about, List.of()).stream().anyMatch(subjects::contains)
                || subjects.stream().anyMatch(s -> flowEnds.getOrDefault(s, List.of()).contains(about));
    }

    private static void add(Map<String, String> known, String id) {
        known.put(id, id);
        known.putIfAbsent(Secrets.redact(id), id);
    }

    /** The part or flow {@code cited} names, by id (or, for a part, by a name that slugs to its id). */
    Optional<String> subject(String cited) {
        String c = cited.strip();
        if (c.startsWith(NAMED)) {
            c = c.substring(NAMED.length());
        } else if (c.startsWith(FLOW)) {
            c = c.substring(FLOW.length());
        }
        String key = c;
        return Optional.ofNullable(parts.get(key)).or(() -> Optional.ofNullable(flows.get(key)))
                .or(() -> key.contains("->") ? Optional.empty() : Optional.ofNullable(parts.get(Component.idOf(key))));
    }

    /** The live fact, named part ({@code named:<id>}) or flow ({@code flow:<id>}) {@code cited} is. */
    Optional<Cited> evidence(String cited) {
        String c = cited.strip();
        if (facts.containsKey(c)) {
            return Optional.of(new Cited(facts.get(c), true));
        }
        if (c.startsWith(NAMED)) {
            return Optional.ofNullable(parts.get(c.substring(NAMED.length()))).map(id -> new Cited(NAMED + id, false));
        }
        if (c.startsWith(FLOW)) {
            return Optional.ofNullable(flows.get(c.substring(FLOW.length()))).map(id -> new Cited(FLOW + id, false));
        }
        return Optional.empty();
    }
}
