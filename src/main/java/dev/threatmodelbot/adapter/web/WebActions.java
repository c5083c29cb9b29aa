package dev.threatmodelbot.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threatmodelbot.application.event.ChoicePicked;
import dev.threatmodelbot.application.Intake;
import dev.threatmodelbot.application.event.ReactionChanged;
import dev.threatmodelbot.application.event.ReplyEdited;
import dev.threatmodelbot.application.event.ReplyPosted;
import dev.threatmodelbot.application.port.SharedFile;
import dev.threatmodelbot.application.chat.Commands;
import dev.threatmodelbot.application.chat.HostedConversations;
import dev.threatmodelbot.domain.ConversationAddress;
import dev.threatmodelbot.domain.Marks;
import dev.threatmodelbot.domain.SessionId;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a person does in the workspace, as the core's inbound events (recorded before the page hears back). */
final class WebActions {
    static final int MAX_TEXT = 40_000;
    static final int MAX_FILE = 10 << 20;
    static final Set<String> REACTIONS = Set.of("white_check_mark", "x", "thinking_face", "rocket", "+1", "eyes");

    record Result(int status, JsonNode body) {}

    private final Intake intake;
    private final Commands commands;
    private final HostedConversations store;
    private final ConversationAddress channel;
    private final Clock clock;
    private final Optional<WorkspaceClock> clockControl;
    private final WebStart start;

    WebActions(Intake intake, Commands commands, HostedConversations store, ConversationAddress channel, Clock clock,
            Optional<WorkspaceClock> clockControl) {
        this.intake = intake;
        this.commands = commands;
        this.store = store;
        this.channel = channel;
        this.clock = clock;
        this.clockControl = clockControl;
        this.start = new WebStart(intake, clock);
    }

    Result act(String path, String as, JsonNode b) {
        switch (path) {
            case "/command":
                return command(as, b);
            case "/start": {
                WebStart.Outcome o = start.form(channel, as, b);
                if (o.started().isEmpty()) {
                    ObjectNode body = ok();
                    ObjectNode errors = body.putObject("errors");
                    o.errors().forEach(errors::put);
                    return new Result(400, body);
                }
                return new Result(200, ok().put("started", o.started().get().value()));
            }
            case "/sample":
                return new Result(200, ok().put("started", start.sample(channel, as, b).value()));
            case "/post":
                return message(as, b);
            case "/edit":
                return edit(as, b);
            case "/react":
                return react(as, b);
            case "/choose":
                return choose(as, b);
            case "/clock":
                return advance(b);
            default:
                return new Result(404, WebApi.error("Nothing here."));
        }
    }

    private Result command(String as, JsonNode b) {
        String typed = WebStart.text(b, "text").replaceFirst("^/threatmodel\\b", "").strip();
        Commands.Reply reply = commands.handle(new Commands.Call(channel, as, WebPeople.toCore(typed),
                "web:command:" + WebStart.nonce(b), Optional.of(WebPeople.BOT)));
        if (reply instanceof Commands.Reply.OpenForm form) {
            return new Result(200, ok().put("form", form.system()));
        }
        if (reply instanceof Commands.Reply.Status status) {
            var v = status.view();
            ObjectNode out = ok().put("say", v.text());
            ObjectNode card = out.putObject("status").put("title", v.title()).put("state", v.state())
                    .put("progress", v.progress().percent()).put("progressLine", v.progressLine())
                    .put("coverage", v.coverage()).put("counts", v.counts()).put("model", v.model())
                    .put("gapsMore", v.gapsMore());
            v.waiting().forEach(card.putArray("waiting")::add);
            v.gaps().forEach(card.putArray("gaps")::add);
            v.documents().forEach(card.putArray("documents")::add);
            v.draft().ifPresent(d -> card.put("draft", d));
            return new Result(200, out);
        }
        return new Result(200, ok().put("say", ((Commands.Reply.Say) reply).text()));
    }

    private Result message(String as, JsonNode b) {
        String nonce = WebStart.nonce(b);
        String text = text(b);
        Optional<String> thread = Optional.of(WebStart.text(b, "thread")).filter(t -> !t.isEmpty());
        thread.ifPresent(this::existing);
        Optional<WebMessage.File> file = Optional.empty();
        List<SharedFile> shared = List.of();
        if (b.path("file").isObject()) {
            JsonNode f = b.path("file");
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(WebStart.text(f, "content"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("That file could not be read; attach it again.");
            }
            if (bytes.length > MAX_FILE) {
                throw new IllegalArgumentException("Files may be 10 MB at most.");
            }
            String name = WebStart.text(f, "name").replaceAll("[\\\\/]", "_");
            String id = "up-" + nonce;
            store.putFile(id, bytes);
            String mime = WebStart.text(f, "mime").isEmpty() ? WebChatGateway.mime(name) : WebStart.text(f, "mime");
            file = Optional.of(new WebMessage.File(id, name.isEmpty() ? "file" : name, mime, bytes.length));
            String type = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) : "";
            shared = List.of(new SharedFile(id, file.get().name(), mime, type, bytes.length, "/api/files/" + id));
        } else if (text.isBlank()) {
            throw new IllegalArgumentException("Write something first.");
        }
        String id = store.post(channel.channel(), "person:" + as + ":" + nonce,
                WebMessage.person(thread, as, text, file, clock.instant()).json());
        if (thread.isPresent()) {
            Optional<SessionId> session = intake.sessionOfThread(channel.inThread(thread.get()));
            if (session.isPresent()) {
                intake.accept(new ReplyPosted("web:msg:" + channel.channel() + ":" + id, session.get(), as, text, id,
                        clock.instant(), shared, thread));
            }
        }
        return new Result(200, ok().put("id", id));
    }

