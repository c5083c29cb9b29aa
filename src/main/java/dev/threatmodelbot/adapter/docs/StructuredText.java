package dev.threatmodelbot.adapter.docs;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.threatmodelbot.application.port.DocumentReader;
import dev.threatmodelbot.application.port.DocumentReader.UnreadableDocument;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML or JSON file: an OpenAPI or Swagger document is rendered as prose (see {@link
 * OpenApiMarkdown}); anything else is kept verbatim in a fenced block headed by the file name.
 */
final class StructuredText {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(yamlFactory());
    private static final Pattern FENCE_LINE = Pattern.compile("(?m)^ {0,3}```");

    private StructuredText() {}

    static String read(String name, String mimeType, byte[] content) throws UnreadableDocument {
        String text = TextDecoding.decode(content);
        boolean json = DocKind.json(name, mimeType, text);
        JsonNode root = parse(name, text, json);
        if (root.isObject() && (root.has("openapi") || root.has("swagger"))) {
            return OpenApiMarkdown.render(name, root);
        }
        return fenced(name, text, json ? "json" : "yaml");
    }

    private static JsonNode parse(String name, String text, boolean json) throws UnreadableDocument {
        try {
            JsonNode root = (json ? JSON : YAML).readTree(text);
            return root == null ? JSON.missingNode() : root;
        } catch (JsonProcessingException e) {
            throw new UnreadableDocument(name + " is not valid " + (json ? "JSON" : "YAML") + ": " + reason(e));
        } catch (RuntimeException | StackOverflowError e) {
            throw new UnreadableDocument(name + " is not valid " + (json ? "JSON" : "YAML") + ".");
        }
    }

    /** The parser's complaint in one line with where it is, without Java names or the echoed input. */
    static String reason(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            return firstLine(yaml.getProblem()) + " (line " + (yaml.getProblemMark().getLine() + 1) + ", column "
                    + (yaml.getProblemMark().getColumn() + 1) + ")";
        }
        String said = firstLine(e.getOriginalMessage())
                .replaceAll("\\s*\\([^()]*`[^()]*\\)", "")
                .replaceAll("\\s*(?:at \\[Source|\\(for ).*$", "");
        JsonLocation at = e.getLocation();
        return at != null && at.getLineNr() > 0
                ? said + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"
                : said;
    }

    private static String firstLine(String message) {
        return Optional.ofNullable(message).flatMap(m -> m.lines().map(String::strip).filter(l -> !l.isEmpty())
                .findFirst()).orElse("syntax error");
    }

    private static String fenced(String name, String text, String language) {
        String fence = FENCE_LINE.matcher(text).find() ? "~~~" : "```";
        String body = text.endsWith("\n") || text.isEmpty() ? text : text + "\n";
        return "# " + name + "\n\n" + fence + language + "\n" + body + fence + "\n";
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) DocumentReader.MAX_BYTES);
        return YAMLFactory.builder().loaderOptions(options).build();
    }
}
