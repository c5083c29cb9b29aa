package dev.threatmodelbot.adapter.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reading a model's reply defensively: the one JSON object in it (text around it is ignored), and
 * fields that may be missing, null or of the wrong type. A reply with no object throws
 * {@link IllegalArgumentException}, which the caller counts as a reply not in the agreed shape.
 */
final class JsonReplies {
    static final ObjectMapper JSON = new ObjectMapper();

    private JsonReplies() {}

    static JsonNode object(String reply) {
        if (reply == null || reply.isBlank()) {
            throw new IllegalArgumentException("empty reply");
        }
        String body = reply.strip();
        int start = body.indexOf('{');
        int end = body.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("no JSON object");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body.substring(start, end + 1));
        } catch (Exception e) {
            throw new IllegalArgumentException("invalid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return root;
    }

    /** The elements of array {@code field}; none when it is missing or not an array. */
    static List<JsonNode> items(JsonNode root, String field) {
        JsonNode n = root.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }

    /** Field {@code field} as text; "" when missing or null. */
    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText("");
    }

    /** Field {@code field} when it is text that is not blank. */
    static Optional<String> presentText(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
    }

    /** The texts of array {@code field} (other elements skipped), or the field itself when it is one text. */
    static List<String> texts(JsonNode n, String field) {
        JsonNode v = n.get(field);
        List<String> out = new ArrayList<>();
        if (v != null && v.isTextual()) {
            out.add(v.asText());
        } else if (v != null && v.isArray()) {
            v.forEach(e -> {
                if (e.isTextual()) {
                    out.add(e.asText());
                }
            });
        }
        return out;
    }

    static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT).replace(' ', '_')
                    .replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
