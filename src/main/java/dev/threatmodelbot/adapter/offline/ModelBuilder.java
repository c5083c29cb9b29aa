package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Collects what one text says, merging repeats: a component or flow named in several sentences is
 * one entry with a mention per sentence; a fact stated twice is one fact. Order is the order of
 * first appearance in the text, so the same text always gives the same model.
 */
final class ModelBuilder {
    private final Source source;
    private final Map<String, ComponentRef> components = new LinkedHashMap<>();
    private final Map<String, Set<String>> componentQuotes = new LinkedHashMap<>();
    private final Map<String, Flows.Found> flows = new LinkedHashMap<>();
    private final Map<String, Set<String>> flowQuotes = new LinkedHashMap<>();
    private final Map<String, Fact> facts = new LinkedHashMap<>();
    private final Set<String> stated = new HashSet<>();
    private final Set<String> titled = new HashSet<>();
    private final Map<String, ComponentKind> described = new LinkedHashMap<>();
    private final Set<String> known;

    /** {@code known}: the parts earlier texts named, which what this text says of their scope may be about. */
    ModelBuilder(Source source, Set<String> known) {
        this.source = source;
        this.known = Set.copyOf(known);
    }

    /** Names in {@code s}; {@code aside} when it speaks of future or excluded work (see {@link Asides}). */
    void components(Sentence s, List<Mention> mentions, boolean aside) {
        for (Mention m : mentions) {
            components.putIfAbsent(m.ref().id(), m.ref());
            componentQuotes.computeIfAbsent(m.ref().id(), id -> new LinkedHashSet<>()).add(s.text());
            if (!aside) {
                (s.kind() == Sentence.Kind.HEADING ? titled : stated).add(m.ref().id());
            }
        }
    }

    /** The people the text names where it states something, in order of first mention. */
    List<ComponentRef> people() {
        return components.values().stream().filter(r -> stated.contains(r.id()) && r.namedByRole()
                && r.kind() == dev.threatmodelbot.domain.context.ComponentKind.EXTERNAL_ENTITY).toList();
    }

    void flows(Sentence s, List<Flows.Found> found) {
        for (Flows.Found f : found) {
            String id = DataFlow.idOf(f.source().id(), f.target().id());
            flows.putIfAbsent(id, f);
            flowQuotes.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(s.text());
        }
    }

    /** The parts this text has named so far, in order. */
    java.util.Collection<ComponentRef> named() {
        return List.copyOf(components.values());
    }

    /** Each flow drawn so far with the words that state it (its detail and the sentences quoted for it). */
    Map<String, String> flowWords() {
        Map<String, String> words = new LinkedHashMap<>();
        flows.forEach((id, f) -> words.put(id, f.detail() + " " + String.join(" ", flowQuotes.get(id))));
        return words;
    }

    /** The flows drawn so far, in order. */
    List<Flows.Found> drawn() {
        return List.copyOf(flows.values());
    }

    void fact(Sentence s, String subject, SecurityPatterns.Hit hit) {
        String id = subject + ":" + hit.property() + ":" + hit.value() + ":" + source.reference();
        facts.putIfAbsent(id, new Fact(id, subject, hit.property(), hit.value(), quoting(s.text()), FactStatus.STATED));
    }

    /**
     * The model. A part named only in future or excluded work is dropped, as is a part named by role
     * only in headings (a document's or section's title) that no flow or fact involves, and a tool
     * applied to other parts ("images scanned with X") that no flow involves; so are the facts about a
     * dropped part.
     */
    ContextModel build(Lexicon lexicon, Predicate<String> tool) {
        Set<String> inUse = new HashSet<>();
        flows.values().forEach(f -> {
            inUse.add(f.source().id());
            inUse.add(f.target().id());
        });
        facts.values().forEach(f -> inUse.add(f.subject()));
        Set<String> kept = new HashSet<>();
        components.forEach((id, r) -> {
            boolean flowing = flows.values().stream().anyMatch(f -> f.source().id().equals(id) || f.target().id().equals(id));
            if (tool.test(r.technology()) && !flowing) {
                return;
            }
            if (r.namedByRole() && Phantoms.network(r.name())) {
                return; // a network named by a table cell or an arrow line, which no judge saw
            }
            if (stated.contains(id) || titled.contains(id) && (inUse.contains(id) || !r.namedByRole())) {
                kept.add(id);
            }
        });
        List<Component> cs = new ArrayList<>();
        components.forEach((id, r) -> {
            if (kept.contains(id)) {
                ComponentKind kind = described.getOrDefault(id, modelBehind(id, r));
                String name = kind != r.kind() && Character.isLowerCase(r.name().charAt(0)) ? "LLM " + r.name() : r.name();
                cs.add(new Component(id, name, kind, r.technology(), sources(componentQuotes.get(id)), lexicon.aliases(id)));
            }
        });
        modelGateway(kept);
        List<DataFlow> fs = new ArrayList<>();
        flows.forEach((id, f) -> {
            Set<String> quotes = flowQuotes.get(id);
            String description = f.detail().isBlank() ? quotes.iterator().next() : f.detail();
            fs.add(new DataFlow(id, f.source().id(), f.target().id(), description, sources(quotes)));
        });
        List<Fact> fa = facts.values().stream().filter(f -> f.subject().equals(Fact.SYSTEM) || kept.contains(f.subject())
                || f.property() == dev.threatmodelbot.domain.context.Property.SCOPE && known.contains(f.subject())
                || flows.containsKey(f.subject()) || !components.containsKey(f.subject())).toList();
        return new ContextModel(cs, fs, fa);
    }

