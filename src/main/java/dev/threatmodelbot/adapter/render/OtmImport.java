package dev.threatmodelbot.adapter.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threatmodelbot.domain.context.ImportedModel;
import dev.threatmodelbot.domain.threat.ImportedThreat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An Open Threat Model document: components (their type, technology and trust zone), dataflows (their
 * tags as transport) and threats, each about the components and dataflows whose threat instances name
 * it, with the mitigations those instances link.
 */
final class OtmImport {
    private OtmImport() {}

    static boolean is(JsonNode root) {
        return root.isObject() && root.has("otmVersion") && root.has("project");
    }

    static ImportedModel of(JsonNode root) {
        Map<String, String> exposure = new HashMap<>();
        root.path("trustZones").forEach(z -> exposure.put(z.path("id").asText(), exposure(z)));
        Map<String, String> names = new HashMap<>();
        Map<String, List<String>> about = new LinkedHashMap<>();
        Map<String, List<String>> mitigationsOf = new LinkedHashMap<>();
        Map<String, String> mitigations = new HashMap<>();
        root.path("mitigations").forEach(m -> mitigations.put(m.path("id").asText(),
                text(m, "description").isEmpty() ? text(m, "name") : text(m, "description")));
        List<ImportedModel.Part> parts = new ArrayList<>();
        for (JsonNode c : root.path("components")) {
            String name = text(c, "name");
            if (name.isEmpty()) {
                continue; // a component nobody named is nothing anyone can be asked about
            }
            names.put(text(c, "id"), name);
            String stated = text(c.path("attributes"), "exposure");
            parts.add(new ImportedModel.Part(name, ImportWords.kind(text(c, "type")),
                    text(c.path("attributes"), "technology"),
                    stated.isEmpty() ? exposure.getOrDefault(c.path("parent").path("trustZone").asText(), "") : stated,
                    ""));
            instances(c, name, about, mitigationsOf, mitigations);
        }
        List<ImportedModel.Flow> flows = new ArrayList<>();
        for (JsonNode d : root.path("dataflows")) {
            String source = names.getOrDefault(text(d, "source"), "");
            String target = names.getOrDefault(text(d, "destination"), "");
            if (source.isEmpty() || target.isEmpty()) {
                continue; // an end that is no named component
            }
            String transport = "";
            for (JsonNode tag : d.path("tags")) {
                transport = transport.isEmpty() ? ImportWords.transport(tag.asText()) : transport;
            }
            flows.add(new ImportedModel.Flow(source, target, text(d, "description"), transport, ""));
            instances(d, source + " → " + target, about, mitigationsOf, mitigations);
        }
        List<ImportedThreat> threats = new ArrayList<>();
        for (JsonNode t : root.path("threats")) {
            String id = text(t, "id");
            if (text(t, "name").isEmpty()) {
                continue;
            }
            List<String> categories = new ArrayList<>();
            t.path("categories").forEach(x -> categories.add(x.asText()));
            JsonNode a = t.path("attributes");
            threats.add(new ImportedThreat(id, text(t, "name"), text(t, "description"), ImportWords.stride(categories),
                    ImportWords.severity(text(a, "severity")), text(a, "status"), about.getOrDefault(id, List.of()),
                    String.join(" ", mitigationsOf.getOrDefault(id, List.of())), text(a, "rule")));
        }
        String date = text(root.path("project").path("attributes"), "date");
        return new ImportedModel("Open Threat Model", date.isEmpty() ? Optional.empty() : Optional.of(date), parts,
                flows, threats);
    }

    private static void instances(JsonNode element, String name, Map<String, List<String>> about,
            Map<String, List<String>> mitigationsOf, Map<String, String> mitigations) {
        for (JsonNode i : element.path("threats")) {
            String threat = text(i, "threat");
            about.computeIfAbsent(threat, k -> new ArrayList<>()).add(name);
            for (JsonNode m : i.path("mitigations")) {
                String words = mitigations.getOrDefault(text(m, "mitigation"), "");
                List<String> list = mitigationsOf.computeIfAbsent(threat, k -> new ArrayList<>());
                if (!words.isEmpty() && !list.contains(words)) {
                    list.add(words);
                }
            }
        }
    }

    /** "public" for an internet zone (or a trust rating of 10 or less), "internal" for a private one, else unsaid. */
    private static String exposure(JsonNode zone) {
        String words = (text(zone, "type") + " " + text(zone, "name")).toLowerCase(Locale.ROOT);
        if (words.contains("internet") || words.contains("public") || words.contains("dmz")) {
            return "public";
        }
        if (words.contains("private") || words.contains("internal")) {
            return "internal";
        }
        return "";
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText().strip() : "";
    }
}
