package dev.threatmodelbot.adapter.docs;

import static dev.threatmodelbot.adapter.docs.OpenApiSpec.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * An OpenAPI 3 or Swagger 2.0 document as Markdown prose: the title and description, then one
 * section each for servers, security schemes and default security, and one per operation, so each
 * is citable. Long specs stop after {@link #MAX_OPERATIONS} operations, saying how many are left.
 */
final class OpenApiMarkdown {
    static final int MAX_OPERATIONS = 300;
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final int MAX_DESCRIPTION = 4000;

    private OpenApiMarkdown() {}

    static String render(String fileName, JsonNode root) {
        OpenApiSpec spec = new OpenApiSpec(root);
        OpenApiSecurity security = new OpenApiSecurity(spec);
        StringBuilder md = new StringBuilder();
        intro(md, fileName, spec);
        section(md, "Servers", OpenApiServers.sentences(spec), "The document lists no servers.");
        section(md, "Security schemes", security.schemes(), "The document defines no security schemes.");
        section(md, "Default security", security.sentences(root.path("security")),
                "The document declares no default security requirement.");
        operations(md, spec, security);
        return md.toString();
    }

    private static void intro(StringBuilder md, String fileName, OpenApiSpec spec) {
        JsonNode info = spec.root().path("info");
        String title = Embedded.inline(text(info, "title"), 200);
        md.append("# ").append(title.isEmpty() ? fileName : title).append("\n\n");
        String version = Embedded.inline(text(info, "version"), 40);
        md.append("This is the ").append(spec.version()).append(" document ").append(fileName)
                .append(version.isEmpty() ? "" : ", describing version " + version + " of the API").append(".\n\n");
        String description = Embedded.block(text(info, "description"), MAX_DESCRIPTION);
        if (!description.isEmpty()) {
            md.append(description).append("\n\n");
        }
    }

    private static void section(StringBuilder md, String title, List<String> sentences, String otherwise) {
        md.append("## ").append(title).append("\n\n");
        if (sentences.isEmpty()) {
            md.append(otherwise).append("\n\n");
        } else if (sentences.size() == 1) {
            md.append(sentences.get(0)).append("\n\n");
        } else {
            sentences.forEach(s -> md.append("- ").append(s).append('\n'));
            md.append('\n');
        }
    }

    private static void operations(StringBuilder md, OpenApiSpec spec, OpenApiSecurity security) {
        OpenApiOperation renderer = new OpenApiOperation(spec, security);
        int total = 0;
        StringBuilder listed = new StringBuilder();
        for (Map.Entry<String, JsonNode> path : OpenApiSpec.fields(spec.root().path("paths"))) {
            JsonNode item = spec.resolve(path.getValue());
            for (Map.Entry<String, JsonNode> op : OpenApiSpec.fields(item)) {
                if (METHODS.contains(op.getKey()) && op.getValue().isObject() && ++total <= MAX_OPERATIONS) {
                    listed.append(renderer.render(path.getKey(), op.getKey(), item, op.getValue()));
                }
            }
        }
        md.append("## Operations\n\n").append(total == 1 ? "The API has 1 operation." : "The API has " + total
                + " operations.").append("\n\n").append(listed);
        if (total > MAX_OPERATIONS) {
            md.append(total - MAX_OPERATIONS).append(" more operations are left out here; the list stops at ")
                    .append(MAX_OPERATIONS).append(".\n");
        }
    }
}
