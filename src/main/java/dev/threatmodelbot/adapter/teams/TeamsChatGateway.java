package dev.threatmodelbot.adapter.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodelbot.application.chat.Delivery;
import dev.threatmodelbot.application.port.ChatException;
import dev.threatmodelbot.application.port.ChatGateway;
import dev.threatmodelbot.application.port.SharedFile;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Outbound;
import java.util.Optional;
import java.util.function.Function;

/**
 * The core's messages in Teams: a session's kickoff and a draft's root start channel threads, everything else is a
 * reply in one; the kickoff, the root and each threat are Adaptive Cards updated in place.
 *
 * <p>Teams has no way to find a message by a key of ours, so posting once is kept like this: the id Teams gives a
 * post is recorded the moment it answers, and a message attempted before is looked up there first. A post that Teams
 * answered with an error was not made and is retried. Only a connection lost after Teams accepted a post and before
 * its answer arrived leaves no trace; such a post is made again (at least once), since a lost question or threat would
 * stall the interview or the review.
 */
final class TeamsChatGateway implements ChatGateway {
    private final TeamsConnector connector;
    private final TeamsDirectory directory;
    private final TeamsFiles files;

    TeamsChatGateway(TeamsConnector connector, TeamsDirectory directory, TeamsFiles files) {
        this.connector = connector;
        this.directory = directory;
        this.files = files;
    }

    @Override
    public String deliver(Delivery d) {
        Outbound m = d.message();
        String service = serviceUrl(d.channel());
        switch (m.kind()) {
            case KICKOFF_UPDATE:
                return update(d, service, TeamsCards.kickoff(d.kickoff().orElseThrow(), render(d)), d.kickoff().orElseThrow().summary());
            case DRAFT_ROOT_UPDATE:
                return update(d, service, d.root().map(v -> TeamsCards.root(v, render(d))).orElse(null), m.text());
            case DRAFT_REPLY_UPDATE:
                return update(d, service, d.threat().map(v -> TeamsCards.threat(v, d.session(), render(d))).orElse(null),
                        m.text());
            case DIRECT: {
                Optional<String> earlier = earlier(d);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                String conversation = connector.personal(service, d.channel().workspace(), m.toUser().orElseThrow());
                String id = connector.send(service, conversation, message(render(d).apply(m.text()), null));
                directory.posted(d.session(), m.key(), id);
                return id;
            }
            default:
                return postOnce(d, service);
        }
    }

    private String postOnce(Delivery d, String service) {
        Outbound m = d.message();
        Optional<String> earlier = earlier(d);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ObjectNode activity = activity(d);
        String id = d.thread().isPresent()
                ? connector.send(service, threadOf(d.channel(), d.thread().get()), activity)
                : connector.startThread(service, d.channel().workspace(), d.channel().channel(), activity);
        directory.posted(d.session(), m.key(), id);
        return id;
    }

    /** The message an earlier attempt of this one became, when it was recorded. */
    private Optional<String> earlier(Delivery d) {
        return d.message().attempted() ? directory.posted(d.session(), d.message().key()) : Optional.empty();
    }

    private ObjectNode activity(Delivery d) {
        Outbound m = d.message();
        Function<String, TeamsMarkup.Rendered> render = render(d);
        switch (m.kind()) {
            case KICKOFF:
                return message(render.apply(d.kickoff().orElseThrow().summary()),
                        TeamsCards.kickoff(d.kickoff().orElseThrow(), render));
            case DRAFT_ROOT:
                return message(render.apply(m.text().lines().findFirst().orElse("")),
                        d.root().map(v -> TeamsCards.root(v, render)).orElse(null));
            case DRAFT_REPLY:
                return message(render.apply(d.threat().map(v -> v.heading()).orElse("")),
                        d.threat().map(v -> TeamsCards.threat(v, d.session(), render)).orElse(null));
            case EPHEMERAL: // Teams has no message only one person sees in a channel: it names them instead
                return message(render.apply(dev.threatmodelbot.domain.Mentions.of(m.toUser().orElseThrow()) + " "
                        + m.text()), null);
            default:
                if (!m.options().isEmpty() && m.question().isPresent()) {
                    return message(render.apply(m.text()), TeamsCards.choices(m.text(), d.session(), m, render));
                }
                return message(render.apply(m.text()), null);
        }
    }

