package dev.threatmodelbot.adapter.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import dev.threatmodelbot.application.chat.Commands;
import dev.threatmodelbot.application.chat.StatusTexts;
import dev.threatmodelbot.domain.ConversationAddress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to a command, posted in the thread it was typed in once Teams has had its acknowledgement. Teams shows
 * no message to one person alone in a channel, so the answer names who asked. Not kept durably: a lost answer is one
 * the person asks for again.
 */
final class TeamsReplies implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TeamsReplies.class);

    /** The help as it reads in Teams: commands are mentions, the review is buttons and 👍. */
    static final String HELP = String.join("\n",
            "*threatmodel-bot* interviews your engineers in a channel thread and drafts a threat model.",
            "- `@threatmodel start` — a form to start an interview here",
            "- `@threatmodel start Payments API @alice @bob lead:@carol` — start straight away (optional `jira:SEC` and "
                    + "`deadline:2026-12-31`; the lead defaults to you)",
            "- `@threatmodel status` — interviews in this channel; `@threatmodel status TM-XXXX` — one in detail",
            "- `@threatmodel draft TM-XXXX` — stop asking and post the summary; once summarised, draft the threat model "
                    + "(security lead only)",
            "- `@threatmodel export TM-XXXX` — file each approved threat as a Jira ticket (once) and link the model files "
                    + "(security lead only; the draft's Export button does the same)",
            "- On each drafted threat the security lead presses Approve, Reject or Discuss (a 👍 also approves) and "
                    + "changes one by replying `#3 severity high` or `#3 mitigation: …` in the draft's thread",
            "- `@threatmodel cancel TM-XXXX` — stop an interview (requester or security lead only)",
            "Engineers answer in the interview's thread; they can reply `skip`, `not sure` or `ask @someone`.");

    private final TeamsConnector connector;
    private final TeamsDirectory directory;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "teams-replies");
        t.setDaemon(true);
        return t;
    });

    TeamsReplies(TeamsConnector connector, TeamsDirectory directory) {
        this.connector = connector;
        this.directory = directory;
    }

    void say(Activity a, ConversationAddress channel, Optional<String> root, Commands.Reply reply) {
        String service = a.getServiceUrl();
        String conversation = root.map(r -> channel.channel() + ";messageid=" + r).orElse(a.getConversation().getId());
        String asker = a.getFrom().getId();
        pool.execute(() -> {
            try {
                connector.send(service, conversation, activity(reply, asker));
            } catch (RuntimeException e) {
                LOG.warn("answer to a Teams command in {} not posted: {}", channel.channelKey(), e.toString());
            }
        });
    }

    private ObjectNode activity(Commands.Reply reply, String asker) {
        java.util.function.Function<String, TeamsMarkup.Rendered> render =
                core -> TeamsMarkup.toTeams(core, directory::name, id -> "#");
        ObjectNode a = TeamsActivities.JSON.createObjectNode();
        a.put("type", "message");
        a.put("textFormat", "markdown");
        String mention = dev.threatmodelbot.domain.Mentions.of(asker) + " ";
        if (reply instanceof Commands.Reply.Status status) {
            TeamsMarkup.Rendered text = render.apply(mention + status.view().title());
            a.put("text", text.text());
            text.addEntities(a.putArray("entities"));
            a.putArray("attachments").add(TeamsCards.status(status.view(), render));
            return a;
        }
        if (reply instanceof Commands.Reply.OpenForm open) {
            TeamsMarkup.Rendered text = render.apply(mention + "Fill this in to start — or type `/threatmodel start "
                    + "Payments API @alice @bob lead:@carol`.");
            a.put("text", text.text());
            text.addEntities(a.putArray("entities"));
            a.putArray("attachments").add(TeamsStartForm.card(open.system(), asker));
            return a;
        }
        String said = ((Commands.Reply.Say) reply).text();
        TeamsMarkup.Rendered text = render.apply(mention + (said.equals(StatusTexts.HELP) ? HELP : said));
        a.put("text", text.text());
        text.addEntities(a.putArray("entities"));
        return a;
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
