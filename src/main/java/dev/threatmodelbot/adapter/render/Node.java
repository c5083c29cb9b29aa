package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One element of the diagram: a component, or a flow end that no component describes. {@code alias}
 * is the generated PlantUML id (e1, e2… in id order); {@code label} is already escaped.
 */
record Node(String id, String alias, String label, Shape shape, Placement placement) {
    private static final String NOTE = "<size:10><color:%s>%s</color></size>";

    /** The model's elements sorted by id, so the same model always gives the same diagram. */
    static List<Node> of(ContextModel model) {
        TreeMap<String, Component> parts = new TreeMap<>();
        model.components().stream().sorted(Comparator.comparing(Component::id).thenComparing(Component::name))
                .forEach(c -> parts.putIfAbsent(c.id(), c));
        TreeSet<String> ids = new TreeSet<>(parts.keySet());
        for (DataFlow f : model.flows()) {
            ids.add(f.source());
            ids.add(f.target());
        }
        List<Node> nodes = new ArrayList<>();
        for (String id : ids) {
            String alias = "e" + (nodes.size() + 1);
            nodes.add(parts.containsKey(id) ? described(alias, parts.get(id), model) : undescribed(alias, id));
        }
        return nodes;
    }

    private static Node described(String alias, Component c, ContextModel model) {
        Placement placement = Placement.of(c, model);
        String name = c.name().isBlank() ? c.id() : c.name();
        StringBuilder label = new StringBuilder(PlantUmlText.wrapped(name, 22, 60));
        String technology = PlantUmlText.normalise(c.technology());
        if (!technology.isEmpty() && !technology.equalsIgnoreCase(PlantUmlText.normalise(name))) {
            String shortened = PlantUmlText.wrapped(technology, 40, 32);
            label.append(PlantUmlText.BREAK).append(NOTE.formatted("#505050", shortened));
        }
        if (placement.disputed()) {
            label.append(PlantUmlText.BREAK).append(NOTE.formatted("#C00000", "exposure disputed"));
        }
        return new Node(c.id(), alias, label.toString(), Shape.of(c.kind()), placement);
    }

    private static Node undescribed(String alias, String id) {
        return new Node(id, alias, PlantUmlText.wrapped(id, 22, 60), Shape.UNDESCRIBED,
                new Placement(Zone.UNKNOWN, false));
    }

    boolean in(Zone zone) {
        return placement.zone() == zone;
    }
}
