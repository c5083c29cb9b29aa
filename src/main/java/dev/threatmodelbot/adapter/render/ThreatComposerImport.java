package dev.threatmodelbot.adapter.render;

import static dev.threatmodelbot.adapter.render.OtmImport.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threatmodelbot.domain.context.ImportedModel;
import dev.threatmodelbot.domain.threat.ImportedThreat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A threat-composer workspace export: its threats (statement or the drafted title kept in metadata,
 * STRIDE, priority or severity tag, status, impacted assets, linked mitigations). Parts and flows come
 * from the architecture and data-flow lists this project's export writes ("- **Orders API**: API
 * (Spring Boot) · trust zone: internet", "- A → B: what · transport: tls (…)"); a file written by
 * anyone else gives its impacted assets as parts, of a kind nobody stated.
 */
final class ThreatComposerImport {
    /** Longest line read from a description: the schema allows 100,000 characters per description. */
    private static final int LINE_MAX = 2000;
    private static final Set<String> REVIEW = Set.of("approved", "rejected", "pending", "discuss");

    private ThreatComposerImport() {}

    static boolean is(JsonNode root) {
        return root.isObject() && root.has("schema") && (root.has("threats") || root.has("applicationInfo"))
                && !root.has("otmVersion");
    }

    static ImportedModel of(JsonNode root) {
        Map<String, ImportedModel.Part> parts = new java.util.LinkedHashMap<>();
        for (String line : lines(root.path("architecture"))) {
            // "- **Orders API**: API (Spring Boot) · trust zone: internet"
            int zoneAt = line.lastIndexOf(" · trust zone: ");
            int nameEnd = line.indexOf("**: ", 4);
            if (!line.startsWith("- **") || zoneAt < 0 || nameEnd < 0 || nameEnd > zoneAt) {
                continue;
            }
            String name = plain(line.substring(4, nameEnd));
            String kindAndTech = line.substring(nameEnd + 4, zoneAt);
            int tech = kindAndTech.indexOf(" (");
            String kind = tech < 0 ? kindAndTech : kindAndTech.substring(0, tech);
            String technology = tech < 0 || !kindAndTech.endsWith(")") ? "" : kindAndTech.substring(tech + 2,
                    kindAndTech.length() - 1);
            String zone = line.substring(zoneAt + " · trust zone: ".length()).strip();
            if (!name.isEmpty()) {
                parts.put(name, new ImportedModel.Part(name, ImportWords.kind(plain(kind)), plain(technology),
                        zone.equals("internet") ? "public" : zone.equals("private network") ? "internal" : "", ""));
            }
        }
        List<ImportedModel.Flow> flows = new ArrayList<>();
        for (String line : lines(root.path("dataflow"))) {
            // "- Orders API → Orders DB: order rows · transport: tls (§2)"
            int transportAt = line.lastIndexOf(" · transport: ");
            int arrow = line.indexOf(" → ");
            if (!line.startsWith("- ") || transportAt < 0 || arrow < 0 || arrow > transportAt) {
                continue;
            }
            String ends = line.substring(2, transportAt);
            int what = ends.indexOf(": ", arrow + 1);
            String source = plain(ends.substring(0, arrow - 2));
            String target = plain(what < 0 ? ends.substring(arrow + 1) : ends.substring(arrow + 1, what));
            String said = line.substring(transportAt + " · transport: ".length()).strip();
            String transport = said.equals("not stated") ? "" : ImportWords.transport(said.replaceAll(" .*", ""));
            if (!source.isEmpty() && !target.isEmpty()) {
                flows.add(new ImportedModel.Flow(source, target, what < 0 ? "" : plain(ends.substring(what + 2)),
                        transport, ""));
            }
        }
        Map<String, String> mitigations = new HashMap<>();
        root.path("mitigations").forEach(m -> mitigations.put(text(m, "id"), decoded(text(m, "content"))));
        Map<String, List<String>> linked = new HashMap<>();
        root.path("mitigationLinks").forEach(l -> linked.computeIfAbsent(text(l, "linkedId"), k -> new ArrayList<>())
                .add(mitigations.getOrDefault(text(l, "mitigationId"), "")));
        List<ImportedThreat> threats = new ArrayList<>();
        for (JsonNode t : root.path("threats")) {
            List<String> assets = new ArrayList<>();
            t.path("impactedAssets").forEach(a -> assets.add(decoded(a.asText()).strip()));
            assets.removeIf(String::isEmpty);
            assets.forEach(a -> parts.putIfAbsent(a, new ImportedModel.Part(a, Optional.empty(), "", "", "")));
            ImportedThreat threat = threat(t, assets, linked.getOrDefault(text(t, "id"), List.of()));
            if (!threat.title().isBlank()) {
                threats.add(threat);
            }
        }
        return new ImportedModel("threat-composer", Optional.empty(), List.copyOf(parts.values()), flows, threats);
    }

    private static ImportedThreat threat(JsonNode t, List<String> assets, List<String> mitigations) {
        Map<String, JsonNode> meta = new HashMap<>();
        t.path("metadata").forEach(m -> meta.put(text(m, "key"), m.path("value")));
        String title = decoded(meta.containsKey("custom:Drafted title") ? meta.get("custom:Drafted title").asText()
                : !text(t, "statement").isEmpty() ? text(t, "statement")
                : String.join(" ", text(t, "threatSource"), text(t, "prerequisites"), text(t, "threatAction")).strip());
        String description = decoded(meta.containsKey("custom:Drafted description")
                ? meta.get("custom:Drafted description").asText() : text(t, "threatImpact"));
        List<String> letters = new ArrayList<>();
        if (meta.containsKey("STRIDE")) {
            meta.get("STRIDE").forEach(x -> letters.add(x.asText()));
        }
        Set<String> tags = new LinkedHashSet<>();
        t.path("tags").forEach(x -> tags.add(x.asText().strip()));
        String severity = tags.stream().filter(x -> ImportWords.severity(x).isPresent()).findFirst()
                .orElse(meta.containsKey("Priority") ? meta.get("Priority").asText() : "");
        String status = switch (text(t, "status")) {
            case "threatResolved" -> "mitigated";
            case "threatResolvedNotUseful" -> "not useful";
            default -> tags.stream().filter(REVIEW::contains).findFirst().orElse("identified");
        };
        List<String> about = new ArrayList<>();
        if (meta.containsKey("custom:About")) {
            meta.get("custom:About").forEach(x -> about.add(decoded(x.asText()).strip()));
        }
        return new ImportedThreat(text(t, "id"), title, description, ImportWords.stride(letters),
                ImportWords.severity(severity), status, about.isEmpty() ? assets : about,
                String.join(" ", mitigations).strip(), meta.containsKey("custom:Rule") ? meta.get("custom:Rule").asText() : "");
    }

    /** Markdown text as words: the export's backslash escapes dropped, the entities the app's import wrote decoded. */
    private static String plain(String md) {
        return decoded(md.replaceAll("\\\\([\\\\`*_\\[\\]<>|~#&])", "$1")).strip();
    }

    /** threat-composer escapes {@code & < >} (and keeps quotes) when it imports; a file it exported carries them so. */
    static String decoded(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }

    /** A description's lines, each at most {@link #LINE_MAX} characters (longer ones are no list item of ours). */
    private static List<String> lines(JsonNode section) {
        return text(section, "description").lines().filter(l -> l.length() <= LINE_MAX).toList();
    }
}