    private Result edit(String as, JsonNode b) {
        String id = WebStart.text(b, "message");
        WebMessage m = existing(id);
        if (!m.author().equals(as)) {
            throw new IllegalArgumentException("You can edit only your own messages.");
        }
        String text = text(b);
        if (text.isBlank()) {
            throw new IllegalArgumentException("Write something first.");
        }
        store.replace(channel.channel(), id, m.withText(text, true).json());
        if (m.thread().isPresent()) {
            Optional<SessionId> session = intake.sessionOfThread(channel.inThread(m.thread().get()));
            if (session.isPresent()) {
                intake.accept(new ReplyEdited("web:edit:" + channel.channel() + ":" + id + ":" + WebStart.nonce(b),
                        session.get(), as, text, id, clock.instant()));
            }
        }
        return new Result(200, ok().put("id", id));
    }

    private Result react(String as, JsonNode b) {
        String id = WebStart.text(b, "message");
        existing(id);
        String reaction = WebStart.text(b, "reaction");
        if (!REACTIONS.contains(reaction)) {
            throw new IllegalArgumentException("That reaction is not offered here.");
        }
        boolean on = b.path("on").asBoolean(true);
        String nonce = WebStart.nonce(b);
        if (store.reactions(channel.channel(), id).contains(reaction + "|" + as) == on) {
            return new Result(200, ok().put("id", id)); // already so: nothing to record
        }
        // recorded first: a failure in between leaves the reaction unshown, and the page's retry (same nonce) records
        // nothing twice and shows it
        Optional<SessionId> session = intake.sessionOfThread(channel.inThread(id));
        if (session.isPresent()) {
            intake.accept(new ReactionChanged("web:reaction:" + channel.channel() + ":" + id + ":" + as + ":"
                    + reaction + ":" + (on ? "added" : "removed") + ":" + nonce, session.get(), as, id,
                    signal(reaction), on, clock.instant()));
        }
        store.react(channel.channel(), id, reaction, as, on);
        return new Result(200, ok().put("id", id));
    }

    /** The page's reactions as the core's words: the four review marks are signals, the rest are just reactions. */
    private static String signal(String reaction) {
        // the page names its reactions by the emoji names the core still reads for events recorded before signals
        return Marks.Signal.named(reaction).map(Marks.Signal::word).orElse("web:" + reaction);
    }

    private Result choose(String as, JsonNode b) {
        String id = WebStart.text(b, "message");
        WebMessage m = existing(id);
        int pick = b.path("pick").asInt(-1);
        if (m.question().isEmpty() || m.session().isEmpty() || pick < 0 || pick >= m.options().size()) {
            throw new IllegalArgumentException("That button belongs to no open question.");
        }
        SessionId session = new SessionId(m.session().get());
        String said = store.post(channel.channel(), "choice:" + as + ":" + WebStart.nonce(b), WebMessage.person(
                m.thread(), as, "☑ " + m.options().get(pick), Optional.empty(), clock.instant()).json());
        intake.accept(new ChoicePicked("web:choice:" + m.question().get() + ":" + pick + ":" + as + ":" + session,
                session, as, m.question().get(), pick, said, clock.instant()));
        return new Result(200, ok().put("id", said));
    }

    private Result advance(JsonNode b) {
        if (clockControl.isEmpty()) {
            return new Result(404, WebApi.error("The clock moves only when the workspace is the only surface."));
        }
        int days = b.path("days").asInt(1);
        if (days < 1 || days > 7) {
            throw new IllegalArgumentException("Move the clock 1 to 7 days at a time.");
        }
        clockControl.get().advance(Duration.ofDays(days));
        store.setting(WebWorkspace.CLOCK_AHEAD, clockControl.get().ahead().toString()); // a restart keeps the day
        return new Result(200, ok().put("now", clock.instant().toString()));
    }

    private WebMessage existing(String id) {
        return store.message(channel.channel(), id).map(WebMessage::read)
                .orElseThrow(() -> new IllegalArgumentException("That message is not in this channel."));
    }

    private static String text(JsonNode b) {
        String text = WebStart.text(b, "text");
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("That is longer than " + MAX_TEXT + " characters: share it as a file.");
        }
        return WebPeople.toCore(text);
    }

    private static ObjectNode ok() {
        return WebMessage.JSON.createObjectNode();
    }
}
