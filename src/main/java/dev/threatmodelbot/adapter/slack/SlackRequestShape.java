package dev.threatmodelbot.adapter.slack;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.events.payload.MessageChangedPayload;
import com.slack.api.app_backend.events.payload.MessageFileSharePayload;
import com.slack.api.app_backend.events.payload.MessagePayload;
import com.slack.api.app_backend.events.payload.MessageThreadBroadcastPayload;
import com.slack.api.app_backend.events.payload.ReactionAddedPayload;
import com.slack.api.app_backend.events.payload.ReactionRemovedPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;

import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which authentic Slack bodies the handlers can take, decided before Bolt parses them: Events API JSON,
 * slash-command forms and interaction forms, each with the fields the handlers read present and of the type
 * Slack sends. Anything else is a short reason for a 400; Bolt and the handlers never see it.
 */
public final class SlackRequestShape {
    private static final Gson SLACK = GsonFactory.createSnakeCase(SlackConfig.DEFAULT);
    /** Slack's message timestamps: seconds, a dot, microseconds. */
    private static final Pattern TS = Pattern.compile("\\d{1,12}(\\.\\d{1,9})?");
    private static final Set<String> TS_FIELDS = Set.of("ts", "thread_ts", "event_ts", "action_ts", "message_ts",
            "latest_reply", "deleted_ts");
    private static final Map<String, Class<?>> MESSAGE_PAYLOADS = Map.of(
            "", MessagePayload.class,
            "thread_broadcast", MessageThreadBroadcastPayload.class,
            "file_share", MessageFileSharePayload.class,
            "message_changed", MessageChangedPayload.class);
    private static final Map<String, Class<?>> PAYLOADS = Map.of(
            "reaction_added", ReactionAddedPayload.class,
            "reaction_removed", ReactionRemovedPayload.class);

    public Optional<String> problem(String contentType, byte[] body) {
        Optional<String> text = utf8(body);
        if (text.isEmpty()) {
            return Optional.of("the body is not UTF-8 text");
        }
        try {
            return switch (contentType) {
                case "application/json" -> SlackEventShape.problem(object(text.get()));
                case "application/x-www-form-urlencoded" -> SlackFormShape.problem(SlackForm.parse(text.get()));
                default -> Optional.of("unsupported content type");
            };
        } catch (Malformed e) {
            return Optional.of(e.getMessage());
        }
    }

    /** A JSON object read strictly: one value, no comments, no trailing text. */
    static JsonObject object(String json) {
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.setStrictness(Strictness.STRICT);
            JsonElement root = JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw new Malformed("the body holds more than one JSON value");
            }
            if (!root.isJsonObject()) {
                throw new Malformed("the body is not a JSON object");
            }
            return root.getAsJsonObject();
        } catch (JsonParseException | IOException | IllegalStateException | StackOverflowError e) {
            throw new Malformed("the body is not valid JSON");
        }
    }

    /** The whole event callback read the way Bolt will read it, so a field of the wrong type is found here. */
    static void typed(JsonObject body, Class<?> payload) {
        try {
            SLACK.fromJson(body, payload);
        } catch (RuntimeException e) {
            throw new Malformed("a field of the event callback has the wrong type");
        }
    }

    static Optional<Class<?>> payloadClass(String type, String subtype) {
        if (type.equals("message")) {
            return Optional.ofNullable(MESSAGE_PAYLOADS.get(subtype));
        }
        return Optional.ofNullable(PAYLOADS.get(type));
    }

    static void blockActions(JsonObject payload) {
        typedPayload(payload, BlockActionPayload.class);
    }

    static void viewSubmission(JsonObject payload) {
        typedPayload(payload, ViewSubmissionPayload.class);
    }

    private static void typedPayload(JsonObject payload, Class<?> type) {
        try {
            SLACK.fromJson(payload, type);
        } catch (RuntimeException e) {
            throw new Malformed("a field of the " + payload.get("type").getAsString() + " payload has the wrong type");
        }
    }

    /** Every timestamp field anywhere in the body looks like a Slack timestamp. */
    static void timestamps(JsonElement element) {
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(SlackRequestShape::timestamps);
        } else if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : element.getAsJsonObject().entrySet()) {
                if (TS_FIELDS.contains(e.getKey()) && !e.getValue().isJsonNull()
                        && !(isString(e.getValue()) && TS.matcher(e.getValue().getAsString()).matches())) {
                    throw new Malformed("`" + e.getKey() + "` is not a Slack timestamp");
                }
                timestamps(e.getValue());
            }
        }
    }

    static boolean isString(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }

    /** A required string field of {@code o}; {@code where} names {@code o} in the reason. */
    static String string(JsonObject o, String field, String where) {
        JsonElement e = o.get(field);
        if (!isString(e)) {
            throw new Malformed("`" + where + field + "` is missing or not a string");
        }
        return e.getAsString();
    }

    /** A required object field of {@code o}. */
    static JsonObject child(JsonObject o, String field, String where) {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonObject()) {
            throw new Malformed("`" + where + field + "` is missing or not an object");
        }
        return e.getAsJsonObject();
    }

    private static Optional<String> utf8(byte[] body) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Why a body cannot be handled; its message is ours and safe to show the caller. */
    static final class Malformed extends RuntimeException {
        Malformed(String reason) {
            super(reason, null, false, false);
        }
    }
}
