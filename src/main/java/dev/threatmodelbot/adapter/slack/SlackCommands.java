package dev.threatmodelbot.adapter.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import dev.threatmodelbot.application.CancelRequested;
import dev.threatmodelbot.application.Intake;
import dev.threatmodelbot.application.StartRequested;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Platform;
import dev.threatmodelbot.domain.Session;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /threatmodel}: every answer is ephemeral and given within Slack's three seconds. Commands
 * that change a session are recorded durably first and carried out by a worker.
 */
final class SlackCommands {
    private static final Logger LOG = LoggerFactory.getLogger(SlackCommands.class);
    static final String TRY_AGAIN = "Sorry — I couldn't do that just now. Please try again in a minute.";

    private final Intake intake;
    private final Clock clock;

    SlackCommands(Intake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    Response handle(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload p = req.getPayload();
        try {
            CommandLine command = CommandLine.parse(p.getText());
            if (command instanceof CommandLine.Start start) {
                return start(p, ctx, start);
            }
            if (command instanceof CommandLine.Status status) {
                return ctx.ack(status(p, status));
            }
            if (command instanceof CommandLine.Cancel cancel) {
                return cancel(p, ctx, cancel);
            }
            if (command instanceof CommandLine.Draft draft) {
                return draft(p, ctx, draft);
            }
            if (command instanceof CommandLine.Export export) {
                return export(p, ctx, export);
            }
            if (command instanceof CommandLine.Invalid invalid) {
                return ctx.ack(invalid.problem() + "\n\n" + SlackStatus.HELP);
            }
            return ctx.ack(SlackStatus.HELP);
        } catch (RuntimeException e) {
            LOG.error("/threatmodel {} by {} in {} failed: {}", firstWord(p.getText()), p.getUserId(),
                    p.getChannelId(), e.toString());
            return ctx.ack(TRY_AGAIN);
        }
    }

    /** Details only in the session's own channel, so a private channel's interview stays private. */
    private String status(SlashCommandPayload p, CommandLine.Status status) {
        if (status.id().isEmpty()) {
            return SlackStatus.channel(intake.sessionsIn(channel(p)));
        }
        Optional<Session> found = status.id().flatMap(intake::session)
                .filter(s -> s.channel().workspace().equals(p.getTeamId()));
        if (found.isEmpty()) {
            return "I don't know a session `" + status.id().get() + "`.";
        }
        if (!found.get().channel().channel().equals(p.getChannelId())) {
            return "`" + found.get().id() + "` runs in another channel; ask for its status there.";
        }
        return SlackStatus.detail(found.get());
    }

    private Response start(SlashCommandPayload p, SlashCommandContext ctx, CommandLine.Start start) {
        String bot = ctx.getBotUserId();
        if (start.engineers().isEmpty()) {
            return openModal(p, ctx, start.system());
        }
        if (bot != null && (start.engineers().contains(bot) || start.lead().filter(bot::equals).isPresent())) {
            return ctx.ack("I can't interview myself or be the lead — mention the people who build the system.");
        }
        String lead = start.lead().orElse(p.getUserId());
        var id = intake.newSessionId();
        intake.accept(new StartRequested("slack:command:" + p.getTriggerId(), id, channel(p), p.getUserId(),
                start.system(), start.engineers(), lead, "", start.jira(), start.deadline(), clock.instant()));
        return ctx.ack("Starting `" + id + "` for *" + SlackMarkup.escape(start.system()) + "* — the kickoff message will appear in "
                + "this channel in a moment. Security lead: " + SlackMarkup.mention(lead) + ".");
    }

    private Response openModal(SlashCommandPayload p, SlashCommandContext ctx, String system) {
        try {
            ViewsOpenResponse opened = ctx.client().viewsOpen(r -> r.triggerId(p.getTriggerId())
                    .view(StartModal.view(p.getChannelId(), p.getUserId(), system, List.of())));
            if (!opened.isOk()) {
                LOG.warn("views.open failed in {}: {}", p.getChannelId(), opened.getError());
                return ctx.ack("I couldn't open the form (`" + opened.getError() + "`). You can also type "
                        + "`/threatmodel start Payments API @alice @bob lead:@carol`.");
            }
            return ctx.ack();
        } catch (java.io.IOException | com.slack.api.methods.SlackApiException e) {
            LOG.warn("views.open failed in {}: {}", p.getChannelId(), e.toString());
            return ctx.ack(TRY_AGAIN);
        }
    }

    private Response cancel(SlashCommandPayload p, SlashCommandContext ctx, CommandLine.Cancel cancel) {
        Optional<Session> found = intake.session(cancel.id())
                .filter(s -> s.channel().workspace().equals(p.getTeamId()));
        if (found.isEmpty()) {
            return ctx.ack("I don't know a session `" + cancel.id() + "`. `/threatmodel status` lists this channel's.");
        }
        Session s = found.get();
        if (!s.mayManage(p.getUserId())) {
            return ctx.ack("Only " + SlackMarkup.mention(s.requester()) + " (who started it) or the security lead "
                    + SlackMarkup.mention(s.lead()) + " can cancel `" + s.id() + "`.");
        }
        if (s.state().isClosed()) {
            return ctx.ack("`" + s.id() + "` is already " + s.state().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        intake.accept(new CancelRequested("slack:command:" + p.getTriggerId(), s.id(), p.getUserId(),
                clock.instant()));
        return ctx.ack("Cancelling `" + s.id() + "` (" + SlackMarkup.escape(s.system()) + "). The answers so far are kept.");
    }

    private Response draft(SlashCommandPayload p, SlashCommandContext ctx, CommandLine.Draft draft) {
        Optional<Session> found = intake.session(draft.id())
                .filter(s -> s.channel().workspace().equals(p.getTeamId()));
        if (found.isEmpty()) {
            return ctx.ack("I don't know a session `" + draft.id() + "`. `/threatmodel status` lists this channel's.");
        }
        Session s = found.get();
        if (!s.lead().equals(p.getUserId())) {
            return ctx.ack("Only the security lead " + SlackMarkup.mention(s.lead()) + " can wrap up `" + s.id() + "`.");
        }
        if (s.state() == dev.threatmodelbot.domain.SessionState.CANCELLED) {
            return ctx.ack("`" + s.id() + "` was cancelled; start a new interview with `/threatmodel start`.");
        }
        intake.accept(new dev.threatmodelbot.application.DraftRequested("slack:command:" + p.getTriggerId(), s.id(),
                p.getUserId(), clock.instant()));
        if (s.state() == dev.threatmodelbot.domain.SessionState.GATHERED) {
            int next = s.draft().map(d -> d.version() + 1).orElse(1);
            return ctx.ack("Drafting the threat model of `" + s.id() + "` (v" + next + "): it will appear in this "
                    + "channel with one reply per threat for you to review.");
        }
        return ctx.ack("Wrapping up `" + s.id() + "`: the summary and diagram will appear in its thread. Run "
                + "`/threatmodel draft " + s.id() + "` again to draft the threat model.");
    }

    private Response export(SlashCommandPayload p, SlashCommandContext ctx, CommandLine.Export export) {
        Optional<Session> found = intake.session(export.id())
                .filter(s -> s.channel().workspace().equals(p.getTeamId()));
        if (found.isEmpty()) {
            return ctx.ack("I don't know a session `" + export.id() + "`. `/threatmodel status` lists this channel's.");
        }
        Session s = found.get();
        if (!s.lead().equals(p.getUserId())) {
            return ctx.ack("Only the security lead " + SlackMarkup.mention(s.lead()) + " can export `" + s.id() + "`.");
        }
        if (s.draft().isEmpty()) {
            return ctx.ack("`" + s.id() + "` has no draft yet: `/threatmodel draft " + s.id() + "` makes one.");
        }
        intake.accept(new dev.threatmodelbot.application.ExportRequested("slack:command:" + p.getTriggerId(), s.id(),
                p.getUserId(), export.format(), clock.instant()));
        String what = export.format().map(f -> f.equalsIgnoreCase("jira") ? "what is filed in Jira will show"
                : "the file will appear").orElse("approved threats are filed in Jira when it is set up, and the files "
                        + "will appear");
        return ctx.ack("Exporting `" + s.id() + "` v" + s.draft().get().version() + ": " + what
                + " in the draft's thread.");
    }

    private static ConversationAddress channel(SlashCommandPayload p) {
        return ConversationAddress.channel(Platform.SLACK, p.getTeamId(), p.getChannelId());
    }

    private static String firstWord(String text) {
        return text == null ? "" : text.strip().split("\\s+", 2)[0];
    }
}
