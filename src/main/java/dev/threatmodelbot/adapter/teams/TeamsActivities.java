package dev.threatmodelbot.adapter.teams;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/** Activities as the Bot Framework SDK reads them, and the shape an activity must have before it is handled. */
final class TeamsActivities {
    static final ObjectMapper JSON = new JacksonAdapter().serializer().copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Set<String> TYPES = Set.of("message", "messageUpdate", "messageDelete", "messageReaction",
            "invoke", "conversationUpdate", "installationUpdate", "typing", "event");

    private TeamsActivities() {}

    /** The activity in {@code body}, or empty when it is not one. */
    static Optional<Activity> read(byte[] body) {
        try {
            Activity a = JSON.readValue(body, Activity.class);
            return Optional.ofNullable(a);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A service URL on this machine (the Agents Playground's connector). */
    static boolean local(String serviceUrl) {
        return serviceUrl != null && serviceUrl.matches("http://(localhost|127\\.0\\.0\\.1|\\[::1])(:\\d+)?(/.*)?");
    }

    /** Why an authentic body cannot be handled, or empty when it can. */
    static Optional<String> problem(String contentType, byte[] body) {
        if (!contentType.equals("application/json")) {
            return Optional.of("an activity is sent as application/json");
        }
        Optional<Activity> read = read(body);
        if (read.isEmpty()) {
            return Optional.of("the body is not an activity");
        }
        Activity a = read.get();
        if (a.getType() == null || !TYPES.contains(a.getType())) {
            return Optional.of("unknown activity type");
        }
        if (!"msteams".equals(a.getChannelId())) {
            return Optional.of("only Microsoft Teams activities are served here");
        }
        if (blank(a.getId()) && !"conversationUpdate".equals(a.getType()) && !"installationUpdate".equals(a.getType())) {
            return Optional.of("the activity has no id");
        }
        if (blank(a.getServiceUrl()) || !a.getServiceUrl().matches("https?://[^\\s]+")) {
            return Optional.of("the activity has no service URL");
        }
        if (a.getConversation() == null || blank(a.getConversation().getId()) || a.getFrom() == null
                || blank(a.getFrom().getId())) {
            return Optional.of("the activity names no conversation or sender");
        }
        if (tenantOf(a).isEmpty() && !"conversationUpdate".equals(a.getType()) && !"installationUpdate".equals(a.getType())) {
            return Optional.of("the activity names no tenant");
        }
        if (a.getEntities() != null) {
            for (var e : a.getEntities()) {
                if (e == null || blank(e.getType())) {
                    return Optional.of("an entity has no type");
                }
            }
            try {
                for (var m : a.getMentions()) {
                    if (m == null || m.getMentioned() == null || blank(m.getMentioned().getId()) || blank(m.getText())) {
                        return Optional.of("a mention names nobody");
                    }
                }
            } catch (RuntimeException e) {
                return Optional.of("a mention cannot be read");
            }
        }
        return Optional.empty();
    }

    /** The tenant an activity comes from: the conversation's, else the one in Teams' channel data. */
    static String tenantOf(Activity a) {
        if (a.getConversation() != null && !blank(a.getConversation().getTenantId())) {
            return a.getConversation().getTenantId();
        }
        try {
            com.fasterxml.jackson.databind.JsonNode data = JSON.valueToTree(a.getChannelData());
            return data == null ? "" : data.path("tenant").path("id").asText("");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
