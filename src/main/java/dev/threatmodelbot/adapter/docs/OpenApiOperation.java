package dev.threatmodelbot.adapter.docs;

import static dev.threatmodelbot.adapter.docs.OpenApiSpec.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One operation as a section: summary and description, the security that applies (its own
 * requirement overrides the document's; {@code security: []} means none), parameters, request
 * body fields and which of them look sensitive.
 */
final class OpenApiOperation {
    private static final int MAX_DESCRIPTION = 600;
    private static final int MAX_NAMES = 30;
    private final OpenApiSpec spec;
    private final OpenApiSecurity security;

    OpenApiOperation(OpenApiSpec spec, OpenApiSecurity security) {
        this.spec = spec;
        this.security = security;
    }

    String render(String path, String method, JsonNode pathItem, JsonNode operation) {
        StringBuilder md = new StringBuilder("### ").append(method.toUpperCase(Locale.ROOT)).append(' ')
                .append(Embedded.inline(path, 200)).append("\n\n");
        paragraph(md, Embedded.sentence(text(operation, "summary"), 300));
        paragraph(md, Embedded.block(text(operation, "description"), MAX_DESCRIPTION));
        paragraph(md, securityOf(operation));
        Map<String, String> parameters = parameters(pathItem, operation);
        List<String> fields = bodyFields(pathItem, operation);
        if (!parameters.isEmpty()) {
            paragraph(md, "Parameters: " + list(parameters.entrySet().stream()
                    .map(p -> "`" + p.getKey() + "` (" + p.getValue() + ")").toList()) + ".");
        }
        if (!fields.isEmpty()) {
            paragraph(md, "Request body fields: " + list(fields.stream().map(f -> "`" + f + "`").toList()) + ".");
        }
        List<String> names = new ArrayList<>(parameters.keySet());
        names.addAll(fields);
        List<String> sensitive = names.stream().flatMap(n -> SensitiveFields.kind(n).map(k -> "`" + n + "` (" + k + ")")
                .stream()).distinct().toList();
        if (!sensitive.isEmpty()) {
            paragraph(md, "Sensitive fields: " + list(sensitive) + ".");
        }
        if (operation.path("deprecated").asBoolean(false)) {
            paragraph(md, "This operation is deprecated.");
        }
        return md.toString();
    }

    private String securityOf(JsonNode operation) {
        JsonNode requirements = operation.has("security") ? operation.path("security") : spec.root().path("security");
        List<String> sentences = security.sentences(requirements);
        if (sentences.isEmpty()) {
            return "The document declares no security requirement for this operation.";
        }
        return sentences.size() == 1 ? sentences.get(0) : "Any one of these is enough:\n\n"
                + sentences.stream().map(s -> "- " + s).collect(Collectors.joining("\n"));
    }

    /** Name to "where, required" of the path's and the operation's parameters; the operation's win. */
    private Map<String, String> parameters(JsonNode pathItem, JsonNode operation) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode parameter : allParameters(pathItem, operation)) {
            String in = OpenApiSpec.lower(parameter, "in");
            String name = text(parameter, "name");
            if (!name.isEmpty() && !in.equals("body") && !in.equals("formdata")) {
                out.put(name, in + (parameter.path("required").asBoolean(false) ? ", required" : ""));
            }
        }
        return out;
    }

    private List<String> bodyFields(JsonNode pathItem, JsonNode operation) {
        List<String> fields = new ArrayList<>();
        for (JsonNode parameter : allParameters(pathItem, operation)) {
            String in = OpenApiSpec.lower(parameter, "in");
            if (in.equals("formdata")) {
                fields.add(text(parameter, "name"));
            } else if (in.equals("body")) {
                fields.addAll(SchemaFields.of(spec, parameter.path("schema")));
            }
        }
        mediaSchema(spec.resolve(operation.path("requestBody")).path("content"))
                .ifPresent(schema -> fields.addAll(SchemaFields.of(spec, schema)));
        return fields.stream().filter(f -> !f.isEmpty()).distinct().toList();
    }

    private List<JsonNode> allParameters(JsonNode pathItem, JsonNode operation) {
        List<JsonNode> all = new ArrayList<>();
        pathItem.path("parameters").forEach(p -> all.add(spec.resolve(p)));
        operation.path("parameters").forEach(p -> all.add(spec.resolve(p)));
        return all;
    }

    /** The JSON body's schema if there is one, else the first media type's. */
    private static Optional<JsonNode> mediaSchema(JsonNode content) {
        List<Map.Entry<String, JsonNode>> media = OpenApiSpec.fields(content);
        return media.stream().filter(m -> m.getKey().contains("json")).findFirst()
                .or(() -> media.stream().findFirst())
                .map(m -> m.getValue().path("schema"))
                .filter(schema -> !schema.isMissingNode());
    }

    private static String list(List<String> items) {
        String listed = items.stream().limit(MAX_NAMES).collect(Collectors.joining(", "));
        return items.size() > MAX_NAMES ? listed + " and " + (items.size() - MAX_NAMES) + " more" : listed;
    }

    private static void paragraph(StringBuilder md, String text) {
        if (!text.isBlank()) {
            md.append(text).append("\n\n");
        }
    }
}
