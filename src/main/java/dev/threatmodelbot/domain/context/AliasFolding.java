package dev.threatmodelbot.domain.context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One part per thing, across a whole document: a part an early section named ("Azure OpenAI" in the summary) that a
 * later one gives as another name of a part ("| Model endpoint | Azure OpenAI, gpt-4o deployment |") is folded into
 * that part, which keeps the name as an alias; its flows and facts move with it. People are never folded into things.
 */
public final class AliasFolding {
    /** Kinds that say little of what a part is: a folded name of a telling kind says it better. */
    private static final Set<ComponentKind> VAGUE = Set.of(ComponentKind.PROCESS, ComponentKind.EXTERNAL_SERVICE,
            ComponentKind.ML_MODEL, ComponentKind.API);
    private static final Set<ComponentKind> NOT_TELLING = Set.of(ComponentKind.PROCESS, ComponentKind.EXTERNAL_ENTITY,
            ComponentKind.CONTAINER_PLATFORM);

    private AliasFolding() {}

    private static final java.util.regex.Pattern MODEL_ROLE = java.util.regex.Pattern.compile(
            "(?i)(?:the )?(?:LLMs?|(?:large )?language models?|chat models?|(?:LLM|AI) agents?)");

    /** Whether a model is named by its role ("the LLM", "LLM agent"): it stands for whichever product serves it. */
    public static boolean roleNamed(String name) {
        return MODEL_ROLE.matcher(name.strip()).matches();
    }

    /** Platforms that serve other vendors' models: "GPT-4o … deployed in our Azure OpenAI resource" is one model. */
    private static final Set<String> MODEL_PLATFORMS = Set.of("Azure OpenAI", "Amazon Bedrock");

    public static ContextModel folded(ContextModel m) {
        Map<String, String> into = new LinkedHashMap<>();
        List<Component> platforms = m.components().stream().filter(c -> c.kind() == ComponentKind.LLM
                && MODEL_PLATFORMS.contains(c.technology())).toList();
        if (platforms.size() == 1) {
            m.components().stream().filter(c -> c.kind() == ComponentKind.LLM && !c.technology().isEmpty()
                    && !MODEL_PLATFORMS.contains(c.technology())).forEach(c -> into.put(c.id(), platforms.get(0).id()));
        }
        // "calls the LLM, which is currently gpt-4o on Azure OpenAI, with Claude as fallback": one model, several products
        List<Component> role = m.components().stream().filter(c -> c.kind() == ComponentKind.LLM && c.technology().isEmpty()
                && MODEL_ROLE.matcher(c.name().strip()).matches()).toList();
        if (role.size() == 1) {
            into.clear(); // the role-named model takes every product, the platform among them
            m.components().stream().filter(c -> c.kind() == ComponentKind.LLM && !c.technology().isEmpty())
                    .forEach(c -> into.put(c.id(), role.get(0).id()));
        }
        shortNames(m, into);
        for (Component c : m.components()) {
            if (into.containsKey(c.id())) {
                continue;
            }
            for (Component o : m.components()) {
                boolean person = (o.kind() == ComponentKind.EXTERNAL_ENTITY) != (c.kind() == ComponentKind.EXTERNAL_ENTITY);
                if (o != c && !into.containsKey(o.id()) && !into.containsValue(o.id()) && !person
                        && c.aliases().stream().anyMatch(a -> a.strip().toLowerCase(Locale.ROOT)
                                .equals(o.name().strip().toLowerCase(Locale.ROOT)))) {
                    into.put(o.id(), c.id());
                }
            }
        }
        if (into.isEmpty()) {
            return m;
        }
        Map<String, Component> parts = new LinkedHashMap<>();
        m.components().stream().filter(c -> !into.containsKey(c.id())).forEach(c -> parts.put(c.id(), c));
        m.components().stream().filter(c -> into.containsKey(c.id())).forEach(o -> parts.computeIfPresent(into.get(o.id()),
                (id, c) -> {
                    List<String> aliases = new ArrayList<>(c.aliases());
                    java.util.stream.Stream.concat(java.util.stream.Stream.of(o.name()), o.aliases().stream())
                            .filter(a -> !aliases.contains(a) && !c.name().equalsIgnoreCase(a)).forEach(aliases::add);
                    List<Source> mentions = new ArrayList<>(c.mentions());
                    o.mentions().stream().filter(s -> !mentions.contains(s)).forEach(mentions::add);
                    ComponentKind kind = VAGUE.contains(c.kind()) && !NOT_TELLING.contains(o.kind()) ? o.kind() : c.kind();
                    return new Component(c.id(), c.name(), kind, c.technology().isEmpty() ? o.technology() : c.technology(),
                            mentions, aliases);
                }));
        Map<String, String> flowIds = new LinkedHashMap<>();
        Map<String, DataFlow> flows = new LinkedHashMap<>();
        for (DataFlow f : m.flows()) {
            String source = into.getOrDefault(f.source(), f.source());
            String target = into.getOrDefault(f.target(), f.target());
            if (source.equals(target)) {
                continue;
            }
            String id = DataFlow.idOf(source, target);
            flowIds.put(f.id(), id);
            flows.merge(id, new DataFlow(id, source, target, f.description(), f.mentions()), (a, b) -> {
                List<Source> mentions = new ArrayList<>(a.mentions());
                b.mentions().stream().filter(s -> !mentions.contains(s)).forEach(mentions::add);
                return new DataFlow(a.id(), a.source(), a.target(), a.description(), mentions);
            });
        }
        List<Fact> facts = m.facts().stream().map(f -> {
            String subject = into.getOrDefault(f.subject(), flowIds.getOrDefault(f.subject(), f.subject()));
            return subject.equals(f.subject()) ? f : new Fact(f.id(), subject, f.property(), f.value(), f.source(), f.status());
        }).toList();
        return new ContextModel(List.copyOf(parts.values()), List.copyOf(flows.values()), facts);
    }

