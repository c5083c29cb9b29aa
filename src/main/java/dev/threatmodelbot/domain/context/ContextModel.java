package dev.threatmodelbot.domain.context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    public Optional<Fact> fact(String id) {
        return facts.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<DataFlow> flow(String id) {
        return flows.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** A subject in words: a part's name (its id when it has none), "A → B" for a flow, "the system". */
    public String nameOf(String subject) {
        if (subject.equals(Fact.SYSTEM)) {
            return "the system";
        }
        return component(subject).map(c -> c.name().isBlank() ? c.id() : c.name().strip())
                .orElseGet(() -> flow(subject).map(f -> nameOf(f.source()) + " → " + nameOf(f.target()))
                        .orElse(subject));
    }

    /**
     * Whether a subject is not this review's to threat-model: a part the text says was threat-modelled
     * elsewhere or is shown for context only, or a flow between such parts and people outside.
     */
    public boolean reviewedElsewhere(String subject) {
        return reviewedElsewhere().contains(subject);
    }

    /** Every subject not this review's to threat-model (see {@link #reviewedElsewhere(String)}), in one pass. */
    public java.util.Set<String> reviewedElsewhere() {
        java.util.Set<String> scoped = scoped("reviewed-elsewhere");
        java.util.Set<String> people = new java.util.HashSet<>();
        components.stream().filter(c -> c.kind() == ComponentKind.EXTERNAL_ENTITY).forEach(c -> people.add(c.id()));
        java.util.Set<String> out = new java.util.HashSet<>(scoped);
        flows.stream().filter(f -> (scoped.contains(f.source()) || scoped.contains(f.target()))
                && (scoped.contains(f.source()) || people.contains(f.source()))
                && (scoped.contains(f.target()) || people.contains(f.target()))).forEach(f -> out.add(f.id()));
        return out;
    }

    /** Whether the text excludes how people sign in to the part (its login, MFA, enrolment): reviewed elsewhere. */
    public boolean signInReviewedElsewhere(String subject) {
        return reviewedElsewhere(subject) || scoped("sign-in-elsewhere").contains(subject);
    }

    private java.util.Set<String> scoped(String value) {
        java.util.Set<String> subjects = new java.util.HashSet<>();
        facts.stream().filter(f -> f.property() == Property.SCOPE && f.value().equals(value))
                .forEach(f -> subjects.add(f.subject()));
        return subjects;
    }

    /** This model plus what {@code more} adds: new parts and facts appended, new mentions of known parts kept. */
    public ContextModel merge(ContextModel more) {
        Map<String, Component> parts = new LinkedHashMap<>();
        components.forEach(c -> parts.put(c.id(), c));
        more.components().forEach(c -> parts.merge(c.id(), c, (old, add) -> new Component(old.id(), old.name(),
                old.kind(), old.technology().isEmpty() ? add.technology() : old.technology(),
                union(old.mentions(), add.mentions()), union(old.aliases(), add.aliases()))));
        Map<String, DataFlow> moves = new LinkedHashMap<>();
        flows.forEach(f -> moves.put(f.id(), f));
        more.flows().forEach(f -> moves.merge(f.id(), f, (old, add) -> new DataFlow(old.id(), old.source(),
                old.target(), old.description(), union(old.mentions(), add.mentions()))));
        Map<String, Fact> known = new LinkedHashMap<>();
        facts.forEach(f -> known.put(f.id(), f));
        more.facts().forEach(f -> known.putIfAbsent(f.id(), f));
        return new ContextModel(List.copyOf(parts.values()), List.copyOf(moves.values()),
                List.copyOf(known.values()));
    }

    /** The same model with the given facts' statuses changed. */
    public ContextModel withStatus(Map<String, FactStatus> changes) {
        return new ContextModel(components, flows, facts.stream()
                .map(f -> changes.containsKey(f.id()) ? f.withStatus(changes.get(f.id())) : f).toList());
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        b.stream().filter(s -> !all.contains(s)).forEach(all::add);
        return all;
    }
}
