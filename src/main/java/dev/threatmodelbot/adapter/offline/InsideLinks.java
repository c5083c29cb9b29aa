package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.threat.Confidence;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Weaknesses of links between two parts of the system, for rules grounded in links that cross its boundary. */
final class InsideLinks {
    private InsideLinks() {}

    /**
     * Links inside the system with the same stated weakness are one threat naming them all: one
     * finding for the lead to weigh, not one per arrow of the diagram.
     */
    static List<Threat> together(ThreatRules.Rule r, ContextModel m, List<Threat> threats) {
        List<Threat> inside = threats.stream().filter(t -> t.confidence() == Confidence.HIGH
                && only(r, m, t.subjects().get(0))).toList();
        if (inside.size() < 2) {
            return threats;
        }
        List<Threat> out = new ArrayList<>(threats);
        out.removeAll(inside);
        List<String> flows = inside.stream().map(t -> t.subjects().get(0)).toList();
        List<String> names = flows.stream().map(id -> RuleThreatDrafter.flowName(m, m.flow(id).orElseThrow()))
                .toList();
        String name = names.size() + " links inside the system (" + (names.size() <= 3 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 2)) + " and " + (names.size() - 2) + " more") + ")";
        Threat first = inside.get(0);
        List<String> evidence = inside.stream().flatMap(t -> t.evidence().stream()).distinct().toList();
        String description = RuleThreatDrafter.fill(Optional.ofNullable(r.description()).orElse(""), name);
        out.add(new Threat(r.id() + ":inside", r.id(), RuleThreatDrafter.fill(r.title(), name), description,
                first.stride(), flows, first.likelihood(), first.impact(), RuleThreatDrafter.fill(r.mitigation(), name),
                evidence, first.assumptions(), Confidence.HIGH, first.owaspLlm(), first.atlas(), first.attack()));
        return out;
    }

    /** A weakness of a link between two parts of the system, for a rule grounded in links that cross the boundary. */
    static boolean only(ThreatRules.Rule r, ContextModel m, String subject) {
        boolean aboutCrossing = r.grounds().stream().anyMatch(g -> Boolean.TRUE.equals(g.crosses()));
        return aboutCrossing && m.flow(subject).filter(f -> !ThreatRules.crosses(m, f)).isPresent();
    }
}
