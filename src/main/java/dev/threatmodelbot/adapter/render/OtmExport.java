package dev.threatmodelbot.adapter.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodelbot.domain.context.DataFlow;
import dev.threatmodelbot.domain.context.Property;
import java.util.List;

/**
 * The model as an Open Threat Model 0.2.0 document: typed trust zones from the parts' exposure, parts as
 * components, flows as dataflows, every drafted threat with its review in attributes, and each
 * mitigation linked from the threat instances on the parts and flows the threat is about. Ids are
 * UUIDs derived from the session and the element, so a later export keeps them.
 */
final class OtmExport {
    private OtmExport() {}

    static String of(ExportModel m) {
        OtmThreatsExport threats = new OtmThreatsExport(m);
        ObjectNode root = ExportJson.object();
        root.put("otmVersion", "0.2.0");
        project(root.putObject("project"), m);
        root.set("trustZones", zones(m));
        ArrayNode components = root.putArray("components");
        m.parts().forEach(p -> component(components.addObject(), m, p, threats));
        ArrayNode dataflows = root.putArray("dataflows");
        m.flows().forEach(f -> dataflow(dataflows.addObject(), m, f, threats));
        root.set("threats", threats.threats());
        root.set("mitigations", threats.mitigations());
        return ExportJson.json(root);
    }

    private static void project(ObjectNode p, ExportModel m) {
        p.put("name", m.system());
        p.put("id", ExportText.slug(m.sessionId(), "session"));
        p.put("description", "Threat model of " + m.system() + " (" + m.version() + ", " + m.date()
                + ") drafted by threatmodel-bot in session " + m.sessionId() + ".");
        p.put("owner", m.session().lead());
        ObjectNode a = p.putObject("attributes");
        a.put("sessionId", m.sessionId());
        a.put("draft", m.version());
        a.put("date", m.date().toString());
    }

    /** One trust zone per zone a part is in; the unknown one alone when there are no parts. */
    private static ArrayNode zones(ExportModel m) {
        List<Zone> used = java.util.Arrays.stream(Zone.values())
                .filter(z -> m.parts().stream().anyMatch(p -> p.zone() == z)).toList();
        ArrayNode all = ExportJson.array();
        for (Zone z : used.isEmpty() ? List.of(Zone.UNKNOWN) : used) {
            ObjectNode o = all.addObject();
            o.put("id", zoneId(m, z));
            o.put("name", z.label());
            o.put("type", type(z));
            o.put("description", switch (z) {
                case EXTERNAL -> "Parts run by others: external entities, services and hosted models.";
                case INTERNET -> "Parts sources say are reachable from the internet.";
                case PRIVATE -> "Parts sources say are internal or reachable only over a VPN.";
                case UNKNOWN -> "Parts whose exposure no source states, or sources dispute.";
            });
            o.putObject("risk").put("trustRating", switch (z) {
                case INTERNET -> 10;
                case EXTERNAL -> 30;
                case UNKNOWN -> 50;
                case PRIVATE -> 80;
            });
        }
        return all;
    }

    /** The zone's type: how exposed it is, in the words OTM tools use for trust-zone types. */
    static String type(Zone z) {
        return switch (z) {
            case EXTERNAL -> "third-party";
            case INTERNET -> "internet";
            case PRIVATE -> "private-secured";
            case UNKNOWN -> "unknown";
        };
    }

    private static String zoneId(ExportModel m, Zone z) {
        return m.uuid("trust-zone", z.name());
    }

    private static void component(ObjectNode c, ExportModel m, ExportPart p, OtmThreatsExport threats) {
        c.put("id", m.uuid("component", p.id()));
        c.put("name", p.name());
        c.put("type", ExportText.slug(p.kindWords(), "component"));
        c.put("description", p.kindWords() + (p.technology().isEmpty() ? "" : " (" + p.technology() + ")"));
        c.putObject("parent").put("trustZone", zoneId(m, p.zone()));
        c.set("tags", ExportJson.strings(p.tags()));
        c.set("threats", threats.on(p.id()));
        ObjectNode a = c.putObject("attributes");
        a.put("modelId", p.id());
        if (!p.technology().isEmpty()) {
            a.put("technology", p.technology());
        }
        List<String> exposure = m.values(p.id(), Property.EXPOSURE);
        if (!exposure.isEmpty()) {
            a.put("exposure", String.join(", ", exposure));
        }
    }

    private static void dataflow(ObjectNode d, ExportModel m, DataFlow f, OtmThreatsExport threats) {
        d.put("id", m.uuid("dataflow", f.id()));
        d.put("name", m.name(f.id()));
        String what = ExportText.oneLine(f.description());
        if (!what.isEmpty()) {
            d.put("description", what);
        }
        d.put("bidirectional", false);
        d.put("source", m.uuid("component", f.source()));
        d.put("destination", m.uuid("component", f.target()));
        d.set("tags", ExportJson.strings(m.values(f.id(), Property.TRANSPORT)));
        d.set("threats", threats.on(f.id()));
        d.putObject("attributes").put("modelId", f.id());
    }
}
