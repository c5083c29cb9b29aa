package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.threat.OwaspLlm;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * OTM's threats and mitigations, and the threat instances parts and flows carry. A rejected threat
 * stays in the document as not applicable; one mitigation text shared by threats is one mitigation.
 */
final class OtmThreatsExport {
    private final ExportModel m;
    private final Map<Integer, String> threatIds = new LinkedHashMap<>();
    private final Map<String, String> mitigationIds = new LinkedHashMap<>();

    OtmThreatsExport(ExportModel m) {
        this.m = m;
        Set<String> seen = new HashSet<>();
        for (DraftedThreat dt : m.threats()) {
            String key = seen.add(dt.threat().id()) ? dt.threat().id() : dt.threat().id() + "#" + dt.number();
            threatIds.put(dt.number(), m.uuid("threat", key));
            mitigation(dt.threat()).ifPresent(text -> mitigationIds.putIfAbsent(text, m.uuid("mitigation", text)));
        }
    }

    private static Optional<String> mitigation(Threat t) {
        return Optional.of(ExportText.oneLine(t.mitigation())).filter(s -> !s.isEmpty());
    }

    /** The threat instances on a part or flow: every threat about it, with its mitigation. */
    ArrayNode on(String subject) {
        ArrayNode all = ExportJson.array();
        for (DraftedThreat dt : m.threats()) {
            if (m.subjects(dt.threat()).contains(subject)) {
                ObjectNode i = all.addObject();
                i.put("threat", threatIds.get(dt.number()));
                i.put("state", dt.status() == Decision.Kind.REJECTED ? "not-applicable" : "exposed");
                ArrayNode mitigations = i.putArray("mitigations");
                mitigation(dt.threat()).ifPresent(text -> mitigations.addObject()
                        .put("mitigation", mitigationIds.get(text)).put("state", mitigationState(dt)));
            }
        }
        return all;
    }

    private static String mitigationState(DraftedThreat dt) {
        return switch (dt.status()) {
            case APPROVED -> "required";
            case REJECTED -> "not-applicable";
            default -> "recommended";
        };
    }

    ArrayNode threats() {
        ArrayNode all = ExportJson.array();
        for (DraftedThreat dt : m.threats()) {
            Threat t = dt.threat();
            ObjectNode o = all.addObject();
            o.put("id", threatIds.get(dt.number()));
            o.put("name", ExportText.oneLine(t.title()));
            o.put("description", ExportText.oneLine(t.description()));
            o.set("categories", ExportJson.strings(ExportText.ordered(t.stride()).stream().map(ExportText::title)
                    .toList()));
            ObjectNode risk = o.putObject("risk");
            risk.put("likelihood", percent(t.likelihood()));
            risk.put("likelihoodComment", "Likelihood " + t.likelihood() + " of 3 in the draft.");
            risk.put("impact", percent(t.impact()));
            risk.put("impactComment", "Impact " + t.impact() + " of 3 in the draft.");
            List<String> tags = new ArrayList<>(OwaspLlm.tags(t.owaspLlm()));
            tags.addAll(t.atlas());
            o.set("tags", ExportJson.strings(tags));
            o.set("attributes", attributes(dt));
        }
        return all;
    }

    /** OTM rates 0 to 100; the draft rates 1 to 3. */
    private static int percent(int rating) {
        return Math.round(Math.max(1, Math.min(3, rating)) * 100f / 3);
    }

    private static ObjectNode attributes(DraftedThreat dt) {
        Threat t = dt.threat();
        ObjectNode a = ExportJson.object();
        a.put("number", String.valueOf(dt.number()));
        a.put("severity", t.severity().name().toLowerCase(java.util.Locale.ROOT));
        a.put("status", ExportReview.status(dt));
        ExportReview.decision(dt).ifPresent(d -> a.put("decidedBy", d.by())
                .put("decidedOn", ExportReview.decidedOn(dt).orElseThrow().toString()));
        a.put("confidence", t.confidence().name().toLowerCase(java.util.Locale.ROOT));
        a.put("rule", t.rule());
        if (!t.owaspLlm().isEmpty()) {
            a.put("owasp", OwaspLlm.labels(t.owaspLlm()));
        }
        if (!t.atlas().isEmpty()) {
            a.put("atlas", String.join(", ", t.atlas()));
        }
        if (!t.assumptions().isEmpty()) {
            a.put("assumptions", String.join("; ", t.assumptions()));
        }
        return a;
    }

    ArrayNode mitigations() {
        ArrayNode all = ExportJson.array();
        mitigationIds.forEach((text, id) -> {
            ObjectNode o = all.addObject();
            o.put("id", id);
            o.put("name", ExportText.clip(ExportText.firstSentence(text), 80));
            o.put("description", text);
            o.put("riskReduction", 50);
        });
        return all;
    }
}
