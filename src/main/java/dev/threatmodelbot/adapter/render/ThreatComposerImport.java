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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A threat-composer workspace export: its threats (statement or the drafted title kept in metadata,
 * STRIDE, priority or severity tag, status, impacted assets, linked mitigations). Parts and flows come
 * from the architecture and data-flow lists this project's export writes ("- **Orders API**: API
 * (Spring Boot) · trust zone: internet", "- A → B: what · transport: tls (…)"); a file written by
 * anyone else gives its impacted assets as parts, of a kind nobody stated.
 */
final class ThreatComposerImport {
    private static final Pattern PART = Pattern.compile(
            "^- \\*\\*(.+?)\\*\\*: (.+?)(?: \\((.+)\\))? · trust zone: (.+)$", Pattern.MULTILINE);
    private static final Pattern FLOW = Pattern.compile("^- (.+?) → (.+?)(?:: (.+?))? · transport: (.+)$",
            Pattern.MULTILINE);
    private static final Set<String> REVIEW = Set.of("approved", "rejected", "pending", "discuss");

    private ThreatComposerImport() {}

    static boolean is(JsonNode root) {
        return root.isObject() && root.has("schema") && (root.has("threats") || root.has("applicationInfo"))
                && !root.has("otmVersion");
    }

    static ImportedModel of(JsonNode root) {
        Map<String, ImportedModel.Part> parts = new java.util.LinkedHashMap<>();
        Matcher p = PART.matcher(text(root.path("architecture"), "description"));
        while (p.find()) {
            String name = plain(p.group(1));
            String zone = p.group(4).strip();
            parts.put(name, new ImportedModel.Part(name, ImportWords.kind(plain(p.group(2))),
                    p.group(3) == null ? "" : plain(p.group(3)),
                    zone.equals("internet") ? "public" : zone.equals("private network") ? "internal" : "", ""));
        }
        List<ImportedModel.Flow> flows = new ArrayList<>();
        Matcher f = FLOW.matcher(text(root.path("dataflow"), "description"));
        while (f.find()) {
            String said = f.group(4).strip();
            String transport = said.equals("not stated") ? "" : ImportWords.transport(said.replaceAll(" .*", ""));
            flows.add(new ImportedModel.Flow(plain(f.group(1)), plain(f.group(2)),
                    f.group(3) == null ? "" : plain(f.group(3)), transport, ""));
        }
        Map<String, String> mitigations = new HashMap<>();
        root.path("mitigations").forEach(m -> mitigations.put(text(m, "id"), text(m, "content")));
        Map<String, List<String>> linked = new HashMap<>();
        root.path("mitigationLinks").forEach(l -> linked.computeIfAbsent(text(l, "linkedId"), k -> new ArrayList<>())
                .add(mitigations.getOrDefault(text(l, "mitigationId"), "")));
        List<ImportedThreat> threats = new ArrayList<>();
        for (JsonNode t : root.path("threats")) {
            List<String> assets = new ArrayList<>();
            t.path("impactedAssets").forEach(a -> assets.add(a.asText().strip()));
            assets.removeIf(String::isEmpty);
            assets.forEach(a -> parts.putIfAbsent(a, new ImportedModel.Part(a, Optional.empty(), "", "", "")));
            threats.add(threat(t, assets, linked.getOrDefault(text(t, "id"), List.of())));
        }
        return new ImportedModel("threat-composer", Optional.empty(), List.copyOf(parts.values()), flows, threats);
    }

    private static ImportedThreat threat(JsonNode t, List<String> assets, List<String> mitigations) {
        Map<String, JsonNode> meta = new HashMap<>();
        t.path("metadata").forEach(m -> meta.put(text(m, "key"), m.path("value")));
        String title = meta.containsKey("custom:Drafted title") ? meta.get("custom:Drafted title").asText()
                : text(t, "statement");
        String description = meta.containsKey("custom:Drafted description")
                ? meta.get("custom:Drafted description").asText() : "";
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
            meta.get("custom:About").forEach(x -> about.add(x.asText().strip()));
        }
        return new ImportedThreat(text(t, "id"), title, description, ImportWords.stride(letters),
                ImportWords.severity(severity), status, about.isEmpty() ? assets : about,
                String.join(" ", mitigations).strip(), meta.containsKey("custom:Rule") ? meta.get("custom:Rule").asText() : "");
    }

    /** Markdown text as words: the export's backslash escapes dropped. */
    private static String plain(String md) {
        return md.replaceAll("\\\\([\\\\`*_\\[\\]<>|~#&])", "$1").strip();
    }
}
