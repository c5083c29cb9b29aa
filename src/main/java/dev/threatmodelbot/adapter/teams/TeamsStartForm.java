package dev.threatmodelbot.adapter.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import dev.threatmodelbot.application.Intake;
import dev.threatmodelbot.application.chat.StartForm;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Mentions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The start form as an Adaptive Card posted in the thread where {@code start} was typed: the system, engineers and
 * lead from Teams' people pickers (the organisation's directory), the doc, the Jira key, the deadline. Its Start
 * button arrives as an {@code adaptiveCard/action} invoke; the pickers give directory ids, which Teams' member
 * lookup turns into the ids people have in the channel.
 */
final class TeamsStartForm {
    static final String VERB = "start";

    private final Intake intake;
    private final TeamsConnector connector;
    private final TeamsDirectory directory;
    private final Clock clock;

    TeamsStartForm(Intake intake, TeamsConnector connector, TeamsDirectory directory, Clock clock) {
        this.intake = intake;
        this.connector = connector;
        this.directory = directory;
        this.clock = clock;
    }

    /** The form posted in a thread: its Start button is an {@code Action.Execute}. */
    static ObjectNode card(String system, String requester) {
        return card(system, requester, true);
    }

    /** The form; in the start action's dialog (a task module) Start is an {@code Action.Submit}. */
    static ObjectNode card(String system, String requester, boolean execute) {
        ObjectNode card = TeamsActivities.JSON.createObjectNode();
        card.put("type", "AdaptiveCard").put("version", "1.5");
        ArrayNode body = card.putArray("body");
        body.addObject().put("type", "TextBlock").put("text", "Start a threat-model interview").put("weight", "Bolder")
                .put("size", "Medium");
        body.addObject().put("type", "Input.Text").put("id", "system").put("label", "System").put("isRequired", true)
                .put("maxLength", StartForm.MAX_SYSTEM_CHARS).put("value", system)
                .put("errorMessage", "Name the system.");
        people(body, "engineers", "Engineers to interview", true);
        people(body, "lead", "Security lead (approves threats)", false);
        body.addObject().put("type", "Input.Text").put("id", "doc").put("label", "Design doc").put("isMultiline", true)
                .put("maxLength", StartForm.MAX_DOC_CHARS).put("placeholder", "Paste the text (optional)");
        body.addObject().put("type", "Input.Text").put("id", "jira").put("label", "Jira project key").put("maxLength", 10)
                .put("placeholder", "e.g. SEC (optional)");
        body.addObject().put("type", "Input.Date").put("id", "deadline").put("label", "Deadline (optional)");
        ObjectNode start = card.putArray("actions").addObject().put("type", execute ? "Action.Execute" : "Action.Submit")
                .put("title", "Start");
        if (execute) {
            start.put("verb", VERB);
        }
        start.putObject("data").put("requester", requester);
        ObjectNode a = TeamsActivities.JSON.createObjectNode();
        a.put("contentType", "application/vnd.microsoft.card.adaptive");
        a.set("content", card);
        return a;
    }

    private static void people(ArrayNode body, String id, String label, boolean many) {
        ObjectNode picker = body.addObject().put("type", "Input.ChoiceSet").put("id", id).put("label", label)
                .put("isRequired", true).put("isMultiSelect", many).put("style", "filtered");
        picker.putArray("choices");
        picker.putObject("choices.data").put("type", "Data.Query").put("dataset", "graph.microsoft.com/users");
    }

    /** The Start button: the interview recorded, or what to fix, as the presser's answer. */
    String submit(Activity a, ConversationAddress channel, JsonNode data) {
        List<String> engineers = new ArrayList<>();
        int unknown = 0;
        for (String aad : data.path("engineers").asText("").split(",")) {
            if (!aad.isBlank()) {
                Optional<String> found = member(a, channel, aad.strip());
                found.ifPresent(engineers::add);
                unknown += found.isEmpty() ? 1 : 0;
            }
        }
        String picked = data.path("lead").asText("").strip();
        String lead = member(a, channel, picked).orElse("");
        if (unknown > 0 || !picked.isEmpty() && lead.isEmpty()) {
            return "I couldn't find " + (unknown + (lead.isEmpty() && !picked.isEmpty() ? 1 : 0)) + " of the people "
                    + "picked among this team's members: pick people who are in this team, then press Start again.";
        }
        StartForm form = new StartForm(data.path("system").asText(""), engineers, lead, data.path("doc").asText(""),
                data.path("jira").asText(""), data.path("deadline").asText(""));
        Optional<String> bot = Optional.ofNullable(a.getRecipient()).map(r -> r.getId());
        StartForm.Outcome o = form.submit(intake, clock, "teams:form:" + channel.workspace() + ":" + a.getId(), channel,
                a.getFrom().getId(), bot);
        if (o.started().isPresent()) {
            return "Starting `" + o.started().get() + "` for " + Mentions.inert(form.system()) + " — the kickoff will "
                    + "appear in this channel in a moment.";
        }
        StringBuilder out = new StringBuilder("Please fix the form and press Start again:");
        for (Map.Entry<String, String> e : o.errors().entrySet()) {
            out.append("\n- ").append(e.getKey()).append(": ").append(e.getValue());
        }
        return out.toString();
    }

    /** The start action's dialog: the form, with the system's name empty. */
    static ObjectNode dialog(String requester) {
        ObjectNode r = TeamsActivities.JSON.createObjectNode();
        ObjectNode task = r.putObject("task");
        task.put("type", "continue");
        ObjectNode value = task.putObject("value");
        value.put("title", "Start a threat-model interview");
        value.put("width", "large").put("height", "large");
        value.set("card", card("", requester, false));
        return r;
    }

    /** The start action's dialog closing on a message: started, or what to fix. */
    static ObjectNode dialogSays(String text) {
        ObjectNode r = TeamsActivities.JSON.createObjectNode();
        r.putObject("task").put("type", "message").put("value", text);
        return r;
    }

    /** The channel id of a person picked from the directory, when they are a member of the team. */
    private Optional<String> member(Activity a, ConversationAddress channel, String aad) {
        if (!aad.matches("[0-9a-fA-F-]{36}")) {
            return Optional.empty();
        }
        Optional<JsonNode> m = connector.member(a.getServiceUrl(), channel.channel(), aad);
        m.ifPresent(x -> directory.named(x.path("id").asText(""), x.path("name").asText("")));
        return m.map(x -> x.path("id").asText("")).filter(id -> !id.isEmpty());
    }
}
