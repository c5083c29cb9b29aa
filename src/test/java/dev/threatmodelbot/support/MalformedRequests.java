package dev.threatmodelbot.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Malformed requests of the kinds a real endpoint on the internet receives, generated from real Slack
 * payloads: broken and truncated JSON, wrong top-level types, every field of every payload removed or of the
 * wrong type (null, number, boolean, array, object, empty, huge, control and unpaired-surrogate text),
 * invalid UTF-8, broken and duplicated form fields, interactions with parts missing, odd content types.
 * Deterministic: the same list on every run.
 */
public final class MalformedRequests {
    /** One request body with the content type it is sent as; {@code name} says what is wrong with it. */
    public record Request(String name, String contentType, byte[] body) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String JSON_TYPE = "application/json";
    private static final String FORM_TYPE = "application/x-www-form-urlencoded";

    private final List<Request> out = new ArrayList<>();

    private MalformedRequests() {}

    /** Malformed variants of the given well-formed event, command and interaction bodies. */
    public static List<Request> from(List<String> events, Map<String, String> command, List<String> interactions) {
        MalformedRequests m = new MalformedRequests();
        m.brokenJson(events.get(0));
        for (String event : events) {
            m.everyField(event, body -> m.add("event", JSON_TYPE, body));
        }
        m.eventOfWrongType(events.get(0));
        m.brokenForms(command);
        for (String interaction : interactions) {
            m.everyField(interaction, body -> m.add("interaction", FORM_TYPE, "payload=" + encode(body)));
            m.add("interaction sent as JSON", JSON_TYPE, interaction);
        }
        m.oddContentTypes(events.get(0), command);
        return List.copyOf(m.out);
    }

    private void brokenJson(String event) {
        for (int i = 1; i <= 24; i++) {
            add("truncated at " + i + "/25", JSON_TYPE, event.substring(0, event.length() * i / 25));
        }
        for (String body : List.of("", " ", "null", "true", "42", "\"text\"", "[]", "[" + event + "]", "{", "}",
                "{}", "{}{}", event + "x", event + event, "{\"type\":}", "{\"type\":\"event_callback\",}",
                "{'type':'event_callback'}", "// comment\n" + event, "\uFEFF" + event, "[".repeat(5000),
                "{\"a\":".repeat(3000), "{\"type\":\"event_callback\",\"event\":{\"type\":\"message\"}}",
                "{\"type\":\"url_verification\"}", "{\"type\":\"url_verification\",\"challenge\":7}",
                "{\"type\":\"no_such_type\"}", "{\"type\":null}", "{\"type\":[\"event_callback\"]}",
                event.replace("\"text\":\"", "\"text\":\"\\ud800\\u0000\\udfff"),
                event.replace("\"text\":\"", "\"text\":\"\\x41"), event.replace("\"ts\":\"", "\"ts\":\"-1e999"))) {
            add("broken JSON", JSON_TYPE, body);
        }
        byte[] utf8 = event.getBytes(StandardCharsets.UTF_8);
        for (byte[] bad : List.of(new byte[] {(byte) 0xC3, (byte) 0x28}, new byte[] {(byte) 0xFF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF})) {
            int at = event.indexOf("\"text\":\"") + 8;
            byte[] body = new byte[utf8.length + bad.length];
            System.arraycopy(utf8, 0, body, 0, at);
            System.arraycopy(bad, 0, body, at, bad.length);
            System.arraycopy(utf8, at, body, at + bad.length, utf8.length - at);
            out.add(new Request("invalid UTF-8 in the text", JSON_TYPE, body));
        }
    }

    private void eventOfWrongType(String event) {
        for (JsonNode wrong : wrongValues()) {
            ObjectNode root = tree(event);
            root.set("event", wrong);
            add("event of the wrong type", JSON_TYPE, root.toString());
        }
    }

