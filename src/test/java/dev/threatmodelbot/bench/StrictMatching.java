package dev.threatmodelbot.bench;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The strict, explainable match of drafted threats against an answer key. A part of the context
 * model is a key element when its name (or one of its aliases) equals, in normal form, the element's
 * name or one of the key's aliases for it; nothing else. A drafted threat is about the elements its
 * subjects are (both ends of a flow; for an attack chain only the part it starts from); it matches a
 * ground-truth threat when one of those elements is
 * one of the key's for it and its attack class is the key's class (or the key's {@code also}).
 */
final class StrictMatching {
    private final AnswerKey key;
    private final ContextModel model;
    private final Map<String, Optional<String>> elementOf = new LinkedHashMap<>();

    StrictMatching(AnswerKey key, ContextModel model) {
        this.key = key;
        this.model = model;
        model.components().forEach(c -> elementOf.put(c.id(), element(c)));
    }

    /** The key element a part is, by name or alias. */
    private Optional<String> element(Component c) {
        Set<String> names = new LinkedHashSet<>();
        names.add(AnswerKey.normal(c.name()));
        names.add(AnswerKey.normal(c.id()));
        c.aliases().forEach(a -> names.add(AnswerKey.normal(a)));
        return key.elements().stream().filter(e -> e.names().stream().anyMatch(names::contains))
                .map(AnswerKey.Element::id).findFirst();
    }

    /** The key elements a drafted threat is about; an attack chain is about the part it starts from. */
    Set<String> elements(Threat t) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : t.isChain() ? t.subjects().subList(0, 1) : t.subjects()) {
            Optional<DataFlow> flow = model.flow(s);
            if (flow.isPresent()) {
                elementOf.getOrDefault(flow.get().source(), Optional.empty()).ifPresent(out::add);
                elementOf.getOrDefault(flow.get().target(), Optional.empty()).ifPresent(out::add);
            } else {
                elementOf.getOrDefault(s, Optional.empty()).ifPresent(out::add);
            }
        }
        return out;
    }

    boolean matches(Threat drafted, AnswerKey.KeyThreat truth) {
        return truth.classes().contains(drafted.attack())
                && elements(drafted).stream().anyMatch(truth.elements()::contains);
    }

    /** Every matching pair, in key then drafted order. */
    List<Pair> pairs(List<Threat> drafted) {
        List<Pair> out = new ArrayList<>();
        for (AnswerKey.KeyThreat k : key.threats()) {
            for (Threat d : drafted) {
                if (matches(d, k)) {
                    out.add(new Pair(k, d));
                }
            }
        }
        return out;
    }

    record Pair(AnswerKey.KeyThreat truth, Threat drafted) {}

    /** Parts of the model that are no key element: phantoms, or elements the key spells otherwise. */
    List<Component> phantoms() {
        return model.components().stream().filter(c -> elementOf.get(c.id()).isEmpty()).toList();
    }

    /** Key elements no part of the model is. */
    List<AnswerKey.Element> missedElements() {
        Set<String> found = new LinkedHashSet<>();
        elementOf.values().forEach(e -> e.ifPresent(found::add));
        return key.elements().stream().filter(e -> !found.contains(e.id())).toList();
    }

    /** Key flows the model has in the key's direction. */
    List<AnswerKey.KeyFlow> foundFlows() {
        return key.flows().stream().filter(f -> has(f.from(), f.to())).toList();
    }

    /** Key flows the model has only the other way round. */
    List<AnswerKey.KeyFlow> reversedFlows() {
        return key.flows().stream().filter(f -> !has(f.from(), f.to()) && has(f.to(), f.from())).toList();
    }

    private boolean has(String from, String to) {
        return model.flows().stream().anyMatch(f -> elementOf.getOrDefault(f.source(), Optional.empty())
                .filter(from::equals).isPresent() && elementOf.getOrDefault(f.target(), Optional.empty())
                .filter(to::equals).isPresent());
    }

    String nameOf(String elementId) {
        return key.elements().stream().filter(e -> e.id().equals(elementId)).map(AnswerKey.Element::name)
                .findFirst().orElse(elementId);
    }
}
