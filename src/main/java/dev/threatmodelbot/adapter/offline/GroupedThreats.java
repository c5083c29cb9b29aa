package dev.threatmodelbot.adapter.offline;

import dev.threatmodelbot.domain.context.ContextModel;
import dev.threatmodelbot.domain.threat.Confidence;
import dev.threatmodelbot.domain.threat.Evidence;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Generic threats that read the same on several parts of a kind, drafted as one threat naming them all. */
final class GroupedThreats {

    private GroupedThreats() {}

    /** Rules whose generic threat reads the same on every part of a kind. */
    private static final Set<String> GROUPED = Set.of("injection", "store-direct-access", "broken-access-control", "flooding",
            "dependency-outage", "data-deletion");

    /**
     * The same generic threat on several parts of a kind, resting on no fact of theirs (only on how they are reached),
     * is one threat naming them all: a lead reviews it once, and it stays apart from the parts where a fact makes it sure.
     */
    static List<Threat> of(List<Threat> all, ContextModel m, Map<String, ThreatRules.Rule> byId) {
        Map<String, List<Threat>> groups = new LinkedHashMap<>();
        for (Threat t : all) {
            boolean generic = GROUPED.contains(t.rule()) && t.confidence() != Confidence.HIGH && t.evidence().stream()
                    .allMatch(e -> e.startsWith(Evidence.NAMED_PREFIX) || e.startsWith(Evidence.FLOW_PREFIX));
            groups.computeIfAbsent(generic ? t.rule() + "|" + t.confidence() + "|" + t.severity() : t.id(),
                    k -> new ArrayList<>()).add(t);
        }
        List<Threat> out = new ArrayList<>();
        for (List<Threat> g : groups.values()) {
            if (g.size() == 1) {
                out.add(g.get(0));
                continue;
            }
            Threat first = g.get(0);
            ThreatRules.Rule r = byId.get(first.rule());
            List<String> subjects = g.stream().flatMap(t -> t.subjects().stream()).distinct().toList();
            String name = RuleThreatDrafter.listed(subjects.stream()
                    .map(id -> m.flow(id).map(fl -> RuleThreatDrafter.flowName(m, fl)).orElseGet(() -> m.nameOf(id)))
                    .distinct().toList());
            String id = first.rule() + ":" + g.stream().map(Threat::id).sorted().findFirst().orElseThrow()
                    .substring(first.rule().length() + 1) + "+" + (g.size() - 1);
            String description = RuleThreatDrafter.fill(Optional.ofNullable(r.description()).orElse(""), name);
            out.add(new Threat(id, first.rule(), RuleThreatDrafter.fill(r.title(), name), description, first.stride(),
                    subjects, first.likelihood(), first.impact(), RuleThreatDrafter.fill(r.mitigation(), name),
                    g.stream().flatMap(t -> t.evidence().stream()).distinct().toList(),
                    g.stream().flatMap(t -> t.assumptions().stream()).distinct().toList(), first.confidence(),
                    first.owaspLlm(), first.atlas(), first.attack()));
        }
        return out;
    }
}
