package dev.threatmodelbot.adapter.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.MessageReaction;
import dev.threatmodelbot.application.Intake;
import dev.threatmodelbot.application.chat.Commands;
import dev.threatmodelbot.application.event.ChoicePicked;
import dev.threatmodelbot.application.event.ReactionChanged;
import dev.threatmodelbot.application.event.ReplyEdited;
import dev.threatmodelbot.application.event.ReplyPosted;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Marks;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/messages} after the HTTP layer checked the token and the shape: each activity becomes the core's
 * event, recorded durably before Teams gets its answer (503 when it cannot be, so Teams may send it again). A thread
 * reply in a session's thread is an answer; a message that mentions the bot with a command word is a command, answered
 * in the thread it was typed in; a like on the bot's message, or a press on a card's button, is a review signal or a
 * picked answer. Everything else is acknowledged and left alone.
 */
final class TeamsInbound extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(TeamsInbound.class);
    private static final Set<String> COMMANDS = Set.of("start", "status", "draft", "export", "cancel", "help");

    private final transient Intake intake;
    private final transient Commands commands;
    private final transient TeamsDirectory directory;
    private final transient TeamsReplies replies;
    private final transient TeamsStartForm form;
    private final transient Clock clock;

    TeamsInbound(Intake intake, TeamsDirectory directory, TeamsReplies replies, TeamsStartForm form, Clock clock) {
        this.intake = intake;
        this.form = form;
        this.commands = new Commands(intake, clock);
        this.directory = directory;
        this.replies = replies;
        this.clock = clock;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Activity a = TeamsActivities.read(req.getInputStream().readAllBytes()).orElseThrow();
        String tenant = TeamsActivities.tenantOf(a);
        try {
            directory.saw(a, tenant);
            Optional<ObjectNode> invoke = handle(a, tenant);
            if (invoke.isPresent()) {
                resp.setStatus(200);
                resp.setContentType("application/json");
                resp.getWriter().write(TeamsActivities.JSON.writeValueAsString(invoke.get()));
                return;
            }
            resp.setStatus(202);
        } catch (RuntimeException e) {
            LOG.error("Teams activity {} ({}) not recorded: {}", a.getId(), a.getType(), e.toString());
            resp.setStatus(503);
            resp.setContentType("application/json");
            resp.getWriter().write("{\"error\":\"not recorded; send it again later\"}");
        }
    }

    /** Records what the activity means; for an invoke, the answer the presser sees. */
    private Optional<ObjectNode> handle(Activity a, String tenant) {
        if (a.getFrom().getId().startsWith("28:")) {
            return Optional.empty(); // a bot, perhaps this one
        }
        ConversationAddress channel = channelOf(a, tenant);
        switch (a.getType()) {
            case "message":
                message(a, channel);
                return Optional.empty();
            case "messageUpdate":
                edit(a, channel);
                return Optional.empty();
            case "messageReaction":
                reactions(a, channel, a.getReactionsAdded(), true);
                reactions(a, channel, a.getReactionsRemoved(), false);
                return Optional.empty();
            case "invoke":
                return Optional.of(invoke(a, channel));
            default:
                return Optional.empty();
        }
    }

    private void message(Activity a, ConversationAddress channel) {
        String text = TeamsMarkup.toCore(a);
        String first = text.replace("@threatmodel-bot", " ").strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        Optional<String> root = rootOf(a);
        boolean personal = "personal".equals(conversationType(a));
        boolean addressed = TeamsMarkup.mentionsBot(a) || personal;
        // a command starts with the bot's mention (in a chat with the bot, with the word itself); an answer that
        // mentions the bot later on is an answer
        boolean command = COMMANDS.contains(first) && (personal || text.startsWith("@threatmodel-bot"));
        if (command) {
            command(a, channel, text.replaceFirst("^\\s*@threatmodel-bot\\s*", ""), root);
            return;
        }
        Optional<SessionId> session = root.flatMap(r -> intake.sessionOfThread(channel.inThread(r)));
        if (session.isPresent() && sharesFiles(a)) { // Teams keeps them in SharePoint, where a bot cannot read
            answer(a, channel, root, new Commands.Reply.Say("I can't open files shared in Teams: they live in "
                    + "SharePoint, out of a bot's reach. Paste the doc's text here in the thread and I'll read it."));
        }
        if (session.isPresent() && (!text.isBlank() || !sharesFiles(a))) {
            intake.accept(new ReplyPosted("teams:msg:" + channel.workspace() + ":" + channel.channel() + ":" + a.getId(),
                    session.get(), a.getFrom().getId(), text, a.getId(), when(a), List.of(), root));
        } else if (addressed && session.isEmpty()) {
            answer(a, channel, root, new Commands.Reply.Say(
                    dev.threatmodelbot.application.chat.StatusTexts.HELP));
        }
    }

    /** Files attached to a message (Teams' file cards and references; not the message's own HTML or a card). */
    private static boolean sharesFiles(Activity a) {
        return a.getAttachments() != null && a.getAttachments().stream().map(x -> String.valueOf(x.getContentType()))
                .anyMatch(t -> !t.equals("text/html") && !t.startsWith("application/vnd.microsoft.card."));
    }

    private void command(Activity a, ConversationAddress channel, String text, Optional<String> root) {
        if (!"channel".equals(conversationType(a)) && text.strip().toLowerCase(Locale.ROOT).startsWith("start")) {
            answer(a, channel, root, new Commands.Reply.Say("Interviews run in a team channel's thread: mention "
                    + "me there with `/threatmodel start`."));
            return;
        }
        Commands.Reply reply = commands.handle(new Commands.Call(channel, a.getFrom().getId(), text,
                "teams:command:" + channel.workspace() + ":" + a.getId(), Optional.ofNullable(a.getRecipient())
                        .map(r -> r.getId())));
        answer(a, channel, root, reply);
    }

    /** Answers an activity once, however often Teams delivers it. */
    private void answer(Activity a, ConversationAddress channel, Optional<String> root, Commands.Reply reply) {
        if (directory.records().putIfAbsent("teams:answered:" + channel.workspace() + ":" + a.getId(), "1",
                java.time.Duration.ofDays(2))) {
            replies.say(a, channel, root, reply);
        }
    }

    private void edit(Activity a, ConversationAddress channel) {
        Optional<String> root = rootOf(a);
        Optional<SessionId> session = root.flatMap(r -> intake.sessionOfThread(channel.inThread(r)));
        if (session.isPresent()) {
            Instant at = when(a);
            intake.accept(new ReplyEdited("teams:edit:" + channel.workspace() + ":" + channel.channel() + ":" + a.getId()
                    + ":" + at.toEpochMilli(), session.get(), a.getFrom().getId(), TeamsMarkup.toCore(a), a.getId(), at));
        }
    }

    private void reactions(Activity a, ConversationAddress channel, List<MessageReaction> reactions, boolean added) {
        if (reactions == null || a.getReplyToId() == null) {
            return;
        }
        Optional<SessionId> session = intake.sessionOfThread(channel.inThread(a.getReplyToId()));
        if (session.isEmpty()) {
            return;
        }
        for (MessageReaction r : reactions) {
            String type = String.valueOf(r.getType());
            intake.accept(new ReactionChanged("teams:reaction:" + channel.workspace() + ":" + a.getReplyToId() + ":"
                    + a.getFrom().getId() + ":" + type + ":" + (added ? "added" : "removed") + ":" + a.getId(),
                    session.get(), a.getFrom().getId(), a.getReplyToId(), TeamsMarkup.reaction(type), added, when(a)));
        }
    }

    /** A card's button: the start form, or a press on a session's card. */
    private ObjectNode invoke(Activity a, ConversationAddress channel) {
        JsonNode value = TeamsActivities.JSON.valueToTree(a.getValue());
        boolean inChannel = "channel".equals(conversationType(a));
        if ("composeExtension/fetchTask".equals(a.getName())) {
            return inChannel ? TeamsStartForm.dialog(a.getFrom().getId())
                    : TeamsStartForm.dialogSays("Interviews run in a team channel's thread: start one from a channel.");
        }
        if ("composeExtension/submitAction".equals(a.getName()) && value != null && inChannel) {
            return TeamsStartForm.dialogSays(form.submit(a, channel, value.path("data")));
        }
        if (!"adaptiveCard/action".equals(a.getName()) || value == null) {
            return TeamsPresses.answer(TeamsPresses.Outcome.UNKNOWN);
        }
        String verb = value.path("action").path("verb").asText("");
        JsonNode data = value.path("action").path("data");
        if (verb.equals(TeamsStartForm.VERB)) {
            return TeamsPresses.say(form.submit(a, channel, data));
        }
        return TeamsPresses.answer(press(a, channel, verb, data));
    }

    /** A review decision, an export, a picked answer. Only the lead's decisions are recorded. */
    private TeamsPresses.Outcome press(Activity a, ConversationAddress channel, String verb, JsonNode data) {
        Optional<Session> session = SessionId.parse(data.path("session").asText("")).flatMap(intake::session)
                .filter(s -> s.channel().workspace().equals(channel.workspace()));
        String message = Optional.ofNullable(a.getReplyToId()).orElse("");
        if (session.isEmpty() || message.isEmpty()) {
            return TeamsPresses.Outcome.UNKNOWN;
        }
        Session s = session.get();
        String user = a.getFrom().getId();
        String key = "teams:press:" + channel.workspace() + ":" + a.getId();
        if (verb.equals(TeamsCards.VERB_ANSWER)) {
            String question = data.path("question").asText("");
            int pick = data.path("pick").asInt(-1);
            if (question.isEmpty() || pick < 0) {
                return TeamsPresses.Outcome.UNKNOWN;
            }
            if (s.openQuestionFor(user).filter(q -> q.id().equals(question)).isEmpty()) {
                return TeamsPresses.Outcome.NOT_YOURS;
            }
            // the press stands for a reply made when it was pressed: its id is that moment, as Teams' ids are
            intake.accept(new ChoicePicked(key, s.id(), user, question, pick, String.valueOf(when(a).toEpochMilli()),
                    when(a)));
            return TeamsPresses.Outcome.ANSWERED;
        }
        Optional<Marks.Signal> signal = Marks.Signal.named(verb);
        if (signal.isEmpty()) {
            return TeamsPresses.Outcome.UNKNOWN;
        }
        if (!s.lead().equals(user)) {
            return TeamsPresses.Outcome.NOT_LEAD;
        }
        intake.accept(new ReactionChanged(key, s.id(), user, message, signal.get().word(), true, when(a)));
        return signal.get() == Marks.Signal.EXPORT ? TeamsPresses.Outcome.EXPORTING : TeamsPresses.Outcome.DECIDED;
    }

    /** The channel (the conversation without its thread part); a chat is its own channel. */
    private static ConversationAddress channelOf(Activity a, String tenant) {
        String conversation = a.getConversation().getId();
        int cut = conversation.indexOf(";messageid=");
        return ConversationAddress.channel(Platform.TEAMS, tenant, cut < 0 ? conversation : conversation.substring(0, cut));
    }

    /** The thread a channel message is in: the root's id after {@code ;messageid=}. */
    private static Optional<String> rootOf(Activity a) {
        String conversation = a.getConversation().getId();
        int cut = conversation.indexOf(";messageid=");
        return cut < 0 ? Optional.empty() : Optional.of(conversation.substring(cut + ";messageid=".length()));
    }

    private static String conversationType(Activity a) {
        return Optional.ofNullable(a.getConversation().getConversationType()).orElse("");
    }

    private Instant when(Activity a) {
        return a.getTimestamp() == null ? clock.instant() : a.getTimestamp().toInstant();
    }
}
