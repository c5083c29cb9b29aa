package dev.threatmodelbot.adapter.render;

import static dev.threatmodelbot.adapter.render.OtmImport.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.threatmodelbot.domain.context.ComponentKind;
import dev.threatmodelbot.domain.context.ImportedModel;
import dev.threatmodelbot.domain.threat.ImportedThreat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Threagile model, today's format (`custom_risk_categories`, a list) or the classic one
 * (`individual_risk_categories`, a map by title): technical assets as parts (internal when a network
 * trust boundary holds them, public when on the internet), communication links as
 * flows (protocol as transport, authentication), and each identified risk as a threat about its most
 * relevant asset or link, with its tracking status. Values tagged `not-stated` (placeholders this
 * project's export writes where nobody said) are read as unsaid.
 */
final class ThreagileImport {
    private ThreagileImport() {}

    static boolean is(JsonNode root) {
        return root.isObject() && root.has("threagile_version") && root.has("technical_assets");
    }

    static ImportedModel of(JsonNode root) {
        Map<String, String> names = new HashMap<>();
        root.path("technical_assets").properties().forEach(a -> names.put(text(a.getValue(), "id"), a.getKey()));
        // a network trust boundary (not the internet) holds parts reachable only inside it
        java.util.Set<String> inside = new java.util.HashSet<>();
        root.path("trust_boundaries").forEach(b -> {
            if (text(b, "type").startsWith("network")) {
                b.path("technical_assets_inside").forEach(a -> inside.add(a.asText()));
            }
        });
        List<ImportedModel.Part> parts = new ArrayList<>();
        List<ImportedModel.Flow> flows = new ArrayList<>();
        Map<String, String> links = new HashMap<>();
        root.path("technical_assets").properties().forEach(e -> {
            JsonNode a = e.getValue();
            boolean unsaid = tagged(a);
            String encryption = unsaid ? "" : text(a, "encryption").equals("none") ? "none" : "encrypted";
            parts.add(new ImportedModel.Part(e.getKey(), kind(a), "", a.path("internet").asBoolean() ? "public"
                    : inside.contains(text(a, "id")) ? "internal" : "",
                    text(a, "encryption").isEmpty() ? "" : encryption));
            a.path("communication_links").properties().forEach(l -> {
                JsonNode link = l.getValue();
                String target = names.getOrDefault(text(link, "target"), text(link, "target"));
                String what = text(link, "description").replaceFirst("\\. Transport: .*$", "");
                flows.add(new ImportedModel.Flow(e.getKey(), target, what, ImportWords.transport(text(link, "protocol")),
                        tagged(link) ? "" : authentication(text(link, "authentication"))));
                links.put(text(a, "id") + ">" + l.getKey().toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""), e.getKey() + " → " + target);
            });
        });
        Map<String, String> tracked = new HashMap<>();
        root.path("risk_tracking").properties().forEach(t -> tracked.put(t.getKey(), text(t.getValue(), "status")));
        List<ImportedThreat> threats = new ArrayList<>();
        JsonNode current = root.path("custom_risk_categories");
        if (current.isArray()) {
            current.forEach(c -> threats.add(threat(text(c, "title"), c, names, links, tracked)));
        }
        root.path("individual_risk_categories").properties()
                .forEach(c -> threats.add(threat(c.getKey(), c.getValue(), names, links, tracked)));
        String date = text(root, "date");
        return new ImportedModel("Threagile", date.isEmpty() ? Optional.empty() : Optional.of(date), parts, flows,
                threats);
    }

    private static ImportedThreat threat(String title, JsonNode c, Map<String, String> names, Map<String, String> links,
            Map<String, String> tracked) {
        List<String> about = new ArrayList<>();
        String severity = "";
        String status = "";
        for (var r : (Iterable<Map.Entry<String, JsonNode>>) c.path("risks_identified").properties()::iterator) {
            JsonNode risk = r.getValue();
            severity = severity.isEmpty() ? text(risk, "severity") : severity;
            String link = text(risk, "most_relevant_communication_link");
            String asset = text(risk, "most_relevant_technical_asset");
            String named = !link.isEmpty() && links.containsKey(link) ? links.get(link) : names.getOrDefault(asset, "");
            if (!named.isEmpty() && !about.contains(named)) {
                about.add(named);
            }
            String id = text(c, "id") + (asset.isEmpty() ? "" : "@" + asset) + (link.isEmpty() ? "" : "@" + link);
            status = status.isEmpty() ? tracked.getOrDefault(id, "") : status;
        }
        String cleanTitle = title.replaceFirst(" \\(threat \\d+\\)$", "");
        return new ImportedThreat(text(c, "id"), cleanTitle, text(c, "description"),
                ImportWords.stride(List.of(text(c, "stride"))), ImportWords.severity(severity),
                status.isEmpty() ? "unchecked" : status, about, text(c, "mitigation"), rule(text(c, "detection_logic")));
    }

    /** The engine's rule named in the detection logic this project's export writes ("… rule 'no-authentication' …"). */
    private static String rule(String detection) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("threatmodel-bot rule '([^']+)'").matcher(detection);
        return m.find() ? m.group(1) : "";
    }

    private static boolean tagged(JsonNode element) {
        for (JsonNode t : element.path("tags")) {
            if (t.asText().equals(ThreagileTechnologyExport.NOT_STATED)) {
                return true;
            }
        }
        return false;
    }

    /** Threagile's authentication in the context model's words. */
    private static String authentication(String threagile) {
        return switch (threagile) {
            case "none" -> "none";
            case "credentials" -> "password";
            case "session-id", "token" -> "token";
            case "client-certificate" -> "mtls";
            case "two-factor" -> "mfa";
            case "externalized" -> "sso";
            default -> "";
        };
    }

    private static Optional<ComponentKind> kind(JsonNode asset) {
        if (text(asset, "type").equals("external-entity")) {
            return Optional.of(ComponentKind.EXTERNAL_ENTITY);
        }
        ComponentKind k = switch (text(asset, "technology")) {
            case "web-application", "web-server", "application-server" -> ComponentKind.WEB_APP;
            case "web-service-rest", "web-service-soap" -> ComponentKind.API;
            case "gateway" -> ComponentKind.API_GATEWAY;
            case "function" -> ComponentKind.FUNCTION;
            case "container-platform" -> ComponentKind.CONTAINER_PLATFORM;
            case "database" -> ComponentKind.DATA_STORE;
            case "file-server", "block-storage" -> ComponentKind.OBJECT_STORE;
            case "message-queue", "event-listener" -> ComponentKind.QUEUE;
            case "vault", "hsm" -> ComponentKind.SECRETS_STORE;
            case "identity-provider", "identity-store-ldap", "identity-store-database" -> ComponentKind.IDENTITY_PROVIDER;
            case "reverse-proxy", "cdn" -> ComponentKind.CDN;
            case "load-balancer", "waf" -> ComponentKind.LOAD_BALANCER;
            case "ai" -> ComponentKind.ML_MODEL;
            case "batch-processing" -> ComponentKind.ML_PIPELINE;
            case "monitoring", "log-aggregation" -> ComponentKind.LOGGING;
            case "build-pipeline", "sourcecode-repository", "artifact-registry" -> ComponentKind.CI_CD;
            case "browser", "desktop", "mobile-app" -> ComponentKind.EXTERNAL_ENTITY;
            default -> null;
        };
        if (k == null && text(asset, "type").equals("datastore")) {
            k = ComponentKind.DATA_STORE;
        }
        return Optional.ofNullable(k);
    }
}
