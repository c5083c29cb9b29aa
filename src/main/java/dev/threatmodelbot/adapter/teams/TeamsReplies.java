package dev.threatmodelbot.adapter.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import dev.threatmodelbot.application.chat.Commands;
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
        String said = reply instanceof Commands.Reply.Say say ? say.text()
                : "Type `/threatmodel start " + ((Commands.Reply.OpenForm) reply).system()
                        + " @alice @bob lead:@carol`, mentioning the engineers to interview and the security lead.";
        TeamsMarkup.Rendered text = render.apply(mention + said);
        a.put("text", text.text());
        text.addEntities(a.putArray("entities"));
        return a;
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
