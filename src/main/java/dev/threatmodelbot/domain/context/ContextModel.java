package dev.threatmodelbot.domain.context;

import java.util.List;
import java.util.Optional;

/** What is known about the system, every piece with the source that said it. */
public record ContextModel(List<Component> components, List<DataFlow> flows, List<Fact> facts) {

    public static final ContextModel EMPTY = new ContextModel(List.of(), List.of(), List.of());

    public ContextModel {
        components = List.copyOf(components);
        flows = List.copyOf(flows);
        facts = List.copyOf(facts);
    }

    public Optional<Component> component(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<Fact> factsAbout(String subject, Property property) {
        return facts.stream().filter(f -> f.subject().equals(subject) && f.property() == property).toList();
    }
}
