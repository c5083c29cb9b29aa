package dev.threatmodelbot.adapter.jira;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.threat.DraftedThreat;
import dev.threatmodelbot.domain.threat.Stride;
import dev.threatmodelbot.domain.threat.Threat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The bodies sent to Jira: the label search, the new issue and the link back to the review. */
final class JiraRequests {
    static final String PROPERTY = "threatmodel";
    private static final int SUMMARY_CHARS = 255;
    private static final int SEARCH_LIMIT = 5;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JiraSettings settings;

    JiraRequests(JiraSettings settings) {
        this.settings = settings;
    }

    /** Issues of the project carrying the label: at most a few, only their keys. */
    ObjectNode search(String project, String label) {
        ObjectNode body = NODES.objectNode()
                .put("jql", "project = " + quoted(project) + " AND labels = " + quoted(label));
        body.putArray("fields").add("key");
        return body.put("maxResults", SEARCH_LIMIT);
    }

    ObjectNode create(Session session, DraftedThreat drafted, String project, String label, String link) {
        Threat t = drafted.threat();
        ObjectNode body = NODES.objectNode();
        ObjectNode fields = body.putObject("fields");
        fields.putObject("project").put("key", project);
        fields.putObject("issuetype").put("name", settings.issueType());
        fields.put("summary", JiraText.clip("[" + session.id().value() + "] "
                + dev.threatmodelbot.domain.Secrets.redact(t.title()), SUMMARY_CHARS));
        settings.priority(t.severity()).ifPresent(p -> fields.putObject("priority").put("name", p));
        ArrayNode labels = fields.putArray("labels");
        labels(session, t, label).forEach(labels::add);
        List<Block> description = TicketDescription.of(session, drafted, link);
        if (settings.apiVersion() >= 3) {
            fields.set("description", AdfDocument.of(description));
        } else {
            fields.put("description", WikiMarkup.of(description));
        }
        body.putArray("properties").addObject().put("key", PROPERTY).putObject("value")
                .put("session", session.id().value()).put("threat", t.id()).put("label", label);
        return body;
    }

    /** Upserts by {@code globalId}: sending it again updates the same link. */
    ObjectNode remoteLink(Session session, DraftedThreat drafted, String label, String link) {
        ObjectNode body = NODES.objectNode().put("globalId", "threatmodel:" + session.id().value() + ":" + label);
        String system = session.system().isBlank() ? "unnamed system" : session.system();
        body.putObject("object").put("url", link)
                .put("title", JiraText.clip("Threat model review — " + system, SUMMARY_CHARS))
                .put("summary", JiraText.clip(dev.threatmodelbot.domain.Secrets.redact(drafted.threat().title()),
                        SUMMARY_CHARS));
        return body;
    }

    /** "threatmodel", the session id, one "stride-…" per category, and the threat's own label. */
    static List<String> labels(Session session, Threat t, String label) {
        List<String> strides = Arrays.stream(Stride.values()).filter(t.stride()::contains)
                .map(s -> "stride-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        return java.util.stream.Stream.of(List.of(PROPERTY, session.id().value()), strides, List.of(label))
                .flatMap(List::stream).toList();
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
