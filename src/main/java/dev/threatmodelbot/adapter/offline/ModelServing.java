package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.Component;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Fact;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.threat.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a system takes in what it holds and where it serves a trained model, read from its flows:
 * a part loads what a store holds when a flow runs from that store into it; a part serves a model
 * when it loads model files and callers outside the system reach it, directly or through the edge
 * (a gateway, load balancer, CDN, web app or API that outside callers reach), or the doc says it is
 * exposed to the internet.
 */
final class ModelServing {
    static final String MODEL_FILES = "model-files";
    private static final Set<ComponentKind> EDGE = Set.of(ComponentKind.API_GATEWAY, ComponentKind.LOAD_BALANCER,
            ComponentKind.CDN, ComponentKind.WEB_APP, ComponentKind.API);

    private ModelServing() {}

    /** Flows into {@code part} from a part said to hold one of {@code values} (or carrying it). */
    static List<DataFlow> loads(ContextModel m, String part, List<String> values) {
        return m.flows().stream().filter(f -> f.target().equals(part) && !f.source().equals(part)
                && (holds(m, f.source(), values) || holds(m, f.id(), values))).toList();
    }

    /**
     * What makes {@code part} serve a stored model to outside callers, as evidence ids: the flow that
     * loads it and the way in (a flow from outside or the edge, or its stated internet exposure); none if not.
     */
    static List<String> serves(ContextModel m, String part) {
        List<DataFlow> loads = loads(m, part, List.of(MODEL_FILES));
        Optional<String> in = wayIn(m, part).map(f -> Evidence.flow(f.id())).or(() -> ThreatRules
                .live(m, part, Property.EXPOSURE).stream().filter(f -> f.value().equals("public")).map(Fact::id)
                .findFirst());
        if (loads.isEmpty() || in.isEmpty()) {
            return List.of();
        }
        return List.of(Evidence.flow(loads.get(0).id()), in.get());
    }

    /** The one trained model the system names, if it names exactly one. */
    static Optional<Component> soleModel(ContextModel m) {
        List<Component> models = m.components().stream().filter(c -> c.kind() == ComponentKind.ML_MODEL).toList();
        return models.size() == 1 ? Optional.of(models.get(0)) : Optional.empty();
    }

    private static Optional<DataFlow> wayIn(ContextModel m, String part) {
        return m.flows().stream().filter(f -> f.target().equals(part))
                .filter(f -> outside(m, f.source()) || edge(m, f.source())).findFirst();
    }

    private static boolean edge(ContextModel m, String part) {
        boolean isEdge = m.component(part).map(c -> EDGE.contains(c.kind())).orElse(false);
        boolean reached = m.flows().stream().anyMatch(f -> f.target().equals(part) && outside(m, f.source()))
                || ThreatRules.live(m, part, Property.EXPOSURE).stream().anyMatch(f -> f.value().equals("public"));
        return isEdge && reached;
    }

    private static boolean outside(ContextModel m, String part) {
        return m.component(part).map(c -> c.kind() == ComponentKind.EXTERNAL_ENTITY).orElse(false);
    }

    /** Said of the part or of a flow into or out of it ("writes the trained model to the registry"). */
    private static boolean holds(ContextModel m, String subject, List<String> values) {
        List<String> about = new ArrayList<>(List.of(subject));
        m.flows().stream().filter(f -> f.source().equals(subject) || f.target().equals(subject))
                .forEach(f -> about.add(f.id()));
        return about.stream().flatMap(s -> ThreatRules.live(m, s, Property.DATA_CLASSIFICATION).stream())
                .anyMatch(f -> values.contains(f.value()));
    }
}
