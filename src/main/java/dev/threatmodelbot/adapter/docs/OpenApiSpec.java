package dev.threatmodelbot.adapter.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An OpenAPI 3 or Swagger 2.0 document as a tree, with local {@code $ref}s followed on request. */
record OpenApiSpec(JsonNode root) {
    private static final int MAX_HOPS = 10;

    boolean swagger2() {
        return !root.has("openapi");
    }

    String version() {
        return swagger2() ? "Swagger " + root.path("swagger").asText() : "OpenAPI " + root.path("openapi").asText();
    }

    JsonNode securitySchemes() {
        return swagger2() ? root.path("securityDefinitions") : root.path("components").path("securitySchemes");
    }

    /** The node a local {@code $ref} points to, followed a few hops; the node itself otherwise. */
    JsonNode resolve(JsonNode node) {
        JsonNode at = node;
        for (int hop = 0; hop < MAX_HOPS && at.path("$ref").isTextual(); hop++) {
            String ref = at.path("$ref").asText();
            if (!ref.startsWith("#/")) {
                return at;
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                return at;
            }
            at = target;
        }
        return at;
    }

    /** Text of a field, or "" when absent or not a scalar. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText().strip() : "";
    }

    static String lower(JsonNode node, String field) {
        return text(node, field).toLowerCase(Locale.ROOT);
    }

    /** The object's fields in document order; none when it is not an object. */
    static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return node.isObject() ? new ArrayList<>(node.properties()) : List.of();
    }
}
