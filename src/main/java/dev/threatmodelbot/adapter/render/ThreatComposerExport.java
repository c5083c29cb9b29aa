package dev.threatmodelbot.adapter.render;

import static dev.threatmodelbot.adapter.render.ExportText.md;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Property;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The model as a threat-composer workspace export (schema 1): the parts and flows as Markdown
 * descriptions, the threats' assumptions and mitigations (one entry per distinct text) linked to
 * the threats, and the threats with STRIDE, priority, the review in comments and tags, and status.
 * Lengths are kept within threat-composer's limits; ids are UUIDs derived from the session.
 */
final class ThreatComposerExport {
    static final int CONTENT_MAX = 1000;

    private ThreatComposerExport() {}

    static String of(ExportModel m) {
        Map<String, String> assumptions = texts(m, "assumption", true);
        Map<String, String> mitigations = texts(m, "mitigation", false);
        ObjectNode root = ExportJson.object();
        root.put("schema", 1);
        ObjectNode app = root.putObject("applicationInfo");
        app.put("name", ExportText.clipEscaped(m.system(), 200));
        app.put("description", "Threat model of " + md(m.system()) + " (" + m.version() + ", " + m.date()
                + "), drafted by threatmodel-bot in session " + md(m.sessionId()) + " with security lead "
                + md(m.session().lead()) + ".");
        root.putObject("architecture").put("description", architecture(m));
        root.putObject("dataflow").put("description", dataflow(m));
        root.set("assumptions", entries(assumptions));
        root.set("mitigations", entries(mitigations));
        ThreatComposerThreatsExport threats = new ThreatComposerThreatsExport(m, assumptions, mitigations);
        root.set("assumptionLinks", threats.assumptionLinks());
        root.set("mitigationLinks", threats.mitigationLinks());
        root.set("threats", threats.threats());
        return ExportJson.json(root);
    }

    /** Each distinct assumption or mitigation text of the threats, in threat order, with its id. */
    private static Map<String, String> texts(ExportModel m, String kind, boolean assumptions) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (DraftedThreat dt : m.threats()) {
            (assumptions ? dt.threat().assumptions() : java.util.List.of(dt.threat().mitigation())).stream()
                    .map(t -> ExportText.clipEscaped(t, CONTENT_MAX)).filter(t -> !t.isEmpty())
                    .forEach(t -> ids.putIfAbsent(t, m.uuid(kind, t)));
        }
        return ids;
    }

    private static ArrayNode entries(Map<String, String> ids) {
        ArrayNode all = ExportJson.array();
        ids.forEach((content, id) -> {
            ObjectNode o = all.addObject();
            o.put("id", id);
            o.put("numericId", all.size());
            o.put("displayOrder", all.size());
            o.put("content", content);
        });
        return all;
    }

    private static String architecture(ExportModel m) {
        if (m.parts().isEmpty()) {
            return "No parts named yet.";
        }
        return "Parts named by the design doc and the engineers:\n\n" + m.parts().stream()
                .map(p -> "- **" + md(p.name()) + "**: " + md(p.kindWords())
                        + (p.technology().isEmpty() ? "" : " (" + md(p.technology()) + ")")
                        + " · trust zone: " + p.zone().label().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }

    private static String dataflow(ExportModel m) {
        if (m.flows().isEmpty()) {
            return "No data flows named yet.";
        }
        return "Data flows:\n\n" + m.flows().stream().map(f -> "- " + md(m.name(f.id())) + description(f)
                + " · transport: " + transport(m, f)).collect(Collectors.joining("\n"));
    }

    private static String description(DataFlow f) {
        String what = ExportText.oneLine(f.description());
        return what.isEmpty() ? "" : ": " + md(what);
    }

    private static String transport(ExportModel m, DataFlow f) {
        String said = m.facts(f.id(), Property.TRANSPORT).stream()
                .map(x -> md(x.value()) + " (" + md(ExportEvidence.cite(x.source())) + ")").distinct()
                .collect(Collectors.joining("; "));
        return said.isEmpty() ? "not stated" : said;
    }
}
