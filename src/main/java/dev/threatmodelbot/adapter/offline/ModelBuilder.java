package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.FactStatus;
import dev.threatmodelbot.domain.context.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    ModelBuilder(Source source) {
        this.source = source;
    }

    void components(Sentence s, List<Mention> mentions) {
        for (Mention m : mentions) {
            components.putIfAbsent(m.ref().id(), m.ref());
            componentQuotes.computeIfAbsent(m.ref().id(), id -> new LinkedHashSet<>()).add(s.text());
        }
    }

    void flows(Sentence s, List<Flows.Found> found) {
        for (Flows.Found f : found) {
            String id = DataFlow.idOf(f.source().id(), f.target().id());
            flows.putIfAbsent(id, f);
            flowQuotes.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(s.text());
        }
    }

    void fact(Sentence s, String subject, SecurityPatterns.Hit hit) {
        String id = subject + ":" + hit.property() + ":" + hit.value() + ":" + source.reference();
        facts.putIfAbsent(id, new Fact(id, subject, hit.property(), hit.value(), quoting(s.text()), FactStatus.STATED));
    }

    ContextModel build(Lexicon lexicon) {
        List<Component> cs = new ArrayList<>();
        components.forEach((id, r) -> cs.add(new Component(id, r.name(), r.kind(), r.technology(),
                sources(componentQuotes.get(id)), lexicon.aliases(id))));
        List<DataFlow> fs = new ArrayList<>();
        flows.forEach((id, f) -> {
            Set<String> quotes = flowQuotes.get(id);
            String description = f.detail().isBlank() ? quotes.iterator().next() : f.detail();
            fs.add(new DataFlow(id, f.source().id(), f.target().id(), description, sources(quotes)));
        });
        return new ContextModel(cs, fs, List.copyOf(facts.values()));
    }

    private List<Source> sources(Set<String> quotes) {
        return quotes.stream().map(this::quoting).toList();
    }

    private Source quoting(String quote) {
        return new Source(source.kind(), source.reference(), source.author(), source.at(), source.link(), quote);
    }
}
