package dev.threatmodelbot.adapter.slack;

import static dev.threatmodelbot.adapter.slack.SlackRequestShape.child;
import static dev.threatmodelbot.adapter.slack.SlackRequestShape.isString;
import static dev.threatmodelbot.adapter.slack.SlackRequestShape.string;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;

/** Events API bodies the handlers can take: a URL check, or an event callback whose event reads cleanly. */
final class SlackEventShape {
    /** Fields Bolt reads as text before any handler runs, when they are there at all. */
    private static final List<String> IDS = List.of("subtype", "user", "bot_id", "channel", "team", "app_id");

    private SlackEventShape() {}

    static Optional<String> problem(JsonObject body) {
        String type = string(body, "type", "");
        if (type.equals("url_verification")) {
            string(body, "challenge", "");
            return Optional.empty();
        }
        if (!type.equals("event_callback")) {
            return Optional.empty();
        }
        string(body, "team_id", "");
        string(body, "event_id", "");
        JsonObject event = child(body, "event", "");
        String eventType = string(event, "type", "event.");
        for (String field : IDS) {
            if (event.has(field) && !isString(event.get(field))) {
                return Optional.of("`event." + field + "` is not a string");
            }
        }
        JsonElement subtype = event.get("subtype");
        SlackRequestShape.timestamps(body);
        String sub = subtype == null ? "" : subtype.getAsString();
        SlackRequestShape.payloadClass(eventType, sub).ifPresent(c -> SlackRequestShape.typed(body, c));
        return Optional.empty();
    }
}
