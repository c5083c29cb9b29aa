package dev.threatmodelbot.application.chat;

import dev.threatmodelbot.application.event.CancelRequested;
import dev.threatmodelbot.application.event.DraftRequested;
import dev.threatmodelbot.application.event.ExportRequested;
import dev.threatmodelbot.application.Intake;
import dev.threatmodelbot.application.event.StartRequested;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Mentions;
import dev.threatmodelbot.domain.Session;
import dev.threatmodelbot.domain.SessionId;
import dev.threatmodelbot.domain.SessionState;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * The command and its rules, the same on every surface: who may cancel, draft or export, and that a
 * session's details are shown only in its own channel. Commands that change a session are recorded
 * durably and carried out by a worker; the answer is for the person who typed the command only.
 */
public final class Commands {

    /** A command typed by {@code user} in {@code channel}; {@code key} names this one typing (for retries). */
    public record Call(ConversationAddress channel, String user, String text, String key, Optional<String> bot) {}

    /** What the surface shows the person who typed the command. */
    public sealed interface Reply {
        /** A private answer in the core's markup. */
        record Say(String text) implements Reply {}

        /** Open the start form, with the system's name filled in when one was typed. */
        record OpenForm(String system) implements Reply {}

        /** One session's status: a view to lay out, its text for surfaces that show text only. */
        record Status(StatusView view) implements Reply {}
    }

    private final Intake intake;
    private final Clock clock;

    public Commands(Intake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    public Reply handle(Call call) {
        Command command = Command.parse(call.text());
        if (command instanceof Command.Start start) {
            return start(call, start);
        }
        if (command instanceof Command.Status status) {
            return status(call, status);
        }
        if (command instanceof Command.Cancel cancel) {
            return say(cancel(call, cancel.id()));
        }
        if (command instanceof Command.Draft draft) {
            return say(draft(call, draft.id()));
        }
        if (command instanceof Command.Export export) {
            return say(export(call, export));
        }
        if (command instanceof Command.Invalid invalid) {
            return say(invalid.problem() + "\n\n" + StatusTexts.HELP);
        }
        return say(StatusTexts.HELP);
    }

    private static Reply say(String text) {
        return new Reply.Say(text);
    }

    /** Details only in the session's own channel, so a private channel's interview stays private. */
    private Reply status(Call call, Command.Status status) {
        if (status.id().isEmpty()) {
            return say(StatusTexts.channel(intake.sessionsIn(call.channel())));
        }
        Optional<Session> found = find(call, status.id().get());
        if (found.isEmpty()) {
            return say("I don't know a session `" + status.id().get() + "`.");
        }
        if (!found.get().channel().channel().equals(call.channel().channel())) {
            return say("`" + found.get().id() + "` runs in another channel; ask for its status there.");
        }
        return new Reply.Status(StatusView.of(found.get()));
    }

    private Reply start(Call call, Command.Start start) {
        if (start.engineers().isEmpty()) {
            return new Reply.OpenForm(start.system());
        }
        Optional<String> bot = call.bot();
        if (bot.isPresent() && (start.engineers().contains(bot.get()) || start.lead().equals(bot))) {
            return say("I can't interview myself or be the lead — mention the people who build the system.");
        }
        String lead = start.lead().orElse(call.user());
        SessionId id = intake.newSessionId();
        intake.accept(new StartRequested(call.key(), id, call.channel(), call.user(), start.system(),
                start.engineers(), lead, "", start.jira(), start.deadline(), clock.instant()));
        return say("Starting `" + id + "` for *" + Mentions.inert(start.system()) + "* — the kickoff message will "
                + "appear in this channel in a moment. Security lead: " + Mentions.of(lead) + ".");
    }

    private String cancel(Call call, SessionId id) {
        Optional<Session> found = find(call, id);
        if (found.isEmpty()) {
            return unknown(id);
        }
        Session s = found.get();
        if (!s.mayManage(call.user())) {
            return "Only " + Mentions.of(s.requester()) + " (who started it) or the security lead "
                    + Mentions.of(s.lead()) + " can cancel `" + s.id() + "`.";
        }
        if (s.state().isClosed()) {
            return "`" + s.id() + "` is already " + s.state().name().toLowerCase(Locale.ROOT) + ".";
        }
        intake.accept(new CancelRequested(call.key(), s.id(), call.user(), clock.instant()));
        return "Cancelling `" + s.id() + "` (" + Mentions.inert(s.system()) + "). The answers so far are kept.";
    }

    private String draft(Call call, SessionId id) {
        Optional<Session> found = find(call, id);
        if (found.isEmpty()) {
            return unknown(id);
        }
        Session s = found.get();
        if (!s.lead().equals(call.user())) {
            return "Only the security lead " + Mentions.of(s.lead()) + " can wrap up `" + s.id() + "`.";
        }
        if (s.state() == SessionState.CANCELLED) {
            return "`" + s.id() + "` was cancelled; start a new interview with `/threatmodel start`.";
        }
        intake.accept(new DraftRequested(call.key(), s.id(), call.user(), clock.instant()));
        if (s.state() == SessionState.GATHERED) {
            int next = s.draft().map(d -> d.version() + 1).orElse(1);
            return "Drafting the threat model of `" + s.id() + "` (v" + next + "): it will appear in this "
                    + "channel with one reply per threat for you to review.";
        }
        return "Wrapping up `" + s.id() + "`: the summary and diagram will appear in its thread. Run "
                + "`/threatmodel draft " + s.id() + "` again to draft the threat model.";
    }

    private String export(Call call, Command.Export export) {
        Optional<Session> found = find(call, export.id());
        if (found.isEmpty()) {
            return unknown(export.id());
        }
        Session s = found.get();
        if (!s.lead().equals(call.user())) {
            return "Only the security lead " + Mentions.of(s.lead()) + " can export `" + s.id() + "`.";
        }
        if (s.draft().isEmpty()) {
            return "`" + s.id() + "` has no draft yet: `/threatmodel draft " + s.id() + "` makes one.";
        }
        intake.accept(new ExportRequested(call.key(), s.id(), call.user(), export.format(), clock.instant()));
        String what = export.format().map(f -> f.equalsIgnoreCase("jira") ? "what is filed in Jira will show"
                : "the file will appear").orElse("approved threats are filed in Jira when it is set up, and the files "
                        + "will appear");
        return "Exporting `" + s.id() + "` v" + s.draft().get().version() + ": " + what + " in the draft's thread.";
    }

    /** A session of the caller's own workspace on the caller's own surface; others are not known here. */
    private Optional<Session> find(Call call, SessionId id) {
        return intake.session(id).filter(s -> s.channel().platform() == call.channel().platform()
                && s.channel().workspace().equals(call.channel().workspace()));
    }

    private static String unknown(SessionId id) {
        return "I don't know a session `" + id + "`. `/threatmodel status` lists this channel's.";
    }
}
