package dev.threatmodelbot.adapter.slack;

import dev.threatmodelbot.adapter.slack.SlackRequestShape.Malformed;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A form body read strictly: every field once, every escape well formed. */
final class SlackForm {
    private SlackForm() {}

    static Map<String, String> parse(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (name.isEmpty()) {
                throw new Malformed("the form has a field without a name");
            }
            if (fields.put(name, value) != null) {
                throw new Malformed("the form field `" + SlackForm.shortName(name) + "` appears more than once");
            }
        }
        return fields;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Malformed("the form is not URL-encoded");
        }
    }

    private static String shortName(String name) {
        String printable = name.replaceAll("[^A-Za-z0-9_.-]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
