package dev.threatmodelbot.adapter.docs;

import static dev.threatmodelbot.adapter.docs.OpenApiSpec.lower;
import static dev.threatmodelbot.adapter.docs.OpenApiSpec.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Security schemes and requirements in words the offline security patterns know: "Callers
 * authenticate with a bearer token (JWT).", "No authentication is required.". A requirement list
 * is a choice of alternatives; each alternative names schemes that all apply.
 */
final class OpenApiSecurity {
    static final String NONE = "No authentication is required.";
    private static final int MAX_SCOPES = 10;
    private final OpenApiSpec spec;

    OpenApiSecurity(OpenApiSpec spec) {
        this.spec = spec;
    }

    /** One line per defined scheme: "`bearerAuth`: callers authenticate with a bearer token (JWT)." */
    List<String> schemes() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : OpenApiSpec.fields(spec.securitySchemes())) {
            JsonNode scheme = spec.resolve(e.getValue());
            String description = Embedded.sentence(text(scheme, "description"), 300);
            String phrase = phrase(scheme, e.getKey(), definedScopes(scheme));
            lines.add("`" + e.getKey() + "`: callers authenticate with " + phrase + "."
                    + (description.isEmpty() ? "" : " " + description));
        }
        return lines;
    }

    /** The sentences a requirement list states: none when absent, one per alternative otherwise. */
    List<String> sentences(JsonNode requirements) {
        if (!requirements.isArray()) {
            return List.of();
        }
        if (requirements.isEmpty()) {
            return List.of(NONE);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode alternative : requirements) {
            List<String> all = OpenApiSpec.fields(alternative).stream().map(this::required).toList();
            out.add(all.isEmpty() ? "Anonymous requests are accepted, with no authentication."
                    : "Callers authenticate with " + String.join(" and also authenticate with ", all) + ".");
        }
        return out.stream().distinct().toList();
    }

    private String required(Map.Entry<String, JsonNode> requirement) {
        JsonNode scheme = spec.securitySchemes().path(requirement.getKey());
        if (scheme.isMissingNode()) {
            return "`" + requirement.getKey() + "`, a scheme the document does not define";
        }
        return phrase(spec.resolve(scheme), requirement.getKey(), names(requirement.getValue()));
    }

    private static String phrase(JsonNode scheme, String name, List<String> scopes) {
        String type = lower(scheme, "type");
        switch (type) {
            case "apikey":
                return "an API key in the `" + text(scheme, "name") + "` " + where(lower(scheme, "in"));
            case "http":
                return http(scheme);
            case "basic":
                return "HTTP basic authentication";
            case "oauth2":
                return "OAuth 2.0" + oauth(scheme, scopes);
            case "openidconnect":
                return "OpenID Connect" + (scopes.isEmpty() ? "" : " (scopes " + codes(scopes) + ")");
            case "mutualtls":
                return "mutual TLS client certificates";
            default:
                return "the `" + name + "` scheme of type `" + type + "`";
        }
    }

    private static String where(String in) {
        return in.equals("query") ? "query parameter" : in.equals("cookie") ? "cookie" : "header";
    }

    private static String http(JsonNode scheme) {
        String kind = lower(scheme, "scheme");
        String format = text(scheme, "bearerFormat");
        switch (kind) {
            case "basic":
                return "HTTP basic authentication";
            case "bearer":
                return "a bearer token" + (format.isEmpty() ? "" : " (" + format + ")");
            case "digest":
                return "HTTP digest authentication (user name and password)";
            default:
                return "HTTP `" + kind + "` authentication";
        }
    }

    private static String oauth(JsonNode scheme, List<String> scopes) {
        List<String> flows = scheme.has("flows") ? OpenApiSpec.fields(scheme.path("flows")).stream()
                .map(Map.Entry::getKey).toList() : List.of(text(scheme, "flow"));
        List<String> parts = new ArrayList<>();
        List<String> named = flows.stream().filter(f -> !f.isEmpty()).toList();
        if (!named.isEmpty()) {
            parts.add((named.size() == 1 ? "flow " : "flows ") + codes(named));
        }
        if (!scopes.isEmpty()) {
            parts.add("scopes " + codes(scopes));
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    private static List<String> definedScopes(JsonNode scheme) {
        if (scheme.has("scopes")) {
            return OpenApiSpec.fields(scheme.path("scopes")).stream().map(Map.Entry::getKey).toList();
        }
        return OpenApiSpec.fields(scheme.path("flows")).stream()
                .flatMap(f -> OpenApiSpec.fields(f.getValue().path("scopes")).stream())
                .map(Map.Entry::getKey).distinct().toList();
    }

    private static List<String> names(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).filter(JsonNode::isValueNode).map(JsonNode::asText)
                .toList();
    }

    private static String codes(List<String> names) {
        String listed = names.stream().limit(MAX_SCOPES).map(n -> "`" + n + "`").collect(Collectors.joining(", "));
        return names.size() > MAX_SCOPES ? listed + " and " + (names.size() - MAX_SCOPES) + " more" : listed;
    }
}
