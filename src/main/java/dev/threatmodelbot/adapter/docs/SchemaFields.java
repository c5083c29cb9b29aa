package dev.threatmodelbot.adapter.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The field names of a request body's schema, nested ones dotted ("card.number"), two levels
 * deep. Follows local {@code $ref}s, array items and allOf/oneOf/anyOf parts; a budget of schemas
 * visited keeps recursive or huge schemas cheap.
 */
final class SchemaFields {
    private static final int MAX_DEPTH = 2;
    private static final int MAX_VISITS = 200;
    private final OpenApiSpec spec;
    private final Set<String> names = new LinkedHashSet<>();
    private int visits;

    private SchemaFields(OpenApiSpec spec) {
        this.spec = spec;
    }

    static List<String> of(OpenApiSpec spec, JsonNode schema) {
        SchemaFields fields = new SchemaFields(spec);
        fields.collect(schema, "", 0);
        return List.copyOf(fields.names);
    }

    private void collect(JsonNode node, String prefix, int depth) {
        if (++visits > MAX_VISITS || node.isMissingNode()) {
            return;
        }
        JsonNode schema = spec.resolve(node);
        if (schema.has("items")) {
            collect(schema.path("items"), prefix, depth);
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            schema.path(combined).forEach(part -> collect(part, prefix, depth));
        }
        for (Map.Entry<String, JsonNode> property : OpenApiSpec.fields(schema.path("properties"))) {
            names.add(prefix + property.getKey());
            if (depth + 1 < MAX_DEPTH) {
                collect(property.getValue(), prefix + property.getKey() + ".", depth + 1);
            }
        }
    }
}
