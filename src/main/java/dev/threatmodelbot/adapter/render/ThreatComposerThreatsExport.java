package dev.threatmodelbot.adapter.render;

import dev.threatmodelbot.domain.threat.OwaspLlm;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodelbot.domain.threat.Decision;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Severity;
import dev.threatmodelbot.domain.threat.Stride;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * threat-composer's threats and their links. Status: a rejected threat is "not useful"; every other
 * stays "identified", approval included, since "resolved" would claim its mitigations are done. The
 * review itself is in a tag and the comments.
 */
final class ThreatComposerThreatsExport {
    private static final int FIELD_MAX = ThreatComposerGrammar.FIELD_MAX;
    private static final int STATEMENT_MAX = 1400;
    private static final int COMMENTS_MAX = 1000;
    private static final int TAG_MAX = 30;

    private final ExportModel m;
    private final Map<String, String> assumptions;
    private final Map<String, String> mitigations;
    private final Map<Integer, String> ids = new LinkedHashMap<>();

    ThreatComposerThreatsExport(ExportModel m, Map<String, String> assumptions, Map<String, String> mitigations) {
        this.m = m;
        this.assumptions = assumptions;
        this.mitigations = mitigations;
        Set<String> seen = new HashSet<>();
        for (DraftedThreat dt : m.threats()) {
            String key = seen.add(dt.threat().id()) ? dt.threat().id() : dt.threat().id() + "#" + dt.number();
            ids.put(dt.number(), m.uuid("threat", key));
        }
    }

    ArrayNode assumptionLinks() {
        ArrayNode all = ExportJson.array();
        for (DraftedThreat dt : m.threats()) {
            dt.threat().assumptions().stream()
                    .map(a -> assumptions.get(ExportText.clipEscaped(a, ThreatComposerExport.CONTENT_MAX))).filter(java.util.Objects::nonNull).distinct().forEach(id -> all.addObject()
                            .put("type", "Threat").put("assumptionId", id).put("linkedId", ids.get(dt.number())));
        }
        return all;
    }

    ArrayNode mitigationLinks() {
        ArrayNode all = ExportJson.array();
        for (DraftedThreat dt : m.threats()) {
            String id = mitigations.get(ExportText.clipEscaped(dt.threat().mitigation(), ThreatComposerExport.CONTENT_MAX));
            if (id != null) {
                all.addObject().put("mitigationId", id).put("linkedId", ids.get(dt.number()));
            }
        }
        return all;
    }

    ArrayNode threats() {
        ArrayNode all = ExportJson.array();
        for (DraftedThreat dt : m.threats()) {
            Threat t = dt.threat();
            ObjectNode o = all.addObject();
            o.put("id", ids.get(dt.number()));
            o.put("numericId", dt.number());
            o.put("displayOrder", all.size());
            ThreatComposerGrammar g = ThreatComposerGrammar.of(t, m);
            List<String> goals = ExportText.ordered(t.stride()).stream().map(ThreatComposerThreatsExport::goal)
                    .distinct().toList();
            List<String> assets = assets(t);
            o.put("statement", ExportText.clipEscaped(g.statement(goals, assets), STATEMENT_MAX));
            o.put("threatSource", g.source());
            if (!g.prerequisites().isEmpty()) {
                o.put("prerequisites", g.prerequisites());
            }
            o.put("threatAction", g.action());
            o.put("threatImpact", g.impact());
            o.set("impactedGoal", ExportJson.strings(goals));
            o.set("impactedAssets", ExportJson.strings(assets));
            o.set("metadata", metadata(dt));
            o.set("tags", ExportJson.strings(tags(dt)));
            o.put("status", dt.status() == Decision.Kind.REJECTED ? "threatResolvedNotUseful" : "threatIdentified");
        }
        return all;
    }

    /** The parts a threat is about (a flow's two ends), each once, each within the field limit. */
    private List<String> assets(Threat t) {
        return m.subjects(t).stream()
                .flatMap(s -> m.flow(s).map(f -> java.util.stream.Stream.of(f.source(), f.target()))
                        .orElseGet(() -> java.util.stream.Stream.of(s)))
                .map(m::name).distinct().filter(n -> ThreatComposerGrammar.escapedLength(n) <= FIELD_MAX).toList();
    }

    private static String goal(Stride s) {
        return switch (s) {
            case SPOOFING -> "authenticity";
            case TAMPERING -> "integrity";
            case REPUDIATION -> "non-repudiation";
            case INFORMATION_DISCLOSURE -> "confidentiality";
            case DENIAL_OF_SERVICE -> "availability";
            case ELEVATION_OF_PRIVILEGE -> "authorization";
        };
    }

    private ArrayNode metadata(DraftedThreat dt) {
        Threat t = dt.threat();
        ArrayNode all = ExportJson.array();
        all.addObject().put("key", "STRIDE").set("value", ExportJson.strings(ExportText.ordered(t.stride())
                .stream().map(s -> String.valueOf(s.letter())).toList()));
        Severity sev = t.severity();
        all.addObject().put("key", "Priority").put("value",
                sev == Severity.CRITICAL || sev == Severity.HIGH ? "High" : sev == Severity.MEDIUM ? "Medium" : "Low");
        all.addObject().put("key", "Comments").put("value", ExportText.clipEscaped(comments(dt), COMMENTS_MAX));
        all.addObject().put("key", "custom:Drafted title").put("value", t.title());
        all.addObject().put("key", "custom:Drafted description").put("value", t.description());
        all.addObject().put("key", "custom:Rule").put("value", t.rule());
        all.addObject().put("key", "custom:About").set("value", ExportJson.strings(m.subjects(t).stream()
                .map(m::name).toList()));
        return all;
    }

    private static String comments(DraftedThreat dt) {
        Threat t = dt.threat();
        StringBuilder c = new StringBuilder(ExportText.sentences(t.title(), t.description())).append(" Status: ").append(ExportReview.sentence(dt)).append(". Severity ")
                .append(t.severity().name().toLowerCase(Locale.ROOT)).append(" (likelihood ").append(t.likelihood())
                .append("/3, impact ").append(t.impact()).append("/3), confidence ")
                .append(t.confidence().name().toLowerCase(Locale.ROOT)).append('.');
        if (!t.owaspLlm().isEmpty()) {
            c.append(" OWASP Top 10 for LLM: ").append(OwaspLlm.labels(t.owaspLlm())).append('.');
        }
        if (!t.atlas().isEmpty()) {
            c.append(" MITRE ATLAS: ").append(String.join(", ", t.atlas())).append('.');
        }
        return c.toString();
    }

    /** The review status, the severity and the OWASP and ATLAS ids, each within threat-composer's tag limit. */
    private static List<String> tags(DraftedThreat dt) {
        List<String> raw = new ArrayList<>(List.of(ExportReview.status(dt),
                dt.threat().severity().name().toLowerCase(Locale.ROOT)));
        raw.addAll(OwaspLlm.tags(dt.threat().owaspLlm()));
        raw.addAll(dt.threat().atlas());
        Set<String> tags = new LinkedHashSet<>();
        raw.stream().map(ExportText::oneLine).filter(s -> !s.isEmpty()).map(s -> ExportText.clipEscaped(s, TAG_MAX))
                .forEach(tags::add);
        return List.copyOf(tags);
    }
}
