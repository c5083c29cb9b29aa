package dev.threatmodelbot.adapter.docs;

import static dev.threatmodelbot.adapter.docs.OpenApiSpec.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the API is served, one sentence per server, saying plain HTTP or HTTPS in the words the
 * security patterns know. OpenAPI 3 lists {@code servers} (variables take their defaults);
 * Swagger 2.0 has {@code schemes}, {@code host} and {@code basePath}.
 */
final class OpenApiServers {
    private static final int MAX_SERVERS = 20;

    private OpenApiServers() {}

    static List<String> sentences(OpenApiSpec spec) {
        return spec.swagger2() ? swagger(spec.root()) : openApi(spec.root());
    }

    private static List<String> openApi(JsonNode root) {
        List<String> out = new ArrayList<>();
        for (JsonNode server : root.path("servers")) {
            if (out.size() < MAX_SERVERS) {
                String url = withDefaults(text(server, "url"), server.path("variables"));
                out.add(served(url, text(server, "description")));
            }
        }
        return out;
    }

    private static List<String> swagger(JsonNode root) {
        String host = text(root, "host");
        String base = text(root, "basePath");
        List<String> out = new ArrayList<>();
        for (JsonNode scheme : root.path("schemes")) {
            if (out.size() < MAX_SERVERS && !host.isEmpty()) {
                out.add(served(scheme.asText().toLowerCase(Locale.ROOT) + "://" + host + base, ""));
            }
        }
        if (out.isEmpty() && !(host + base).isEmpty()) {
            out.add(served(host + base, ""));
        }
        return out;
    }

    private static String withDefaults(String url, JsonNode variables) {
        String filled = url;
        for (Map.Entry<String, JsonNode> v : OpenApiSpec.fields(variables)) {
            filled = filled.replace("{" + v.getKey() + "}", text(v.getValue(), "default"));
        }
        return filled;
    }

    private static String served(String url, String description) {
        String lower = url.toLowerCase(Locale.ROOT);
        String note = description.isEmpty() ? "" : " (" + Embedded.inline(description, 200) + ")";
        if (lower.startsWith("http://")) {
            return "The API is served over plain HTTP at " + url + note + ".";
        }
        if (lower.startsWith("https://")) {
            return "The API is served over HTTPS at " + url + note + ".";
        }
        if (lower.startsWith("wss://")) {
            return "The API is served over WebSocket with TLS at " + url + note + ".";
        }
        if (lower.startsWith("ws://")) {
            return "The API is served over plain WebSocket (no TLS) at " + url + note + ".";
        }
        if (url.startsWith("/")) {
            return "The API is served at `" + url + "`" + note + " on the host that serves this document.";
        }
        return "The API is served at `" + url + "`" + note + ", without a stated scheme.";
    }
}
