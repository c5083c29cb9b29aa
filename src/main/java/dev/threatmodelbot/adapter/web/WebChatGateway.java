package dev.threatmodelbot.adapter.web;

import dev.threatmodelbot.application.port.ChatException;
import dev.threatmodelbot.application.port.ChatGateway;
import dev.threatmodelbot.application.port.SharedFile;
import dev.threatmodelbot.application.chat.HostedConversations;
import dev.threatmodelbot.application.chat.KickoffView;
import dev.threatmodelbot.application.review.DraftRootView;
import dev.threatmodelbot.application.review.ThreatView;
import dev.threatmodelbot.domain.Outbound;
import dev.threatmodelbot.domain.Session;
import java.time.Clock;
import java.util.Optional;

/**
 * The core's messages written into the workspace's own conversations. Every post is stored under the
 * session and the message's key, so delivering a message again after a crash finds the first one
 * instead of showing it twice; updates replace a message in place.
 */
final class WebChatGateway implements ChatGateway {
    private final HostedConversations store;
    private final Clock clock;
    private final java.util.function.Supplier<String> baseUrl;

    WebChatGateway(HostedConversations store, Clock clock, java.util.function.Supplier<String> baseUrl) {
        this.store = store;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Override
    public String deliver(Session s, Outbound m) {
        String space = s.channel().channel();
        switch (m.kind()) {
            case KICKOFF: {
                KickoffView view = KickoffView.of(s);
                WebMessage kickoff = WebMessage.bot(Optional.empty(), "", clock.instant())
                        .withKickoff(WebMessage.Kickoff.of(view), view.summary()).ofSession(s.id().value());
                return post(s, m, kickoff);
            }
            case KICKOFF_UPDATE: {
                String id = s.kickoffId().orElseThrow();
                KickoffView view = KickoffView.of(s);
                update(space, id, w -> w.withKickoff(WebMessage.Kickoff.of(view), view.summary()));
                return id;
            }
            case THREAD: {
                WebMessage w = WebMessage.bot(s.kickoffId(), m.text(), clock.instant()).ofSession(s.id().value());
                if (!m.options().isEmpty() && m.question().isPresent()) {
                    w = w.asking(s.id().value(), m.question().get(), m.options());
                }
                return post(s, m, w);
            }
            case DIRECT:
                return post(s, m, WebMessage.bot(Optional.empty(), m.text(), clock.instant())
                        .to(m.toUser().orElseThrow()));
            case DRAFT_ROOT:
                return post(s, m, WebMessage.bot(Optional.empty(), "", clock.instant()).ofSession(s.id().value())
                        .withRoot(DraftRootView.shown(s, m), m.text()));
            case DRAFT_ROOT_UPDATE: {
                String root = draftRoot(s);
                update(space, root, w -> w.withRoot(DraftRootView.shown(s, m), m.text()));
                return root;
            }
            case DRAFT_REPLY:
                return post(s, m, WebMessage.bot(Optional.of(draftRoot(s)), "", clock.instant())
                        .ofSession(s.id().value()).withThreat(ThreatView.shown(s, m), m.text()));
            case DRAFT_NOTE:
                return post(s, m, WebMessage.bot(Optional.of(draftRoot(s)), m.text(), clock.instant())
                        .ofSession(s.id().value()));
            case DRAFT_REPLY_UPDATE: {
                String id = s.draft().flatMap(d -> d.byThreat(m.threatId().orElseThrow()))
                        .flatMap(t -> t.messageId()).orElseThrow();
                update(space, id, w -> w.withThreat(ThreatView.shown(s, m), m.text()));
                return id;
            }
            case EPHEMERAL:
                return post(s, m, WebMessage.bot(Optional.of(draftRoot(s)), m.text(), clock.instant())
                        .to(m.toUser().orElseThrow()));
            default:
                throw new ChatException("the workspace does not show " + m.kind() + " messages", false, null);
        }
    }

    @Override
    public String attach(Session s, Outbound m, String filename, byte[] content) {
        boolean inDraft = m.kind() == Outbound.Kind.DRAFT_DIAGRAM || m.kind() == Outbound.Kind.EXPORT_FILE;
        Optional<String> thread = inDraft ? Optional.of(draftRoot(s)) : s.kickoffId();
        String fileId = (s.id().value() + "-" + m.key()).replaceAll("[^A-Za-z0-9_-]", "-");
        store.putFile(fileId, content);
        WebMessage.File file = new WebMessage.File(fileId, filename, mime(filename), content.length);
        return post(s, m, WebMessage.bot(thread, m.text(), clock.instant()).ofSession(s.id().value()).withFile(file));
    }

    @Override
    public String permalink(Session s, String messageId) {
        return baseUrl.get() + "/#m-" + messageId;
    }

    @Override
    public byte[] download(Session s, SharedFile file) {
        return store.file(file.id()).orElseThrow(() -> new ChatException("the shared file is gone", false, null));
    }

    private String post(Session s, Outbound m, WebMessage w) {
        return store.post(s.channel().channel(), s.id().value() + ":" + m.key(), w.json());
    }

    private void update(String space, String id, java.util.function.UnaryOperator<WebMessage> change) {
        String stored = store.message(space, id)
                .orElseThrow(() -> new ChatException("message " + id + " is gone", false, null));
        store.replace(space, id, change.apply(WebMessage.read(stored)).json());
    }

    private static String draftRoot(Session s) {
        return s.draft().flatMap(d -> d.rootId()).orElseThrow();
    }

    static String mime(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".png")) {
            return "image/png";
        }
        if (n.endsWith(".json")) {
            return "application/json";
        }
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return "application/yaml";
        }
        if (n.endsWith(".md")) {
            return "text/markdown";
        }
        if (n.endsWith(".pdf")) {
            return "application/pdf";
        }
        return n.endsWith(".txt") ? "text/plain" : "application/octet-stream";
    }
}