    /** What a part's name may add to the name it is called by for short: the kind of thing it is. */
    private static final java.util.regex.Pattern KIND_WORDS = java.util.regex.Pattern.compile("(?i)(?:\\s+(?:gateway|service"
            + "|server|api|app|application|controller|broker|database|db|bucket|queue|cluster|worker|function|backend"
            + "|platform|device|appliance|unit|box|node|hub|agent|daemon|engine|dashboard|portal)){1,2}");
    /** "DC-200", "X1": a model or code name, which a longer name may explain ("DC-200 door controller"). */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("(?i)[a-z]{1,5}-?\\d{1,5}[a-z]?");

    /** "Lantern" for "Lantern gateway", "DC-200" for "DC-200 door controller": the head of the longer name. */
    private static boolean headOf(String name, Component o) {
        String longer = o.name().strip().toLowerCase(Locale.ROOT);
        if (!longer.startsWith(name + " ")) {
            return false;
        }
        String rest = longer.substring(name.length());
        return KIND_WORDS.matcher(rest).matches() || CODE.matcher(name).matches() && rest.strip().split(" ").length <= 3;
    }

    /**
     * "the webhook" beside `sigwarden-webhook`, "the API server" beside "Kubernetes API server": a part named by role
     * whose name ends exactly one other part's name is that part.
     */
    private static void shortNames(ContextModel m, Map<String, String> into) {
        for (Component c : m.components()) {
            String name = c.name().strip().toLowerCase(Locale.ROOT);
            if (!c.technology().isEmpty() || c.kind() == ComponentKind.EXTERNAL_ENTITY || name.length() < 4
                    || into.containsKey(c.id()) || name.split(" ").length > 3) {
                continue;
            }
            List<Component> longer = m.components().stream().filter(o -> o != c && o.kind() != ComponentKind.EXTERNAL_ENTITY
                    && !into.containsKey(o.id()) && (o.name().toLowerCase(Locale.ROOT).endsWith(" " + name)
                            || o.name().toLowerCase(Locale.ROOT).endsWith("-" + name) || headOf(name, o))).toList();
            if (longer.size() == 1) {
                into.put(c.id(), longer.get(0).id());
            }
        }
    }
}