    private String update(Delivery d, String service, ObjectNode card, String text) {
        String id = d.replaces().orElseThrow();
        String thread = d.message().kind() == Outbound.Kind.DRAFT_REPLY_UPDATE ? d.thread().orElse(id) : id;
        connector.update(service, threadOf(d.channel(), thread), id, message(render(d).apply(text), card));
        return id;
    }

    /** A message activity: the text (a card's summary in notifications) with its mentions, and the card. */
    private static ObjectNode message(TeamsMarkup.Rendered text, ObjectNode card) {
        ObjectNode a = TeamsActivities.JSON.createObjectNode();
        a.put("type", "message");
        a.put("textFormat", "markdown");
        if (card == null) {
            a.put("text", text.text());
            text.addEntities(a.putArray("entities"));
        } else {
            a.put("summary", text.text().replaceAll("<at>|</at>", ""));
            a.putArray("attachments").add(card);
        }
        return a;
    }

    private Function<String, TeamsMarkup.Rendered> render(Delivery d) {
        return core -> TeamsMarkup.toTeams(core, directory::name, id -> permalink(d.channel(), id, d.threadOf(id)));
    }

    /** Teams offers no upload into a channel: the file is served by this service and linked (a picture shown). */
    @Override
    public String attach(Delivery d, String filename, byte[] content) {
        String service = serviceUrl(d.channel());
        Outbound m = d.message();
        Optional<String> earlier = earlier(d);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String link = files.keep(filename, content);
        TeamsMarkup.Rendered caption = render(d).apply(m.text());
        ObjectNode card = TeamsActivities.JSON.createObjectNode();
        card.put("type", "AdaptiveCard").put("version", "1.5");
        var body = card.putArray("body");
        body.addObject().put("type", "TextBlock").put("text", caption.text()).put("wrap", true);
        if (filename.endsWith(".png")) {
            body.addObject().put("type", "Image").put("url", link).put("altText", "Data-flow diagram of " + d.system())
                    .put("size", "Stretch").putObject("selectAction").put("type", "Action.OpenUrl").put("url", link);
        } else {
            card.putArray("actions").addObject().put("type", "Action.OpenUrl").put("title", "⬇ " + filename)
                    .put("url", link);
        }
        if (!caption.mentions().isEmpty()) {
            caption.addEntities(card.putObject("msteams").putArray("entities"));
        }
        ObjectNode attachment = TeamsActivities.JSON.createObjectNode()
                .put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.set("content", card);
        ObjectNode activity = message(caption, attachment);
        String id = connector.send(service, threadOf(d.channel(), d.thread().orElseThrow()), activity);
        directory.posted(d.session(), m.key(), id);
        return id;
    }

    /** A link to a message as Teams' "Copy link" makes it, with the thread it is a reply in. */
    @Override
    public String permalink(ConversationAddress channel, String messageId, Optional<String> thread) {
        return "https://teams.microsoft.com/l/message/" + TeamsConnector.enc(channel.channel()) + "/" + messageId
                + "?tenantId=" + TeamsConnector.enc(channel.workspace()) + "&parentMessageId=" + thread.orElse(messageId);
    }

    /** Files shared in a Teams channel live in SharePoint, out of the bot's reach; people paste the text instead. */
    @Override
    public byte[] download(ConversationAddress channel, SharedFile file) {
        throw new ChatException("files shared in Teams cannot be read by the bot", false, null);
    }

    private String serviceUrl(ConversationAddress channel) {
        return directory.serviceUrl(channel.workspace()).orElseThrow(() -> new ChatException(
                "no service URL known for tenant " + channel.workspace(), true, null));
    }

    /** A channel thread's conversation id. */
    static String threadOf(ConversationAddress channel, String root) {
        return channel.channel() + ";messageid=" + root;
    }
}
