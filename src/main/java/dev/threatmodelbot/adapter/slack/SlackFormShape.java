package dev.threatmodelbot.adapter.slack;

import static dev.threatmodelbot.adapter.slack.SlackRequestShape.child;
import static dev.threatmodelbot.adapter.slack.SlackRequestShape.string;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Form bodies the handlers can take: a slash command, or an interaction ({@code payload=} JSON). */
final class SlackFormShape {
    private static final List<String> COMMAND_FIELDS = List.of("command", "text", "team_id", "channel_id", "user_id");

    private SlackFormShape() {}

    static Optional<String> problem(Map<String, String> form) {
        if (form.containsKey("ssl_check")) {
            return Optional.empty();
        }
        if (form.containsKey("payload")) {
            return interaction(SlackRequestShape.object(form.get("payload")));
        }
        if (!form.containsKey("command")) {
            return Optional.of("neither a slash command nor an interaction");
        }
        for (String field : COMMAND_FIELDS) {
            if (!form.containsKey(field)) {
                return Optional.of("the command has no `" + field + "`");
            }
        }
        if (!form.get("command").startsWith("/")) {
            return Optional.of("`command` does not start with /");
        }
        return Optional.empty();
    }

    /** Slack's identifiers are short and printable; anything else would only end up in a log line. */
    private static void name(String id, String field) {
        if (id.length() > 255 || id.chars().anyMatch(Character::isISOControl)) {
            throw new SlackRequestShape.Malformed("`" + field + "` is not an identifier");
        }
    }

    private static Optional<String> interaction(JsonObject payload) {
        String type = string(payload, "type", "payload.");
        string(child(payload, "user", "payload."), "id", "payload.user.");
        string(child(payload, "team", "payload."), "id", "payload.team.");
        SlackRequestShape.timestamps(payload);
        switch (type) {
            case "block_actions" -> {
                JsonElement actions = payload.get("actions");
                if (actions == null || !actions.isJsonArray() || actions.getAsJsonArray().isEmpty()) {
                    return Optional.of("`payload.actions` is missing or empty");
                }
                for (JsonElement action : actions.getAsJsonArray()) {
                    if (!action.isJsonObject()) {
                        return Optional.of("an action is not an object");
                    }
                    name(string(action.getAsJsonObject(), "action_id", "payload.actions[]."), "action_id");
                }
                SlackRequestShape.blockActions(payload);
            }
            case "view_submission" -> {
                JsonObject view = child(payload, "view", "payload.");
                string(view, "id", "payload.view.");
                name(string(view, "callback_id", "payload.view."), "callback_id");
                child(child(view, "state", "payload.view."), "values", "payload.view.state.");
                SlackRequestShape.viewSubmission(payload);
            }
            default -> {
                // other interactions (a closed view, a shortcut) have no handler here; Bolt answers them
            }
        }
        return Optional.empty();
    }

}
