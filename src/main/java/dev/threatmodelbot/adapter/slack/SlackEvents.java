package dev.threatmodelbot.adapter.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.File;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import com.slack.api.model.event.ReactionRemovedEvent;
import dev.threatmodelbot.application.port.BotException;
import dev.threatmodelbot.application.Intake;
import dev.threatmodelbot.application.event.ReactionChanged;
import dev.threatmodelbot.application.event.ReplyEdited;
import dev.threatmodelbot.application.event.ReplyPosted;
import dev.threatmodelbot.application.port.SharedFile;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.SessionId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thread replies and their edits. Only replies in a session's thread are recorded; everything else
 * (other threads, channel chatter, other bots) is acknowledged and left alone. Bolt drops the
 * bot's own messages before they get here.
 */
final class SlackEvents {
    private static final Logger LOG = LoggerFactory.getLogger(SlackEvents.class);
    private final Intake intake;
    private final Clock clock;

    SlackEvents(Intake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    void register(App app) {
        app.event(MessageEvent.class, (p, ctx) -> {
            MessageEvent e = p.getEvent();
            return guarded(ctx, p.getEventId(), () -> reply(p.getTeamId(), e.getChannel(), e.getThreadTs(), e.getTs(),
                    e.getUser(), e.getText(), e.getBotId(), ctx.getBotUserId(), List.of()));
        });
        app.event(MessageThreadBroadcastEvent.class, (p, ctx) -> {
            MessageThreadBroadcastEvent e = p.getEvent();
            return guarded(ctx, p.getEventId(), () -> reply(p.getTeamId(), e.getChannel(), e.getThreadTs(), e.getTs(),
                    e.getUser(), e.getText(), null, ctx.getBotUserId(), List.of()));
        });
        app.event(MessageFileShareEvent.class, (p, ctx) -> {
            MessageFileShareEvent e = p.getEvent();
            return guarded(ctx, p.getEventId(), () -> reply(p.getTeamId(), e.getChannel(), e.getThreadTs(), e.getTs(),
                    e.getUser(), e.getText(), Boolean.TRUE.equals(e.getDisplayAsBot()) ? "bot" : null,
                    ctx.getBotUserId(), files(e.getFiles())));
        });
        app.event(ReactionAddedEvent.class, (p, ctx) -> {
            ReactionAddedEvent e = p.getEvent();
            return guarded(ctx, p.getEventId(), () -> reaction(p.getTeamId(), e.getUser(), e.getReaction(),
                    e.getItem() == null ? null : e.getItem().getChannel(), e.getItem() == null ? null : e.getItem().getTs(),
                    true, e.getEventTs()));
        });
        app.event(ReactionRemovedEvent.class, (p, ctx) -> {
            ReactionRemovedEvent e = p.getEvent();
            return guarded(ctx, p.getEventId(), () -> reaction(p.getTeamId(), e.getUser(), e.getReaction(),
                    e.getItem() == null ? null : e.getItem().getChannel(), e.getItem() == null ? null : e.getItem().getTs(),
                    false, e.getEventTs()));
        });
        app.event(MessageChangedEvent.class, (p, ctx) ->
                guarded(ctx, p.getEventId(), () -> edit(p.getTeamId(), p.getEvent(), ctx.getBotUserId())));
    }

    /**
     * Acknowledges only what was recorded. If recording fails (Redis unreachable) the handler throws:
     * Bolt would turn any other non-200 answer into an auto-ack, whereas a thrown exception becomes a
     * 500 without details, and Slack delivers the event again later, so nothing is lost.
     */
    private static Response guarded(EventContext ctx, String eventId, Runnable record) {
        try {
            record.run();
            return ctx.ack();
        } catch (RuntimeException e) {
            LOG.error("event {} not recorded, Slack will retry: {}", eventId, e.toString());
            throw new BotException("event not recorded", true, e);
        }
    }

    private void reply(String team, String channel, String threadTs, String ts, String user, String text,
            String botId, String botUser, List<SharedFile> files) {
        if (threadTs == null || threadTs.equals(ts) || botId != null || user == null || user.equals(botUser)) {
            return;
        }
        Optional<SessionId> session = sessionOf(team, channel, threadTs);
        if (session.isPresent()) {
            intake.accept(new ReplyPosted("slack:msg:" + team + ":" + channel + ":" + ts, session.get(), user,
                    core(text == null ? "" : text, botUser), ts, when(ts), files, Optional.of(threadTs)));
        }
    }

    /** Slack's file objects as the core's; a file Slack hides (tombstoned, over the plan's limit) has no URL. */
    static List<SharedFile> files(List<File> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> f.getId() != null).map(f -> new SharedFile(f.getId(),
                f.getName() != null ? f.getName() : Optional.ofNullable(f.getTitle()).orElse(f.getId()),
                Optional.ofNullable(f.getMimetype()).orElse(""), Optional.ofNullable(f.getFiletype()).orElse(""),
                f.getSize() == null ? 0 : f.getSize(),
                f.getUrlPrivateDownload() != null ? f.getUrlPrivateDownload() : f.getUrlPrivate()))
                .toList();
    }

    /** A reaction on one of a session's messages (a drafted threat, the draft's root); others are ignored. */
    private void reaction(String team, String user, String reaction, String channel, String ts, boolean added,
            String eventTs) {
        if (user == null || reaction == null || channel == null || ts == null) {
            return;
        }
        Optional<SessionId> session = sessionOf(team, channel, ts);
        if (session.isPresent()) {
            intake.accept(new ReactionChanged("slack:reaction:" + team + ":" + channel + ":" + ts + ":" + user + ":"
                    + reaction + ":" + (added ? "added" : "removed") + ":" + eventTs, session.get(), user, ts,
                    SlackMarkup.reaction(reaction), added, eventTs == null ? clock.instant() : when(eventTs)));
        }
    }

    /** Slack text to core text; a mention of the bot itself stays plain text, so nobody can hand a question to it. */
    private static String core(String text, String botUser) {
        String withoutBot = botUser == null ? text : String.valueOf(text).replaceAll("<@" + botUser + "(\\|[^>]*)?>",
                "@threatmodel-bot");
        return SlackMarkup.toCore(withoutBot);
    }

    private void edit(String team, MessageChangedEvent e, String botUser) {
        MessageChangedEvent.Message m = e.getMessage();
        if (m == null || m.getThreadTs() == null || m.getBotId() != null || m.getUser() == null) {
            return;
        }
        Optional<SessionId> session = sessionOf(team, e.getChannel(), m.getThreadTs());
        if (session.isPresent()) {
            String editedAt = m.getEdited() == null ? e.getEventTs() : m.getEdited().getTs();
            intake.accept(new ReplyEdited("slack:edit:" + team + ":" + e.getChannel() + ":" + m.getTs() + ":"
                    + editedAt, session.get(), m.getUser(), core(m.getText(), botUser), m.getTs(),
                    clock.instant()));
        }
    }

    private Optional<SessionId> sessionOf(String team, String channel, String threadTs) {
        return intake.sessionOfThread(ConversationAddress.channel(Platform.SLACK, team, channel).inThread(threadTs));
    }

    /** Slack's {@code ts} is the message's time in seconds with microseconds. */
    static Instant when(String ts) {
        BigDecimal seconds = new BigDecimal(ts);
        return Instant.ofEpochSecond(seconds.longValue(),
                seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }
}