    /** The one language model this text or an earlier one names, if exactly one and no model gateway fronts it. */
    java.util.Optional<ComponentRef> onlyModel(ContextModel known, Lexicon lexicon) {
        Map<String, ComponentRef> models = new LinkedHashMap<>();
        List<String> knownModels = known.components().stream().filter(c -> c.kind() == ComponentKind.LLM)
                .map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toList();
        List<ComponentRef> here = components.values().stream()
                .filter(r -> described.getOrDefault(r.id(), r.kind()) == ComponentKind.LLM || lexicon.aliases(r.id()).stream()
                        .anyMatch(a -> knownModels.contains(a.toLowerCase(java.util.Locale.ROOT)))).toList();
        // a model an earlier section named that this one gives as another name of one of its own is that one
        known.components().stream().filter(c -> c.kind() == ComponentKind.LLM).filter(c -> here.stream()
                        .noneMatch(r -> lexicon.aliases(r.id()).stream().anyMatch(a -> a.equalsIgnoreCase(c.name()))))
                .forEach(c -> models.put(c.id(), new ComponentRef(c.id(), c.name(), c.kind(), c.technology())));
        here.forEach(r -> models.putIfAbsent(r.id(), r));
        boolean gateway = components.values().stream().anyMatch(r -> MODEL_GATEWAY.matcher(r.name()).find())
                || known.components().stream().anyMatch(c -> MODEL_GATEWAY.matcher(c.name()).find());
        // behind a model gateway the prompt goes through the gateway ({@link #modelGateway})
        List<ComponentRef> roles = models.values().stream()
                .filter(r -> dev.threatmodelbot.domain.context.AliasFolding.roleNamed(r.name())).toList();
        if (roles.size() == 1 && roles.get(0).technology().isEmpty() && !gateway) {
            return java.util.Optional.of(roles.get(0)); // "an LLM agent" and the products serving it are one model
        }
        return models.size() == 1 && !gateway ? models.values().stream().findFirst() : java.util.Optional.empty();
    }

    /** What a component table's row says the part is ({@link RowKinds}). */
    void kind(RowKinds.Kind k) {
        described.putIfAbsent(k.part().id(), k.kind());
    }

    private static final java.util.regex.Pattern GENERIC_MODEL = java.util.regex.Pattern.compile(
            "(?i)(?:the |an? )?(?:(?:LLM|model|AI|inference) )?(?:provider|providers|model|models|vendor)");
    private static final java.util.regex.Pattern MODEL_FRONT = java.util.regex.Pattern.compile("(?i)\\b(?:LLM|model|AI|inference)\\b");

    /**
     * "LLM Gateway ──▶ provider": a part named only "provider" or "model" that an LLM or model gateway sends to is the
     * language model behind it, whichever product the deployment picks.
     */
    private ComponentKind modelBehind(String id, ComponentRef r) {
        if (!r.namedByRole() || !GENERIC_MODEL.matcher(r.name().strip()).matches()) {
            return r.kind();
        }
        boolean fed = flows.values().stream().anyMatch(f -> f.target().id().equals(id) && MODEL_FRONT.matcher(f.source().name()).find());
        return fed ? ComponentKind.LLM : r.kind();
    }

    private static final java.util.regex.Pattern MODEL_GATEWAY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:LLM|model|AI|inference)\\s+(?:gateway|proxy|router)\\b");

    /**
     * "LLM gateway — internal gateway in front of a hosted model API": a language model nothing is said to call is
     * called through the one model gateway the text names, which sends it what it gets.
     */
    private void modelGateway(Set<String> kept) {
        List<ComponentRef> models = components.values().stream().filter(r -> kept.contains(r.id()) && r.kind() == ComponentKind.LLM)
                .filter(r -> flows.values().stream().noneMatch(f -> f.target().id().equals(r.id()))).toList();
        List<ComponentRef> gateways = components.values().stream().filter(r -> kept.contains(r.id())
                && MODEL_GATEWAY.matcher(r.name()).find()).toList();
        if (models.size() != 1 || gateways.size() != 1) {
            return;
        }
        ComponentRef gateway = gateways.get(0);
        ComponentRef model = models.get(0);
        String id = DataFlow.idOf(gateway.id(), model.id());
        flows.putIfAbsent(id, new Flows.Found(gateway, model, "prompts through the gateway"));
        flowQuotes.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(componentQuotes.getOrDefault(gateway.id(), Set.of())
                .stream().limit(1).toList());
    }

    private List<Source> sources(Set<String> quotes) {
        return quotes.stream().map(this::quoting).toList();
    }

    private Source quoting(String quote) {
        return new Source(source.kind(), source.reference(), source.author(), source.at(), source.link(), quote);
    }
}