    /** Each field, at any depth, removed once and replaced once by each wrong value. */
    private void everyField(String json, Consumer<String> sink) {
        List<List<Object>> paths = new ArrayList<>();
        collect(tree(json), new ArrayList<>(), paths);
        for (List<Object> path : paths) {
            ObjectNode removed = tree(json);
            remove(removed, path);
            sink.accept(removed.toString());
            for (JsonNode wrong : wrongValues()) {
                ObjectNode replaced = tree(json);
                replace(replaced, path, wrong);
                sink.accept(replaced.toString());
            }
        }
    }

    private void brokenForms(Map<String, String> command) {
        for (String field : command.keySet()) {
            Map<String, String> without = new LinkedHashMap<>(command);
            without.remove(field);
            add("command without " + field, FORM_TYPE, form(without));
            add("command with " + field + " twice", FORM_TYPE, form(command) + "&" + field + "=" + encode("again"));
            for (String value : List.of("", "%", "%zz", "%C3%28", "\u202Eevil\u202C", "\u0000", "😀".repeat(2000),
                    "x".repeat(300_000))) {
                Map<String, String> odd = new LinkedHashMap<>(command);
                odd.put(field, value);
                String body = form(odd);
                if (value.startsWith("%")) {
                    body = body.replace(field + "=" + encode(value), field + "=" + value);
                }
                add("command " + field + " odd", FORM_TYPE, body);
            }
        }
        for (String body : List.of("", "=", "&&&", "payload", "payload=", "payload=%7B", "payload=null",
                "payload=%5B%5D", "payload=" + encode("{\"type\":\"block_actions\"}"),
                "payload=" + encode("{\"type\":\"view_submission\",\"user\":{\"id\":\"U1\"},\"team\":{\"id\":\"T1\"}}"),
                "payload=" + encode("{}") + "&payload=" + encode("{}"), "command=%2Fthreatmodel",
                "a=1&a=2", "%=1", "text=" + "%".repeat(1000))) {
            add("broken form", FORM_TYPE, body);
        }
    }

    private void oddContentTypes(String event, Map<String, String> command) {
        for (String type : List.of("text/plain", "multipart/form-data; boundary=x", "", "application/xml",
                "application/json; charset=utf-16", "application/x-www-form-urlencoded; charset=latin1")) {
            add("event as " + type, type, event);
            add("command as " + type, type, form(command));
        }
        add("command as JSON", JSON_TYPE, form(command));
        add("event as a form", FORM_TYPE, event);
    }

    private static List<JsonNode> wrongValues() {
        return List.of(NODES.nullNode(), NODES.numberNode(12345), NODES.booleanNode(true), NODES.arrayNode(),
                NODES.objectNode(), NODES.textNode(""), NODES.textNode("x".repeat(200_000)),
                NODES.textNode("\u0000\u0007\u001b[31m"), NODES.textNode("\uD800 lone \uDFFF"),
                NODES.textNode("\u202E\u200B𝕏 ../../etc/passwd <script>"));
    }

    private static void collect(JsonNode node, List<Object> path, List<List<Object>> into) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                List<Object> p = new ArrayList<>(path);
                p.add(name);
                into.add(p);
                collect(node.get(name), p, into);
            });
        } else if (node.isArray() && !node.isEmpty()) {
            List<Object> p = new ArrayList<>(path);
            p.add(0);
            collect(node.get(0), p, into);
        }
    }

    private static JsonNode parent(ObjectNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path.subList(0, path.size() - 1)) {
            node = step instanceof Integer i ? node.get(i) : node.get((String) step);
        }
        return node;
    }

    private static void remove(ObjectNode root, List<Object> path) {
        JsonNode parent = parent(root, path);
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode o) {
            o.remove((String) last);
        } else if (parent instanceof ArrayNode a) {
            a.remove((Integer) last);
        }
    }

    private static void replace(ObjectNode root, List<Object> path, JsonNode value) {
        JsonNode parent = parent(root, path);
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode o) {
            o.set((String) last, value);
        } else if (parent instanceof ArrayNode a) {
            a.set((Integer) last, value);
        }
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a JSON object: " + json, e);
        }
    }

    private void add(String name, String contentType, String body) {
        out.add(new Request(name, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String form(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(k).append('=').append(encode(v)));
        return b.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
